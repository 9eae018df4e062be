/**
 * The tracker's part of the Summary tab on the sheet: the "Next check-in" row (A16:B16), the
 * progress table (I1:L) and the two charts. Read once with display values (a date reads as the
 * sheet shows it, whatever the time zones), written only where something changed. The block
 * A1:B15 is workbook.ts's; D1:G6 is left alone.
 */
import type { Cell } from '../core/cells';
import { cellDay, isDay } from '../core/tracker/days';
import type { CheckInFigures } from '../core/tracker/types';
import {
  NEXT_CHECKIN_FORMAT,
  NEXT_CHECKIN_LABEL,
  NEXT_CHECKIN_ROW,
  PROGRESS_COLUMN,
  PROGRESS_HEADERS,
  PROGRESS_ROW,
  progressTableIsOurs,
  progressTableWrite,
  type NextCheckInCells,
  type NextCheckInDecision,
} from '../core/tracker/summaryTracker';
import { NO_CHARTS, readSummaryCharts, writeSummaryCharts, type SummaryCharts } from './summaryCharts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SummaryTrackerState {
  next: NextCheckInCells;
  /** I1:L as shown, from row 1 down to the Summary's last row. */
  progress: string[][];
  charts: SummaryCharts;
}

const at = (row: readonly string[] | undefined, column: number): string => row?.[column] ?? '';

/**
 * The "Next check-in" row from what the sheet shows. A date shows as `yyyy-mm-dd` in our format;
 * one a person gave another format is read again as a value (one more call, only then).
 */
function nextCells(sheet: Sheet, label: string, shown: string): NextCheckInCells {
  if (shown.trim() === '' || isDay(shown.trim())) return { label, value: shown };
  const day = cellDay(sheet.getRange(NEXT_CHECKIN_ROW, 2).getValue());
  return { label, value: day ?? shown };
}

/**
 * What the Summary holds of ours (a Summary about to be created holds nothing); its charts only
 * `withCharts` (a plan that has check-ins). Reads only.
 */
export function readSummaryTracker(
  sheet: Sheet | null,
  sheetName: string,
  withCharts: boolean,
): SummaryTrackerState {
  if (!sheet) return { next: { label: '', value: '' }, progress: [], charts: NO_CHARTS };
  const shown = sheet.getDataRange().getDisplayValues();
  const row = shown[NEXT_CHECKIN_ROW - 1];
  return {
    next: nextCells(sheet, at(row, 0), at(row, 1)),
    progress: shown.map((r) => r.slice(PROGRESS_COLUMN - 1, PROGRESS_COLUMN - 1 + PROGRESS_HEADERS.length)),
    charts: withCharts ? readSummaryCharts(sheet, sheetName) : NO_CHARTS,
  };
}

/** Only the "Next check-in" row, for actions that need nothing else of the Summary. Reads only. */
export function readNextCheckInCells(sheet: Sheet): NextCheckInCells {
  const [row] = sheet.getRange(NEXT_CHECKIN_ROW, 1, 1, 2).getDisplayValues();
  return nextCells(sheet, at(row, 0), at(row, 1));
}

/**
 * Writes a date into the "Next check-in" row, and the label with it unless the row (`cells`, as
 * read) has it already. The date goes in as a date, so a person edits it with Sheets' date picker.
 */
export function writeNextCheckIn(sheet: Sheet, cells: NextCheckInCells, date: string): void {
  const labelled = cells.label.trim().toLowerCase() === NEXT_CHECKIN_LABEL.toLowerCase();
  const cell = sheet.getRange(NEXT_CHECKIN_ROW, 2);
  if (labelled) {
    cell.setValue(date);
    return;
  }
  // The label's weight before the values: a label found in A16 means the row was written whole.
  cell.setNumberFormat(NEXT_CHECKIN_FORMAT);
  sheet
    .getRange(NEXT_CHECKIN_ROW, 1, 1, 2)
    .setFontWeights([['bold', null]])
    .setValues([[NEXT_CHECKIN_LABEL, date]]);
}

/**
 * Brings the Summary's tracker part up to date: the next check-in when `next.write` says so, and
 * for a plan that has check-ins (`figures`; null before the first, when the Check-ins tab is not
 * there yet) the progress table from its first changed row and the charts. Only writes.
 */
export function writeSummaryTracker(
  sheet: Sheet,
  state: SummaryTrackerState,
  { next, figures }: { next: NextCheckInDecision; figures: readonly CheckInFigures[] | null },
): void {
  if (next.write !== null) writeNextCheckIn(sheet, state.next, next.write);
  if (figures === null) return;
  const ours = progressTableIsOurs(state.progress[0] ?? []);
  if (ours) {
    const write = progressTableWrite(state.progress, figures);
    if (write) {
      const rows: Cell[][] = write.rows;
      const range = sheet.getRange(write.first, PROGRESS_COLUMN, rows.length, PROGRESS_HEADERS.length);
      // The header goes in bold the first time, through the same range, before the values: a
      // header found in I1 means the table's first write was finished.
      if (write.first === PROGRESS_ROW)
        range.setFontWeights(rows.map((_, i) => PROGRESS_HEADERS.map(() => (i === 0 ? 'bold' : null))));
      range.setValues(rows);
    }
  }
  writeSummaryCharts(sheet, state.charts, { tableRows: figures.length + 1, ratings: ours });
}
