/** The catalog as the add-on serves it: role options for the picker and checked look-ups. */
import { catalog } from '../catalog';
import { findRole, listRoles, type Role } from '../core/catalog';
import type { RoleOption } from './api';
import { UserError } from './errors';
import type { StoredPlan } from './planStore';

export function roleOptions(): RoleOption[] {
  return listRoles(catalog).map((role) => ({
    id: role.id,
    title: role.level.title,
    familyId: role.family.id,
    familyName: role.family.name,
    team: role.family.team,
    grade: role.level.grade,
    url: role.level.url,
    requirementCount: role.level.requirements.length,
  }));
}

/** The catalog role with this id, or a clear error naming which choice was wrong. */
export function requireRole(id: string, which: 'current' | 'target'): Role {
  const role = findRole(catalog, id);
  if (!role) {
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
    throw new UserError(`Unknown ${which} role "${shown}". Choose a role from the list.`);
  }
  return role;
}

export function roleTitle(id: string | null): string {
  if (!id) return '';
  return findRole(catalog, id)?.level.title ?? '';
}

/** The title of the plan's current or target role, a handbook level's included. */
export function planRoleTitle(plan: StoredPlan, which: 'current' | 'target'): string {
  const id = which === 'current' ? plan.currentRoleId : plan.targetRoleId;
  const fromCatalog = roleTitle(id);
  if (fromCatalog || !id || !plan.handbook) return fromCatalog;
  return (which === 'current' ? plan.handbook.currentTitle : plan.handbook.targetTitle) ?? '';
}
