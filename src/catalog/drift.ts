/**
 * Compares the authored catalog with handbook job-family pages as the parser reads them, to find
 * where the handbook moved on. Pure: the caller reads the pages (scripts/catalog-diff.ts).
 *
 * Structural drift, which fails a scheduled check: a catalog page missing or unreadable, a level
 * on one side that the other lacks, a grade that differs. Title wording, a grade the page does not
 * state and requirement counts are reported but do not fail it unless asked to (`strict`).
 */
import type { Catalog, Family, Level } from '../core/catalog';
import { roleKey } from '../core/jobFamily/roleNames';
import type { JobFamilyLevel, JobFamilyParseResult } from '../core/jobFamily/types';
import { URL_PREFIX } from './schema';

export type DriftKind =
  | 'missing-page'
  | 'unreadable-page'
  | 'level-missing-on-page'
  | 'level-missing-in-catalog'
  | 'level-catalogued-elsewhere'
  | 'grade-mismatch'
  | 'grade-not-on-page'
  | 'title-differs';

const STRUCTURAL: ReadonlySet<DriftKind> = new Set<DriftKind>([
  'missing-page',
  'unreadable-page',
  'level-missing-on-page',
  'level-missing-in-catalog',
  'grade-mismatch',
]);

export interface DriftFinding {
  kind: DriftKind;
  structural: boolean;
  message: string;
}

export interface LevelCount {
  level: string;
  catalog: number;
  /** The page level's requirements (inherited ones included), and how many of them are boilerplate. */
  page: number;
  pageCommon: number;
}

export interface FamilyDrift {
  familyId: string;
  name: string;
  /** Page paths below the job-families directory that the family's levels point to. */
  pages: string[];
  findings: DriftFinding[];
  requirementCounts: LevelCount[];
}

export interface DriftReport {
  families: FamilyDrift[];
  /** Pages in the directory that no catalog family points to: information, not drift. */
  uncataloguedPages: string[];
  structural: number;
  other: number;
}

/**
 * Where a handbook URL's page lives below a `content/job-families` checkout:
 * `.../job-families/sales/deal-desk/#x` -> `sales/deal-desk.md`, `sales/deal-desk/_index.md`, ...
 */
export function pagePathCandidates(url: string): string[] {
  const withoutAnchor = url.split('#')[0] as string;
  const path = withoutAnchor.startsWith(URL_PREFIX) ? withoutAnchor.slice(URL_PREFIX.length) : withoutAnchor;
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return [];
  return [`${trimmed}.md`, `${trimmed}/_index.md`, `${trimmed}/index.md`];
}

function anchorOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? '' : url.slice(hash + 1);
}

/** The page a catalog URL points to, as a key of `pages`; null when none of its candidates is there. */
export function findPagePath(url: string, pages: ReadonlyMap<string, unknown>): string | null {
  return pagePathCandidates(url).find((candidate) => pages.has(candidate)) ?? null;
}

/** The page level a catalog level stands for: same anchor, else same title words. */
export function matchLevel(level: Level, pageLevels: readonly JobFamilyLevel[]): JobFamilyLevel | null {
  const anchor = anchorOf(level.url);
  if (anchor !== '') {
    const byAnchor = pageLevels.find((candidate) => candidate.slug === anchor);
    if (byAnchor) return byAnchor;
  }
  const key = roleKey(level.title);
  return pageLevels.find((candidate) => roleKey(candidate.title) === key) ?? null;
}

