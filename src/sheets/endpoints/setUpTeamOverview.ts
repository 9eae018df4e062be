/**
 * setUpTeamOverview (menu: Team overview): gives a manager's workbook its Team tab, with the Name and
 * Growth plan columns to fill in, the add-on's columns beside them and a note on how to use it. A
 * Team tab already there only gets the columns it lacks, after its last column; nothing in it is
 * changed. Then the tab is brought to the front.
 */
import { TEAM_TAB } from '../../core/team/layout';
import type { TeamSetUpReply } from '../../api/team';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { TabFinder } from '../../appsscript/tabs';
import { readDocumentProperties } from '../documentProperties';
import { withDocumentLock } from '../lock';
import { appendTeamHeaders, createTeamTab, findTeamTab } from '../team/teamTab';
import { saveTeamStatus, teamStatusOf } from '../team/teamStatus';

export function setUpTeamOverview(): TeamSetUpReply {
  return answer(() =>
    withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const tabs = new TabFinder(spreadsheet);
      const found = findTeamTab(tabs);
      const status = teamStatusOf(readDocumentProperties());

      // Everything is read; from here on we only write.
      let reply;
      if (found) {
        const appended = found.table.header.missing(TEAM_TAB.headers);
        const header = found.table.header.withAppended(appended);
        appendTeamHeaders(found.sheet, header, appended, found.maxColumns);
        found.sheet.activate();
        reply = { tab: found.name, created: false, appended };
      } else {
        const name = tabs.freeName(TEAM_TAB.name);
        createTeamTab(spreadsheet, tabs, name).activate();
        reply = { tab: name, created: true, appended: [...TEAM_TAB.headers] };
      }
      if (!status) saveTeamStatus({ refreshedOn: null, people: 0, read: 0, withNotes: 0, sharedGaps: 0 });
      return ok(reply);
    }),
  );
}
