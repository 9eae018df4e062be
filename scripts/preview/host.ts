/**
 * One preview "document": a fresh fake spreadsheet (one empty Sheet1, as a new user's) with the
 * built Code.js loaded against it and opened as Sheets would open it (onOpen builds the menu).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createAppsScriptFake,
  loadBundle,
  readBuiltHtml,
  silently,
  type AppsScriptFake,
  type LoadedBundle,
} from '../../fake';
import type { SheetView } from './views/snapshot';
import { workbookSheets } from './workbookView';
import { handbookNetwork } from './handbookNetwork';

/** JSON.stringify as it behaves: undefined for undefined, a function or a symbol. */
function stringify(value: unknown): string | undefined {
  return JSON.stringify(value);
}

/** A call's result as JSON carries it to the page (null when there is nothing JSON can hold). */
export function jsonValue(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(stringify(value) ?? 'null') as unknown);
}

export type CallReply = { ok: true; value: unknown; shown: string[] } | { ok: false; message: string };

export interface PreviewHost {
  readonly fake: AppsScriptFake;
  readonly bundle: LoadedBundle;
  /** The top-level functions of Code.js, i.e. what google.script.run offers. */
  readonly functions: string[];
  /** Calls a function as google.script.run (source 'sidebar') or a menu item ('menu') would. */
  call(name: string, args: unknown[], source?: 'sidebar' | 'menu'): CallReply;
  /** A built HTML page, read from disk on every request so a rebuild shows without a restart. */
  html(name: string): string;
  sheets(): SheetView[];
  spreadsheetName(): string;
  menuItems(): { caption: string; functionName: string }[];
  sidebarsShown(): number;
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

/** What a call showed in the UI (alerts, toasts, sidebars), as short text for the call log. */
function shownSince(
  fake: AppsScriptFake,
  before: { alerts: number; toasts: number; sidebars: number; dialogs: number },
): string[] {
  const ui = fake.ui;
  return [
    ...ui.alerts.slice(before.alerts).map((a) => `alert: ${a.title || a.prompt}`),
    ...ui.toasts.slice(before.toasts).map((t) => `toast: ${t.title ? `${t.title}: ` : ''}${t.message}`),
    ...ui.sidebars.slice(before.sidebars).map((s) => `sidebar: ${s.title}`),
    ...ui.dialogs.slice(before.dialogs).map((d) => `dialog: ${d.title}`),
  ];
}

export function createPreviewHost(buildDir: string): PreviewHost {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'appsscript.json'), 'utf8')) as {
    urlFetchWhitelist?: string[];
  };
  const network = handbookNetwork(manifest.urlFetchWhitelist ?? null);
  const fake = createAppsScriptFake({ htmlFiles: readBuiltHtml(buildDir), urlFetch: network.options });
  const bundle = loadBundle(join(buildDir, 'Code.js'), fake);
  if (bundle.functionNames.includes('onOpen')) bundle.call('onOpen', fake.events.onOpen());

  return {
    fake,
    bundle,
    functions: bundle.functionNames,
    call(name, args, source = 'sidebar') {
      const ui = fake.ui;
      const before = {
        alerts: ui.alerts.length,
        toasts: ui.toasts.length,
        sidebars: ui.sidebars.length,
        dialogs: ui.dialogs.length,
      };
      try {
        const value = source === 'menu' ? bundle.call(name, ...args) : bundle.runFromClient(name, ...args);
        // A menu call's result never reaches a client; keep only JSON so the reply can be sent.
        const json = jsonValue(value);
        return { ok: true, value: json, shown: shownSince(fake, before) };
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      }
    },
    html(name) {
      return readFileSync(join(buildDir, `${name}.html`), 'utf8');
    },
    sheets: () =>
      silently(() => workbookSheets(fake.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet)),
    spreadsheetName: () => silently(() => fake.spreadsheet.getName()),
    menuItems: () => fake.ui.menuItems(),
    sidebarsShown: () => fake.ui.sidebars.length,
  };
}
