/** The titles of the plan's roles, a handbook level's included. */
import { roleTitle } from '../appsscript/roles';
import type { StoredPlan } from './planStore';

export { requireRole, roleOptions, roleTitle } from '../appsscript/roles';

/** The title of the plan's current or target role, a handbook level's included. */
export function planRoleTitle(plan: StoredPlan, which: 'current' | 'target'): string {
  const id = which === 'current' ? plan.currentRoleId : plan.targetRoleId;
  const fromCatalog = roleTitle(id);
  if (fromCatalog || !id || !plan.handbook) return fromCatalog;
  return (which === 'current' ? plan.handbook.currentTitle : plan.handbook.targetTitle) ?? '';
}
