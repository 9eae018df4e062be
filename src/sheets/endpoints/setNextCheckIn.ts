/**
 * setNextCheckIn: the next check-in date a person chose, written into the Summary's "Next check-in"
 * row (where they may also type it). It stays until a check-in is recorded on or after it.
 */
import { isDay } from '../../core/tracker/days';
import { nextCheckIn, nextCheckInRowIsOurs, NEXT_CHECKIN_ROW } from '../../core/tracker/summaryTracker';
import type { NextCheckInReply, SetNextCheckInRequest } from '../../api/tracker';
import { ok } from '../../api/reply';
import { setNextCheckInRequest } from '../../api/trackerRequests';
import { answerRequest } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import { TabFinder } from '../../appsscript/tabs';
import { withDocumentLock } from '../lock';
import { saveProposedNextCheckIn } from '../nextCheckInStore';
import { readNextCheckInCells, writeNextCheckIn } from '../summaryTracker';
import { todayIn } from '../today';
import { findSummaryTab } from '../workbook';

export function setNextCheckIn(input: SetNextCheckInRequest): NextCheckInReply {
  return answerRequest(setNextCheckInRequest, input, ({ date }) => {
    if (!isDay(date)) throw new UserError(`${date} is not a date. Choose a date for the next check-in.`);
    return withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const today = todayIn(spreadsheet);
      if (date < today) throw new UserError('Choose today or a later date for the next check-in.');
      const summary = findSummaryTab(new TabFinder(spreadsheet));
      if (!summary) {
        throw new UserError(
          'This growth plan has no Summary tab yet. Choose Extensions > Career Growth > Set up growth plan first.',
        );
      }
      const cells = readNextCheckInCells(summary.sheet);
      if (!nextCheckInRowIsOurs(cells)) {
        throw new UserError(
          `Row ${NEXT_CHECKIN_ROW} of the "${summary.name}" tab holds something of your own, so the next check-in has nowhere to go. Move it elsewhere and try again.`,
        );
      }
      const planUrl = spreadsheet.getUrl();

      // Everything is read and decided; from here on we only write.
      writeNextCheckIn(summary.sheet, cells, date);
      saveProposedNextCheckIn(null);
      return ok({ next: nextCheckIn(date, true, today, planUrl) });
    });
  });
}
