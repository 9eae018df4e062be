/**
 * The growth plan's next check-in: the date on the Summary tab's "Next check-in" row when a person
 * (or the tracker) set one, else the date GitLab's rhythm proposes (./cadence.ts).
 */
import { normalizeText, cellText } from '../cells';
import { dayFromIso, isoDate, proposedNextCheckIn } from './cadence';
import { daysIn, type DayReader } from './checkIns';

/** The label in column A of the Summary row whose column B holds the date. */
export const NEXT_CHECKIN_LABEL = 'Next check-in';

export interface PlannedCheckIn {
  /** yyyy-mm-dd. */
  date: string;
  /** Why this date, in a few words. */
  reason: string;
  /** True when the growth plan names the date; false when it is the proposal. */
  chosen: boolean;
  /** The date is today or past. */
  due: boolean;
}

/** The date of the Summary's "Next check-in" row (found by its label), or null when absent or empty. */
export function nextCheckInFromSummary(
  values: readonly (readonly unknown[])[] | null,
  dayOf: DayReader = daysIn(null),
): string | null {
  const label = normalizeText(NEXT_CHECKIN_LABEL);
  const row = values?.find((r) => normalizeText(cellText(r[0])) === label);
  return row ? dayOf(row[1]) : null;
}

export function plannedNextCheckIn(
  fromSummary: string | null,
  lastCheckIn: string | null,
  today: Date,
): PlannedCheckIn {
  const todayIso = isoDate(today);
  if (fromSummary)
    return {
      date: fromSummary,
      reason: 'set in the growth plan',
      chosen: true,
      due: fromSummary <= todayIso,
    };
  const proposal = proposedNextCheckIn(lastCheckIn ? dayFromIso(lastCheckIn) : null, today);
  return { date: proposal.date, reason: proposal.reason, chosen: false, due: proposal.date <= todayIso };
}
