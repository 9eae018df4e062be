/**
 * One preview document for the Docs add-on: a FakeDocument with a few lines a person wrote, the
 * built build/docs/Code.js running in its own thread against it (onOpen builds the menu), and the
 * Sheets preview's workbook reachable under its Sheets URL as the linked growth plan. Alerts wait
 * for the person's answer; a person's typing goes into the document as their edit (`editText`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeSpreadsheet, readBuiltHtml, silently } from '../../fake';
import {
  createDocsFake,
  FakeDocument,
  snapshotDocument,
  type DocsFake,
  type DocumentSnapshot,
  type ElementSnapshot,
} from '../../fake/docs';
import type { DocElementView, DocumentView, HeadingName, InsertedRangeView } from './views/docsView';
import { editDocumentText, type TextEdit } from './docsEdit';
import { type CallReply, jsonValue } from './host';
import { askBeforeQuestions, QuestionDesk } from './questions';
import { startBundleThread } from './thread/bundleThread';
import { LINK_KEY } from '../../src/docs/link';
import { at } from '../must';

/**
 * The growth plan's URL in the Docs preview: the Sheets preview's workbook under an id as long as a
 * real one (the Docs add-on's link check wants that), whatever id the workbook has itself.
 */
const GROWTH_PLAN_ID = '1PreviewGrowthPlanCareerGrowthInMemoryWorkbk';
export const GROWTH_PLAN_URL = `https://docs.google.com/spreadsheets/d/${GROWTH_PLAN_ID}/edit`;

/** Named ranges the add-on owns; the page outlines only these. */
const BLOCK_PREFIX = 'careergrowth.';

export interface DocsPreviewHost {
  readonly fake: DocsFake;
  readonly document: FakeDocument;
  /** The top-level functions of Code.js, i.e. what google.script.run offers. */
  readonly functions: string[];
  /** The alert waiting for the person, and where their answer goes. */
  readonly questions: QuestionDesk;
  /**
   * Calls a function as google.script.run from a dialog, or as a menu item; an alert it shows waits
   * for its answer. Calls run one at a time, in order.
   */
  call(name: string, args: unknown[], source: 'dialog' | 'menu'): Promise<CallReply>;
  /** True while a call runs. */
  busy(): boolean;
  /** A person's edit of a paragraph, list item or table cell of the active tab. */
  editText(edit: TextEdit): void;
  /** The document and what the add-on showed, without the log and link (the server adds those). */
  view(): Pick<
    DocumentView,
    'name' | 'elements' | 'ranges' | 'cursorIn' | 'menu' | 'alerts' | 'dialog' | 'question'
  >;
  /** The HTML of a dialog the add-on showed, by its id in the view (1 = the first). */
  dialogHtml(id: number): string | null;
  /** Puts the cursor at the end of a body element (in a table: its first cell), or removes it (null). */
  setCursor(index: number | null): void;
  /** The whole document as JSON (not counted). */
  snapshot(): DocumentSnapshot;
  /** Stops the bundle's thread. */
  close(): Promise<void>;
}

function manifestScopes(buildDir: string): string[] | null {
  const manifest = join(buildDir, 'appsscript.json');
  if (!existsSync(manifest)) return null;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { oauthScopes?: string[] }).oauthScopes ?? null;
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

/**
 * A read-only copy of the workbook for the Docs fake (the add-on only reads it). A copy, because
 * registering the Sheets fake's own workbook would bind it to the Docs fake's call counter and realm.
 */
function growthPlanCopy(workbook: FakeSpreadsheet): FakeSpreadsheet {
  return silently(() => {
    const tabs: Record<string, unknown[][]> = {};
    for (const sheet of workbook.getSheets()) {
      tabs[sheet.getName()] = sheet.getLastRow() > 0 ? sheet.getDataRange().getValues() : [];
    }
    return FakeSpreadsheet.fromTabs(tabs, {
      id: GROWTH_PLAN_ID,
      name: workbook.getName(),
      timeZone: workbook.getSpreadsheetTimeZone(),
    });
  });
}

const HEADINGS = new Set<string>([
  'NORMAL',
  'TITLE',
  'SUBTITLE',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
]);

/** Docs keeps a line break inside a paragraph as \r. */
const lines = (text: string): string => text.replace(/\r/g, '\n');

function elementView(element: ElementSnapshot): DocElementView {
  switch (element.type) {
    case 'PARAGRAPH':
      if (element.contains?.includes('HORIZONTAL_RULE'))
        return { type: 'other', label: '── horizontal line ──' };
      if (element.contains?.includes('PAGE_BREAK')) return { type: 'other', label: '── page break ──' };
      return {
        type: 'paragraph',
        text: lines(element.text),
        heading: (HEADINGS.has(element.heading) ? element.heading : 'NORMAL') as HeadingName,
      };
    case 'LIST_ITEM':
      return { type: 'listItem', text: lines(element.text), nesting: element.nesting };
    case 'TABLE':
      return { type: 'table', rows: element.cells.map((row) => row.map(lines)) };
  }
}

