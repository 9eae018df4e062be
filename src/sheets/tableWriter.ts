/**
 * Writes a planned change to a tab in bulk: appended headers, whole managed columns and new rows,
 * one range call each, after growing the sheet if the rows or columns do not fit. Only writes: the
 * tab's size was read with its contents, before the action's first write.
 */
import type { Cell } from '../core/cells';
import type { HeaderMap } from '../core/headers';
import type { TabLayout } from '../core/layout';
import type { Table } from '../core/table';
import { UserError } from '../appsscript/errors';
import { lastRowOf } from '../appsscript/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface TableChange {
  header: HeaderMap;
  appendedHeaders: readonly string[];
  columnWrites?: readonly { header: string; values: readonly Cell[] }[];
  newRows: readonly Cell[][];
}

/** How many rows and columns a tab has (getMaxRows, getMaxColumns), used or not. */
export interface SheetSize {
  rows: number;
  columns: number;
}

/** Throws a clear message when a tab that has headers lacks one the add-on cannot do without. */
export function requireHeaders(table: Table, layout: TabLayout, tabName: string): void {
  if (table.header.headers.length === 0) return; // a new, empty tab: we write every header
  const missing = table.header.missing(layout.required);
  if (missing.length === 0) return;
  const names = missing.map((h) => `"${h}"`).join(', ');
  throw new UserError(
    `The "${tabName}" tab has no ${names} column in row 1. Rename the column back, or choose ` +
      'Extensions > Career Growth > Set up growth plan to add it. Nothing was changed.',
  );
}

/** Where a change lands in a tab, decided before anything is written. */
export interface TableLayoutAfter {
  /** Sheet row of the first new row, 0 when none are added. */
  firstNew: number;
  /** The tab's size once grown to fit the change. */
  size: SheetSize;
}

/**
 * Grows the tab so the change fits (more columns for appended headers, more rows for new rows) and
 * says where the new rows will go. Growing is safe to repeat: a re-run reads the grown size.
 */
export function growForChange(
  sheet: Sheet,
  table: Table,
  change: TableChange,
  size: SheetSize,
): TableLayoutAfter {
  const width = change.header.headers.length;
  const lastRow = Math.max(lastRowOf(table), 1);
  const rowsNeeded = lastRow + change.newRows.length;
  if (width > size.columns) sheet.insertColumnsAfter(size.columns, width - size.columns);
  if (rowsNeeded > size.rows) sheet.insertRowsAfter(size.rows, rowsNeeded - size.rows);
  return {
    firstNew: change.newRows.length > 0 ? lastRow + 1 : 0,
    size: { rows: Math.max(size.rows, rowsNeeded), columns: Math.max(size.columns, width) },
  };
}

/** Row 1's cells for the appended headers, or null when none are appended. */
export function appendedHeaderRange(sheet: Sheet, change: TableChange): Range | null {
  if (change.appendedHeaders.length === 0) return null;
  const first = change.header.headers.length - change.appendedHeaders.length;
  return sheet.getRange(1, first + 1, 1, change.appendedHeaders.length);
}

/**
 * Writes the change's values: appended headers (through `headerRange`), whole managed columns, new
 * rows, one range call each. Called after the tab's formats, so that headers found in row 1 mean
 * the tab's set-up was finished (see "Failing half way" in docs/architecture.md).
 */
export function writeTableValues(
  sheet: Sheet,
  change: TableChange,
  headerRange: Range | null,
  firstNew: number,
): void {
  headerRange?.setValues([[...change.appendedHeaders]]);
  for (const write of change.columnWrites ?? []) {
    if (write.values.length === 0) continue;
    const column = change.header.column(write.header) + 1;
    sheet.getRange(2, column, write.values.length, 1).setValues(write.values.map((v) => [v]));
  }
  if (change.newRows.length === 0) return;
  sheet
    .getRange(firstNew, 1, change.newRows.length, change.header.headers.length)
    .setValues(change.newRows.map((r) => [...r]));
}
