/**
 * The JSON shapes that cross google.script.run between the Growth Plan sidebar and the server.
 * Both sides import these types; nothing here may hold a Date, undefined in arrays or a class.
 */

import type { ActionProgress, RequirementProgress } from '../core/progress';

export type { ActionProgress, RequirementProgress };
export { RATINGS, ACTION_TYPES, STATUSES, type Rating, type ActionType, type Status } from '../core/vocabulary';

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

export interface ImportPreview {
  /** Requirements of the target role. */
  requirements: number;
  /** Of those, how many are new compared with the current role (all of them without one). */
  newComparedWithCurrent: number;
  /** How many areas the requirements span. */
  areas: number;
}
