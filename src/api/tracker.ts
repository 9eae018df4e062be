/**
 * The career tracker's wire types: rating in the sidebar, check-ins over months, progress and the
 * next check-in. Dates travel as yyyy-mm-dd text, in the spreadsheet's time zone.
 */
import type { Rating } from '../core/vocabulary';
import type { Failure, Reply } from './reply';
import type { PlanState } from './sheets';
import type { NextCheckIn, Progress } from '../core/tracker/types';

export type { CheckInFigures, NextCheckIn, Progress, ProgressChanges } from '../core/tracker/types';

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

export interface CheckInSummary {
  date: string;
  /** true when a snapshot of the same day was replaced. */
  replaced: boolean;
  requirements: number;
  actions: number;
  progress: Progress;
}

/** What setNextCheckIn answers: the next check-in as it now stands. */
export interface NextCheckInSet {
  next: NextCheckIn;
}

export type CheckInReply = Reply<CheckInSummary>;
export type ProgressReply = Reply<Progress>;
export type NextCheckInReply = Reply<NextCheckInSet>;
export type RatingsReply = Reply<RatingsState>;
export type SaveRatingsReply = Reply<SavedRatings, RatingsConflict>;
