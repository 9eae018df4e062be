/**
 * The JSON the preview page renders: every tab of the fake spreadsheet as display text, plus what
 * the add-on showed (menu, toasts, alerts) and a log of calls. Shared by the server and the page.
 */
import type { ChartView } from './charts';

export interface CellView {
  /** What the cell shows: its value as Sheets displays it. */
  text: string;
  /** The cell has a list dropdown (data validation): its values, in order. */
  dropdown?: string[];
  /** A validation rule other than a dropdown (DATE_IS_VALID_DATE, ...). */
  rule?: string;
  /** The cell's formula, when it holds one (editing starts from it). */
  formula?: string;
  /** The preview does not compute this formula (what it needs, for the tooltip): `text` is the formula itself. */
  uncomputed?: string;
  /** The text is a note on the cell. */
  note?: string;
}

export interface SheetView {
  name: string;
  active: boolean;
  hidden: boolean;
  frozenRows: number;
  /** One entry per column shown. */
  columns: { hidden: boolean; width: number | null }[];
  rows: CellView[][];
  /** Rows beyond those shown. */
  moreRows: number;
  /** The tab's embedded charts, with the values their ranges hold. */
  charts: ChartView[];
}

export interface PreviewEvent {
  id: number;
  source: 'sidebar' | 'dialog' | 'menu' | 'test';
  name: string;
  ok: boolean;
  /** The error message, or what the call showed (alert, toast). */
  detail: string;
}

/** An alert or prompt of the add-on, waiting for the person's answer. */
export interface QuestionView {
  id: number;
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** Button names in the order Sheets and Docs show them (OK, YES, NO, CANCEL). */
  buttons: string[];
}

/** A toast the add-on showed (Spreadsheet.toast). */
export interface ToastView {
  id: number;
  title: string;
  message: string;
  timeoutSeconds: number;
}

export interface WorkbookView {
  name: string;
  sheets: SheetView[];
  menu: { caption: string; functionName: string }[];
  events: PreviewEvent[];
  /** The question the running execution waits on. */
  question: QuestionView | null;
  /** The latest toasts, oldest first (the page shows those it has not shown yet). */
  toasts: ToastView[];
  /** An execution of the add-on is running: the page looks again soon, for a question. */
  busy: boolean;
  /** Changes when the workbook is reset or the add-on opens its sidebar: the page reloads the sidebar. */
  generation: string;
}
