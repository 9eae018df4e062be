/**
 * Comparing role names as handbook authors write them: "Sr. Analyst" is "Senior Analyst",
 * "Field COmmunications" is "Field Communications", "(Intermediate)" is often left out.
 */
import { allowedSlips, editDistance } from './spelling';

const ABBREVIATIONS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  dir: 'director',
  assoc: 'associate',
  cs: 'customer success',
  vp: 'vice president',
  svp: 'senior vice president',
  evp: 'executive vice president',
  '&': 'and',
};

const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'to',
  'in',
  'level',
  'role',
  'position',
  'job',
]);

/** Lowercase words of a role name, abbreviations expanded, filler words dropped. */
export function roleWords(name: string): string[] {
  const words: string[] = [];
  for (const raw of name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' & ')
    .split(/[^a-z0-9&]+/)) {
    if (raw === '') continue;
    const expanded = ABBREVIATIONS[raw] ?? raw;
    for (const word of expanded.split(' ')) if (!FILLER.has(word)) words.push(word);
  }
  return words;
}

/** The identity of a level within its page: two headings with the same key are the same level. */
export function roleKey(name: string): string {
  return roleWords(name).join(' ');
}

/** "Intermediate" is the unmarked level: "X (Intermediate)" and "X" name the same role. */
export function coreRoleWords(name: string): string[] {
  return roleWords(name).filter((word) => word !== 'intermediate');
}

/**
 * True when the role named in a section heading means the level it sits under: every word of
 * the heading's name occurs in the level's title or the page title ("Senior Requirements" under
 * "Senior Field Communications Specialist"; "Customer Success Operations Analyst" under its
 * "(Intermediate)" level). A heading that adds a word ("Deal Desk Analyst (Alliances)" under
 * "Deal Desk Analyst") names another level.
 */
export function namesLevel(headingName: string, levelTitle: string, pageTitle = ''): boolean {
  // A possessive's "s" ("Analyst's Responsibilities") is no word of the name.
  const words = coreRoleWords(headingName).filter((word) => word !== 's');
  if (words.length === 0) return false;
  const pool = [...coreRoleWords(levelTitle), ...coreRoleWords(pageTitle)];
  return words.every((word) => pool.some((known) => sameRoleWord(word, known)));
}

/**
 * Two spellings of one word of a role name: a plural ("Analysts") or one slip of the keys
 * ("Anaylst"). Seniority words must match exactly, so "Senior" never passes for "Junior".
 */
function sameRoleWord(word: string, known: string): boolean {
  if (word === known) return true;
  if (SENIORITY_WORDS.has(word) || SENIORITY_WORDS.has(known)) return false;
  if (word === `${known}s` || known === `${word}s`) return true;
  return Math.min(allowedSlips(word.length), 1) > 0 && editDistance(word, known, 1) <= 1;
}

/** kebab-case of a title, ASCII only; "level" when nothing is left. */
export function kebab(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'level' : slug.slice(0, 80).replace(/-+$/, '');
}

/** Words that make a name read as a job title rather than a description ("As a DBRE you will"). */
const ROLE_WORDS =
  /\b(analyst|engineer|manager|director|specialist|lead|head|vp|vice president|president|officer|chief|administrator|architect|designer|scientist|coordinator|associate|partner|representative|consultant|counsel|accountant|controller|executive|advocate|recruiter|writer|intern|strategist|developer|researcher|facilitator|operator|technician|agent|assistant|programmer|owner|principal|staff|senior|sr|junior|jr|intermediate|fellow|evangelist|editor|auditor|buyer|planner|generalist|sourcer|paralegal|attorney|expert|champion|admin|manager?s?)\b/i;

export function looksLikeRole(name: string): boolean {
  return ROLE_WORDS.test(name);
}

const SENIORITY_WORDS = new Set([
  'senior',
  'staff',
  'principal',
  'lead',
  'junior',
  'associate',
  'intermediate',
  'distinguished',
]);

/** "Senior Manager, Revenue" against "Manager, Revenue": the same role, a seniority word added. */
export function onlySeniorityAdded(name: string, levelTitle: string): boolean {
  const words = roleWords(name);
  const base = new Set(roleWords(levelTitle));
  const added = words.filter((word) => !base.has(word));
  return (
    added.length > 0 &&
    added.every((word) => SENIORITY_WORDS.has(word)) &&
    [...base].every((word) => words.includes(word))
  );
}
