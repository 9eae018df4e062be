/**
 * What a manager's overview shows of one growth plan, from the tabs a refresh read: the roles, the
 * ratings in figures, the actions by status, the check-in dates, and each requirement's rating for
 * the shared gaps. Only figures, ratings and the requirements' own text leave the plan: no evidence,
 * no notes, no action text. A tab or column the plan lacks leaves its figures empty and says so.
 */
import { cellText, normalizeText } from '../cells';
import { ACT, CHK, KEY, REQ } from '../layout';
import { isActiveRequirement } from '../progress';
import { effectiveRating } from '../ratings';
import { textAt, valueAt, type Table } from '../table';
import { proposeNextCheckIn } from '../tracker/cadence';
import { planSnapshot, readCheckIns } from '../tracker/checkIns';
import { cellDay, type Day } from '../tracker/days';
import { figuresOf } from '../tracker/figures';
import { NEXT_CHECKIN_LABEL } from '../tracker/summaryTracker';
import type { Rating, Status } from '../vocabulary';

/** A tab of the plan as read, under the name it has there. */
export interface PlanTab {
  name: string;
  table: Table;
}

/** The plan's tabs as a refresh found them (null: the plan has no such tab). */
export interface LinkedPlanTables {
  requirements: PlanTab | null;
  actions: PlanTab | null;
  checkIns: PlanTab | null;
  /** The Summary tab's values (its roles and next check-in are found by their labels). */
  summary: readonly (readonly unknown[])[] | null;
}

/** Columns each tab needs for its figures. */
export const NEEDED = {
  requirements: [REQ.requirement, REQ.self, REQ.manager],
  actions: [ACT.action, ACT.status, ACT.due],
  checkIns: [CHK.date],
} as const;

export type PlanProblem =
  | { kind: 'missing-tab'; tab: 'Role Requirements' | 'Action Plan' }
  | { kind: 'missing-columns'; tab: string; columns: string[] }
  | { kind: 'no-check-ins' };

export interface RequirementFigures {
  total: number;
  rated: number;
  gaps: number;
  atMeetsOrAbove: number;
  /** At Meets or above as a share of every requirement (0 to 1); null when there are none. */
  share: number | null;
  /** Requirements the manager rated. */
  managerRated: number;
}

export interface ActionFigures {
  total: number;
  byStatus: Record<Status, number>;
  overdue: number;
}

export interface PlannedCheckIn {
  date: Day;
  /** The plan's Summary names it; false: GitLab's rhythm proposes it. */
  chosen: boolean;
  /** Today or past. */
  due: boolean;
}

/** One requirement of the target role with its effective rating, for the shared gaps. */
export interface RatedRequirement {
  key: string;
  requirement: string;
  /** The Area cell as the plan shows it. */
  area: string;
  rating: Rating | null;
}

export interface PersonFigures {
  currentRole: string;
  targetRole: string;
  requirements: RequirementFigures | null;
  actions: ActionFigures | null;
  lastCheckIn: Day | null;
  nextCheckIn: PlannedCheckIn | null;
}

export interface PersonRead {
  figures: PersonFigures;
  problems: PlanProblem[];
  ratings: RatedRequirement[];
}

/** The value beside a label in column A of the Summary, as text ('' when there is no such row). */
function summaryValue(summary: LinkedPlanTables['summary'], label: string): unknown {
  const wanted = normalizeText(label);
  return summary?.find((row) => normalizeText(cellText(row[0])) === wanted)?.[1] ?? '';
}

/** A tab usable for figures: present with every needed column; else the problem, or null when absent. */
function usable(tab: PlanTab | null, needed: readonly string[], problems: PlanProblem[]): Table | null {
  if (!tab) return null;
  const missing = tab.table.header.missing(needed);
  if (missing.length === 0) return tab.table;
  problems.push({ kind: 'missing-columns', tab: tab.name, columns: missing });
  return null;
}

function ratedRequirements(table: Table): RatedRequirement[] {
  return table.rows
    .filter((row) => isActiveRequirement(table, row))
    .map((row) => ({
      key: textAt(table, row, KEY),
      requirement: textAt(table, row, REQ.requirement),
      area: textAt(table, row, REQ.area),
      rating: effectiveRating(valueAt(table, row, REQ.self), valueAt(table, row, REQ.manager)),
    }));
}

/** The target role's title from the requirement rows, for a plan whose Summary does not say. */
function roleOfRows(table: Table | null): string {
  if (!table) return '';
  const row = table.rows.find((r) => isActiveRequirement(table, r) && textAt(table, r, REQ.role) !== '');
  return row ? textAt(table, row, REQ.role) : '';
}

/** The figures of one plan, read on `today` (yyyy-mm-dd in the manager's time zone). */
export function personFigures(plan: LinkedPlanTables, today: Day): PersonRead {
  const problems: PlanProblem[] = [];
  if (!plan.requirements) problems.push({ kind: 'missing-tab', tab: 'Role Requirements' });
  const requirements = usable(plan.requirements, NEEDED.requirements, problems);
  if (!plan.actions) problems.push({ kind: 'missing-tab', tab: 'Action Plan' });
  const actions = usable(plan.actions, NEEDED.actions, problems);
  const checkInsTable = usable(plan.checkIns, NEEDED.checkIns, problems);

  const now = figuresOf(planSnapshot(requirements, actions, today));
  const snapshot = requirements ? planSnapshot(requirements, null, today) : null;
  const checkIns = checkInsTable ? readCheckIns(checkInsTable).checkIns : [];
  const lastCheckIn = checkIns[checkIns.length - 1]?.date ?? null;
  if (!plan.checkIns || (checkInsTable && checkIns.length === 0)) problems.push({ kind: 'no-check-ins' });

  const fromSummary = cellDay(summaryValue(plan.summary, NEXT_CHECKIN_LABEL));
  const next = fromSummary ?? proposeNextCheckIn(lastCheckIn, today).date;
  const targetFromSummary = cellText(summaryValue(plan.summary, 'Target role'));

  return {
    figures: {
      currentRole: cellText(summaryValue(plan.summary, 'Current role')),
      targetRole: targetFromSummary || roleOfRows(requirements),
      requirements: requirements
        ? {
            total: now.requirements,
            rated: now.requirements - now.unrated,
            gaps: now.gaps,
            atMeetsOrAbove: now.atMeetsOrAbove,
            share: now.requirements === 0 ? null : now.atMeetsOrAbove / now.requirements,
            managerRated: snapshot ? snapshot.requirements.filter((r) => r.manager !== null).length : 0,
          }
        : null,
      actions: actions ? { total: now.actions, byStatus: now.byStatus, overdue: now.overdue } : null,
      lastCheckIn,
      // A file with neither plan tab is no growth plan: it has no check-in to propose.
      nextCheckIn:
        plan.requirements || plan.actions
          ? { date: next, chosen: fromSummary !== null, due: next <= today }
          : null,
    },
    problems,
    ratings: requirements ? ratedRequirements(requirements) : [],
  };
}
