/**
 * Writes a planned change to a tab in bulk: appended headers, whole managed columns and new rows,
 * one range call each, after growing the sheet if the rows or columns do not fit.
 */
import type { Cell } from '../core/cells';
import type { HeaderMap } from '../core/headers';
import { KEY, type TabLayout } from '../core/layout';
import type { Table } from '../core/table';
import { UserError } from '../appsscript/errors';
import { lastRowOf } from '../appsscript/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableChange {
  header: HeaderMap;
  appendedHeaders: readonly string[];
  columnWrites?: readonly { header: string; values: readonly Cell[] }[];
  newRows: readonly Cell[][];
}

/** Throws a clear message when a tab that has headers lacks one the add-on cannot do without. */
export function requireHeaders(table: Table, layout: TabLayout, sheet: Sheet | null): void {
  if (table.header.headers.length === 0) return; // a new, empty tab: we write every header
  const missing = table.header.missing(layout.required);
  if (missing.length === 0) return;
  const names = missing.map((h) => `"${h}"`).join(', ');
  const tabName = sheet?.getName() ?? layout.name;
  throw new UserError(
    `The "${tabName}" tab has no ${names} column in row 1. Rename the column back, or choose ` +
      'Extensions > Career Growth > Set up growth plan to add it. Nothing was changed.',
  );
}

/** Applies the change; returns the sheet row of the first new row (or 0 when none were added). */
export function writeTableChange(sheet: Sheet, table: Table, change: TableChange): number {
  const width = change.header.headers.length;
  const lastRow = Math.max(lastRowOf(table), 1);
  const rowsNeeded = lastRow + change.newRows.length;

  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  if (change.newRows.length > 0) {
    const maxRows = sheet.getMaxRows();
    if (rowsNeeded > maxRows) sheet.insertRowsAfter(maxRows, rowsNeeded - maxRows);
  }

  if (change.appendedHeaders.length > 0) {
    const first = width - change.appendedHeaders.length;
    sheet.getRange(1, first + 1, 1, change.appendedHeaders.length).setValues([[...change.appendedHeaders]]);
    if (change.appendedHeaders.includes(KEY)) sheet.hideColumns(change.header.column(KEY) + 1);
  }

  for (const write of change.columnWrites ?? []) {
    if (write.values.length === 0) continue;
    const column = change.header.column(write.header) + 1;
    sheet.getRange(2, column, write.values.length, 1).setValues(write.values.map((v) => [v]));
  }

  if (change.newRows.length === 0) return 0;
  sheet.getRange(lastRow + 1, 1, change.newRows.length, width).setValues(change.newRows.map((r) => [...r]));
  return lastRow + 1;
}
