/**
 * generateActionPlan: a focused plan for the gaps (src/core/actionPlan.ts), added to the Action Plan;
 * existing rows untouched. Then the Summary's 70-20-10 block is brought up to date.
 */
import { planActions } from '../../core/actionPlan';
import { DEFAULT_FOCUS_SIZE } from '../../core/focusSize';
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import { planPeriod } from '../../core/schedule';
import type { GenerateRequest, GenerateSummary, Reply } from '../../api/sheets';
import { ok } from '../../api/reply';
import { generateRequest } from '../../api/actionPlanRequests';
import { answerRequest } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import { TabFinder } from '../../appsscript/tabs';
import { withDocumentLock } from '../lock';
import { readStoredPlan, saveFocusSize } from '../planStore';
import { suggestionSource } from '../suggestionSource';
import { readSummaryForBalance, writeBalanceBlock } from '../summaryBalance';
import { requireHeaders } from '../tableWriter';
import { loadTab, planState, prepareTab, reformats, writeTabChange } from '../workbook';

export function generateActionPlan(input?: GenerateRequest): Reply<GenerateSummary> {
  return answerRequest(generateRequest, input, ({ focusSize }) => ok(generate(focusSize)));
}

function generate(chosenFocusSize: number | undefined): GenerateSummary {
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
    const stored = readStoredPlan();
    const focusSize = chosenFocusSize ?? stored.focusSize ?? DEFAULT_FOCUS_SIZE;
    const summary = readSummaryForBalance(tabs);
    const today = new Date();
    const change = planActions(requirements.table, actions.table, {
      today,
      focusSize,
      period: planPeriod(today, summary?.nextCheckIn ?? null),
      suggestions: suggestionSource(),
    });
    const target = prepareTab(tabs, actions, { reformat: reformats(actions, change) });

    // Everything is read and decided; from here on we only write.
    const after = writeTabChange(spreadsheet, target, ACTIONS_TAB, change);
    if (chosenFocusSize !== undefined && chosenFocusSize !== stored.focusSize) saveFocusSize(focusSize);
    const plan = planState({ ...stored, focusSize }, requirements, after, today);
    if (summary) writeBalanceBlock(summary, plan.balance, today);
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
      focusGaps: change.focusGaps,
      unsuggested: change.unsuggested,
      plan,
    };
  });
}
