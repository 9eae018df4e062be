/** Today as the spreadsheet's people see it: check-ins are dated in the spreadsheet's time zone. */
import type { Day } from '../core/tracker/days';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today, `yyyy-mm-dd`, in the spreadsheet's time zone (not the script's). */
export function todayIn(spreadsheet: Spreadsheet): Day {
  return Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}
