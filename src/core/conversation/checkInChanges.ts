/**
 * What changed between two check-ins: requirements whose rating went up or down, and actions that
 * became Done. Requirements and actions are matched by key. Without an earlier check-in every
 * rating counts as moved up from unrated and every done action as done: the change since the plan
 * started.
 */
import { RATINGS, type Rating } from '../ratings';
import type { ProgressChanges } from '../tracker/types';
import type { CheckedAction, CheckIn } from './checkIns';

export interface RatingMove {
  requirement: string;
  from: Rating | null;
  to: Rating | null;
}

export interface CheckInComparison {
  /** The earlier check-in's date, or null when the later one is the first. */
  since: string | null;
  movedUp: (RatingMove & { to: Rating })[];
  movedDown: (RatingMove & { from: Rating })[];
  /** Requirements whose rating went from below Meets (or unrated) to Meets or Exceeds. */
  reachedMeets: number;
  /** Actions Done at the later check-in that were not Done at the earlier one. */
  done: CheckedAction[];
}

/** The same figures the sidebar's progress shows (src/core/tracker/types.ts). */
export type CheckInChanges = ProgressChanges;

/** Unrated ranks below Not yet. */
const rank = (rating: Rating | null) => (rating === null ? -1 : RATINGS.indexOf(rating));
const MEETS = RATINGS.indexOf('Meets');

export function compareCheckIns(before: CheckIn | null, after: CheckIn): CheckInComparison {
  const earlier = new Map((before?.requirements ?? []).map((r) => [r.key, r.rating]));
  const comparison: CheckInComparison = {
    since: before?.date ?? null,
    movedUp: [],
    movedDown: [],
    reachedMeets: 0,
    done: [],
  };
  for (const now of after.requirements) {
    const from = earlier.get(now.key) ?? null;
    const to = now.rating;
    if (rank(to) > rank(from) && to !== null) {
      comparison.movedUp.push({ requirement: now.requirement, from, to });
      if (rank(from) < MEETS && rank(to) >= MEETS) comparison.reachedMeets++;
    } else if (rank(to) < rank(from) && from !== null) {
      comparison.movedDown.push({ requirement: now.requirement, from, to });
    }
  }
  const doneBefore = new Set((before?.actions ?? []).filter((a) => a.status === 'Done').map((a) => a.key));
  comparison.done = after.actions.filter((a) => a.status === 'Done' && !doneBefore.has(a.key));
  return comparison;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The comparison as the tracker's wire shape, with the actions overdue now and a sentence. */
export function checkInChanges(comparison: CheckInComparison, overdue: number): CheckInChanges {
  const { movedUp, movedDown, reachedMeets, done } = comparison;
  const parts: string[] = [];
  if (movedUp.length > 0) {
    const meets = reachedMeets > 0 ? ` (${reachedMeets} to Meets or above)` : '';
    parts.push(`${plural(movedUp.length, 'requirement')} moved up${meets}`);
  }
  if (movedDown.length > 0)
    parts.push(
      `${movedUp.length > 0 ? movedDown.length : plural(movedDown.length, 'requirement')} moved down`,
    );
  if (done.length > 0) parts.push(`${plural(done.length, 'action')} done`);
  if (overdue > 0) parts.push(`${done.length > 0 ? overdue : plural(overdue, 'action')} overdue`);
  const sentence = parts.length > 0 ? `${parts.join(', ')}.` : 'Nothing moved.';
  return {
    since: comparison.since,
    movedUp: movedUp.map(({ requirement, from, to }) => ({ requirement, from, to })),
    movedDown: movedDown.map(({ requirement, from, to }) => ({ requirement, from, to })),
    reachedMeets,
    actionsDone: done.length,
    overdue,
    sentence,
  };
}
