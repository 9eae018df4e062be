/**
 * The suggestion library's schema and checker. `checkSuggestionLibrary` validates the skill
 * suggestions and the area-level ones and reports every problem as one sentence naming the entry
 * (`suggestion "forecasting/roll-up": action must end with a period`); it also reports coverage:
 * for each area, how many of its skills have a suggestion of each kind, and which skill lacks which
 * kind. An invalid entry stops the build; a gap in coverage fails `npm run catalog:check`.
 */
import * as z from 'zod';
import { AREA_IDS, type AreaId } from '../../core/catalog';
import { catalog } from '../index';
import { RESOURCES } from '../resources';
import { checkedString, entry, shown, typeMessage } from '../schema';
import { SKILLS } from '../skills';
import type { SuggestionKind } from './types';

export const SUGGESTION_KINDS: readonly SuggestionKind[] = ['Hands-on project', 'Mentorship', 'Learning'];
export const ACTION_MIN = 40;
export const ACTION_MAX = 280;
export const SUCCESS_MEASURE_MAX = 160;
export const HELPER_MAX = 80;
export const EFFORT_HOURS = { min: 1, max: 120 } as const;
export const WEEKS = { min: 1, max: 26 } as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const skillIds = new Set(SKILLS.map((s) => s.id));
const resourceIds = Object.keys(RESOURCES);

/**
 * Requirement texts of the catalog, normalised: an action that contains one has a requirement pasted
 * into it, which is what the library exists to replace.
 */
const requirementTexts = [
  ...new Set(
    catalog.families.flatMap((f) => f.levels.flatMap((l) => l.requirements.map((r) => normalized(r.text)))),
  ),
];

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Field schemas.

function trimmedProblem(value: string, max: number): string | undefined {
  if (value.trim() === '') return 'is empty';
  if (value.trim() !== value) return 'has spaces at the start or end';
  if (value.length > max) return `is ${value.length} characters long (at most ${max} allowed)`;
  return undefined;
}

/** What is wrong with an action's text, if anything: a sentence of its own, in our words. */
export function actionProblem(value: string): string | undefined {
  const basic = trimmedProblem(value, ACTION_MAX);
  if (basic) return basic;
  if (value.length < ACTION_MIN) return `is ${value.length} characters long (at least ${ACTION_MIN} needed)`;
  if (!/^[A-Z]/.test(value)) return 'must start with a capital letter';
  if (!value.endsWith('.') || value.endsWith('..')) return 'must end with a period';
  if (/\s{2,}/.test(value)) return 'has a double space';
  // "...work through real examples: Guides the most complex deals": a requirement pasted after a colon.
  if (/:\s+[A-Z]/.test(value)) return 'has text pasted after a colon';
  const text = normalized(value);
  const pasted = requirementTexts.find((requirement) => text.includes(requirement));
  if (pasted) return `contains the catalog requirement "${pasted}"`;
  return undefined;
}

const textOf = (field: string, max: number) => checkedString(field, (value) => trimmedProblem(value, max));

const wholeNumber = (field: string, range: { min: number; max: number }) =>
  z
    .number({ error: typeMessage(field, 'a number') })
    .refine((n) => Number.isInteger(n) && n >= range.min && n <= range.max, {
      error: (issue) =>
        `${field} must be a whole number from ${range.min} to ${range.max} (got ${shown(issue.input)})`,
    });

const kindField = z.enum(SUGGESTION_KINDS as [SuggestionKind, ...SuggestionKind[]], {
  error: (issue) =>
    issue.input === undefined || issue.input === null
      ? 'kind is missing'
      : `kind ${shown(issue.input)} is not one of ${SUGGESTION_KINDS.map((k) => `"${k}"`).join(', ')}`,
});

const common = {
  kind: kindField,
  action: checkedString('action', actionProblem),
  successMeasure: textOf('successMeasure', SUCCESS_MEASURE_MAX),
  helper: textOf('helper', HELPER_MAX),
  effortHours: wholeNumber('effortHours', EFFORT_HOURS),
  weeks: wholeNumber('weeks', WEEKS),
  resource: z
    .string({ error: typeMessage('resource', 'text') })
    .refine((id) => resourceIds.includes(id), {
      error: (issue) => `resource ${shown(issue.input)} is not a known resource (src/catalog/resources.ts)`,
    })
    .optional(),
};

