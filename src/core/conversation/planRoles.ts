/**
 * The roles a growth plan holds, told from its cells alone (the Docs add-on cannot read the plan's
 * document properties, where the Growth Plan keeps its choice):
 *
 * - The target is the role named by the keys of the plan's active Role Requirements rows
 *   (`req:<role id>:<requirement id>`; the role most of those rows carry, the first in the sheet on
 *   a tie). A catalog id is that catalog role. A handbook level's id (`handbook:<page>#<level>`) is
 *   a catalog role in the handbook's wording (the sidebar's "Use the handbook's current wording")
 *   when the Summary's target title is the title of a catalog role on that page, else a level of
 *   the handbook page, titled as its rows' Role column says. With no keys left (a person cleared
 *   them), the Summary's target title, else the Role column, names it.
 * - The current role is the Summary's current title: found by its label ("Current role"), else in
 *   B2, where the Growth Plan writes it, when A1 still holds the Summary's title. A title of the
 *   catalog is that catalog role (the target's family first); any other title is a role only the
 *   plan holds. No Summary at all: no current role when the rows compare with none, else a current
 *   role the plan does not name.
 *
 * Columns are found by header, so reordered or added columns change nothing.
 */
import { findRole, listRoles, type Catalog, type Role } from '../catalog';
import { cellText, normalizeText } from '../cells';
import { COMPARED_NO_CURRENT } from '../compare';
import { HANDBOOK_ROLE_PREFIX } from '../handbook/roles';
import { HANDBOOK_ORIGIN, JOB_FAMILIES_PATH } from '../handbook/url';
import { REQ } from '../layout';
import { isActiveRequirement } from '../progress';
import { roleOfRequirementKey } from '../requirementKeys';
import { SUMMARY_ROLE_ROW, SUMMARY_TITLE } from '../summary';
import { textAt, type Table } from '../table';

/** One of the plan's roles as the plan holds it. */
export interface PlanRole {
  /** The catalog role's id when the catalog has the role (in either wording), else null. */
  catalogRoleId: string | null;
  /** Its title as the plan shows it ('' for a current role the plan compares with but does not name). */
  title: string;
  /** The handbook page the role is a level of when the plan's rows are in the handbook's wording. */
  handbookUrl: string | null;
}

export interface PlanRoles {
  target: PlanRole;
  /** Null when the plan compares with no current role. */
  current: PlanRole | null;
  /** The plan's active requirement rows: the rows a table following the plan holds. */
  requirements: number;
}

/** The Summary labels in front of the titles, as the Growth Plan writes them. */
export const CURRENT_ROLE_LABEL = 'Current role';
export const TARGET_ROLE_LABEL = 'Target role';

/**
 * The titles on the Summary: null when it has none to give (no Summary, or neither the label nor
 * the Growth Plan's own layout), '' when it names no role.
 */
export function summaryRoleTitles(summary: readonly (readonly unknown[])[] | null): {
  current: string | null;
  target: string | null;
} {
  if (!summary) return { current: null, target: null };
  const ours = normalizeText(cellText(summary[0]?.[0])) === normalizeText(SUMMARY_TITLE);
  const title = (label: string, row: number): string | null => {
    const labelled = summary.find((r) => normalizeText(cellText(r[0])) === normalizeText(label));
    if (labelled) return cellText(labelled[1]);
    // The label was renamed: the Growth Plan still writes the title where it always does.
    return ours ? cellText(summary[row - 1]?.[1]) : null;
  };
  return {
    current: title(CURRENT_ROLE_LABEL, SUMMARY_ROLE_ROW),
    target: title(TARGET_ROLE_LABEL, SUMMARY_ROLE_ROW + 1),
  };
}

/** Titles compared as a person edits them: case and spacing aside (the Growth Plan writes them exactly). */
const sameTitle = (a: string, b: string) => a !== '' && normalizeText(a) === normalizeText(b);

/** The most frequent non-empty value, the first seen on a tie; '' when there is none. */
function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [value, count] of counts) {
    if (count > most) {
      best = value;
      most = count;
    }
  }
  return best;
}

/** A job-family page path as handbook role ids hold it: two to four lower-case segments. */
const PAGE_PATH = /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*){1,3}$/;

/** The page and level of a handbook role id, or null when it names no job-family page. */
function handbookPage(roleId: string): { url: string; slug: string } | null {
  const hash = roleId.indexOf('#');
  if (!roleId.startsWith(HANDBOOK_ROLE_PREFIX) || hash < 0) return null;
  const path = roleId.slice(HANDBOOK_ROLE_PREFIX.length, hash);
  const slug = roleId.slice(hash + 1);
  if (!PAGE_PATH.test(path) || !/^[a-z0-9_-]+$/.test(slug)) return null;
  return { url: `${HANDBOOK_ORIGIN}${JOB_FAMILIES_PATH}${path}/`, slug };
}

function catalogRole(role: Role, handbookUrl: string | null = null): PlanRole {
  return { catalogRoleId: role.id, title: role.level.title, handbookUrl };
}

