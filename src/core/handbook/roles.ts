/**
 * A parsed handbook page as roles the requirements merge can import: stable ids from the text,
 * role ids for handbook levels, and the link back to the catalog's role for the same level.
 */
import { listRoles, type Catalog, type Level, type Requirement, type Role } from '../catalog';
import { fingerprint, normalizeText } from '../cells';
import type { JobFamilyLevel, JobFamilyPage } from '../jobFamily/types';
import { areaOfText, GENERAL_AREA_LABEL } from './areas';
import { handbookPathOf, type HandbookPageRef } from './url';

export const HANDBOOK_ROLE_PREFIX = 'handbook:';
/** Longer bullets are cut here: a cell is not the place for a whole paragraph of a page. */
export const MAX_REQUIREMENT_LENGTH = 1000;
export const HANDBOOK_TEAM = 'GitLab handbook';

/** `handbook:sales/deal-desk#deal-desk-analyst`: stable for as long as the page keeps the level's heading. */
export function handbookRoleId(path: string, slug: string): string {
  return `${HANDBOOK_ROLE_PREFIX}${path}#${slug}`;
}

/**
 * The form of a requirement's text its id is made from: case, spacing, curly quotes and trailing
 * punctuation do not make a different requirement; any other edit of the text does.
 */
export function requirementTextKey(text: string): string {
  return normalizeText(text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')).replace(
    /[\s.;:,!]+$/,
    '',
  );
}

/** The stable id of a handbook requirement: the same text keeps its id (and its row) across re-imports. */
export function handbookRequirementId(text: string): string {
  return `hb-${fingerprint(requirementTextKey(text))}`;
}

export interface LevelRequirements {
  requirements: Requirement[];
  /** Boilerplate bullets every job-family page shares (values, using GitLab), left out. */
  skippedCommon: number;
}

/**
 * The requirements of a handbook level, as the merge needs them. Boilerplate shared by every page
 * is skipped: it is not a skill that tells one role from the next, and importing it would add the
 * same rows to every plan. A bullet repeated in a level is imported once.
 */
export function levelRequirements(level: JobFamilyLevel): LevelRequirements {
  const requirements: Requirement[] = [];
  const seen = new Set<string>();
  let skippedCommon = 0;
  for (const item of level.requirements) {
    const text = item.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (item.common) {
      skippedCommon++;
      continue;
    }
    const id = handbookRequirementId(text);
    if (seen.has(id)) continue;
    seen.add(id);
    const shown =
      text.length > MAX_REQUIREMENT_LENGTH ? `${text.slice(0, MAX_REQUIREMENT_LENGTH - 1)}…` : text;
    const area = areaOfText(text);
    // A requirement needs one of our areas; text that fits none shows "General" in the Area cell.
    requirements.push(
      area ? { id, area, text: shown } : { id, area: 'process', areaLabel: GENERAL_AREA_LABEL, text: shown },
    );
  }
  return { requirements, skippedCommon };
}

/** A handbook level as a role the requirements merge can import. */
export function handbookRole(
  ref: HandbookPageRef,
  page: JobFamilyPage,
  level: JobFamilyLevel,
): { role: Role; skippedCommon: number } {
  const { requirements, skippedCommon } = levelRequirements(level);
  const catalogLevel: Level = {
    id: level.slug,
    title: level.title,
    grade: level.grade ?? 0,
    url: `${ref.url}#${level.slug}`,
    requirements,
  };
  const family = {
    id: `${HANDBOOK_ROLE_PREFIX}${ref.path}`,
    name: page.title,
    team: HANDBOOK_TEAM,
    url: ref.url,
    levels: [catalogLevel],
  };
  return { role: { id: handbookRoleId(ref.path, level.slug), family, level: catalogLevel }, skippedCommon };
}

/** What the sidebar lists for a level. */
export interface LevelSummary {
  slug: string;
  title: string;
  grade: number | null;
  requirementCount: number;
  /** Stable ids of its requirements, so the sidebar can count what is new against another level. */
  requirementIds: string[];
}

