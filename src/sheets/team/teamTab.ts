/**
 * The Team tab of a manager's workbook: found (by name, or by its Name and Growth plan headers when
 * renamed), read in one range (values, formulas and number formats, so the rows a refresh passes
 * over are written back exactly), set up with its headers and a short how-to, and written column
 * block by column block. The manager's cells (names, URLs, notes, columns of their own) are never
 * written: only the add-on's figure columns are.
 */
import { HeaderMap } from '../../core/headers';
import { tableFromValues, type Table } from '../../core/table';
import { FIGURES, TEAM, TEAM_TAB } from '../../core/team/layout';
import type { TeamCells, TeamWrite } from '../../core/team/teamRows';
import type { ColumnBlock } from '../../core/team/columnBlocks';
import type { TabFinder } from '../../appsscript/tabs';
import { formatTab } from '../formats';
import { NEW_TAB_SIZE } from '../workbook';
import { findOurTab } from './ourTab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How to use the tab, as the note on its Name header: what the manager types, what the add-on fills. */
export const TEAM_HOW_TO = [
  'One person per row: their name under Name, and the address of their growth plan under Growth plan (they share the plan with you; view access is enough).',
  'Then choose Extensions > Career Growth > Refresh team overview: the columns from Current role to Refresh note are filled from each plan, and the Team gaps tab lists the gaps two or more people share.',
  'Add columns and notes of your own anywhere: a refresh writes only its own columns. It copies no evidence or notes from the plans, only figures.',
].join('\n\n');

const PERCENT = '0%';

export interface TeamTabRead {
  sheet: Sheet;
  name: string;
  table: Table;
  cells: TeamCells;
  maxColumns: number;
}

function isTeamHeader(header: HeaderMap): boolean {
  return header.missing(TEAM_TAB.signature).length === 0;
}

function readTeam(sheet: Sheet, name: string): TeamTabRead {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const table = tableFromValues(values);
  return {
    sheet,
    name,
    table,
    cells: { formulas: range.getFormulas().slice(1), numberFormats: range.getNumberFormats().slice(1) },
    maxColumns: sheet.getMaxColumns(),
  };
}

/**
 * The Team tab: the tab named Team when it has the Team headers or is empty, else any tab whose first
 * row has them; null when there is none. Reads only.
 */
export function findTeamTab(tabs: TabFinder): TeamTabRead | null {
  return findOurTab(tabs, TEAM_TAB.name, isTeamHeader, readTeam);
}

/**
 * Writes the headers the tab lacks after its last column (all of them into an empty tab) and styles
 * them; a Name header we write carries the how-to. Headers the manager wrote are left as they are.
 */
export function appendTeamHeaders(
  sheet: Sheet,
  header: HeaderMap,
  appended: readonly string[],
  maxColumns: number,
): void {
  if (appended.length === 0) return;
  const width = header.headers.length;
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const first = width - appended.length;
  const headerRow = sheet.getRange(1, first + 1, 1, appended.length);
  // Values go last: headers written make the next run take the columns as set up.
  formatTab(sheet, header, TEAM_TAB, {
    widthsOf: appended,
    // No dropdowns, so no data rows to format, and no whole-rows range a fresh tab's would need.
    dataRows: { first: 2, count: 0 },
    fresh: null,
    headerRow,
    dropdowns: false,
  });
  if (appended.includes(TEAM.name)) sheet.getRange(1, header.column(TEAM.name) + 1).setNote(TEAM_HOW_TO);
  headerRow.setValues([[...appended]]);
}

/** The Team tab's figure columns as the refresh decided them, one setValues per block of adjacent columns. */
export function writeTeamTab(target: TeamTabRead, write: TeamWrite): void {
  const { sheet } = target;
  appendTeamHeaders(sheet, write.header, write.appendedHeaders, target.maxColumns);
  for (const block of write.blocks) writeBlock(sheet, block);
  const share = write.header.column(FIGURES.ready);
  if (share >= 0 && write.rows.count > 0)
    sheet.getRange(write.rows.first + 2, share + 1, write.rows.count, 1).setNumberFormat(PERCENT);
}

export function writeBlock(sheet: Sheet, block: ColumnBlock): void {
  const width = block.values[0]?.length ?? 0;
  if (width === 0) return;
  sheet.getRange(block.first + 2, block.column + 1, block.values.length, width).setValues(block.values);
}

/** A new Team tab at the end, with every header and the how-to on Name. */
export function createTeamTab(spreadsheet: Spreadsheet, tabs: TabFinder, name: string): Sheet {
  const sheet = spreadsheet.insertSheet(name, tabs.sheets().length);
  const header = new HeaderMap(TEAM_TAB.headers);
  appendTeamHeaders(sheet, header, TEAM_TAB.headers, NEW_TAB_SIZE.columns);
  return sheet;
}
