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
import {
  ensureSummary,
  loadTab,
  NEW_TAB_SIZE,
  planState,
  prepareTab,
  reformats,
  summaryTarget,
  writeTabChange,
} from '../workbook';

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
    // A Summary missing or left empty (an import that failed before it) is written with the plan;
    // its width is read now, so the 70-20-10 block needs no read after the writes.
    const summaryTab = summary ? null : summaryTarget(tabs);
    const summaryColumns = summaryTab?.sheet ? summaryTab.sheet.getMaxColumns() : NEW_TAB_SIZE.columns;

    // Everything is read and decided; from here on we only write.
    const after = writeTabChange(spreadsheet, target, ACTIONS_TAB, change);
    if (chosenFocusSize !== undefined && chosenFocusSize !== stored.focusSize) saveFocusSize(focusSize);
    const plan = planState({ ...stored, focusSize }, requirements, after, today);
    const written =
      summaryTab && !summaryTab.written
        ? ensureSummary(
            spreadsheet,
            summaryTab,
            { name: requirements.name, header: requirements.table.header },
            { name: after.name, header: after.table.header },
            stored,
          )
        : null;
    const balanceAt =
      summary ?? (written ? { sheet: written, columns: summaryColumns, nextCheckIn: null } : null);
    if (balanceAt) writeBalanceBlock(balanceAt, plan.balance, today);
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
