/**
 * The growth plan spreadsheet as the endpoints see it: the three tabs, found (even after a rename),
 * read once each, and created with headers and formats when missing.
 *
 * Every action reads first and writes after: the tabs, their sizes, a person's own conditional
 * formats and the Summary are all read before the first write, and nothing written is read back.
 * Apps Script queues writes and must send them before it can answer a read, so one read after a
 * write costs a round trip; here there are none.
 */
import { HeaderMap } from '../core/headers';
import { ACTIONS_TAB, REQUIREMENTS_TAB, SUMMARY_TAB_NAME, type TabLayout } from '../core/layout';
import { actionProgress, requirementProgress } from '../core/progress';
import { SUMMARY_PERCENT_ROW, SUMMARY_ROLE_ROW, SUMMARY_TITLE, summaryBlock } from '../core/summary';
import { cellText, literal } from '../core/cells';
import type { Day } from '../core/tracker/days';
import { NEXT_CHECKIN_FORMAT, nextCheckInRow } from '../core/tracker/summaryTracker';
import { planBalance } from '../core/balance';
import { DEFAULT_FOCUS_SIZE } from '../core/focusSize';
import { focusActions } from '../core/otherIdeas';
import { SKILL_NAMES } from '../catalog/skillNames';
import { applyTableChange, type Table } from '../core/table';
import type { PlanState } from '../api/sheets';
import {
  allDataRows,
  applyConditionalFormats,
  applyDropdowns,
  formatTab,
  theirRules,
  wholeRows,
} from './formats';
import {
  appendedHeaderRange,
  growForChange,
  writeTableValues,
  type SheetSize,
  type TableChange,
} from './tableWriter';
import type { StoredPlan } from './planStore';
import { planRoleTitle } from './roles';
import { lastRowOf, readTable, type FoundTab, type TabFinder } from '../appsscript/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export const EMPTY_TABLE: Table = { header: new HeaderMap([]), rows: [] };

/** The size Sheets gives a new tab: a tab we create is never asked for its size. */
export const NEW_TAB_SIZE: SheetSize = { rows: 1000, columns: 26 };

export interface TabState {
  sheet: Sheet | null;
  /** The tab's name, or the name a missing tab will get. */
  name: string;
  table: Table;
}

/** A tab found and read (or, when missing, its empty stand-in). */
export function loadTab(tabs: TabFinder, layout: TabLayout): TabState {
  const found = tabs.find(layout);
  if (!found) return { sheet: null, name: layout.name, table: EMPTY_TABLE };
  return { sheet: found.sheet, name: found.name, table: readTable(found.sheet) };
}

/** A tab with everything a write to it needs, read before the action's first write. */
export interface TabTarget extends TabState {
  size: SheetSize;
  /** Where a missing tab is inserted. */
  insertAt: number;
  /** A person's own conditional-format rules, read when ours are rewritten (else null). */
  theirRules: Rule[] | null;
}

/** Where a missing tab goes: at the end, after `newBefore` tabs this action adds first. */
export function endOfTabs(tabs: TabFinder, newBefore = 0): number {
  // Once a tab was looked for and not found, the list of tabs is already read.
  return tabs.sheets().length + newBefore;
}

/**
 * Reads what writing to the tab needs: its size, and (when our formats will be rewritten) the
 * conditional-format rules that are not ours. A missing tab needs no read: it goes in at the end.
 */
export function prepareTab(
  tabs: TabFinder,
  tab: TabState,
  { reformat, newBefore = 0 }: { reformat: boolean; newBefore?: number },
): TabTarget {
  if (!tab.sheet) return newTab(tab, endOfTabs(tabs, newBefore));
  const size = { rows: tab.sheet.getMaxRows(), columns: tab.sheet.getMaxColumns() };
  return { ...tab, size, insertAt: -1, theirRules: reformat ? theirRules(tab.sheet) : null };
}

function newTab(tab: TabState, insertAt: number): TabTarget {
  return { ...tab, size: NEW_TAB_SIZE, insertAt, theirRules: [] };
}

/** True when writing the change means (re)formatting the whole tab: a new tab or new columns. */
export function reformats(tab: TabState, change: Pick<TableChange, 'appendedHeaders'>): boolean {
  return !tab.sheet || change.appendedHeaders.length > 0;
}

export interface ReadyTab {
  sheet: Sheet;
  name: string;
  table: Table;
}

