/** generateActionPlan: one Action Plan row per gap that has no action yet; existing rows untouched. */
import { planActions } from '../../core/actionPlan';
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import { applyTableChange } from '../../core/table';
import type { GenerateSummary } from '../api';
import { UserError } from '../errors';
import { applyConditionalFormats, applyDropdowns, formatTab } from '../formats';
import { withDocumentLock } from '../lock';
import { readStoredPlan } from '../planStore';
import { requireHeaders, writeTableChange } from '../tableWriter';
import { loadTab, planState } from '../workbook';

export function generateActionPlan(): GenerateSummary {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const requirements = loadTab(spreadsheet, REQUIREMENTS_TAB);
    if (!requirements.sheet || requirements.table.rows.length === 0) {
      throw new UserError('There are no requirements to plan for yet. Import your target role\'s requirements first.');
    }
    requireHeaders(requirements.table, REQUIREMENTS_TAB, requirements.sheet);
    const actions = loadTab(spreadsheet, ACTIONS_TAB);
    requireHeaders(actions.table, ACTIONS_TAB, actions.sheet);
    const today = new Date();
    const change = planActions(requirements.table, actions.table, today);

    // Everything is decided; from here on we only write.
    const created = !actions.sheet;
    const sheet = actions.sheet ?? spreadsheet.insertSheet(ACTIONS_TAB.name, spreadsheet.getSheets().length);
    const firstNew = writeTableChange(sheet, actions.table, change);
    if (created || change.appendedHeaders.length > 0) {
      formatTab(sheet, change.header, ACTIONS_TAB);
      applyConditionalFormats(sheet, change.header, ACTIONS_TAB);
    } else if (firstNew > 0) {
      applyDropdowns(sheet, change.header, ACTIONS_TAB, firstNew, change.newRows.length);
    }
    if (change.newRows.length > 0) {
      spreadsheet.toast(`Added ${change.newRows.length} action${change.newRows.length === 1 ? '' : 's'} to your plan.`, 'Career Growth', 5);
    }
    const after = { sheet, table: applyTableChange(actions.table, change) };
    return {
      gaps: change.gaps,
      unrated: change.unrated,
      added: change.newRows.length,
      alreadyPlanned: change.alreadyPlanned,
      plan: planState(readStoredPlan(), requirements, after, today),
    };
  });
}
