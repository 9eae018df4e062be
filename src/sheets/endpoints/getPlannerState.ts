/** getPlannerState: the role list and where the plan stands, for the sidebar's first paint. */
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import type { PlannerState, Reply } from '../../api/sheets';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { readDocumentProperties } from '../documentProperties';
import { withDocumentLock } from '../lock';
import { readStoredPlan } from '../planStore';
import { roleOptions } from '../roles';
import { teamStatusOf } from '../team/teamStatus';
import { loadTab, planState } from '../workbook';
import { TabFinder } from '../../appsscript/tabs';

export function getPlannerState(): Reply<PlannerState> {
  // Under the lock, so the figures never mix a half-finished import with what came before.
  return answer(() =>
    withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const tabs = new TabFinder(spreadsheet);
      const requirements = loadTab(tabs, REQUIREMENTS_TAB);
      const actions = loadTab(tabs, ACTIONS_TAB);
      const properties = readDocumentProperties();
      return ok({
        roles: roleOptions(),
        plan: planState(readStoredPlan(properties), requirements, actions, new Date()),
        team: teamStatusOf(properties),
      });
    }),
  );
}
