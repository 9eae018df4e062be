/**
 * The career tracker's figures as plain data: what the core computes and `src/api/tracker.ts`
 * hands to the sidebar as is. Dates are `yyyy-mm-dd`, in the spreadsheet's time zone.
 */
import type { Rating, Status } from '../vocabulary';

/** The figures of one check-in (or of the plan as it is now). */
export interface CheckInFigures {
  date: string;
  requirements: number;
  atMeetsOrAbove: number;
  gaps: number;
  unrated: number;
  actions: number;
  byStatus: Record<Status, number>;
  /** Actions not done whose due date is before the check-in's day. */
  overdue: number;
  note: string;
}

/** What changed between the last two check-ins (or since the last one, for the current state). */
export interface ProgressChanges {
  /** The check-in compared with, or null when there is none yet. */
  since: string | null;
  movedUp: { requirement: string; from: Rating | null; to: Rating }[];
  movedDown: { requirement: string; from: Rating; to: Rating | null }[];
  /** Requirements whose effective rating reached Meets or Exceeds. */
  reachedMeets: number;
  actionsDone: number;
  overdue: number;
  /** One sentence for people: "2 requirements moved to Meets, 3 actions done, 1 overdue." */
  sentence: string;
}

export interface NextCheckIn {
  date: string;
  /** Why this date: "Quarterly check-in", "Formal career conversation (fiscal Q2)", "Plan refresh (fiscal Q1)"... */
  label: string;
  /** true when the person chose the date; false when it is the proposal from GitLab's rhythm. */
  chosen: boolean;
  /** A Google Calendar event template link (no scope needed): calendar.google.com/calendar/render?action=TEMPLATE... */
  calendarUrl: string;
  /** The date is today or past. */
  due: boolean;
}

export interface Progress {
  /** Every recorded check-in, oldest first. */
  checkIns: CheckInFigures[];
  /** The plan as it is now (today's date, no note). */
  now: CheckInFigures;
  /** Changes from the last check-in before today to now (the sheet as it is). */
  changes: ProgressChanges;
  next: NextCheckIn;
}