/** `<prefix>/<kebab name>`, where the prefix must be what the entry says it belongs to. */
function idProblem(id: string, prefix: string | undefined, shape: string): string | undefined {
  const slash = id.lastIndexOf('/');
  const name = id.slice(slash + 1);
  if (slash < 0 || !KEBAB.test(name)) return `${shown(id)} must read ${shape}`;
  if (prefix !== undefined && id.slice(0, slash) !== prefix) {
    return `${shown(id)} must start with "${prefix}/"`;
  }
  return undefined;
}

export const suggestionSchema = entry(
  {
    id: z.string({ error: typeMessage('id', 'text') }),
    skill: z.string({ error: typeMessage('skill', 'text') }).refine((id) => skillIds.has(id), {
      error: (issue) => `skill ${shown(issue.input)} is not in the vocabulary (src/catalog/skills.ts)`,
    }),
    ...common,
  },
  'a suggestion object',
).superRefine((value, ctx) => {
  const problem = idProblem(value.id, value.skill, '<skill id>/<kebab name>');
  if (problem) ctx.addIssue({ code: 'custom', message: `id ${problem}`, input: value.id });
});

export const areaSuggestionSchema = entry(
  {
    id: z.string({ error: typeMessage('id', 'text') }),
    area: z.enum(AREA_IDS, {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? 'area is missing'
          : `area ${shown(issue.input)} is not one of ${AREA_IDS.join(', ')}`,
    }),
    ...common,
  },
  'an area suggestion object',
).superRefine((value, ctx) => {
  const problem = idProblem(value.id, `area/${value.area}`, 'area/<area id>/<kebab name>');
  if (problem) ctx.addIssue({ code: 'custom', message: `id ${problem}`, input: value.id });
});

// ---------------------------------------------------------------------------------------------
// Coverage.

export type KindCounts = Record<SuggestionKind, number>;

export interface AreaCoverage {
  area: AreaId;
  skills: number;
  suggestions: number;
  /** For each kind, how many of the area's skills have at least one suggestion of it. */
  skillsWithKind: KindCounts;
  /** Area-level suggestions of each kind, for requirements no skill matches. */
  areaSuggestions: KindCounts;
}

/** A kind a skill (or, with `skill` null, an area's fallback) has no suggestion of. */
export interface CoverageGap {
  area: AreaId;
  skill: string | null;
  kind: SuggestionKind;
}

export interface LibraryCoverage {
  areas: AreaCoverage[];
  gaps: CoverageGap[];
  suggestions: number;
  areaSuggestions: number;
}

const noKinds = (): KindCounts => ({ 'Hands-on project': 0, Mentorship: 0, Learning: 0 });

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** Coverage of the raw data: entries with an unknown skill or kind count nowhere. */
export function libraryCoverage(skills: readonly unknown[], areas: readonly unknown[]): LibraryCoverage {
  const kindsBySkill = new Map<string, Set<unknown>>();
  for (const item of skills) {
    const id = field(item, 'skill');
    if (typeof id !== 'string') continue;
    const kinds = kindsBySkill.get(id) ?? new Set<unknown>();
    kinds.add(field(item, 'kind'));
    kindsBySkill.set(id, kinds);
  }
  const gaps: CoverageGap[] = [];
  const coverage = AREA_IDS.map((area): AreaCoverage => {
    const ofArea = SKILLS.filter((s) => s.area === area);
    const skillsWithKind = noKinds();
    for (const s of ofArea) {
      for (const kind of SUGGESTION_KINDS) {
        if (kindsBySkill.get(s.id)?.has(kind)) skillsWithKind[kind]++;
        else gaps.push({ area, skill: s.id, kind });
      }
    }
    const areaSuggestions = noKinds();
    for (const item of areas) {
      const kind = field(item, 'kind');
      if (field(item, 'area') === area && SUGGESTION_KINDS.includes(kind as SuggestionKind)) {
        areaSuggestions[kind as SuggestionKind]++;
      }
    }
    for (const kind of SUGGESTION_KINDS)
      if (areaSuggestions[kind] === 0) gaps.push({ area, skill: null, kind });
    const ids = new Set(ofArea.map((s) => s.id));
    return {
      area,
      skills: ofArea.length,
      suggestions: skills.filter((item) => ids.has(field(item, 'skill') as string)).length,
      skillsWithKind,
      areaSuggestions,
    };
  });
  return { areas: coverage, gaps, suggestions: skills.length, areaSuggestions: areas.length };
}

