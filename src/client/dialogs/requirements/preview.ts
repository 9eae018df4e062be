/** The line under the pickers saying what the table will hold (pure, unit tested). */
import type { RoleOption } from '../../../api/sheets';

/** Null until a target role is picked. */
export function requirementsPreview(target: RoleOption | null, current: RoleOption | null): string | null {
  if (!target) return null;
  const count = `${target.requirementCount} ${target.requirementCount === 1 ? 'requirement' : 'requirements'}`;
  if (!current) return `${count} of ${target.title}, with columns for self and manager ratings.`;
  if (current.id === target.id)
    return `${count} of ${target.title}. Current and target role are the same, so none is new.`;
  return `${count} of ${target.title}, each marked whether it is new compared with ${current.title}.`;
}
