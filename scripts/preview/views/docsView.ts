/**
 * The JSON the Docs preview page renders: the fake document's active tab as plain text blocks, the
 * add-on's named ranges over them, and what the add-on showed (menu, alerts, dialogs), plus a log
 * of calls. Shared by the server and the page; everything in it is shown with textContent only.
 */
import type { PreviewEvent, QuestionView } from './snapshot';

export type HeadingName =
  | 'NORMAL'
  | 'TITLE'
  | 'SUBTITLE'
  | 'HEADING1'
  | 'HEADING2'
  | 'HEADING3'
  | 'HEADING4'
  | 'HEADING5'
  | 'HEADING6';

export type DocElementView =
  | { type: 'paragraph'; text: string; heading: HeadingName }
  | { type: 'listItem'; text: string; nesting: number }
  | { type: 'table'; rows: string[][] }
  | { type: 'other'; label: string };

/** A named range of the add-on, over body elements first..last (indexes into `elements`). */
export interface InsertedRangeView {
  name: string;
  first: number;
  last: number;
}

export interface DocAlertView {
  id: number;
  title: string;
  prompt: string;
  /** The ButtonSet's name (OK, YES_NO, ...) and the button the person answered with. */
  buttons: string;
  response: string;
}

export interface DocDialogView {
  id: number;
  title: string;
  width: number;
  height: number;
}

export interface DocumentView {
  /** 'not-built': build/docs is missing or its bundle does not load; `message` says which. */
  state: 'ready' | 'not-built';
  message: string;
  name: string;
  elements: DocElementView[];
  ranges: InsertedRangeView[];
  /** The body element holding the cursor (the add-on inserts after it); null: no cursor. */
  cursorIn: number | null;
  menu: { caption: string; functionName: string }[];
  events: PreviewEvent[];
  alerts: DocAlertView[];
  /** The latest dialog the add-on opened (the page knows which ones it closed). */
  dialog: DocDialogView | null;
  /** The question the running execution waits on. */
  question: QuestionView | null;
  /** An execution of the add-on is running: the page looks again soon, for a question. */
  busy: boolean;
  /** The Sheets preview's workbook, linked as the growth plan. */
  growthPlan: { name: string; url: string } | null;
  /** Changes when the document is reset. */
  generation: string;
}
