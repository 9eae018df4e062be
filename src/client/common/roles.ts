/**
 * Pure role-picker logic: searching and grouping the role list. No DOM here, so it is unit tested
 * on its own and shared by the sidebar and the Docs dialogs.
 */
import type { RoleOption } from '../../api/sheets';

export interface RoleGroup {
  team: string;
  roles: RoleOption[];
}

/** Lower case, accents removed, runs of white space collapsed: the form searches compare. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Grade 7". */
export function gradeLabel(grade: number): string {
  return `Grade ${grade}`;
}

/** The secondary line of a role option: "Grade 7 · Sales Strategy". */
export function roleDetail(role: RoleOption): string {
  return `${gradeLabel(role.grade)} · ${role.familyName}`;
}

interface ParsedQuery {
  grades: number[];
  words: string[];
}

/** The words of a text as searches compare them: lower case, no accents, split at anything not a letter or digit. */
export function searchWords(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Splits a query into grade filters ("grade 7", "g7") and plain words. */
function parseQuery(query: string): ParsedQuery {
  const grades: number[] = [];
  const rest = normalizeForSearch(query).replace(/\b(?:grade ?|g)(\d+)\b/g, (_match, digits: string) => {
    grades.push(Number(digits));
    return ' ';
  });
  return { grades, words: searchWords(rest) };
}

/** True when the query holds words to search for (not only a grade filter, not blank). */
export function hasSearchWords(query: string): boolean {
  return parseQuery(query).words.length > 0;
}

/**
 * Short forms people type for words of job titles, and the words they stand for. Either side finds
 * the other: "sr" finds "Senior", and "vice president" finds "VP".
 */
const ABBREVIATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['sr', ['senior']],
  ['jr', ['junior']],
  ['mgr', ['manager']],
  ['dir', ['director']],
  ['vp', ['vice', 'president']],
  ['assoc', ['associate']],
  ['ops', ['operations']],
  ['eng', ['engineer']],
];

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  return words.some((_, start) => run.every((word, i) => words[start + i] === word));
}

/** Each word of a title or family with the words it also goes by (its abbreviation or long form). */
function wordForms(words: readonly string[]): string[][] {
  return words.map((word) => {
    const forms = [word];
    for (const [short, long] of ABBREVIATIONS) {
      if (word === short) forms.push(...long);
      else if (long.includes(word) && containsRun(words, long)) forms.push(short);
    }
    return forms;
  });
}

/** How well a typed word matches a word: the whole word, or its start. */
type WordMatch = 'exact' | 'prefix';

function matchWord(typed: string, forms: readonly string[]): WordMatch | null {
  if (forms.includes(typed)) return 'exact';
  return forms.some((form) => form.startsWith(typed)) ? 'prefix' : null;
}

function bestMatch(typed: string, words: readonly string[][]): WordMatch | null {
  let best: WordMatch | null = null;
  for (const forms of words) {
    const match = matchWord(typed, forms);
    if (match === 'exact') return match;
    best = best ?? match;
  }
  return best;
}

/** How a role matched a query, for ranking: more is better, except `extraWords`. */
export interface RoleMatch {
  /** Typed words that are a whole word of the title or family. */
  exactWords: number;
  /** Typed words found in the title (the rest only in the family). */
  titleWords: number;
  /** Words of the title no typed word matched. */
  extraWords: number;
}

/**
 * How `role` matches the query's words, or null when it does not: every typed word must start a
 * word of the role's title or family (in any order), abbreviations included.
 */
export function matchRole(role: RoleOption, words: readonly string[]): RoleMatch | null {
  const title = wordForms(searchWords(role.title));
  const family = wordForms(searchWords(role.familyName));
  let exactWords = 0;
  let titleWords = 0;
  for (const typed of words) {
    const inTitle = bestMatch(typed, title);
    const match = inTitle === 'exact' ? inTitle : (bestMatch(typed, family) ?? inTitle);
    if (!match) return null;
    if (match === 'exact') exactWords++;
    if (inTitle) titleWords++;
  }
  const extraWords = title.filter((forms) => !words.some((typed) => matchWord(typed, forms))).length;
  return { exactWords, titleWords, extraWords };
}

/** Orders two matches: whole words first, then matches in the title, then titles with fewer other words. */
function compareMatches(a: RoleMatch, b: RoleMatch): number {
  return b.exactWords - a.exactWords || b.titleWords - a.titleWords || a.extraWords - b.extraWords;
}

/**
 * The roles matching the query, best first (roles that match equally well keep their given order);
 * "grade 7" or "g7" keeps only grade 7. An empty query matches every role, in the given order.
 */
export function searchRoles(roles: readonly RoleOption[], query: string): RoleOption[] {
  const { grades, words } = parseQuery(query);
  const matches: { role: RoleOption; match: RoleMatch; index: number }[] = [];
  roles.forEach((role, index) => {
    if (grades.some((grade) => grade !== role.grade)) return;
    const match = matchRole(role, words);
    if (match) matches.push({ role, match, index });
  });
  if (words.length > 0) matches.sort((a, b) => compareMatches(a.match, b.match) || a.index - b.index);
  return matches.map((entry) => entry.role);
}

/**
 * The roles grouped by team, teams in the order they first appear, roles within a team in their
 * given order. Roles without a team go to an "Other roles" group.
 */
export function groupRolesByTeam(roles: readonly RoleOption[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const role of roles) {
    const team = role.team.trim() || 'Other roles';
    let group = groups.get(team);
    if (!group) {
      group = { team, roles: [] };
      groups.set(team, group);
    }
    group.roles.push(role);
  }
  return [...groups.values()];
}

/** The role with this id, or null when the id is null or unknown. */
export function findRoleOption(
  roles: readonly RoleOption[],
  id: string | null | undefined,
): RoleOption | null {
  if (!id) return null;
  return roles.find((role) => role.id === id) ?? null;
}

/** Only http(s) links are followed; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
