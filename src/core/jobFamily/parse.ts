/**
 * Handbook job-family markdown in, levels with their grade, responsibilities, requirements and
 * performance indicators out. Pure: runs in Apps Script and in Node. Never throws.
 */
import { Lexer, type Token } from 'marked';
import { isCommonBullet } from './common';
import { buildLevels, extendsReference } from './inheritance';
import type { Draft, DraftLevel, DraftSpecialty } from './draft';
import { readPage } from './pageReader';
import { looksLikeRole, roleWords } from './roleNames';
import { prepareSource } from './source';
import type { JobFamilyItem, JobFamilyLevel, JobFamilyParseResult, JobFamilySpecialty } from './types';

export type { JobFamilyParseResult } from './types';

const MAX_WARNINGS = 25;
export function parseJobFamily(markdown: string): JobFamilyParseResult {
  const warnings: string[] = [];
  try {
    return parseUnguarded(markdown, warnings);
  } catch (error) {
    // Defence in depth: the guards in prepareSource should make this unreachable.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Could not read the page: ${reason}`, warnings: capWarnings(warnings) };
  }
}

function parseUnguarded(markdown: string, warnings: string[]): JobFamilyParseResult {
  const source = prepareSource(markdown);
  warnings.push(...source.warnings);
  const tokens: Token[] = Lexer.lex(source.body, { gfm: true });

  const draft = readPage(tokens, source.title ?? '');
  const title = (source.title ?? draft.headingTitle ?? '').trim();
  warnings.push(...draft.warnings);

  gradedSpecialtiesAsLevels(draft);
  keepLevelsWithContent(draft, warnings);
  foldFamilyRole(draft);
  gradeVariants(draft);
  if (draft.levels.length === 0) {
    const single = singleRoleLevel(draft, title);
    if (!single) {
      return {
        ok: false,
        error:
          'No levels found: the page has no level headings with a grade, responsibilities or requirements, ' +
          'and no page-wide Responsibilities or Requirements list.',
        warnings: capWarnings(warnings),
      };
    }
    draft.levels.push(single);
    // The page-wide lists became the single level's own lists.
    draft.pageLists.responsibilities = [];
    draft.pageLists.requirements = [];
  } else if (draft.pageGrade !== null && draft.levels.length === 1 && draft.levels[0]?.grade === null) {
    draft.levels[0].grade = draft.pageGrade;
  }

  const pageResponsibilities = items(draft.pageLists.responsibilities);
  const pageRequirements = items(draft.pageLists.requirements);
  const levels = buildLevels(draft, title, warnings);
  reportThinLevels(levels, draft.levels, warnings);

  return {
    ok: true,
    page: {
      title: title === '' ? (levels[0]?.title ?? '') : title,
      levels,
      specialties: draft.specialties.map(specialty).filter((entry) => entry.items.length > 0),
      responsibilities: pageResponsibilities,
      requirements: pageRequirements,
      performanceIndicators: items(draft.pageLists.performanceIndicators),
      careerLadder: unique(draft.careerLadder),
      warnings: capWarnings(warnings),
    },
  };
}

/**
 * Headings that named something other than a level (an "Overview", a team name) leave empty
 * drafts behind; bullets right under a heading count only when it reads as a role.
 */
function keepLevelsWithContent(draft: Draft, warnings: string[]): void {
  draft.levels = draft.levels.filter((level) => {
    const hasLists =
      level.lists.responsibilities.length +
        level.lists.requirements.length +
        level.lists.performanceIndicators.length >
      0;
    if (level.intro.length > 0 && level.lists.responsibilities.length === 0) {
      if (hasLists || level.grade !== null || looksLikeRole(level.title)) {
        level.lists.responsibilities.push(...level.intro);
      }
    }
    const kept =
      hasLists ||
      level.grade !== null ||
      level.lists.responsibilities.length > 0 ||
      level.extendsText !== null ||
      (level.placeholder !== undefined && looksLikeRole(level.title));
    if (kept && level.gradeHeading && level.grade === null) {
      warnings.push(`"${level.title}" has a Job Grade section without a grade number.`);
    }
    return kept;
  });
}

/**
 * A role filed under "Specialties" that states a job grade of its own ("### Operations Analyst",
 * "#### ... Job Grade": grade 6) is a level, not a specialty of the levels above.
 */
