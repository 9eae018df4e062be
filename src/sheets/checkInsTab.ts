/**
 * The Check-ins tab on the sheet: found (by name, or by its headers after a rename), read once,
 * created with its headers and formats when missing, and written as planned by the core
 * (core/tracker/checkInWrite.ts). It records values rather than asks for them, so it has no
 * dropdowns and no conditional formats; its Date column is plain text, so a day stays a day in
 * every time zone.
 */
import { columnLetter } from '../core/a1';
import type { HeaderMap } from '../core/headers';
import { CHECKINS_TAB, CHK } from '../core/layout';
import type { CheckInWrite } from '../core/tracker/checkInWrite';
import type { TabFinder } from '../appsscript/tabs';
import { allDataRows, formatTab } from './formats';
import type { SheetSize } from './tableWriter';
import { endOfTabs, loadTab, NEW_TAB_SIZE, type TabState } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' plain-text number format. */
const TEXT_FORMAT = '@';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Check-ins tab as read, with what writing to it needs. */
export interface CheckInsTarget extends TabState {
  size: SheetSize;
  /** Where a missing tab is inserted. */
  insertAt: number;
  /** The header row once missing headers are appended, and those headers. */
  header: HeaderMap;
  appendedHeaders: readonly string[];
}

/** Finds and reads the Check-ins tab (a missing one goes in at the end, after `newBefore` new tabs). */
export function loadCheckIns(tabs: TabFinder, newBefore = 0): CheckInsTarget {
  const state = loadTab(tabs, CHECKINS_TAB);
  const appendedHeaders = state.table.header.missing(CHECKINS_TAB.headers);
  const header = state.table.header.withAppended(appendedHeaders);
  if (!state.sheet)
    return { ...state, size: NEW_TAB_SIZE, insertAt: endOfTabs(tabs, newBefore), header, appendedHeaders };
  const size = { rows: state.sheet.getMaxRows(), columns: state.sheet.getMaxColumns() };
  return { ...state, size, insertAt: -1, header, appendedHeaders };
}

/** Header style, widths, the hidden key column, and the text and date formats of the Date and Due columns. */
function formatCheckIns(
  sheet: Sheet,
  target: CheckInsTarget,
  rows: number,
  headerRow: GoogleAppsScript.Spreadsheet.Range | null,
): void {
  const created = !target.sheet;
  const dataRows = allDataRows(rows);
  formatTab(sheet, target.header, CHECKINS_TAB, {
    widthsOf: created ? CHECKINS_TAB.headers : target.appendedHeaders,
    dataRows,
    fresh: null,
    headerRow,
    dropdowns: false,
  });
  if (dataRows.count < 1) return;
  const formats: [string, string][] = [
    [CHK.date, TEXT_FORMAT],
    [CHK.due, 'yyyy-mm-dd'],
  ];
  for (const [name, format] of formats) {
    const column = target.header.column(name);
    if (column >= 0 && (created || target.appendedHeaders.includes(name)))
      sheet.getRange(dataRows.first, column + 1, dataRows.count, 1).setNumberFormat(format);
  }
}

/**
 * Creates the tab when missing, appends missing headers, then carries out `plan` (nothing for a
 * repair). Only writes: everything was read by loadCheckIns.
 *
 * Values go last, as in every tab (docs/architecture.md, "Failing half way"): the header style,
 * widths, hidden key and number formats go in before the headers, and the Date column's format
 * before a check-in's rows. A tab a failed run created is empty, and the next run sets it up whole.
 */
export function writeCheckIns(
  spreadsheet: Spreadsheet,
  target: CheckInsTarget,
  plan: CheckInWrite | null,
): Sheet {
  const sheet = target.sheet ?? spreadsheet.insertSheet(target.name, target.insertAt);
  const width = target.header.headers.length;
  let rows = target.size.rows;
  if (width > target.size.columns) sheet.insertColumnsAfter(target.size.columns, width - target.size.columns);

  if (target.appendedHeaders.length > 0) {
    const headerRow = sheet.getRange(
      1,
      width - target.appendedHeaders.length + 1,
      1,
      target.appendedHeaders.length,
    );
    // A new tab's headers are the whole of row 1: style them through the range they go in by.
    formatCheckIns(sheet, target, rows, target.sheet ? null : headerRow);
    headerRow.setValues([[...target.appendedHeaders]]);
  }

  if (!plan) return sheet;
  if (plan.remove) {
    sheet.deleteRows(plan.remove.first, plan.remove.count);
    rows -= plan.remove.count;
  }
  if (plan.insert) {
    sheet.insertRowsAfter(plan.insert.after, plan.insert.count);
    rows += plan.insert.count;
  }
  if (plan.block) {
    const { first, rows: values } = plan.block;
    const end = first + values.length - 1;
    if (end > rows) sheet.insertRowsAfter(rows, end - rows);
    // Plain text before the values: `yyyy-mm-dd` would otherwise become a date in some time zone.
    const date = target.header.column(CHK.date);
    sheet.getRange(first, date + 1, values.length, 1).setNumberFormat(TEXT_FORMAT);
    sheet.getRange(first, 1, values.length, width).setValues(values);
  }
  // Today's scattered old rows are emptied last: until then they keep what a person added to them,
  // which the new block carries over (core/tracker/checkInWrite.ts).
  const last = columnLetter(width - 1);
  if (plan.clearRows.length > 0)
    sheet.getRangeList(plan.clearRows.map((r) => `A${r}:${last}${r}`)).clearContent();
  return sheet;
}
