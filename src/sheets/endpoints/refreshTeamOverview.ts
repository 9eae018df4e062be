/**
 * refreshTeamOverview (menu and sidebar): reads every growth plan the Team tab lists, read-only and
 * each once, and fills the add-on's columns beside each person, the Team gaps tab and its readiness
 * chart. A plan that cannot be opened, or lacks a tab or a column, gets a note on its own row and
 * the others still refresh. Everything is read before the first write; nothing is written anywhere
 * but this workbook, and in the Team tab only into the add-on's own columns.
 */
import { FIGURES, MAX_PLANS, TEAM, TEAM_TAB } from '../../core/team/layout';
import { memberPlans, sheetRow, teamMembers } from '../../core/team/members';
import { teamRefresh, type PlanOutcome } from '../../core/team/refresh';
import { gapsWrite } from '../../core/team/sharedGaps';
import type { TeamRefreshReply } from '../../api/team';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import { TabFinder } from '../../appsscript/tabs';
import { withDocumentLock } from '../lock';
import { gapSourceFor } from '../team/gapSource';
import { findGapsTab, writeGapsTab } from '../team/gapsTab';
import { readLinkedPlan } from '../team/linkedPlan';
import { readReadinessChart, writeReadinessChart } from '../team/readinessChart';
import { findTeamTab, writeTeamTab } from '../team/teamTab';
import { saveTeamStatus } from '../team/teamStatus';
import { todayIn } from '../today';

const NO_TEAM_TAB =
  'This spreadsheet has no Team tab. Choose Extensions > Career Growth > Team overview to add one, then list each person with the URL of their growth plan.';

export function refreshTeamOverview(): TeamRefreshReply {
  return answer(() => withDocumentLock(refresh));
}

function refresh(): TeamRefreshReply {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const today = todayIn(spreadsheet);
  const tabs = new TabFinder(spreadsheet);
  const team = findTeamTab(tabs);
  if (!team) throw new UserError(NO_TEAM_TAB);
  const missing = team.table.header.missing(TEAM_TAB.required);
  if (missing.length > 0) {
    const list = missing.map((h) => `"${h}"`).join(' and ');
    throw new UserError(
      `The "${team.name}" tab has no ${list} column in row 1 (renamed or removed?). Rename it back, or choose Team overview in the menu to add it. Nothing was changed.`,
    );
  }
  const members = teamMembers(team.table, team.cells.formulas);
  if (members.length === 0) {
    throw new UserError(
      `The "${team.name}" tab lists nobody yet: add each person's name and the URL of their growth plan from row 2 down, then refresh again.`,
    );
  }
  const gapsTab = findGapsTab(tabs);
  const nameColumn = team.table.header.column(TEAM.name);
  const chart = readReadinessChart(gapsTab.sheet, team.name, nameColumn);

  // The linked plans, each opened once and read-only.
  const plans = memberPlans(members, MAX_PLANS);
  const outcomes = new Map<string, PlanOutcome>();
  for (const plan of plans) if (plan.kind === 'read') outcomes.set(plan.id, readLinkedPlan(plan.url));

  const result = teamRefresh({
    table: team.table,
    cells: team.cells,
    plans,
    outcomes,
    today,
    source: gapSourceFor(),
  });
  const gaps = gapsWrite(gapsTab.table, result.gaps);

  // Everything is read and decided; from here on we only write.
  writeTeamTab(team, result.team);
  const gapsSheet = writeGapsTab(spreadsheet, gapsTab, gaps);
  writeReadinessChart(
    gapsSheet,
    chart,
    {
      teamSheet: team.sheet,
      teamName: team.name,
      nameColumn,
      shareColumn: result.team.header.column(FIGURES.ready),
      lastRow: Math.max(...members.map((m) => sheetRow(m.index))),
    },
    gaps.rows,
  );
  const { summary } = result;
  saveTeamStatus({
    refreshedOn: summary.refreshedOn,
    people: summary.people,
    read: summary.read,
    withNotes: summary.withNotes,
    sharedGaps: summary.sharedGaps.length,
  });
  return ok({ ...summary, teamTab: team.name, gapsTab: gapsTab.name });
}