/** The body element a cover entry (an index, 'a/b/c' path or 'a/b:start-end' text span) lies in. */
function topIndex(cover: number | string): number {
  return typeof cover === 'number' ? cover : Number(cover.split(/[/:]/)[0]);
}

export async function createDocsHost(
  buildDir: string,
  growthPlan: () => FakeSpreadsheet,
): Promise<DocsPreviewHost> {
  const document = new FakeDocument({
    name: 'Career Conversation (preview)',
    content: [
      { p: 'Career conversation', heading: 'TITLE' },
      'Our own notes before the meeting: this text is ours, the add-on must never change it.',
      { p: 'Notes', heading: 'HEADING1' },
      'Click a paragraph to put the cursor there; the add-on inserts after it.',
    ],
    cursor: { path: [1] },
    documentProperties: { [LINK_KEY]: GROWTH_PLAN_URL },
  });
  const fake = createDocsFake({
    document,
    scopes: manifestScopes(buildDir),
    htmlFiles: readBuiltHtml(buildDir),
  });
  const questions = new QuestionDesk();
  const thread = await startBundleThread(join(buildDir, 'Code.js'), {
    globals: fake.globals,
    beforeCall: askBeforeQuestions(fake.ui, questions),
    clock: () => fake.clock(),
  });
  if (thread.functionNames.includes('onOpen')) {
    const failed = await thread.run('onOpen', [fake.events.onOpen()], 'call').then(
      () => null,
      (error: unknown) => messageOf(error),
    );
    if (failed !== null) {
      await thread.close();
      throw new Error(`onOpen failed: ${failed}`);
    }
  }
  let running = 0;

  return {
    fake,
    document,
    functions: thread.functionNames,
    questions,
    async call(name, args, source) {
      running += 1;
      try {
        fake.registerSpreadsheet(growthPlanCopy(growthPlan()));
        const ui = fake.ui;
        const before = { alerts: ui.alerts.length, dialogs: ui.dialogs.length };
        const value = await thread.run(name, args, source === 'menu' ? 'call' : 'client');
        const shown = [
          ...ui.alerts.slice(before.alerts).map((a) => `alert: ${a.title || a.prompt} → ${a.response}`),
          ...ui.dialogs.slice(before.dialogs).map((d) => `dialog: ${d.title}`),
        ];
        return { ok: true, value: jsonValue(value), shown };
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      } finally {
        running -= 1;
        // Calls run one at a time: a question still open here is this call's, and it has ended.
        questions.cancel();
      }
    },
    busy: () => running > 0,
    editText: (edit) => {
      editDocumentText(document, edit);
    },
    view() {
      const snapshot = snapshotDocument(document);
      const tab = snapshot.tabs.find((t) => t.id === snapshot.activeTab) ?? at(snapshot.tabs, 0, 'tab');
      const ranges: InsertedRangeView[] = tab.namedRanges
        .filter((range) => range.name.startsWith(BLOCK_PREFIX) && range.covers.length > 0)
        .map((range) => {
          const indexes = range.covers.map(topIndex);
          return { name: range.name, first: Math.min(...indexes), last: Math.max(...indexes) };
        })
        .sort((a, b) => a.first - b.first);
      const lastDialog = fake.ui.dialogs.length;
      const dialog = fake.ui.dialogs[lastDialog - 1];
      return {
        name: snapshot.name,
        elements: tab.body.map(elementView),
        ranges,
        cursorIn: snapshot.cursor ? topIndex(snapshot.cursor.path) : null,
        menu: fake.ui.menuItems(),
        alerts: fake.ui.alerts.map((a, i) => ({
          id: i + 1,
          title: a.title,
          prompt: a.prompt,
          buttons: a.buttons,
          response: a.response,
        })),
        dialog: dialog
          ? { id: lastDialog, title: dialog.title, width: dialog.width, height: dialog.height }
          : null,
        question: questions.pending,
      };
    },
    dialogHtml(id) {
      return fake.ui.dialogs[id - 1]?.html ?? null;
    },
    setCursor(index) {
      if (index === null) {
        document._cursor = null;
        return;
      }
      const node = document._activeTab.body.children[index];
      if (!node) throw new Error(`The document has no element ${index}`);
      // A table holds the cursor in a cell; the add-on climbs to the table either way.
      document._cursor = document._resolveCursor({
        path: node.kind === 'TABLE' ? [index, 0, 0, 0] : [index],
      });
    },
    snapshot: () => snapshotDocument(document),
    close: async () => {
      questions.cancel();
      await thread.close();
    },
  };
}
