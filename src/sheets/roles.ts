/** The titles of the plan's roles, a handbook level's included. */
import { roleTitle } from '../appsscript/roles';
import { HANDBOOK_ROLE_PREFIX } from '../core/handbook/roles';
import type { StoredPlan } from './planStore';

export { requireRole, roleOptions, roleTitle } from '../appsscript/roles';

/** The title of the plan's current or target role, a handbook level's included. */
export function planRoleTitle(plan: StoredPlan, which: 'current' | 'target'): string {
  const id = which === 'current' ? plan.currentRoleId : plan.targetRoleId;
  // A handbook level's id is never a catalog id: no need to unpack the catalog to learn that.
  const fromCatalog = id?.startsWith(HANDBOOK_ROLE_PREFIX) ? '' : roleTitle(id);
  if (fromCatalog || !id || !plan.handbook) return fromCatalog;
  return (which === 'current' ? plan.handbook.currentTitle : plan.handbook.targetTitle) ?? '';
}
