/**
 * The growth plan spreadsheet as the endpoints see it: the three tabs, found (even after a rename),
 * read once each, and created with headers and formats when missing.
 */
import { HeaderMap } from '../core/headers';
import { ACTIONS_TAB, REQUIREMENTS_TAB, SUMMARY_TAB_NAME, type TabLayout } from '../core/layout';
import { actionProgress, requirementProgress } from '../core/progress';
import {
  SUMMARY_PERCENT_ROW,
  SUMMARY_ROLE_ROW,
  SUMMARY_ROWS,
  SUMMARY_TITLE,
  summaryBlock,
} from '../core/summary';
import { cellText, literal } from '../core/cells';
import { applyTableChange, type Table } from '../core/table';
import type { PlanState } from '../api/sheets';
import { applyConditionalFormats, applyDropdowns, formatTab } from './formats';
import { writeTableChange, type TableChange } from './tableWriter';
import type { StoredPlan } from './planStore';
import { planRoleTitle } from './roles';
import { findTab, readTable } from '../appsscript/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const EMPTY_TABLE: Table = { header: new HeaderMap([]), rows: [] };

export interface TabState {
  sheet: Sheet | null;
  table: Table;
}

export function loadTab(spreadsheet: Spreadsheet, layout: TabLayout): TabState {
  const sheet = findTab(spreadsheet, layout);
  return { sheet, table: sheet ? readTable(sheet) : EMPTY_TABLE };
}

/**
 * Writes a planned change into the tab (a new one when it is missing), then gives new rows their
 * dropdowns, or the whole tab its formats when it is new or gained columns. Returns the tab as it
 * now reads, without reading it again.
 */
export function writeTabChange(
  spreadsheet: Spreadsheet,
  state: TabState,
  layout: TabLayout,
  change: TableChange,
): TabState & { sheet: Sheet } {
  const sheet =
    state.sheet ??
    spreadsheet.insertSheet(uniqueName(spreadsheet, layout.name), spreadsheet.getSheets().length);
  const firstNew = writeTableChange(sheet, state.table, change);
  if (!state.sheet || change.appendedHeaders.length > 0) {
    formatTab(sheet, change.header, layout);
    applyConditionalFormats(sheet, change.header, layout);
  } else if (firstNew > 0) {
    applyDropdowns(sheet, change.header, layout, firstNew, change.newRows.length);
  }
  return { sheet, table: applyTableChange(state.table, change) };
}

/** A new tab with our headers, formats and dropdowns. */
export function createTab(spreadsheet: Spreadsheet, layout: TabLayout): { sheet: Sheet; header: HeaderMap } {
  const header = new HeaderMap(layout.headers);
  const empty = { sheet: null, table: EMPTY_TABLE };
  const { sheet } = writeTabChange(spreadsheet, empty, layout, {
    header,
    appendedHeaders: layout.headers,
    newRows: [],
  });
  return { sheet, header };
}

function uniqueName(spreadsheet: Spreadsheet, name: string): string {
  if (!spreadsheet.getSheetByName(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} ${n}`;
    if (!spreadsheet.getSheetByName(candidate)) return candidate;
  }
}

/**
 * Our Summary tab: the tab named "Summary" when it is ours or empty, else a renamed tab that
 * still carries our title, else null. A person's own "Summary" tab is never taken over.
 */
export function findSummaryTab(spreadsheet: Spreadsheet): Sheet | null {
  const named = spreadsheet.getSheetByName(SUMMARY_TAB_NAME);
  if (named && isOurSummary(named, true)) return named;
  return spreadsheet.getSheets().find((sheet) => sheet !== named && isOurSummary(sheet, false)) ?? null;
}

function isOurSummary(sheet: Sheet, emptyCounts: boolean): boolean {
  const title = cellText(sheet.getRange(1, 1).getValue());
  return title === SUMMARY_TITLE || (emptyCounts && title === '' && sheet.getLastRow() === 0);
}

/** Writes the Summary block into `existing`, or a new tab when null, for the tabs as they now are. */
export function writeSummary(
  spreadsheet: Spreadsheet,
  existing: Sheet | null,
  requirements: { sheet: Sheet; header: HeaderMap },
  actions: { sheet: Sheet; header: HeaderMap },
  plan: StoredPlan,
): Sheet {
  let sheet = existing;
  if (!sheet) {
    sheet = spreadsheet.insertSheet(uniqueName(spreadsheet, SUMMARY_TAB_NAME), 0);
    sheet.setColumnWidth(1, 170);
    sheet.setColumnWidth(2, 260);
  }
  const block = summaryBlock({
    requirementsTab: requirements.sheet.getName(),
    requirementsHeader: requirements.header,
    actionsTab: actions.sheet.getName(),
    actionsHeader: actions.header,
    currentRole: planRoleTitle(plan, 'current'),
    targetRole: planRoleTitle(plan, 'target'),
  });
  sheet.getRange(1, 1, SUMMARY_ROWS, 2).setValues(block);
  sheet.getRange(1, 1, SUMMARY_ROWS, 1).setFontWeight('bold');
  sheet.getRange(SUMMARY_PERCENT_ROW, 2).setNumberFormat('0%');
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
  requirements: TabState,
  actions: TabState,
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
  };
}

export interface ReadyTab {
  sheet: Sheet;
  header: HeaderMap;
  table: Table;
}

/** The Action Plan tab as loaded, or a new one when there is none. */
export function ensureActionsTab(spreadsheet: Spreadsheet, actions: TabState): ReadyTab {
  if (actions.sheet) return { sheet: actions.sheet, header: actions.table.header, table: actions.table };
  const { sheet, header } = createTab(spreadsheet, ACTIONS_TAB);
  return { sheet, header, table: { header, rows: [] } };
}

/**
 * Writes the Summary tab when it is missing, else only its role titles. A Summary needs every
 * column its formulas point at; when a tab lacks one, Set up growth plan reports and repairs it.
 */
export function ensureSummary(
  spreadsheet: Spreadsheet,
  requirements: { sheet: Sheet; header: HeaderMap },
  actions: { sheet: Sheet; header: HeaderMap },
  plan: StoredPlan,
): void {
  const summary = findSummaryTab(spreadsheet);
  if (summary) {
    writeSummaryRoles(summary, plan);
    return;
  }
  const complete =
    requirements.header.missing(REQUIREMENTS_TAB.headers).length === 0 &&
    actions.header.missing(ACTIONS_TAB.required).length === 0;
  if (complete) writeSummary(spreadsheet, null, requirements, actions, plan);
}
