/**
 * The tracker's part of the Summary tab, as plain data: the "Next check-in" row under the summary
 * block (label in A16, date in B16, which a person may edit) and the progress table at I1:L (one
 * row per check-in), which the ratings chart draws.
 */
import { cellText, type Cell } from '../cells';
import { SUMMARY_ROWS } from '../summary';
import { calendarLink, checkInLabel, proposeNextCheckIn } from './cadence';
import { isDay, type Day } from './days';
import type { CheckInFigures, NextCheckIn } from './types';

/** Row (1-based) of the next check-in, right under the summary block. */
export const NEXT_CHECKIN_ROW = SUMMARY_ROWS + 1;
export const NEXT_CHECKIN_LABEL = 'Next check-in';
export const NEXT_CHECKIN_FORMAT = 'yyyy-mm-dd';

/** Row 16 as a new Summary gets it with its block: the label and the date. */
export function nextCheckInRow(date: Day): Cell[] {
  return [NEXT_CHECKIN_LABEL, date];
}

/** The progress table: its top-left cell (I1) and its header. */
export const PROGRESS_ROW = 1;
export const PROGRESS_COLUMN = 9;
export const PROGRESS_HEADERS = ['Date', 'At Meets or above', 'Gaps', 'Unrated'] as const;

/** The "Next check-in" row as read (display text, so a date reads as the sheet shows it). */
export interface NextCheckInCells {
  label: string;
  value: string;
}

/** True when row 16 is ours to write: empty, or holding our label. */
export function nextCheckInRowIsOurs(cells: NextCheckInCells): boolean {
  const label = cells.label.trim().toLowerCase();
  return label === '' ? cells.value.trim() === '' : label === NEXT_CHECKIN_LABEL.toLowerCase();
}

/** What the plan's next check-in is, and whether the Summary should be given a new date. */
export interface NextCheckInDecision {
  date: Day;
  chosen: boolean;
  /** The date to write into B16 (with the label into A16), or null to leave the row as it is. */
  write: Day | null;
}

/**
 * Decides the next check-in from the "Next check-in" row, the proposal we last wrote there
 * (`proposed`, so a date a person typed tells itself apart), the last check-in and today.
 * A date a person chose stays until a check-in is recorded on or after it; a proposal is renewed
 * by every check-in. Text that is not a date is a person's and is never written over.
 */
export function decideNextCheckIn(input: {
  cells: NextCheckInCells | null;
  proposed: Day | null;
  lastCheckIn: Day | null;
  today: Day;
  /** A check-in is being recorded today. */
  recording: boolean;
}): NextCheckInDecision {
  const { cells, proposed, lastCheckIn, today, recording } = input;
  const proposal = proposeNextCheckIn(lastCheckIn, today).date;
  const ours = cells !== null && nextCheckInRowIsOurs(cells);
  const value = cells ? cells.value.trim() : '';
  if (ours && isDay(value)) {
    // A check-in writes its proposal into the row before it remembers it; one that failed in
    // between left the very date this check-in proposes, which is ours to renew (and remember).
    const chosen = value !== proposed && !(recording && value === proposal);
    const spent = recording && (!chosen || value <= today);
    if (!spent) return { date: value, chosen, write: null };
    return { date: proposal, chosen: false, write: proposal };
  }
  return { date: proposal, chosen: false, write: ours && value === '' ? proposal : null };
}

/** The next check-in as the sidebar gets it, with its calendar link. */
export function nextCheckIn(date: Day, chosen: boolean, today: Day, planUrl: string): NextCheckIn {
  const label = checkInLabel(date);
  const details = `${label}: go through the growth plan together, what moved since the last check-in and what comes next.${
    planUrl ? ` Growth plan: ${planUrl}` : ''
  }`;
  return {
    date,
    label,
    chosen,
    calendarUrl: calendarLink(date, `Career check-in: ${label}`, details),
    due: date <= today,
  };
}

/** True when I1:L1 is ours to write: empty, or our header. */
export function progressTableIsOurs(header: readonly unknown[]): boolean {
  const texts = PROGRESS_HEADERS.map((_, i) => cellText(header[i]).toLowerCase());
  return texts.every((t) => t === '') || texts.every((t, i) => t === PROGRESS_HEADERS[i]?.toLowerCase());
}

/** The progress table: the header and one row per check-in, oldest first. */
export function progressTable(figures: readonly CheckInFigures[]): Cell[][] {
  return [
    [...PROGRESS_HEADERS],
    // The date as text (a leading apostrophe): a day, not an instant in some time zone.
    ...figures.map((f) => [`'${f.date}`, f.atMeetsOrAbove, f.gaps, f.unrated]),
  ];
}

/**
 * The rows of the progress table to write: from the first row that differs from what the sheet
 * shows (`current`, display text of I1:L from row 1), blank rows over a longer old table.
 */
export function progressTableWrite(
  current: readonly (readonly unknown[])[],
  figures: readonly CheckInFigures[],
): { first: number; rows: Cell[][] } | null {
  const table = progressTable(figures);
  const shown = (value: Cell) => cellText(typeof value === 'string' ? value.replace(/^'/, '') : value);
  const same = (i: number) => {
    const row = table[i];
    const old = current[i] ?? [];
    return !!row && row.every((value, j) => shown(value) === cellText(old[j]));
  };
  const oldLength = current.reduce<number>(
    (last, row, i) => (row.slice(0, PROGRESS_HEADERS.length).some((v) => cellText(v) !== '') ? i + 1 : last),
    0,
  );
  const length = Math.max(table.length, oldLength);
  let first = 0;
  while (first < table.length && same(first)) first++;
  if (first >= length) return null;
  const rows: Cell[][] = [];
  for (let i = first; i < length; i++) rows.push(table[i] ?? PROGRESS_HEADERS.map(() => ''));
  return { first: PROGRESS_ROW + first, rows };
}
