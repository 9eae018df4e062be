/** importRoleRequirements: one-click import of the target role's requirements into Role Requirements. */
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import { planRequirementsImport } from '../../core/requirementsImport';
import type { ImportSummary } from '../api';
import { withDocumentLock } from '../lock';
import { saveStoredPlan } from '../planStore';
import { importRequest, parseRequest } from '../requests';
import { requireRole } from '../roles';
import { requireHeaders } from '../tableWriter';
import { ensureActionsTab, ensureSummary, loadTab, planState, writeTabChange } from '../workbook';

export function importRoleRequirements(input: unknown): ImportSummary {
  const request = parseRequest(importRequest, input);
  const target = requireRole(request.targetRoleId, 'target');
  const current = request.currentRoleId === null ? null : requireRole(request.currentRoleId, 'current');

  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const requirements = loadTab(spreadsheet, REQUIREMENTS_TAB);
    requireHeaders(requirements.table, REQUIREMENTS_TAB, requirements.sheet);
    const actions = loadTab(spreadsheet, ACTIONS_TAB);
    const change = planRequirementsImport(requirements.table, current, target);

    // Everything is decided; from here on we only write.
    const after = writeTabChange(spreadsheet, requirements, REQUIREMENTS_TAB, change);
    const actionsTab = ensureActionsTab(spreadsheet, actions);
    const plan = { currentRoleId: current?.id ?? null, targetRoleId: target.id };
    saveStoredPlan(plan);
    ensureSummary(spreadsheet, { sheet: after.sheet, header: change.header }, actionsTab, plan);
    return {
      targetRole: { id: target.id, title: target.level.title },
      currentRole: current ? { id: current.id, title: current.level.title } : null,
      requirements: change.requirements,
      newComparedWithCurrent: change.newComparedWithCurrent,
      added: change.newRows.length,
      kept: change.kept,
      markedNotInTarget: change.markedNotInTarget,
      plan: planState(plan, after, { sheet: actionsTab.sheet, table: actionsTab.table }, new Date()),
    };
  });
}
