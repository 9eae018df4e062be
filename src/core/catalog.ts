/**
 * The shape of the role catalog: job families, their levels (roles) and each level's requirements.
 * The authored data lives in src/catalog; this module only describes it and answers look-ups.
 */

/** Requirement areas, each with the label people see in the sheet. */
export const AREAS = {
  systems: 'Salesforce and systems',
  analysis: 'Analysis and reporting',
  planning: 'Planning and strategy',
  process: 'Process and policy',
  commercial: 'Deals and commercial',
  stakeholders: 'Stakeholder management',
  communication: 'Communication',
  programs: 'Program management',
  enablement: 'Enablement and training',
  leadership: 'People leadership',
} as const;

export type AreaId = keyof typeof AREAS;
export const AREA_IDS = Object.keys(AREAS) as AreaId[];

/**
 * One requirement of a level. `id` names the skill (kebab-case, unique within the level); the same
 * id in two levels means the same skill at each level's depth, which is how roles are compared.
 */
export interface Requirement {
  id: string;
  area: AreaId;
  text: string;
  /**
   * What the Area cell shows instead of the area's label: only for a requirement from outside the
   * catalog (a handbook page) whose text fits none of our areas. The catalog never sets it.
   */
  areaLabel?: string;
}

/** One level of a job family: a role a person can hold or aim for. */
export interface Level {
  /** kebab-case, unique within the family; the role id is `<family id>/<level id>`. */
  id: string;
  title: string;
  /** GitLab job grade, 5 (associate) to 12 (VP). */
  grade: number;
  /** The handbook job-family page, with an anchor for the level where the page has one. */
  url: string;
  requirements: Requirement[];
}

export interface Family {
  /** kebab-case, unique in the catalog. */
  id: string;
  name: string;
  /** The RSOE team the family belongs to, used to group roles in the picker. */
  team: string;
  url: string;
  levels: Level[];
}

export interface Catalog {
  families: Family[];
}

/** A level together with its family, addressed by its role id. */
export interface Role {
  id: string;
  family: Family;
  level: Level;
}

export function roleId(family: Family, level: Level): string {
  return `${family.id}/${level.id}`;
}

/** Every role of the catalog, in catalog order (team, family, grade as authored). */
export function listRoles(catalog: Catalog): Role[] {
  return catalog.families.flatMap((family) =>
    family.levels.map((level) => ({ id: roleId(family, level), family, level })),
  );
}

/** The role with this id, or undefined. */
export function findRole(catalog: Catalog, id: string): Role | undefined {
  const slash = id.indexOf('/');
  if (slash < 0) return undefined;
  const family = catalog.families.find((f) => f.id === id.slice(0, slash));
  const level = family?.levels.find((l) => l.id === id.slice(slash + 1));
  return family && level ? { id, family, level } : undefined;
}
