/**
 * The Team gaps tab: the add-on's own list of the gaps people share, rebuilt by every refresh in
 * its own columns (found by header); columns the manager adds there are never written. Created at
 * the end of the workbook on the first refresh.
 */
import { HeaderMap } from '../../core/headers';
import { tableFromValues, type Table } from '../../core/table';
import { TEAM_GAPS_TAB } from '../../core/team/layout';
import type { GapsWrite } from '../../core/team/sharedGaps';
import type { TabFinder } from '../../appsscript/tabs';
import { formatTab } from '../formats';
import type { SheetSize } from '../tableWriter';
import { NEW_TAB_SIZE } from '../workbook';
import { findOurTab } from './ourTab';
import { writeBlock } from './teamTab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface GapsTabRead {
  /** null: there is none yet; it is created at `insertAt` under `name`. */
  sheet: Sheet | null;
  name: string;
  table: Table;
  size: SheetSize;
  insertAt: number;
}

const EMPTY: Table = { header: new HeaderMap([]), rows: [] };

function isGapsHeader(header: HeaderMap): boolean {
  return header.matches(TEAM_GAPS_TAB);
}

function readGaps(sheet: Sheet, name: string): GapsTabRead {
  const table = tableFromValues(sheet.getDataRange().getValues());
  return {
    sheet,
    name,
    table,
    size: { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() },
    insertAt: -1,
  };
}

/**
 * Our Team gaps tab: named so with our headers (or empty), else any tab with our headers; when there
 * is none, the free name and place a new one gets. Reads only.
 */
export function findGapsTab(tabs: TabFinder): GapsTabRead {
  const found = findOurTab(tabs, TEAM_GAPS_TAB.name, isGapsHeader, readGaps);
  if (found) return found;
  return {
    sheet: null,
    name: tabs.freeName(TEAM_GAPS_TAB.name),
    table: EMPTY,
    size: NEW_TAB_SIZE,
    insertAt: tabs.sheets().length,
  };
}

/** No tab yet, or one with nothing in it: what a refresh stopped before the tab's headers leaves. */
function isEmpty(target: GapsTabRead): boolean {
  return !target.sheet || (target.table.header.headers.length === 0 && target.table.rows.length === 0);
}

/** Writes the refresh's list of shared gaps (creating the tab when missing); returns the tab. */
export function writeGapsTab(spreadsheet: Spreadsheet, target: GapsTabRead, write: GapsWrite): Sheet {
  const sheet = target.sheet ?? spreadsheet.insertSheet(target.name, target.insertAt);
  const width = write.header.headers.length;
  if (width > target.size.columns) sheet.insertColumnsAfter(target.size.columns, width - target.size.columns);
  const rowsNeeded = 1 + Math.max(0, ...write.blocks.map((b) => b.first + b.values.length));
  if (rowsNeeded > target.size.rows) sheet.insertRowsAfter(target.size.rows, rowsNeeded - target.size.rows);
  if (write.appendedHeaders.length > 0) {
    const first = width - write.appendedHeaders.length;
    const headerRow = sheet.getRange(1, first + 1, 1, write.appendedHeaders.length);
    // Values go last: the headers make the next run take the tab as set up.
    formatTab(sheet, write.header, TEAM_GAPS_TAB, {
      widthsOf: write.appendedHeaders,
      dataRows: { first: 2, count: 0 },
      // No dropdowns and no data rows: nothing for a fresh tab's whole-rows range to format.
      fresh: null,
      headerRow,
      dropdowns: false,
    });
    // Long sentences read better wrapped; only on a new tab (or one a stopped refresh left empty),
    // where no format is anyone else's.
    if (isEmpty(target))
      sheet
        .getRange(2, 1, NEW_TAB_SIZE.rows - 1, width)
        .setWrap(true)
        .setVerticalAlignment('top');
    headerRow.setValues([[...write.appendedHeaders]]);
  }
  for (const block of write.blocks) writeBlock(sheet, block);
  return sheet;
}
