/** getPlannerState: the role list and where the plan stands, for the sidebar's first paint. */
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import type { PlannerState } from '../../api/sheets';
import { withDocumentLock } from '../lock';
import { readStoredPlan } from '../planStore';
import { roleOptions } from '../roles';
import { loadTab, planState } from '../workbook';
import { TabFinder } from '../../appsscript/tabs';

export function getPlannerState(): PlannerState {
  // Under the lock, so the figures never mix a half-finished import with what came before.
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const tabs = new TabFinder(spreadsheet);
    const requirements = loadTab(tabs, REQUIREMENTS_TAB);
    const actions = loadTab(tabs, ACTIONS_TAB);
    return { roles: roleOptions(), plan: planState(readStoredPlan(), requirements, actions, new Date()) };
  });
}
