/**
 * Finding the plan's tabs: by name first, then (when a person renamed a tab) by the headers in its
 * first row. Looking through other tabs costs calls per tab, never per row, and only after a rename.
 */
import { HeaderMap } from '../core/headers';
import type { TabLayout } from '../core/layout';
import type { Table } from '../core/table';
import { tableFromValues } from '../core/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The tab holding this layout's data, or null when there is none. */
export function findTab(spreadsheet: Spreadsheet, layout: TabLayout): Sheet | null {
  const named = spreadsheet.getSheetByName(layout.name);
  if (named) return named;
  for (const sheet of spreadsheet.getSheets()) {
    const width = sheet.getLastColumn();
    if (width === 0) continue;
    const header = HeaderMap.fromRow(sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
    if (header.matches(layout)) return sheet;
  }
  return null;
}

/** A tab's whole used area, read in one call, as a header map and data rows. */
export function readTable(sheet: Sheet): Table {
  return tableFromValues(sheet.getDataRange().getValues());
}

/** Data rows read, i.e. the last row holding anything (0 for an empty tab, 1 for headers only). */
export function lastRowOf(table: Table): number {
  return table.rows.length + (table.header.headers.some((h) => h !== '') || table.rows.length ? 1 : 0);
}
