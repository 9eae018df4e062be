/**
 * setUpGrowthPlan: creates missing tabs and repairs existing ones (missing headers appended, header
 * style, dropdowns, conditional formats, Summary formulas). It never changes a data cell.
 */
import type { HeaderMap } from '../../core/headers';
import { ACTIONS_TAB, REQUIREMENTS_TAB, type TabLayout } from '../../core/layout';
import { applyTableChange, type Table } from '../../core/table';
import type { SetUpSummary } from '../api';
import { applyConditionalFormats, formatTab } from '../formats';
import { withDocumentLock } from '../lock';
import { readStoredPlan, type StoredPlan } from '../planStore';
import { writeTableChange } from '../tableWriter';
import { createTab, findSummaryTab, loadTab, planState, writeSummary, writeSummaryRoles, type TabState } from '../workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** Creates or repairs one plan tab; says what it did in `created` / `repaired`. */
function setUpTab(spreadsheet: Spreadsheet, layout: TabLayout, created: string[], repaired: string[]): ReadyTab & TabState {
  const state = loadTab(spreadsheet, layout);
  if (!state.sheet) {
    const { sheet, header } = createTab(spreadsheet, layout);
    created.push(sheet.getName());
    return { sheet, header, table: { header, rows: [] } };
  }
  const missing = state.table.header.missing(layout.headers);
  const header = state.table.header.withAppended(missing);
  if (missing.length > 0) {
    writeTableChange(state.sheet, state.table, { header, appendedHeaders: missing, newRows: [] });
    repaired.push(`${state.sheet.getName()}: added ${missing.map((h) => `"${h}"`).join(', ')}`);
  }
  formatTab(state.sheet, header, layout);
  applyConditionalFormats(state.sheet, header, layout);
  const table = applyTableChange(state.table, { header, newRows: [] });
  return { sheet: state.sheet, header, table };
}

export function setUpGrowthPlan(): SetUpSummary {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const created: string[] = [];
    const repaired: string[] = [];
    const requirements = setUpTab(spreadsheet, REQUIREMENTS_TAB, created, repaired);
    const actions = setUpTab(spreadsheet, ACTIONS_TAB, created, repaired);
    const plan = readStoredPlan();
    const existing = findSummaryTab(spreadsheet);
    const summary = writeSummary(spreadsheet, existing, requirements, actions, plan);
    (existing ? repaired : created).push(summary.getName());
    spreadsheet.toast(
      created.length ? `Created: ${created.join(', ')}.` : 'Your growth plan tabs are set up.',
      'Career Growth',
      5,
    );
    return { created, repaired, plan: planState(plan, requirements, actions, new Date()) };
  });
}
