/**
 * The JSON shapes that cross google.script.run between the Growth Plan sidebar and the server.
 * Both sides import these types; nothing here may hold a Date, undefined in arrays or a class.
 */

export const RATINGS = ['Not yet', 'Developing', 'Meets', 'Exceeds'] as const;
export type Rating = (typeof RATINGS)[number];

export const ACTION_TYPES = ['Hands-on project', 'Mentorship', 'Learning'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const STATUSES = ['Not started', 'In progress', 'Blocked', 'Done'] as const;
export type Status = (typeof STATUSES)[number];

/** A role as the picker shows it. */
export interface RoleOption {
  id: string;
  title: string;
  familyId: string;
  familyName: string;
  team: string;
  grade: number;
  url: string;
  requirementCount: number;
}

export interface RequirementProgress {
  /** Requirement rows that apply to the target role (manual rows included). */
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
  overdue: number;
  /** Done actions as a whole percentage of all actions, 0 when there are none. */
  percentDone: number;
}

export interface PlanState {
  currentRoleId: string | null;
  targetRoleId: string | null;
  /** True when both plan tabs exist with their headers. */
  isSetUp: boolean;
  requirements: RequirementProgress;
  actions: ActionProgress;
}

export interface PlannerState {
  roles: RoleOption[];
  plan: PlanState;
}

export interface ImportRequest {
  currentRoleId: string | null;
  targetRoleId: string;
}

export interface ImportSummary {
  targetRole: { id: string; title: string };
  currentRole: { id: string; title: string } | null;
  /** Requirements of the target role. */
  requirements: number;
  /** Of those, how many are new compared with the current role. */
  newComparedWithCurrent: number;
  /** Rows appended by this import. */
  added: number;
  /** Target requirements that already had a row (kept as they were, ratings included). */
  kept: number;
  /** Earlier imported rows now marked as not in the target role (never deleted). */
  markedNotInTarget: number;
  plan: PlanState;
}

export interface GenerateSummary {
  gaps: number;
  unrated: number;
  /** Action rows appended by this run. */
  added: number;
  /** Gaps that already had an action row (kept untouched). */
  alreadyPlanned: number;
  plan: PlanState;
}

export interface SetUpSummary {
  created: string[];
  repaired: string[];
  plan: PlanState;
}

export type TabId = 'requirements' | 'actions' | 'summary';