export function describeGap(gap: CoverageGap): string {
  return gap.skill === null
    ? `area "${gap.area}" has no area-level ${gap.kind} suggestion`
    : `skill "${gap.skill}" (${gap.area}) has no ${gap.kind} suggestion`;
}

// ---------------------------------------------------------------------------------------------

export interface LibraryData {
  skills: unknown;
  areas: unknown;
}

export interface LibraryCheck {
  /** True when every entry is valid; coverage gaps are reported apart, in `coverage.gaps`. */
  ok: boolean;
  errors: string[];
  coverage: LibraryCoverage;
}

function entryName(item: unknown, index: number, what: string): string {
  const id = field(item, 'id');
  return typeof id === 'string' && id !== '' ? `${what} "${id}"` : `${what} ${index + 1}`;
}

function entryErrors(list: unknown[], schema: z.ZodType, what: string): string[] {
  return list.flatMap((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return [];
    const name = entryName(item, index, what);
    return [...new Set(parsed.error.issues.map((issue) => `${name}: ${issue.message}`))];
  });
}

/** The same id, action or success measure used by two entries. */
function repeatErrors(entries: { item: unknown; name: string }[]): string[] {
  const errors: string[] = [];
  for (const key of ['id', 'action', 'successMeasure'] as const) {
    const seen = new Map<string, string>();
    for (const { item, name } of entries) {
      const value = field(item, key);
      if (typeof value !== 'string' || value.trim() === '') continue;
      const norm = normalized(value);
      const first = seen.get(norm);
      if (first === undefined) seen.set(norm, name);
      else errors.push(`${name}: same ${key} as ${first}`);
    }
  }
  return errors;
}

/** Validates the library's skill and area suggestions and reports its coverage. */
export function checkSuggestionLibrary(data: LibraryData): LibraryCheck {
  const errors: string[] = [];
  const skills = Array.isArray(data.skills) ? (data.skills as unknown[]) : [];
  const areas = Array.isArray(data.areas) ? (data.areas as unknown[]) : [];
  if (!Array.isArray(data.skills)) errors.push('suggestions must be a list');
  if (!Array.isArray(data.areas)) errors.push('area suggestions must be a list');
  errors.push(...entryErrors(skills, suggestionSchema, 'suggestion'));
  errors.push(...entryErrors(areas, areaSuggestionSchema, 'area suggestion'));
  errors.push(
    ...repeatErrors([
      ...skills.map((item, i) => ({ item, name: entryName(item, i, 'suggestion') })),
      ...areas.map((item, i) => ({ item, name: entryName(item, i, 'area suggestion') })),
    ]),
  );
  return { ok: errors.length === 0, errors, coverage: libraryCoverage(skills, areas) };
}

/**
 * The coverage table `npm run catalog:check` prints: per area, how many of its skills have each kind
 * ("10/10") and how many area-level suggestions of each kind it has.
 */
export function formatCoverage(coverage: LibraryCoverage): string[] {
  const kindHeads = SUGGESTION_KINDS.map((kind) => kind.padStart(18));
  const head = `  ${'area'.padEnd(14)}${'skills'.padStart(7)}${'suggestions'.padStart(13)}${kindHeads.join('')}   area-level (H/M/L)`;
  const rows = coverage.areas.map((a) => {
    const kinds = SUGGESTION_KINDS.map((kind) => `${a.skillsWithKind[kind]}/${a.skills}`.padStart(18));
    const fallbacks = SUGGESTION_KINDS.map((kind) => a.areaSuggestions[kind]).join('/');
    return `  ${a.area.padEnd(14)}${String(a.skills).padStart(7)}${String(a.suggestions).padStart(13)}${kinds.join('')}   ${fallbacks}`;
  });
  const skills = coverage.areas.reduce((n, a) => n + a.skills, 0);
  const kindTotals = SUGGESTION_KINDS.map((kind) => {
    const covered = coverage.areas.reduce((n, a) => n + a.skillsWithKind[kind], 0);
    return `${covered}/${skills}`.padStart(18);
  });
  const fallbackTotals = SUGGESTION_KINDS.map((kind) =>
    coverage.areas.reduce((n, a) => n + a.areaSuggestions[kind], 0),
  ).join('/');
  const total = `  ${'all areas'.padEnd(14)}${String(skills).padStart(7)}${String(coverage.suggestions).padStart(13)}${kindTotals.join('')}   ${fallbackTotals}`;
  return [head, ...rows, total];
}
