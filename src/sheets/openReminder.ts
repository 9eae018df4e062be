/**
 * The toast on opening: a check-in that is due, actions overdue. A fixed number of calls (the
 * Summary's first rows, and the time zone only when there is a date), and never a failure of
 * onOpen: anything that goes wrong is logged and the spreadsheet opens as usual.
 */
import { SUMMARY_TAB_NAME } from '../core/layout';
import { openReminder } from '../core/tracker/openReminder';
import { NEXT_CHECKIN_ROW } from '../core/tracker/summaryTracker';

/** Shows the reminder, if there is one. Only where the auth mode lets the add-on read the file. */
export function remindOnOpen(): void {
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const summary = spreadsheet.getSheetByName(SUMMARY_TAB_NAME);
    if (!summary) return;
    const shown = summary.getRange(1, 1, NEXT_CHECKIN_ROW, 2).getDisplayValues();
    // Today in the spreadsheet's time zone, as check-ins are dated (not src/sheets/today.ts: this
    // runs in the shell, which shares no Apps Script code with the engine).
    const today = () => Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
    const reminder = openReminder(shown, today);
    if (reminder) spreadsheet.toast(reminder, 'Career Growth', 10);
  } catch (error) {
    console.error('Career Growth: the reminder on opening failed.', error);
  }
}
