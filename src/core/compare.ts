/** Role comparison: which of the target role's requirements are new compared with the current role. */
import type { Level, Requirement } from './catalog';

export interface ComparedRequirement {
  requirement: Requirement;
  /** True when the current role has no requirement for the same skill (or there is no current role). */
  isNew: boolean;
}

/** Each target requirement, in order, marked new or not compared with the current level. */
export function compareLevels(current: Level | null, target: Level): ComparedRequirement[] {
  const held = new Set(current ? current.requirements.map((r) => r.id) : []);
  return target.requirements.map((requirement) => ({ requirement, isNew: !held.has(requirement.id) }));
}

export const COMPARED_NEW = 'New';
export const COMPARED_HELD = 'Builds on current role';
export const COMPARED_NO_CURRENT = 'No current role chosen';

/** The text of the "Compared with current role" cell. */
export function comparisonLabel(isNew: boolean, hasCurrent: boolean): string {
  if (!hasCurrent) return COMPARED_NO_CURRENT;
  return isNew ? COMPARED_NEW : COMPARED_HELD;
}
