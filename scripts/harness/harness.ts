/**
 * Loads the BUILT Growth Plan bundle into a fresh vm context wired to the strict Apps Script fake.
 * Every integration test goes through here, so they all exercise exactly what clasp would push.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createAppsScriptFake,
  FakeSpreadsheet,
  loadBundle,
  readBuiltHtml,
  type ScriptedResponse,
} from '../../fake';
import { silently } from '../../fake/calls';
import { at, must } from '../must';

export const BUILD_DIR = join(__dirname, '../../build/sheets');
export const CODE_PATH = join(BUILD_DIR, 'Code.js');

export type Tabs = Record<string, unknown[][]>;

export interface Harness {
  fake: ReturnType<typeof createAppsScriptFake>;
  spreadsheet: FakeSpreadsheet;
  /** Calls a top-level function as a menu item or trigger would; the caller states what it expects back. */
  call(name: string, ...args: unknown[]): unknown;
  /** Calls a function as google.script.run would: JSON-only arguments and result. */
  run(name: string, ...args: unknown[]): unknown;
}

/** A new bundle against a spreadsheet with the given tabs (or a new user's single empty Sheet1). */
export function openPlan(
  tabs: Tabs = { Sheet1: [] },
  options: {
    authMode?: 'NONE' | 'LIMITED' | 'FULL';
    responses?: Record<string, ScriptedResponse>;
    /** The project's HTML files as a push left them (by default, exactly the build's). */
    htmlFiles?: (built: Record<string, string>) => Record<string, string>;
  } = {},
): Harness {
  if (!existsSync(CODE_PATH)) throw new Error('Run `npm run build` before the integration tests.');
  const spreadsheet = FakeSpreadsheet.fromTabs(tabs);
  const built = readBuiltHtml(BUILD_DIR);
  const fake = createAppsScriptFake({
    spreadsheet,
    htmlFiles: options.htmlFiles ? options.htmlFiles(built) : built,
    authMode: options.authMode ?? 'FULL',
    // The network allows exactly what the built manifest allows.
    urlFetch: { responses: options.responses ?? {}, whitelist: builtWhitelist() },
  });
  const bundle = loadBundle(CODE_PATH, fake);
  return {
    fake,
    spreadsheet,
    call: (name, ...args) => bundle.call(name, ...args),
    run: (name, ...args) => bundle.runFromClient(name, ...args),
  };
}

/** The urlFetchWhitelist of the built manifest (null when it has none). */
export function builtWhitelist(): string[] | null {
  const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'appsscript.json'), 'utf8')) as {
    urlFetchWhitelist?: string[];
  };
  return manifest.urlFetchWhitelist ?? null;
}

/** The used area of a tab, read without counting calls. */
export function tabValues(h: Harness, name: string): unknown[][] {
  return silently(() => {
    const sheet = h.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`no tab ${name}`);
    if (sheet.getLastRow() === 0) return [];
    return sheet.getDataRange().getValues();
  });
}

/** Column index of a header in a header row, failing the test when absent. */
export function headerIndex(header: readonly unknown[]) {
  return (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name} in ${JSON.stringify(header)}`);
    return i;
  };
}

/** Types values into a column's first data rows, as a person would. */
export function setCells(h: Harness, tab: string, header: string, values: unknown[]): void {
  silently(() => {
    const sheet = must(h.spreadsheet.getSheetByName(tab), `The tab ${tab}`);
    const headerRow = at(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues(), 0, 'header row');
    const column = headerIndex(headerRow)(header) + 1;
    sheet.getRange(2, column, values.length, 1).setValues(values.map((v) => [v]));
  });
}