/** The catalog role titled `title` (spelling aside), one of `family` first; null when none is. */
function catalogRoleTitled(catalog: Catalog, title: string, family: string | null): Role | null {
  const titled = listRoles(catalog).filter((role) => sameTitle(title, role.level.title));
  return titled.find((role) => role.family.id === family) ?? titled[0] ?? null;
}

/** The target named by a role id the rows' keys carry. */
function targetOfId(catalog: Catalog, id: string, summaryTitle: string | null, roleColumn: string): PlanRole {
  const inCatalog = findRole(catalog, id);
  if (inCatalog) return catalogRole(inCatalog);
  const page = handbookPage(id);
  if (page) {
    // The catalog links each role to its page, so a catalog role of this page with the Summary's
    // title is the role imported in the handbook's wording.
    const worded = summaryTitle
      ? listRoles(catalog).find(
          (role) => role.level.url.startsWith(page.url) && sameTitle(summaryTitle, role.level.title),
        )
      : undefined;
    if (worded) return catalogRole(worded, page.url);
    return {
      catalogRoleId: null,
      title: roleColumn || summaryTitle || page.slug,
      handbookUrl: `${page.url}#${page.slug}`,
    };
  }
  // A role the catalog no longer has, or a key a person typed: only its title is left.
  return { catalogRoleId: null, title: summaryTitle || roleColumn || id, handbookUrl: null };
}

/** The plan's roles, or null when it has no active requirement rows (or nothing names its target). */
export function planRoles(
  requirements: Table,
  summary: readonly (readonly unknown[])[] | null,
  catalog: Catalog,
): PlanRoles | null {
  const active = requirements.rows.filter((row) => isActiveRequirement(requirements, row));
  if (active.length === 0) return null;
  const titles = summaryRoleTitles(summary);

  // Role ids of the keyed rows, in sheet order, with the Role column of each id's rows.
  const keyed = new Map<string, { rows: number; roleColumn: string[] }>();
  for (const row of active) {
    const id = roleOfRequirementKey(textAt(requirements, row, REQ.key));
    if (!id) continue;
    const entry = keyed.get(id) ?? { rows: 0, roleColumn: [] };
    entry.rows++;
    entry.roleColumn.push(textAt(requirements, row, REQ.role));
    keyed.set(id, entry);
  }
  let target: PlanRole | null = null;
  let most = 0;
  for (const [id, entry] of keyed) {
    if (entry.rows > most) {
      most = entry.rows;
      target = targetOfId(catalog, id, titles.target, mostFrequent(entry.roleColumn));
    }
  }
  if (!target) {
    const title = titles.target || mostFrequent(active.map((row) => textAt(requirements, row, REQ.role)));
    if (title === '') return null;
    const role = catalogRoleTitled(catalog, title, null);
    target = role ? catalogRole(role) : { catalogRoleId: null, title, handbookUrl: null };
  }

  return {
    target,
    current: currentRole(catalog, target, titles.current, requirements, active),
    requirements: active.length,
  };
}

function currentRole(
  catalog: Catalog,
  target: PlanRole,
  title: string | null,
  requirements: Table,
  active: readonly unknown[][],
): PlanRole | null {
  if (title === null) {
    // No Summary to ask: the rows still say whether they were compared with a role.
    const compared = active.some((row) => {
      const text = normalizeText(textAt(requirements, row, REQ.compared));
      return text !== '' && text !== normalizeText(COMPARED_NO_CURRENT);
    });
    return compared ? { catalogRoleId: null, title: '', handbookUrl: null } : null;
  }
  if (title === '') return null;
  if (target.handbookUrl && !target.catalogRoleId) {
    // A handbook page's level is compared with another level of the same page.
    return { catalogRoleId: null, title, handbookUrl: target.handbookUrl.replace(/#.*$/, '') };
  }
  const family = target.catalogRoleId ? (findRole(catalog, target.catalogRoleId)?.family.id ?? null) : null;
  const role = catalogRoleTitled(catalog, title, family);
  return role ? catalogRole(role) : { catalogRoleId: null, title, handbookUrl: null };
}

/** The ids a picker sends for roles only the plan holds (the catalog's roles go by their own ids). */
export const PLAN_TARGET_ID = 'plan:target';
export const PLAN_CURRENT_ID = 'plan:current';

/** The id a picker sends for one of the plan's roles. */
export function planRoleId(role: PlanRole, which: 'current' | 'target'): string {
  return role.catalogRoleId ?? (which === 'target' ? PLAN_TARGET_ID : PLAN_CURRENT_ID);
}

/** True for an id that names a role only the linked plan holds. */
export function isPlanOnlyId(id: string | null): boolean {
  return id === PLAN_TARGET_ID || id === PLAN_CURRENT_ID;
}

/** True when the roles picked are the plan's own: its target, compared with its current role (or none when it has none). */
export function picksPlanRoles(roles: PlanRoles, targetId: string, currentId: string | null): boolean {
  return (
    targetId === planRoleId(roles.target, 'target') &&
    currentId === (roles.current ? planRoleId(roles.current, 'current') : null)
  );
}