/**
 * Writes a planned change into the tab (a new one when it is missing), giving new rows their
 * dropdowns, or the whole tab its formats when it is new, gained columns, or `repair` asks for it.
 * Returns the tab as it now reads, without reading it again.
 *
 * Values go last: formats, dropdowns and conditional formats are written before the headers that
 * make the next run take the tab as set up, and a row's dropdowns before the row. So when a run
 * fails half way, the next one still finds the headers missing (or the rows not there) and does
 * the whole set-up again, from what it reads anyway (docs/architecture.md, "Failing half way").
 */
export function writeTabChange(
  spreadsheet: Spreadsheet,
  target: TabTarget,
  layout: TabLayout,
  change: TableChange,
  repair = false,
): ReadyTab {
  const created = !target.sheet;
  const sheet = target.sheet ?? spreadsheet.insertSheet(target.name, target.insertAt);
  const after = growForChange(sheet, target.table, change, target.size);
  const headerRange = appendedHeaderRange(sheet, change);
  if (created || repair || change.appendedHeaders.length > 0) {
    // A person's rules are put back with ours, so they must have been read (prepareTab, reformat).
    if (!target.theirRules) throw new Error(`The rules of "${target.name}" were not read before writing.`);
    const dataRows = allDataRows(after.size.rows);
    // Dropdowns of a new tab and the conditional formats share one range of the data rows.
    const whole = wholeRows(sheet, dataRows, change.header.headers.length);
    formatTab(sheet, change.header, layout, {
      widthsOf: created ? layout.headers : change.appendedHeaders,
      dataRows,
      fresh: created ? whole : null,
      // A new tab's headers go in as the whole of row 1: style them through the same range.
      headerRow: created ? headerRange : null,
    });
    applyConditionalFormats(sheet, change.header, layout, dataRows, target.theirRules, whole);
  } else if (after.firstNew > 0) {
    applyDropdowns(sheet, change.header, layout, { first: after.firstNew, count: change.newRows.length });
  }
  writeTableValues(sheet, change, headerRange, after.firstNew);
  return { sheet, name: target.name, table: applyTableChange(target.table, change) };
}

/**
 * True when a tab still needs its whole set-up: it is missing, or it holds nothing at all (as a tab
 * a failed run created and never finished does: its headers are written last).
 */
export function needsSetUp(tab: TabState): boolean {
  return !tab.sheet || lastRowOf(tab.table) === 0;
}

/** The change that gives a tab every header of ours it lacks, with the formats that come with them. */
export function setUpChange(tab: TabState, layout: TabLayout): TableChange {
  const missing = tab.table.header.missing(layout.headers);
  return { header: tab.table.header.withAppended(missing), appendedHeaders: missing, newRows: [] };
}

/**
 * Our Summary tab: the tab named "Summary" when it is ours or empty, else a renamed tab that
 * still carries our title, else null. A person's own "Summary" tab is never taken over.
 */
export function findSummaryTab(tabs: TabFinder): (FoundTab & { written: boolean }) | null {
  const named = tabs.byName(SUMMARY_TAB_NAME);
  if (named) {
    const title = cellText(named.getRange(1, 1).getValue());
    if (title === SUMMARY_TITLE) return { sheet: named, name: SUMMARY_TAB_NAME, written: true };
    if (title === '' && named.getLastRow() === 0)
      return { sheet: named, name: SUMMARY_TAB_NAME, written: false };
  }
  // The named tab, if any, is a person's own: its A1 is not our title, so the search passes it by.
  const sheets = tabs.sheets();
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i];
    if (sheet && cellText(tabs.firstCell(i)) === SUMMARY_TITLE)
      return { sheet, name: sheet.getName(), written: true };
  }
  return null;
}

/** Where the Summary goes: our tab when there is one, else the name a new one gets. */
export interface SummaryTarget {
  sheet: Sheet | null;
  name: string;
  /**
   * True when the tab holds our block. An empty Summary is one a failed run created (its values
   * go in last): it is written in full, as a new one would be.
   */
  written: boolean;
}

/** Finds our Summary, or picks a free name for a new one; reads only. */
export function summaryTarget(tabs: TabFinder): SummaryTarget {
  const found = findSummaryTab(tabs);
  return found ?? { sheet: null, name: tabs.freeName(SUMMARY_TAB_NAME), written: false };
}

/**
 * The widths of the Summary's label and value columns: one, so one call. A role title longer than
 * column B runs on into C, which stays empty (the 70-20-10 block starts at D).
 */
const SUMMARY_COLUMN_WIDTH = 170;
/** Number formats of B14:B16 when a new Summary gets its next check-in with the block. */
const PERCENT_TO_NEXT_CHECKIN_FORMATS = [['0%'], ['0'], [NEXT_CHECKIN_FORMAT]];

