/**
 * getProgress: every check-in's figures, what changed from the last check-in before today to the
 * plan as it is now, and the next check-in with its calendar link. Reads only.
 */
import { ACTIONS_TAB, CHECKINS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import { planSnapshot, readCheckIns } from '../../core/tracker/checkIns';
import { trackerProgress } from '../../core/tracker/figures';
import { decideNextCheckIn, nextCheckIn } from '../../core/tracker/summaryTracker';
import type { ProgressReply } from '../../api/tracker';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { TabFinder } from '../../appsscript/tabs';
import { withDocumentLock } from '../lock';
import { readProposedNextCheckIn } from '../nextCheckInStore';
import { readNextCheckInCells } from '../summaryTracker';
import { requireHeaders } from '../tableWriter';
import { todayIn } from '../today';
import { findSummaryTab, loadTab } from '../workbook';

export function getProgress(): ProgressReply {
  // Under the lock, so the figures never mix a half-recorded check-in with what came before.
  return answer(() =>
    withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const today = todayIn(spreadsheet);
      const tabs = new TabFinder(spreadsheet);
      const requirements = loadTab(tabs, REQUIREMENTS_TAB);
      const actions = loadTab(tabs, ACTIONS_TAB);
      const checkInsTab = loadTab(tabs, CHECKINS_TAB);
      requireHeaders(checkInsTab.table, CHECKINS_TAB, checkInsTab.name);
      const summary = findSummaryTab(tabs);
      const cells = summary ? readNextCheckInCells(summary.sheet) : null;
      const proposed = readProposedNextCheckIn();
      const planUrl = spreadsheet.getUrl();

      const { checkIns } = readCheckIns(checkInsTab.table);
      const now = planSnapshot(
        requirements.sheet ? requirements.table : null,
        actions.sheet ? actions.table : null,
        today,
      );
      const last = checkIns[checkIns.length - 1] ?? null;
      const next = decideNextCheckIn({
        cells,
        proposed,
        lastCheckIn: last ? last.date : null,
        today,
        recording: false,
      });
      return ok(trackerProgress(checkIns, now, nextCheckIn(next.date, next.chosen, today, planUrl)));
    }),
  );
}