function gradedSpecialtiesAsLevels(draft: Draft): void {
  draft.specialties = draft.specialties.filter((specialty) => {
    const lists = specialty.responsibilities.length + specialty.requirements.length;
    if (specialty.grade === null || lists === 0 || !looksLikeRole(specialty.title)) return true;
    draft.levels.push({
      title: specialty.title,
      key: specialty.key,
      depth: specialty.depth,
      grade: specialty.grade,
      gradeHeading: true,
      lists: {
        responsibilities: [...specialty.responsibilities],
        requirements: [...specialty.requirements],
        performanceIndicators: [],
      },
      intro: [],
      extendsText: null,
    });
    return false;
  });
}

/**
 * "## Illustrator" with its lists, then "## Levels" with Associate, Intermediate and Senior
 * Illustrator: the role described before the levels, without a grade of its own, is the whole
 * family's description. Its lists become page-wide, so every level starts with them.
 */
function foldFamilyRole(draft: Draft): void {
  const before = draft.levels.filter((level) => draft.levelsBeforeLevelsHeading?.includes(level));
  const role = before[0];
  if (
    !role ||
    before.length !== 1 ||
    role !== draft.levels[0] ||
    draft.levels.length < 2 ||
    role.grade !== null
  )
    return;
  if (!draft.levels.slice(1).some((level) => level.grade !== null)) return;
  for (const kind of ['responsibilities', 'requirements', 'performanceIndicators'] as const) {
    const own = role.lists[kind].filter((text) => extendsReference(text) === null);
    draft.pageLists[kind] = [...own, ...draft.pageLists[kind]];
  }
  draft.levels = draft.levels.slice(1);
}

/**
 * A variant named only in section headings under a level ("Director, Security Operations
 * Requirements" under "Director, Security") has that level's grade unless it states its own.
 */
function gradeVariants(draft: Draft): void {
  for (const level of draft.levels) {
    const base = level.variantOf;
    if (level.grade !== null || !base || base.grade === null) continue;
    const words = new Set(roleWords(level.title));
    if (roleWords(base.title).every((word) => words.has(word))) level.grade = base.grade;
  }
}

function singleRoleLevel(draft: Draft, title: string): DraftLevel | null {
  const { responsibilities, requirements } = draft.pageLists;
  if (responsibilities.length + requirements.length === 0) return null;
  const name = title === '' ? 'Role' : title;
  return {
    title: name,
    key: name.toLowerCase(),
    depth: 1,
    grade: draft.pageGrade,
    gradeHeading: false,
    lists: {
      responsibilities: responsibilities.filter((text) => extendsReference(text) === null),
      requirements: requirements.filter((text) => extendsReference(text) === null),
      performanceIndicators: [],
    },
    intro: [],
    extendsText: null,
  };
}

function reportThinLevels(
  levels: readonly JobFamilyLevel[],
  drafts: readonly DraftLevel[],
  warnings: string[],
): void {
  levels.forEach((level, index) => {
    if (level.responsibilities.length + level.requirements.length > 0) return;
    const draft = drafts[index];
    if (draft?.placeholder !== undefined) {
      warnings.push(
        `"${level.title}" has no responsibilities or requirements yet: the page leaves it empty on purpose ("${shortQuote(draft.placeholder)}").`,
      );
      return;
    }
    const what =
      draft && draft.lists.performanceIndicators.length > 0 ? 'only performance indicators' : 'no lists';
    warnings.push(`"${level.title}" has ${what}: no responsibilities or requirements.`);
  });
}

function shortQuote(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

function items(texts: readonly string[]): JobFamilyItem[] {
  return unique(texts.filter((text) => extendsReference(text) === null)).map((text) => ({
    text,
    common: isCommonBullet(text),
  }));
}

function specialty(draft: DraftSpecialty): JobFamilySpecialty {
  return {
    title: draft.title,
    items: items(draft.items),
    responsibilities: items(draft.responsibilities),
    requirements: items(draft.requirements),
  };
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

function capWarnings(warnings: readonly string[]): string[] {
  const distinct = unique(warnings);
  if (distinct.length <= MAX_WARNINGS) return distinct;
  return [...distinct.slice(0, MAX_WARNINGS), `...and ${distinct.length - MAX_WARNINGS} more warnings.`];
}