/**
 * Writes the Summary block into the target (a new first tab when it has none), for the tabs as they
 * now are. Its values go last, after its widths and formats, so a Summary whose title is there was
 * written to the end. A Summary written afresh takes `nextCheckIn` (row 16, right below the block)
 * in the same writes; an existing one keeps its row 16 (summaryTracker.ts writes it).
 */
export function writeSummary(
  spreadsheet: Spreadsheet,
  target: SummaryTarget,
  requirements: { name: string; header: HeaderMap },
  actions: { name: string; header: HeaderMap },
  plan: StoredPlan,
  nextCheckIn: Day | null = null,
): Sheet {
  const sheet = target.sheet ?? spreadsheet.insertSheet(target.name, 0);
  if (!target.written) sheet.setColumnWidths(1, 2, SUMMARY_COLUMN_WIDTH);
  const block = summaryBlock({
    requirementsTab: requirements.name,
    requirementsHeader: requirements.header,
    actionsTab: actions.name,
    actionsHeader: actions.header,
    currentRole: planRoleTitle(plan, 'current'),
    targetRole: planRoleTitle(plan, 'target'),
  });
  const withNext = !target.written && nextCheckIn !== null;
  const rows = withNext ? [...block, nextCheckInRow(nextCheckIn)] : block;
  // Labels bold, values as Sheets has them (null), through the range the block then goes in by.
  const range = sheet.getRange(1, 1, rows.length, 2).setFontWeights(rows.map(() => ['bold', null]));
  if (withNext) {
    // The percentage, the Overdue count between, and the date: one call for the three.
    sheet
      .getRange(SUMMARY_PERCENT_ROW, 2, PERCENT_TO_NEXT_CHECKIN_FORMATS.length, 1)
      .setNumberFormats(PERCENT_TO_NEXT_CHECKIN_FORMATS);
  } else {
    sheet.getRange(SUMMARY_PERCENT_ROW, 2).setNumberFormat('0%');
  }
  range.setValues(rows);
  return sheet;
}

/** Updates only the role titles on the Summary tab. */
export function writeSummaryRoles(sheet: Sheet, plan: StoredPlan): void {
  sheet
    .getRange(SUMMARY_ROLE_ROW, 2, 2, 1)
    .setValues([[literal(planRoleTitle(plan, 'current'))], [literal(planRoleTitle(plan, 'target'))]]);
}

/** The plan's state from tables already read: no further calls. */
export function planState(
  plan: StoredPlan,
  requirements: { sheet: Sheet | null; table: Table },
  actions: { sheet: Sheet | null; table: Table },
  today: Date,
): PlanState {
  const isSetUp =
    !!requirements.sheet &&
    !!actions.sheet &&
    requirements.table.header.missing(REQUIREMENTS_TAB.required).length === 0 &&
    actions.table.header.missing(ACTIONS_TAB.required).length === 0;
  return {
    currentRoleId: plan.currentRoleId,
    targetRoleId: plan.targetRoleId,
    handbook: plan.handbook,
    isSetUp,
    requirements: requirementProgress(requirements.sheet ? requirements.table : null),
    actions: actionProgress(actions.sheet ? actions.table : null, today),
    focusSize: plan.focusSize ?? DEFAULT_FOCUS_SIZE,
    focus: actions.sheet ? focusActions(actions.table) : [],
    balance: planBalance(actions.sheet ? actions.table : EMPTY_TABLE, skillName),
  };
}

/** A skill's name in a sentence ("forecasting"); the names travel as code, apart from the catalog. */
function skillName(skillId: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(SKILL_NAMES, skillId) ? SKILL_NAMES[skillId] : undefined;
}

/**
 * Writes the Summary when it is missing, else only its role titles, and answers the Summary's tab
 * (null when it is missing and could not be written). A Summary needs every column its formulas
 * point at; when a tab lacks one, Set up growth plan reports and repairs it. A Summary written here
 * takes `nextCheckIn` with its block.
 */
export function ensureSummary(
  spreadsheet: Spreadsheet,
  target: SummaryTarget,
  requirements: { name: string; header: HeaderMap },
  actions: { name: string; header: HeaderMap },
  plan: StoredPlan,
  nextCheckIn: Day | null = null,
): Sheet | null {
  if (target.sheet && target.written) {
    writeSummaryRoles(target.sheet, plan);
    return target.sheet;
  }
  const complete =
    requirements.header.missing(REQUIREMENTS_TAB.headers).length === 0 &&
    actions.header.missing(ACTIONS_TAB.required).length === 0;
  return complete ? writeSummary(spreadsheet, target, requirements, actions, plan, nextCheckIn) : null;
}
