/**
 * What a check-in says in figures, and what changed since one: requirements that moved up or down,
 * how many reached Meets, actions done since, and what is overdue now, in one sentence for people.
 */
import type { CheckInFigures, NextCheckIn, Progress, ProgressChanges } from './types';
import { normalizeText } from '../cells';
import { RATINGS, STATUSES, type Rating, type Status } from '../vocabulary';
import type { ActionEntry, CheckIn, RequirementEntry } from './checkIns';
import type { Day } from './days';

/** Not done and due before the day. */
export function isOverdueOn(action: ActionEntry, day: Day): boolean {
  return action.status !== 'Done' && action.dueDay !== null && action.dueDay < day;
}

function atMeetsOrAbove(rating: Rating | null): boolean {
  return rating === 'Meets' || rating === 'Exceeds';
}

export function figuresOf(checkIn: CheckIn): CheckInFigures {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const action of checkIn.actions) if (action.status) byStatus[action.status]++;
  const ratings = checkIn.requirements.map((r) => r.rating);
  return {
    date: checkIn.date,
    requirements: ratings.length,
    atMeetsOrAbove: ratings.filter(atMeetsOrAbove).length,
    gaps: ratings.filter((r) => r === 'Not yet' || r === 'Developing').length,
    unrated: ratings.filter((r) => r === null).length,
    actions: checkIn.actions.length,
    byStatus,
    overdue: checkIn.actions.filter((a) => isOverdueOn(a, checkIn.date)).length,
    note: checkIn.note,
  };
}

/** Higher is better; unrated is below every rating. */
function rank(rating: Rating | null): number {
  return rating === null ? -1 : RATINGS.indexOf(rating);
}

/** An entry of the earlier check-in for the same item: by key, else by its text. */
function matcher<T extends { key: string }>(earlier: readonly T[], text: (e: T) => string) {
  const byKey = new Map(earlier.map((e) => [e.key, e]));
  const byText = new Map(earlier.map((e) => [normalizeText(text(e)), e]));
  return (entry: T): T | undefined => byKey.get(entry.key) ?? byText.get(normalizeText(text(entry)));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function sentenceOf(
  since: Day | null,
  counts: { reachedMeets: number; otherUp: number; down: number; actionsDone: number; overdue: number },
): string {
  const overdue = counts.overdue > 0 ? `${counts.overdue} overdue` : '';
  if (since === null) {
    const start = 'No earlier check-in to compare with yet';
    return overdue ? `${start}; ${plural(counts.overdue, 'action', 'actions')} overdue.` : `${start}.`;
  }
  const parts = [
    counts.reachedMeets > 0
      ? `${plural(counts.reachedMeets, 'requirement', 'requirements')} moved to Meets`
      : '',
    counts.otherUp > 0
      ? counts.reachedMeets > 0
        ? `${counts.otherUp} more moved up`
        : `${plural(counts.otherUp, 'requirement', 'requirements')} moved up`
      : '',
    counts.down > 0
      ? counts.reachedMeets + counts.otherUp > 0
        ? `${counts.down} moved down`
        : `${plural(counts.down, 'requirement', 'requirements')} moved down`
      : '',
    counts.actionsDone > 0 ? `${plural(counts.actionsDone, 'action', 'actions')} done` : '',
    overdue,
  ].filter(Boolean);
  if (parts.length === 0) return `No changes since the check-in of ${since}.`;
  if (parts.length === 1 && overdue) return `No changes since the check-in of ${since}; ${overdue}.`;
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * What changed from `earlier` (null: no check-in to compare with) to `now`. Requirements are
 * matched by key, else by text; one rated now that the earlier check-in did not have moved up from
 * unrated. An action is done since when it is Done now and was not then.
 */
export function changesSince(earlier: CheckIn | null, now: CheckIn): ProgressChanges {
  const overdue = now.actions.filter((a) => isOverdueOn(a, now.date)).length;
  if (!earlier) {
    return {
      since: null,
      movedUp: [],
      movedDown: [],
      reachedMeets: 0,
      actionsDone: 0,
      overdue,
      sentence: sentenceOf(null, { reachedMeets: 0, otherUp: 0, down: 0, actionsDone: 0, overdue }),
    };
  }
  const before = matcher<RequirementEntry>(earlier.requirements, (r) => r.requirement);
  const movedUp: ProgressChanges['movedUp'] = [];
  const movedDown: ProgressChanges['movedDown'] = [];
  let reachedMeets = 0;
  for (const requirement of now.requirements) {
    const from = before(requirement)?.rating ?? null;
    const to = requirement.rating;
    if (rank(to) > rank(from) && to !== null) {
      movedUp.push({ requirement: requirement.requirement, from, to });
      if (atMeetsOrAbove(to) && !atMeetsOrAbove(from)) reachedMeets++;
    } else if (rank(to) < rank(from) && from !== null) {
      movedDown.push({ requirement: requirement.requirement, from, to });
    }
  }
  const beforeAction = matcher<ActionEntry>(earlier.actions, (a) => a.action);
  const actionsDone = now.actions.filter(
    (a) => a.status === 'Done' && beforeAction(a)?.status !== 'Done',
  ).length;
  return {
    since: earlier.date,
    movedUp,
    movedDown,
    reachedMeets,
    actionsDone,
    overdue,
    sentence: sentenceOf(earlier.date, {
      reachedMeets,
      otherUp: movedUp.length - reachedMeets,
      down: movedDown.length,
      actionsDone,
      overdue,
    }),
  };
}

/** The check-in to compare today's plan with: the last one before today. */
export function lastBefore(checkIns: readonly CheckIn[], today: Day): CheckIn | null {
  let last: CheckIn | null = null;
  for (const checkIn of checkIns)
    if (checkIn.date < today && (!last || checkIn.date > last.date)) last = checkIn;
  return last;
}

/** Progress for the sidebar: every check-in's figures, the plan now, what changed, the next check-in. */
export function trackerProgress(checkIns: readonly CheckIn[], now: CheckIn, next: NextCheckIn): Progress {
  return {
    checkIns: checkIns.map(figuresOf),
    now: figuresOf(now),
    changes: changesSince(lastBefore(checkIns, now.date), now),
    next,
  };
}