export function levelSummaries(page: JobFamilyPage): LevelSummary[] {
  return page.levels.map((level) => {
    const { requirements } = levelRequirements(level);
    return {
      slug: level.slug,
      title: level.title,
      grade: level.grade,
      requirementCount: requirements.length,
      requirementIds: requirements.map((r) => r.id),
    };
  });
}

/** The level with this slug, or undefined. */
export function findLevel(page: JobFamilyPage, slug: string): JobFamilyLevel | undefined {
  return page.levels.find((level) => level.slug === slug);
}

// ---------------------------------------------------------------------------------------------
// The catalog side: which catalog roles describe levels of a handbook page.

/**
 * A role title or heading slug in a form two spellings of the same title share: "Sr." and
 * "senior", "VP" and "vice president", "&" and "and", punctuation and hyphens ignored.
 */
export function roleNameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const expanded = words.flatMap((word) => ROLE_WORDS[word] ?? [word]);
  return expanded.join(' ');
}

const ROLE_WORDS: Record<string, string[]> = {
  sr: ['senior'],
  jr: ['junior'],
  mgr: ['manager'],
  vp: ['vice', 'president'],
  svp: ['senior', 'vice', 'president'],
  dir: ['director'],
};

function anchorOf(url: string): string | null {
  const hash = url.indexOf('#');
  return hash < 0 ? null : url.slice(hash + 1).toLowerCase();
}

/** Catalog roles whose handbook link points at this page, in catalog order. */
export function catalogRolesOnPage(catalog: Catalog, path: string): Role[] {
  return listRoles(catalog).filter((role) => handbookPathOf(role.level.url) === path);
}

/** The catalog role for a handbook level: the one linking to its heading, else the one with its title. */
export function catalogRoleForLevel(
  catalog: Catalog,
  path: string,
  level: { slug: string; title: string },
): Role | null {
  const roles = catalogRolesOnPage(catalog, path);
  return (
    roles.find((role) => anchorOf(role.level.url) === level.slug) ??
    roles.find((role) => roleNameKey(role.level.title) === roleNameKey(level.title)) ??
    roles.find((role) => roleNameKey(anchorOf(role.level.url) ?? '') === roleNameKey(level.slug)) ??
    null
  );
}

/**
 * The catalog role to offer when a page cannot be read: the level the pasted anchor names, else the
 * page's only catalog role, else its first one (the sidebar names it, so nothing happens unseen).
 */
export function catalogOfferForPage(catalog: Catalog, ref: HandbookPageRef): Role | null {
  const roles = catalogRolesOnPage(catalog, ref.path);
  if (ref.anchor) {
    const named = roles.find((role) => anchorOf(role.level.url) === ref.anchor);
    if (named) return named;
  }
  return roles[0] ?? null;
}

/**
 * True when `roleId` is a handbook level the catalog role describes (`handbook:<its page>#<level>`),
 * by the same anchor-or-title rule as levelForCatalogRole, so without reading the page.
 */
export function isHandbookWordingOf(roleId: string, role: Role): boolean {
  if (!roleId.startsWith(HANDBOOK_ROLE_PREFIX)) return false;
  const hash = roleId.indexOf('#');
  if (hash < 0) return false;
  const path = roleId.slice(HANDBOOK_ROLE_PREFIX.length, hash);
  const slug = roleId.slice(hash + 1);
  if (path !== handbookPathOf(role.level.url)) return false;
  const anchor = anchorOf(role.level.url);
  return (
    slug === anchor ||
    roleNameKey(slug) === roleNameKey(role.level.title) ||
    (anchor !== null && roleNameKey(slug) === roleNameKey(anchor))
  );
}

/** The handbook level a catalog role describes: the heading its link names, else the same title (spelling aside), else a page's only level. */
export function levelForCatalogRole(page: JobFamilyPage, role: Role): JobFamilyLevel | null {
  const anchor = anchorOf(role.level.url);
  const title = roleNameKey(role.level.title);
  return (
    (anchor ? page.levels.find((level) => level.slug === anchor) : undefined) ??
    page.levels.find((level) => roleNameKey(level.title) === title) ??
    (anchor ? page.levels.find((level) => roleNameKey(level.slug) === roleNameKey(anchor)) : undefined) ??
    (page.levels.length === 1 ? (page.levels[0] ?? null) : null)
  );
}
