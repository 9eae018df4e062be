/**
 * The one write path of every requirements import (catalog wording, handbook wording, a pasted
 * handbook page): merge into Role Requirements under the document lock, make sure the Action Plan
 * and Summary exist, and remember the plan. Everything that can fail without the sheet (requests,
 * fetching, parsing) happens before this is called.
 */
import type { Role } from '../core/catalog';
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../core/layout';
import type { OtherWording } from '../core/ratingCarryOver';
import { planRequirementsImport } from '../core/requirementsImport';
import type { ImportSummary, Wording } from '../api/sheets';
import { withDocumentLock } from './lock';
import { readStoredPlan, saveStoredPlan, type StoredPlan } from './planStore';
import { requireHeaders } from './tableWriter';
import {
  ensureSummary,
  loadTab,
  needsSetUp,
  planState,
  prepareTab,
  reformats,
  setUpChange,
  summaryTarget,
  writeTabChange,
} from './workbook';
import { TabFinder } from '../appsscript/tabs';

export interface RequirementsImport {
  target: Role;
  current: Role | null;
  /** The plan to remember once the rows are written. */
  plan: StoredPlan;
  wording: Wording;
  /** How the summary names the roles (a catalog role imported with handbook wording keeps its catalog id). */
  shown: { target: { id: string; title: string }; current: { id: string; title: string } | null };
  skippedCommon?: number;
  /** The target level in its other wording, whose leaving rows hand their ratings to the new ones. */
  otherWording?: OtherWording;
}

export function importRequirements(choice: RequirementsImport): ImportSummary {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const tabs = new TabFinder(spreadsheet);
    const requirements = loadTab(tabs, REQUIREMENTS_TAB);
    requireHeaders(requirements.table, REQUIREMENTS_TAB, requirements.name);
    const actions = loadTab(tabs, ACTIONS_TAB);
    const change = planRequirementsImport(
      requirements.table,
      choice.current,
      choice.target,
      choice.otherWording,
    );
    const requirementsTarget = prepareTab(tabs, requirements, { reformat: reformats(requirements, change) });
    // The Action Plan is set up when missing, and when a failed run created it and got no further.
    const actionsTarget = needsSetUp(actions)
      ? prepareTab(tabs, actions, { reformat: true, newBefore: requirements.sheet ? 0 : 1 })
      : null;
    const summary = summaryTarget(tabs);
    // The roles are the import's; the focus size is the person's and stays.
    const { focusSize } = readStoredPlan();
    // Everything is read and decided; from here on we only write.
    const after = writeTabChange(spreadsheet, requirementsTarget, REQUIREMENTS_TAB, change);
    const actionsTab = actionsTarget
      ? writeTabChange(spreadsheet, actionsTarget, ACTIONS_TAB, setUpChange(actions, ACTIONS_TAB))
      : actions;
    saveStoredPlan(choice.plan);
    ensureSummary(
      spreadsheet,
      summary,
      { name: after.name, header: change.header },
      { name: actionsTab.name, header: actionsTab.table.header },
      choice.plan,
    );
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
      carriedOver: change.carriedOver,
      notCarried: change.notCarried,
      plan: planState(
        focusSize === undefined ? choice.plan : { ...choice.plan, focusSize },
        after,
        { sheet: actionsTab.sheet, table: actionsTab.table },
        new Date(),
      ),
    };
  });
}
