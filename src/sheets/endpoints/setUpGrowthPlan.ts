/**
 * setUpGrowthPlan: creates missing tabs and repairs existing ones (missing headers appended, header
 * style, dropdowns, conditional formats, Summary formulas). It never changes a data cell.
 */
import { ACTIONS_TAB, REQUIREMENTS_TAB, type TabLayout } from '../../core/layout';
import { applyTableChange } from '../../core/table';
import type { Reply, SetUpSummary } from '../../api/sheets';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { applyConditionalFormats, formatTab } from '../formats';
import { withDocumentLock } from '../lock';
import { readStoredPlan } from '../planStore';
import { writeTableChange } from '../tableWriter';
import {
  createTab,
  findSummaryTab,
  loadTab,
  planState,
  writeSummary,
  type ReadyTab,
  type TabState,
} from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Creates or repairs one plan tab; says what it did in `created` / `repaired`. */
function setUpTab(
  spreadsheet: Spreadsheet,
  layout: TabLayout,
  created: string[],
  repaired: string[],
): ReadyTab & TabState {
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

export function setUpGrowthPlan(): Reply<SetUpSummary> {
  return answer(() => ok(setUp()));
}

function setUp(): SetUpSummary {
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