export function compareCatalog(
  catalog: Catalog,
  pages: ReadonlyMap<string, JobFamilyParseResult>,
  options: { strict?: boolean } = {},
): DriftReport {
  const referenced = new Set<string>();
  // Page levels matched by some catalog level, per page, so that leftovers are reported once.
  const matchedOnPage = new Map<string, Set<JobFamilyLevel>>();
  const firstFamilyOfPage = new Map<string, FamilyDrift>();
  const families: FamilyDrift[] = [];

  for (const family of catalog.families) {
    const drift: FamilyDrift = {
      familyId: family.id,
      name: family.name,
      pages: [],
      findings: [],
      requirementCounts: [],
    };
    families.push(drift);
    const add = (kind: DriftKind, message: string) =>
      drift.findings.push({ kind, structural: STRUCTURAL.has(kind), message });

    const familyPage = findPagePath(family.url, pages);
    if (familyPage === null)
      add(
        'missing-page',
        `no page for ${family.url} (looked for ${pagePathCandidates(family.url).join(', ')})`,
      );

    const missingReported = new Set<string>();
    for (const level of family.levels) {
      const ownPage = pagePathCandidates(level.url)[0] !== pagePathCandidates(family.url)[0];
      const path = ownPage ? findPagePath(level.url, pages) : familyPage;
      if (path === null) {
        const wanted = level.url.split('#')[0] as string;
        if (ownPage && !missingReported.has(wanted)) {
          missingReported.add(wanted);
          add('missing-page', `no page for level "${level.title}" at ${wanted}`);
        }
        continue;
      }
      referenced.add(path);
      if (!drift.pages.includes(path)) drift.pages.push(path);
      if (!firstFamilyOfPage.has(path)) firstFamilyOfPage.set(path, drift);
      const result = pages.get(path) as JobFamilyParseResult;
      if (!result.ok) continue;
      compareLevel(family, level, result.page.levels, matchedOnPage, path, add, drift);
    }

    for (const path of drift.pages) {
      const result = pages.get(path) as JobFamilyParseResult;
      if (!result.ok) add('unreadable-page', `${path}: ${result.error}`);
    }
  }

  // A role some pages repeat (a manager listed on their team's page too) is catalogued once.
  const catalogued = new Map<string, string>();
  for (const family of catalog.families) {
    for (const level of family.levels)
      if (!catalogued.has(roleKey(level.title)))
        catalogued.set(roleKey(level.title), `${family.id}/${level.id}`);
  }
  for (const [path, owner] of firstFamilyOfPage) {
    const result = pages.get(path) as JobFamilyParseResult;
    if (!result.ok) continue;
    const matched = matchedOnPage.get(path) ?? new Set<JobFamilyLevel>();
    for (const pageLevel of result.page.levels) {
      if (matched.has(pageLevel)) continue;
      const elsewhere = catalogued.get(roleKey(pageLevel.title));
      if (elsewhere) {
        owner.findings.push({
          kind: 'level-catalogued-elsewhere',
          structural: false,
          message: `page level "${pageLevel.title}" on ${path} is catalogued as ${elsewhere}, from another page`,
        });
        continue;
      }
      owner.findings.push({
        kind: 'level-missing-in-catalog',
        structural: true,
        message: `page level "${pageLevel.title}"${pageLevel.grade === null ? '' : ` (grade ${pageLevel.grade})`} on ${path} is not in the catalog`,
      });
    }
  }

  const uncataloguedPages = [...pages.keys()].filter((path) => !referenced.has(path)).sort();
  let structural = 0;
  let other = 0;
  for (const family of families) {
    for (const finding of family.findings) {
      if (finding.structural) structural++;
      else other++;
    }
  }
  if (options.strict) {
    for (const family of families) for (const finding of family.findings) finding.structural = true;
    structural += other;
    other = 0;
  }
  return { families, uncataloguedPages, structural, other };
}

function compareLevel(
  family: Family,
  level: Level,
  pageLevels: readonly JobFamilyLevel[],
  matchedOnPage: Map<string, Set<JobFamilyLevel>>,
  path: string,
  add: (kind: DriftKind, message: string) => void,
  drift: FamilyDrift,
): void {
  const pageLevel = matchLevel(level, pageLevels);
  if (!pageLevel) {
    add(
      'level-missing-on-page',
      `catalog level "${level.title}" (${family.id}/${level.id}) is not on ${path}`,
    );
    return;
  }
  const matched = matchedOnPage.get(path) ?? new Set<JobFamilyLevel>();
  matched.add(pageLevel);
  matchedOnPage.set(path, matched);
  if (pageLevel.grade === null) {
    add('grade-not-on-page', `"${level.title}": the page states no grade (catalog: ${level.grade})`);
  } else if (pageLevel.grade !== level.grade) {
    add(
      'grade-mismatch',
      `"${level.title}": grade ${level.grade} in the catalog, ${pageLevel.grade} on the page`,
    );
  }
  if (wording(pageLevel.title) !== wording(level.title)) {
    add('title-differs', `"${level.title}" is "${pageLevel.title}" on the page`);
  }
  drift.requirementCounts.push({
    level: level.id,
    catalog: level.requirements.length,
    page: pageLevel.requirements.length,
    pageCommon: pageLevel.requirements.filter((item) => item.common).length,
  });
}

/** Titles compared as people read them: case, spacing and punctuation aside, "Sr." is not "Senior". */
function wording(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The report as lines of text for a terminal or a scheduled job's log. */
export function formatDriftReport(report: DriftReport): string[] {
  const lines: string[] = [];
  for (const family of report.families) {
    const structural = family.findings.filter((finding) => finding.structural).length;
    const other = family.findings.length - structural;
    const where = family.pages.length > 0 ? family.pages.join(', ') : 'no page';
    lines.push(
      `${family.familyId} (${where}): ${structural === 0 && other === 0 ? 'in step' : `${structural} structural, ${other} other`}`,
    );
    for (const finding of family.findings)
      lines.push(`  ${finding.structural ? 'DRIFT' : 'note '} ${finding.message}`);
    if (family.requirementCounts.length > 0) {
      const counts = family.requirementCounts
        .map((count) => `${count.level} ${count.catalog}/${count.page}`)
        .join(', ');
      lines.push(`  requirements catalog/page: ${counts}`);
    }
  }
  if (report.uncataloguedPages.length > 0) {
    lines.push(`Pages the catalog does not cover (information): ${report.uncataloguedPages.join(', ')}`);
  }
  lines.push(
    `Summary: ${report.families.length} families, ${report.structural} structural difference(s), ${report.other} other difference(s), ` +
      `${report.uncataloguedPages.length} page(s) not in the catalog.`,
  );
  return lines;
}
