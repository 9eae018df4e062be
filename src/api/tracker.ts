/**
 * The career tracker's wire types: rating in the sidebar, check-ins over months, progress and the
 * next check-in. Dates travel as yyyy-mm-dd text, in the spreadsheet's time zone.
 */
import type { Rating, Status } from '../core/vocabulary';
import type { Failure, Reply } from './reply';
import type { PlanState } from './sheets';

export type {
  RecordCheckInRequest,
  SaveRatingsRequest,
  SetNextCheckInRequest,
  SetRaterRequest,
} from './trackerRequests';

/** Who rates in the sidebar: the person (Self rating) or their manager (Manager rating). */
export type Rater = 'self' | 'manager';

/** One requirement of the target role as the rating view shows it. */
export interface RatingRow {
  /** The row's Key: stable across re-imports. */
  key: string;
  requirement: string;
  area: string;
  self: Rating | null;
  manager: Rating | null;
  evidence: string;
  /** What the sheet held when read; saveRatings refuses to overwrite a row whose version moved. */
  version: string;
}

export interface RatingsState {
  /** Who this person said is rating, remembered per user; null until they said. */
  rater: Rater | null;
  targetRole: string;
  rows: RatingRow[];
}

/** A row someone changed in the sheet since the sidebar read it. */
export interface RatingConflict {
  key: string;
  requirement: string;
  /** What the sheet holds now. */
  sheet: { rating: Rating | null; evidence: string };
  /** What the sidebar wanted to save. */
  yours: { rating: Rating | null; evidence: string };
}

/** Nothing was saved: these rows changed in the sheet; the sidebar asks, then saves with `overwrite`. */
export type RatingsConflict = Failure<'conflict'> & { conflicts: RatingConflict[]; rows: RatingRow[] };

export interface SavedRatings {
  saved: number;
  rows: RatingRow[];
  plan: PlanState;
}

/** The figures of one check-in. */
export interface CheckInFigures {
  date: string;
  requirements: number;
  atMeetsOrAbove: number;
  gaps: number;
  unrated: number;
  actions: number;
  byStatus: Record<Status, number>;
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
  /** Why this date: "Quarterly check-in", "Formal career conversation (fiscal Q2)", "Plan refresh"... */
  label: string;
  /** true when the person chose the date; false when it is the proposal from GitLab's rhythm. */
  chosen: boolean;
  /** A Google Calendar event template link (no scope needed): calendar.google.com/calendar/render?action=TEMPLATE... */
  calendarUrl: string;
  /** The date is today or past. */
  due: boolean;
}

export interface Progress {
  checkIns: CheckInFigures[];
  /** Changes from the last check-in to now (the sheet as it is). */
  changes: ProgressChanges;
  next: NextCheckIn;
}

export interface CheckInSummary {
  date: string;
  /** true when a snapshot of the same day was replaced. */
  replaced: boolean;
  requirements: number;
  actions: number;
  progress: Progress;
}

export type RatingsReply = Reply<RatingsState>;
export type SaveRatingsReply = Reply<SavedRatings, RatingsConflict>;
