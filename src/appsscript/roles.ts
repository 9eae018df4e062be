/** The catalog as both add-ons serve it: role options for the pickers and checked look-ups. */
import { findRole, listRoles, type Catalog, type Role } from '../core/catalog';
import { echoInput } from '../core/echo';
import { expandCatalog } from '../catalog/packedCatalog';
import type { RoleOption } from '../api/roles';
import { UserError } from './errors';
import { unpack } from './packs/unpack';

export type { RoleOption };

let catalog: Catalog | undefined;

/** The role catalog, unpacked from Code.js and expanded on its first use in an execution. */
export function loadCatalog(): Catalog {
  catalog ??= expandCatalog(unpack('catalog'));
  return catalog;
}

export function roleOptions(): RoleOption[] {
  return listRoles(loadCatalog()).map((role) => ({
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
  const role = findRole(loadCatalog(), id);
  if (!role) {
    throw new UserError(`Unknown ${which} role "${echoInput(id)}". Choose a role from the list.`);
  }
  return role;
}

export function roleTitle(id: string | null): string {
  if (!id) return '';
  return findRole(loadCatalog(), id)?.level.title ?? '';
}
