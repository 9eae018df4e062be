/**
 * recordCheckIn: a dated snapshot of the plan into the Check-ins tab (one row per requirement with
 * its ratings, one per action with its status and due date, and the note), the Summary's progress
 * table and charts brought up to date, and the next check-in proposed. The first check-in makes the
 * tab, the table and the charts. Recording again the same day replaces that day's snapshot; other
 * days' rows are never written.
 */
import { ACT, ACTIONS_TAB, CHECKINS_TAB, REQ, REQUIREMENTS_TAB, type TabLayout } from '../../core/layout';
import { planSnapshot } from '../../core/tracker/checkIns';
import { planCheckInWrite } from '../../core/tracker/checkInWrite';
import { figuresOf, trackerProgress } from '../../core/tracker/figures';
import { decideNextCheckIn, nextCheckIn } from '../../core/tracker/summaryTracker';
import type { CheckInReply, CheckInSummary, RecordCheckInRequest } from '../../api/tracker';
import { ok } from '../../api/reply';
import { recordCheckInRequest } from '../../api/trackerRequests';
import { answerRequest } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import { TabFinder } from '../../appsscript/tabs';
import { loadCheckIns, writeCheckIns } from '../checkInsTab';
import { withDocumentLock } from '../lock';
import { readProposedNextCheckIn, saveProposedNextCheckIn } from '../nextCheckInStore';
import { readDocumentProperties } from '../documentProperties';
import { readStoredPlan } from '../planStore';
import { planRoleTitle } from '../roles';
import { readSummaryTracker, writeSummaryTracker } from '../summaryTracker';
import { requireHeaders } from '../tableWriter';
import { todayIn } from '../today';
import { ensureSummary, loadTab, summaryTarget } from '../workbook';

/** The columns a check-in records: a tab that lost another (Evidence, Owner) can still be recorded. */
const RECORDED_REQUIREMENTS: TabLayout = {
  ...REQUIREMENTS_TAB,
  required: [REQ.requirement, REQ.self, REQ.manager],
};
const RECORDED_ACTIONS: TabLayout = { ...ACTIONS_TAB, required: [ACT.action, ACT.due, ACT.status] };

export function recordCheckIn(input?: RecordCheckInRequest): CheckInReply {
  return answerRequest(recordCheckInRequest, input, (request) => ok(record(request.note ?? '')));
}

function record(note: string): CheckInSummary {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const today = todayIn(spreadsheet);
    const tabs = new TabFinder(spreadsheet);
    const requirements = loadTab(tabs, REQUIREMENTS_TAB);
    if (!requirements.sheet || requirements.table.rows.length === 0) {
      throw new UserError(
        "There is nothing to record yet. Import your target role's requirements first, then record a check-in.",
      );
    }
    requireHeaders(requirements.table, RECORDED_REQUIREMENTS, requirements.name);
    const actions = loadTab(tabs, ACTIONS_TAB);
    requireHeaders(actions.table, RECORDED_ACTIONS, actions.name);
    const checkIns = loadCheckIns(tabs);
    requireHeaders(checkIns.table, CHECKINS_TAB, checkIns.name);
    const summary = summaryTarget(tabs);
    const tracker = readSummaryTracker(summary.sheet, summary.name, true);
    const properties = readDocumentProperties();
    const proposed = readProposedNextCheckIn(properties);
    // A Summary missing, or left empty by a run that failed, is written whole with this check-in.
    const plan = summary.written ? null : readStoredPlan(properties);
    // A new Summary shows the role titles: look them up (unpacking the catalog) before any write.
    if (plan) for (const which of ['current', 'target'] as const) planRoleTitle(plan, which);
    const planUrl = spreadsheet.getUrl();

    const snapshot = {
      ...planSnapshot(requirements.table, actions.sheet ? actions.table : null, today),
      note,
    };
    const write = planCheckInWrite(checkIns.table, checkIns.header, snapshot);
    const next = decideNextCheckIn({
      cells: tracker.next,
      proposed,
      lastCheckIn: today,
      today,
      recording: true,
    });

    // Everything is read and decided; from here on we only write: the check-in first, then the
    // Summary. The proposal is remembered after it is written; a run stopped in between leaves the
    // date this check-in proposes, which the next run takes for ours (decideNextCheckIn).
    writeCheckIns(spreadsheet, checkIns, write);
    const fresh = plan
      ? ensureSummary(
          spreadsheet,
          summary,
          { name: requirements.name, header: requirements.table.header },
          { name: actions.name, header: actions.table.header },
          plan,
          next.write,
        )
      : null;
    const summarySheet = summary.written ? summary.sheet : fresh;
    if (summarySheet) {
      writeSummaryTracker(summarySheet, tracker, {
        next: fresh ? { ...next, write: null } : next,
        figures: write.checkIns.map(figuresOf),
      });
      if (next.write !== null) saveProposedNextCheckIn(next.write);
    }

    const recorded = write.checkIns.find((c) => c.date === today) ?? snapshot;
    return {
      date: today,
      replaced: write.replaced,
      requirements: snapshot.requirements.length,
      actions: snapshot.actions.length,
      progress: trackerProgress(
        write.checkIns,
        recorded,
        nextCheckIn(next.date, next.chosen, today, planUrl),
      ),
    };
  });
}
