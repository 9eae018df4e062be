/**
 * One preview "document": a fresh fake spreadsheet (one empty Sheet1, as a new user's) with the
 * built Code.js running in its own thread against it, opened as Sheets would open it (onOpen builds
 * the menu). Alerts and prompts wait for the person's answer (`questions`); a person's typing goes
 * straight into the fake (`editCell`), uncounted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppsScriptFake, readBuiltHtml, silently, type AppsScriptFake } from '../../fake';
import { editCell, type CellEdit, type CellEditResult } from './cellEdit';
import { workbookReader } from './formulas/workbookReader';
import { handbookNetwork } from './handbookNetwork';
import { askBeforeQuestions, QuestionDesk } from './questions';
import { startBundleThread, type BundleThread } from './thread/bundleThread';
import type { SheetView, ToastView } from './views/snapshot';
import { workbookSheets } from './workbookView';

/** JSON.stringify as it behaves: undefined for undefined, a function or a symbol. */
function stringify(value: unknown): string | undefined {
  return JSON.stringify(value);
}

/** A call's result as JSON carries it to the page (null when there is nothing JSON can hold). */
export function jsonValue(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(stringify(value) ?? 'null') as unknown);
}

export type CallReply = { ok: true; value: unknown; shown: string[] } | { ok: false; message: string };

/** How many toasts the view carries (the page shows the ones it has not shown yet). */
const TOASTS_SHOWN = 5;

export interface PreviewHost {
  readonly fake: AppsScriptFake;
  /** The top-level functions of Code.js, i.e. what google.script.run offers. */
  readonly functions: string[];
  /** The alert or prompt waiting for the person, and where their answer goes. */
  readonly questions: QuestionDesk;
  /**
   * Calls a function as google.script.run (source 'sidebar') or a menu item ('menu') would; an
   * alert it shows waits for its answer. Calls run one at a time, in order.
   */
  call(name: string, args: unknown[], source?: 'sidebar' | 'menu'): Promise<CallReply>;
  /** True while a call runs (the page then looks for a question more often). */
  busy(): boolean;
  /** A person typing into a cell or choosing from its dropdown. */
  editCell(edit: CellEdit): CellEditResult;
  /** A built HTML page, read from disk on every request so a rebuild shows without a restart. */
  html(name: string): string;
  sheets(): SheetView[];
  toasts(): ToastView[];
  spreadsheetName(): string;
  menuItems(): { caption: string; functionName: string }[];
  sidebarsShown(): number;
  /** Stops the bundle's thread; a call still waiting is answered with a failure. */
  close(): Promise<void>;
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
    ...ui.alerts.slice(before.alerts).map((a) => `alert: ${a.title || a.prompt} → ${a.response}`),
    ...ui.toasts.slice(before.toasts).map((t) => `toast: ${t.title ? `${t.title}: ` : ''}${t.message}`),
    ...ui.sidebars.slice(before.sidebars).map((s) => `sidebar: ${s.title}`),
    ...ui.dialogs.slice(before.dialogs).map((d) => `dialog: ${d.title}`),
  ];
}

export async function createPreviewHost(buildDir: string): Promise<PreviewHost> {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'appsscript.json'), 'utf8')) as {
    urlFetchWhitelist?: string[];
  };
  const network = handbookNetwork(manifest.urlFetchWhitelist ?? null);
  const fake = createAppsScriptFake({ htmlFiles: readBuiltHtml(buildDir), urlFetch: network.options });
  const questions = new QuestionDesk();
  const thread: BundleThread = await startBundleThread(join(buildDir, 'Code.js'), {
    globals: fake.globals,
    beforeCall: askBeforeQuestions(fake.ui, questions),
    clock: () => fake.clock(),
  });
  let running = 0;

  async function call(
    name: string,
    args: unknown[],
    source: 'sidebar' | 'menu' = 'sidebar',
  ): Promise<CallReply> {
    running += 1;
    try {
      const ui = fake.ui;
      const before = {
        alerts: ui.alerts.length,
        toasts: ui.toasts.length,
        sidebars: ui.sidebars.length,
        dialogs: ui.dialogs.length,
      };
      const value = await thread.run(name, args, source === 'menu' ? 'call' : 'client');
      // A menu call's result never reaches a client; keep only JSON so the reply can be sent.
      return { ok: true, value: jsonValue(value), shown: shownSince(fake, before) };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    } finally {
      running -= 1;
      // An execution that ended (say, it ran out of time) asks nothing any more. Calls run one at a
      // time, so a question still open here can only be this call's.
      questions.cancel();
    }
  }

  if (thread.functionNames.includes('onOpen')) {
    const opened = await thread.run('onOpen', [fake.events.onOpen()], 'call').then(
      () => null,
      (error: unknown) => messageOf(error),
    );
    if (opened !== null) {
      await thread.close();
      throw new Error(`onOpen failed: ${opened}`);
    }
  }

  return {
    fake,
    functions: thread.functionNames,
    questions,
    call,
    busy: () => running > 0,
    editCell: (edit) => editCell(fake.spreadsheet, edit),
    html(name) {
      return readFileSync(join(buildDir, `${name}.html`), 'utf8');
    },
    sheets: () =>
      silently(() =>
        workbookSheets(
          fake.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
          // TODAY() is the add-on's today: the fake's clock when a test set it.
          workbookReader(fake.spreadsheet, fake.clock() ?? Date.now()),
        ),
      ),
    toasts: () => fake.ui.toasts.map((toast, index) => ({ id: index + 1, ...toast })).slice(-TOASTS_SHOWN),
    spreadsheetName: () => silently(() => fake.spreadsheet.getName()),
    menuItems: () => fake.ui.menuItems(),
    sidebarsShown: () => fake.ui.sidebars.length,
    close: async () => {
      questions.cancel();
      await thread.close();
    },
  };
}
