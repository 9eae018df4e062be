/**
 * Headless Chromium on the preview server, for the sidebar's end-to-end tests: one persistent
 * profile in a temporary folder, the flags our CI needs, page errors collected for the tests.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/preview';

const ROOT = resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SidebarBrowser {
  preview: Preview;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors (and dialogs, which a sidebar never opens). */
  errors: string[];
  close(): Promise<void>;
}

export async function openSidebarBrowser(profilePrefix: string): Promise<SidebarBrowser> {
  if (!existsSync(join(ROOT, 'build/sheets/Code.js')) || !existsSync(join(ROOT, 'build/sheets/Sidebar.html'))) {
    throw new Error('Run `npm run build` before the e2e tests (build/sheets is missing).');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const preview = await startPreview({ port: 0 });
  const profileDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    preview,
    context,
    page,
    errors,
    async close() {
      await context.close();
      await preview.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
