/**
 * The linked growth plan's roles as the plan holds them, read from its Role Requirements and
 * Summary tabs (once each per action, through the PlanSource) and told apart by the core.
 */
import type { PlanRoleOption } from '../api/docs';
import { planRoleId, planRoles, type PlanRole, type PlanRoles } from '../core/conversation/planRoles';
import type { Table } from '../core/table';
import type { GrowthPlanReader } from '../appsscript/growthPlan';
import { loadCatalog } from '../appsscript/roles';
import type { PlanSource } from './planSource';

export interface LinkedPlanRoles {
  reader: GrowthPlanReader;
  requirements: Table;
  /** Null when the plan holds no active requirement rows (or nothing names its target). */
  roles: PlanRoles | null;
}

/** The plan at `url` and its roles; a UserError when the plan or its Role Requirements cannot be read. */
export function readPlanRoles(source: PlanSource, url: string): LinkedPlanRoles {
  const reader = source.reader(url);
  const requirements = reader.requirements();
  return { reader, requirements, roles: planRoles(requirements, reader.summary(), loadCatalog()) };
}

/** A plan role as the dialog receives it. */
export function planRoleOption(role: PlanRole, which: 'current' | 'target'): PlanRoleOption {
  return {
    id: planRoleId(role, which),
    title: role.title,
    inCatalog: role.catalogRoleId !== null,
    handbookUrl: role.handbookUrl,
  };
}
