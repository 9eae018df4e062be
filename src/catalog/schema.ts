/**
 * The role catalog's schema and checker. `checkCatalog` validates any data (the authored catalog or
 * a JSON file) and reports every problem as one sentence naming the entry, for example
 * `family "deal-desk" level "analyst" requirement 3 ("quote-approval"): text is empty`.
 *
 * zod checks each entry on its own; a second pass over the raw data checks what spans entries:
 * duplicate ids and a skill id used with two different areas.
 */
import * as z from 'zod';
import { AREA_IDS, type Catalog } from '../core/catalog';
import { TEAMS } from './teams';

export const URL_PREFIX = 'https://handbook.gitlab.com/job-families/';
export const TEXT_MAX = 120;
export const GRADE_MIN = 5;
export const GRADE_MAX = 12;
export const MIN_REQUIREMENTS = 5;
export const MAX_REQUIREMENTS = 7;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CatalogCounts {
  families: number;
  levels: number;
  requirements: number;
  teams: number;
}

export type CatalogCheck =
  { ok: true; catalog: Catalog; counts: CatalogCounts } | { ok: false; errors: string[] };

// ---------------------------------------------------------------------------------------------
// Field schemas. Every message names its field, so the formatter only adds which entry it is.

/** A short, readable rendering of a bad value for an error message. */
export function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = (JSON.stringify(value) as string | undefined) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The message for a value of the wrong type: "is missing" when absent, else what was found. */
export function typeMessage(field: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null
      ? `${field} is missing`
      : `${field} must be ${expected} (got ${shown(issue.input)})`;
}

/**
 * A string checked by `problem`, which returns what is wrong with it (or nothing). One check per
 * field, so each bad field gives one message; no check aborts, so list-level checks still run.
 */
export function checkedString(field: string, problem: (value: string) => string | undefined) {
  return z.string({ error: typeMessage(field, 'text') }).superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message: `${field} ${message}`, input: value });
  });
}

function idField(field: string) {
  return checkedString(field, (value) => {
    if (value === '') return 'is empty';
    if (!KEBAB.test(value)) return `${shown(value)} is not kebab-case (lowercase words joined by "-")`;
    return undefined;
  });
}

function textField(field: string, max?: number) {
  return checkedString(field, (value) => {
    if (value.trim() === '') return 'is empty';
    if (value.trim() !== value) return 'has spaces at the start or end';
    if (max !== undefined && value.length > max)
      return `is ${value.length} characters long (at most ${max} allowed)`;
    return undefined;
  });
}

function urlField(field: string) {
  return z.string({ error: typeMessage(field, 'text') }).refine((s) => s.startsWith(URL_PREFIX), {
    error: (issue) => `${field} must start with ${URL_PREFIX} (got ${shown(issue.input)})`,
  });
}

/** A strict object: a misspelt field is reported instead of silently dropped. */
export function entry<S extends z.ZodRawShape>(shape: S, what: string) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((k) => `"${k}"`).join(', ');
        return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
      }
      return `must be ${what} (got ${shown(issue.input)})`;
    },
  });
}

export const requirementSchema = entry(
  {
    id: idField('id'),
    area: z.enum(AREA_IDS, {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? 'area is missing'
          : `area ${shown(issue.input)} is not one of ${AREA_IDS.join(', ')}`,
    }),
    text: textField('text', TEXT_MAX),
  },
  'an object with id, area and text',
);

export const levelSchema = entry(
  {
    id: idField('id'),
    title: textField('title'),
    grade: z
      .number({ error: typeMessage('grade', 'a number') })
      .refine((n) => Number.isInteger(n) && n >= GRADE_MIN && n <= GRADE_MAX, {
        error: (issue) =>
          `grade must be a whole number from ${GRADE_MIN} to ${GRADE_MAX} (got ${shown(issue.input)})`,
      }),
    url: urlField('url'),
    requirements: z
      .array(requirementSchema, { error: typeMessage('requirements', 'a list') })
      .refine((list) => list.length >= MIN_REQUIREMENTS && list.length <= MAX_REQUIREMENTS, {
        // Count the requirements even when some of them are malformed.
        when: (payload) => Array.isArray(payload.value),
        error: (issue) => {
          const count = Array.isArray(issue.input) ? issue.input.length : 0;
          return `has ${count} requirement${count === 1 ? '' : 's'} (${MIN_REQUIREMENTS} to ${MAX_REQUIREMENTS} needed)`;
        },
      }),
  },
  'an object with id, title, grade, url and requirements',
);

export const familySchema = entry(
  {
    id: idField('id'),
    name: textField('name'),
    team: z.enum(TEAMS, {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? 'team is missing'
          : `team ${shown(issue.input)} is not one of ${TEAMS.map((t) => `"${t}"`).join(', ')}`,
    }),
    url: urlField('url'),
    levels: z
      .array(levelSchema, { error: typeMessage('levels', 'a list') })
      .min(1, { error: 'has no levels (at least 1 needed)' }),
  },
  'an object with id, name, team, url and levels',
);

