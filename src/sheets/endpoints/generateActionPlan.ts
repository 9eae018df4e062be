/** generateActionPlan: one Action Plan row per gap that has no action yet; existing rows untouched. */
import { planActions } from '../../core/actionPlan';
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import type { GenerateSummary, Reply } from '../../api/sheets';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import { TabFinder } from '../../appsscript/tabs';
import { withDocumentLock } from '../lock';
import { readStoredPlan } from '../planStore';
import { requireHeaders } from '../tableWriter';
import {
  ensureSummary,
  loadTab,
  planState,
  prepareTab,
  reformats,
  summaryTarget,
  writeTabChange,
} from '../workbook';

export function generateActionPlan(): Reply<GenerateSummary> {
  return answer(() => ok(generate()));
}

function generate(): GenerateSummary {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const tabs = new TabFinder(spreadsheet);
    const requirements = loadTab(tabs, REQUIREMENTS_TAB);
    if (!requirements.sheet || requirements.table.rows.length === 0) {
      throw new UserError(
        "There are no requirements to plan for yet. Import your target role's requirements first.",
      );
    }
    requireHeaders(requirements.table, REQUIREMENTS_TAB, requirements.name);
    const actions = loadTab(tabs, ACTIONS_TAB);
    requireHeaders(actions.table, ACTIONS_TAB, actions.name);
    const plan = readStoredPlan();
    const today = new Date();
    const change = planActions(requirements.table, actions.table, today);
    const target = prepareTab(tabs, actions, { reformat: reformats(actions, change) });
    // A Summary missing or left empty (an import that failed before it) is written with the plan.
    const summary = summaryTarget(tabs);

    // Everything is read and decided; from here on we only write.
    const after = writeTabChange(spreadsheet, target, ACTIONS_TAB, change);
    if (!summary.written)
      ensureSummary(
        spreadsheet,
        summary,
        { name: requirements.name, header: requirements.table.header },
        { name: after.name, header: after.table.header },
        plan,
      );
    if (change.newRows.length > 0) {
      spreadsheet.toast(
        `Added ${change.newRows.length} action${change.newRows.length === 1 ? '' : 's'} to your plan.`,
        'Career Growth',
        5,
      );
    }
    return {
      gaps: change.gaps,
      unrated: change.unrated,
      added: change.newRows.length,
      alreadyPlanned: change.alreadyPlanned,
      plan: planState(plan, requirements, after, today),
    };
  });
}
