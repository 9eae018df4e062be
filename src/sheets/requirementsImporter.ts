/**
 * The one write path of every requirements import (catalog wording, handbook wording, a pasted
 * handbook page): merge into Role Requirements under the document lock, make sure the Action Plan
 * and Summary exist, and remember the plan. Everything that can fail without the sheet (requests,
 * fetching, parsing) happens before this is called.
 */
import type { Role } from '../core/catalog';
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../core/layout';
import { planRequirementsImport } from '../core/requirementsImport';
import type { ImportSummary, Wording } from '../api/sheets';
import { withDocumentLock } from './lock';
import { saveStoredPlan, type StoredPlan } from './planStore';
import { requireHeaders } from './tableWriter';
import { ensureActionsTab, ensureSummary, loadTab, planState, writeTabChange } from './workbook';

export interface RequirementsImport {
  target: Role;
  current: Role | null;
  /** The plan to remember once the rows are written. */
  plan: StoredPlan;
  wording: Wording;
  /** How the summary names the roles (a catalog role imported with handbook wording keeps its catalog id). */
  shown: { target: { id: string; title: string }; current: { id: string; title: string } | null };
  skippedCommon?: number;
}

export function importRequirements(choice: RequirementsImport): ImportSummary {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const requirements = loadTab(spreadsheet, REQUIREMENTS_TAB);
    requireHeaders(requirements.table, REQUIREMENTS_TAB, requirements.sheet);
    const actions = loadTab(spreadsheet, ACTIONS_TAB);
    const change = planRequirementsImport(requirements.table, choice.current, choice.target);

    // Everything is decided; from here on we only write.
    const after = writeTabChange(spreadsheet, requirements, REQUIREMENTS_TAB, change);
    const actionsTab = ensureActionsTab(spreadsheet, actions);
    saveStoredPlan(choice.plan);
    ensureSummary(spreadsheet, { sheet: after.sheet, header: change.header }, actionsTab, choice.plan);
    // Last write: bring the tab the person rates next to the front (creating Summary made it active).
    after.sheet.activate();
    return {
      targetRole: choice.shown.target,
      currentRole: choice.shown.current,
      wording: choice.wording,
      skippedCommon: choice.skippedCommon ?? 0,
      requirements: change.requirements,
      newComparedWithCurrent: change.newComparedWithCurrent,
      added: change.newRows.length,
      kept: change.kept,
      markedNotInTarget: change.markedNotInTarget,
      plan: planState(choice.plan, after, { sheet: actionsTab.sheet, table: actionsTab.table }, new Date()),
    };
  });
}