export const catalogSchema = entry(
  {
    families: z
      .array(familySchema, { error: typeMessage('families', 'a list') })
      .min(1, { error: 'has no families (at least 1 needed)' }),
  },
  'an object with a "families" list',
);

// ---------------------------------------------------------------------------------------------
// Naming entries from a path into the raw data.

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function idOf(value: unknown): string | undefined {
  const id = record(value)?.id;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

const familyName = (family: unknown, index: number) => {
  const id = idOf(family);
  return id ? `family "${id}"` : `family ${index + 1}`;
};
const levelName = (level: unknown, index: number) => {
  const id = idOf(level);
  return id ? `level "${id}"` : `level ${index + 1}`;
};
const requirementName = (requirement: unknown, index: number) => {
  const id = idOf(requirement);
  return id ? `requirement ${index + 1} ("${id}")` : `requirement ${index + 1}`;
};

/** "family "x" level "y" requirement 3 ("z")" for a path, as deep as the path goes. */
function describeEntry(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const families = list(record(data)?.families);
  if (path[0] !== 'families' || typeof path[1] !== 'number') return 'catalog';
  const family = families[path[1]];
  parts.push(familyName(family, path[1]));
  if (path[2] === 'levels' && typeof path[3] === 'number') {
    const level = list(record(family)?.levels)[path[3]];
    parts.push(levelName(level, path[3]));
    if (path[4] === 'requirements' && typeof path[5] === 'number') {
      const requirement = list(record(level)?.requirements)[path[5]];
      parts.push(requirementName(requirement, path[5]));
    }
  }
  return parts.join(' ');
}

function issueMessages(data: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${describeEntry(data, issue.path)}: ${issue.message}`);
}

// ---------------------------------------------------------------------------------------------
// Checks across entries, on the raw data (so they also run when some entries are malformed).

function duplicates(items: unknown[]): { id: string; first: number; again: number }[] {
  const seen = new Map<string, number>();
  const found: { id: string; first: number; again: number }[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else found.push({ id, first, again: index });
  });
  return found;
}

function crossEntryMessages(data: unknown): string[] {
  const messages: string[] = [];
  const families = list(record(data)?.families);
  for (const dup of duplicates(families)) {
    messages.push(
      `family "${dup.id}": duplicate family id "${dup.id}" (families ${dup.first + 1} and ${dup.again + 1})`,
    );
  }
  const skillAreas = new Map<string, { area: string; where: string }>();
  families.forEach((family, fi) => {
    const levels = list(record(family)?.levels);
    const fName = familyName(family, fi);
    for (const dup of duplicates(levels)) {
      messages.push(
        `${fName}: duplicate level id "${dup.id}" (levels ${dup.first + 1} and ${dup.again + 1})`,
      );
    }
    levels.forEach((level, li) => {
      const requirements = list(record(level)?.requirements);
      const lName = `${fName} ${levelName(level, li)}`;
      for (const dup of duplicates(requirements)) {
        messages.push(
          `${lName}: duplicate requirement id "${dup.id}" (requirements ${dup.first + 1} and ${dup.again + 1})`,
        );
      }
      requirements.forEach((requirement, ri) => {
        const id = idOf(requirement);
        const area = record(requirement)?.area;
        if (id === undefined || typeof area !== 'string' || !(AREA_IDS as string[]).includes(area)) return;
        const where = `${lName} ${requirementName(requirement, ri)}`;
        const known = skillAreas.get(id);
        if (!known) skillAreas.set(id, { area, where });
        else if (known.area !== area) {
          messages.push(
            `${where}: area "${area}" differs from area "${known.area}" that skill "${id}" has in ${known.where}`,
          );
        }
      });
    });
  });
  return messages;
}

// ---------------------------------------------------------------------------------------------

export function countCatalog(catalog: Catalog): CatalogCounts {
  const levels = catalog.families.flatMap((f) => f.levels);
  return {
    families: catalog.families.length,
    levels: levels.length,
    requirements: levels.reduce((sum, l) => sum + l.requirements.length, 0),
    teams: new Set(catalog.families.map((f) => f.team)).size,
  };
}

/** Validates catalog data; on failure, one message per problem, each naming the bad entry. */
export function checkCatalog(data: unknown): CatalogCheck {
  const parsed = catalogSchema.safeParse(data);
  const found = [
    ...(parsed.success ? [] : issueMessages(data, parsed.error.issues)),
    ...crossEntryMessages(data),
  ];
  const errors = [...new Set(found)];
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  const catalog: Catalog = parsed.data;
  return { ok: true, catalog, counts: countCatalog(catalog) };
}

export function formatCounts(counts: CatalogCounts): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(counts.teams, 'team', 'teams'),
    n(counts.families, 'family', 'families'),
    n(counts.levels, 'level', 'levels'),
    n(counts.requirements, 'requirement', 'requirements'),
  ].join(', ');
}
