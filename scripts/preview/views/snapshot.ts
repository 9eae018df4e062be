/**
 * The JSON the preview page renders: every tab of the fake spreadsheet as display text, plus what
 * the add-on showed (menu, toasts, alerts) and a log of calls. Shared by the server and the page.
 */

export interface CellView {
  text: string;
  /** The cell has a list dropdown (data validation). */
  dropdown?: string[];
  /** The cell holds a formula (shown as its text). */
  formula?: boolean;
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
}

export interface PreviewEvent {
  id: number;
  source: 'sidebar' | 'dialog' | 'menu' | 'test';
  name: string;
  ok: boolean;
  /** The error message, or what the call showed (alert, toast). */
  detail: string;
}

export interface WorkbookView {
  name: string;
  sheets: SheetView[];
  menu: { caption: string; functionName: string }[];
  events: PreviewEvent[];
  /** Changes when the workbook is reset or the add-on opens its sidebar: the page reloads the sidebar. */
  generation: string;
}
