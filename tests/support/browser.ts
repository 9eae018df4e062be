/**
 * Headless Chromium on the preview server, for the end-to-end tests of the sidebar and the dialogs:
 * one persistent profile in a temporary folder, the flags our CI needs, page errors collected.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/preview';

const ROOT = resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PreviewBrowser {
  preview: Preview;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors (and dialogs, which a sidebar never opens). */
  errors: string[];
  close(): Promise<void>;
}

/** The browser on a fresh preview server; `requires` names the built files the tests need. */
export async function openPreviewBrowser(profilePrefix: string, requires: string[]): Promise<PreviewBrowser> {
  for (const file of requires) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`Run \`npm run build\` before the e2e tests (${file} is missing).`);
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const preview = await startPreview({ port: 0 });
  const profileDir = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`unexpected browser dialog: ${dialog.message()}`);
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

export function openSidebarBrowser(profilePrefix: string): Promise<PreviewBrowser> {
  return openPreviewBrowser(profilePrefix, ['build/sheets/Code.js', 'build/sheets/Sidebar.html']);
}

/** Retries an assertion until it passes or the time is up (the page updates asynchronously). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * Clicks the preview's "Reset workbook" and waits for the server to have swapped the workbook: code
 * that then calls `preview.host` directly reaches the new one, never the old one being closed.
 */
export async function resetWorkbook(page: Page): Promise<void> {
  await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === '/reset' && response.ok()),
    page.getByRole('button', { name: 'Reset workbook' }).click(),
  ]);
}
