/** Progress of a plan, computed from the two tabs' values (the same figures the sidebar shows). */
import { isDate } from './cells';
import { ACT, IN_TARGET_NO, REQ } from './layout';
import { effectiveRating, isGapRating } from './ratings';
import { isEmptyRow, textAt, valueAt, type Table } from './table';
import { STATUSES, type Status } from './vocabulary';

export interface RequirementProgress {
  /** Requirement rows that apply to the target role (rows people added included). */
  total: number;
  rated: number;
  unrated: number;
  gaps: number;
  /** Imported rows kept for their ratings but no longer part of the target role. */
  notInTarget: number;
}

export interface ActionProgress {
  total: number;
  byStatus: Record<Status, number>;
  /** Actions whose status is empty or not one of the four statuses. */
  noStatus: number;
  /** Actions not done whose due date has passed. */
  overdue: number;
  /** Done actions as a whole percentage of all actions, 0 when there are none. */
  percentDone: number;
}

/** True for a requirement row that counts towards the plan (has text, not marked out of target). */
export function isActiveRequirement(table: Table, row: readonly unknown[]): boolean {
  return textAt(table, row, REQ.requirement) !== '' && textAt(table, row, REQ.inTarget) !== IN_TARGET_NO;
}

export function requirementProgress(table: Table | null): RequirementProgress {
  const progress = { total: 0, rated: 0, unrated: 0, gaps: 0, notInTarget: 0 };
  if (!table) return progress;
  for (const row of table.rows) {
    if (textAt(table, row, REQ.requirement) === '') continue;
    if (!isActiveRequirement(table, row)) {
      progress.notInTarget++;
      continue;
    }
    progress.total++;
    const rating = effectiveRating(valueAt(table, row, REQ.self), valueAt(table, row, REQ.manager));
    if (rating === null) progress.unrated++;
    else progress.rated++;
    if (isGapRating(rating)) progress.gaps++;
  }
  return progress;
}

/** The start of the given day, so an action due today is not yet overdue. */
export function startOfDay(day: Date): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
}

/** A row of the Action Plan that holds an action: it names the action or its requirement. */
export function isActionRow(table: Table, row: readonly unknown[]): boolean {
  return (
    !isEmptyRow(row) && !(textAt(table, row, ACT.action) === '' && textAt(table, row, ACT.requirement) === '')
  );
}

/** Not done and due before the day `todayStart` begins. */
export function isOverdue(due: unknown, status: Status | null, todayStart: number): boolean {
  return status !== 'Done' && isDate(due) && startOfDay(due) < todayStart;
}

/**
 * The actions' figures. `isLate` tells an overdue action; by default its due date is before
 * `today` in the script's time zone (a Docs section passes the plan's own calendar instead).
 */
export function actionProgress(
  table: Table | null,
  today: Date,
  isLate: (due: unknown, status: Status | null) => boolean = (due, status) =>
    isOverdue(due, status, startOfDay(today)),
): ActionProgress {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const progress: ActionProgress = { total: 0, byStatus, noStatus: 0, overdue: 0, percentDone: 0 };
  if (!table) return progress;
  for (const row of table.rows) {
    if (!isActionRow(table, row)) continue;
    progress.total++;
    const status = parseStatus(textAt(table, row, ACT.status));
    if (status) byStatus[status]++;
    else progress.noStatus++;
    if (isLate(valueAt(table, row, ACT.due), status)) progress.overdue++;
  }
  progress.percentDone = progress.total === 0 ? 0 : Math.round((byStatus.Done / progress.total) * 100);
  return progress;
}

export function parseStatus(text: string): Status | null {
  const lower = text.trim().toLowerCase();
  return STATUSES.find((s) => s.toLowerCase() === lower) ?? null;
}
