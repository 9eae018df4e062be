/**
 * Gives a requirement's text a skill of the vocabulary by the words it uses. Requirements imported
 * from a handbook page carry no skill id; matching them lets them get the same specific suggestions
 * as the catalog's own requirements. The lexicon (terms per skill) is data passed in, so this module
 * stays pure and knows no skill by name.
 *
 * Term syntax, one term per string:
 * - words separated by spaces; each matches a word of the text that starts with it, so "forecast"
 *   matches "forecasts" and "forecasting", and "deal desk" matches those two words in a row;
 * - a word ending in "$" matches only the whole word ("bi$" is not "billing"), and so do words of
 *   one or two letters and FUNCTION_WORDS ("lead a team" is not "leadership across teams");
 * - "*" between two words allows up to MAX_GAP other words there ("leading * teams");
 * - a leading "~" makes the term weak: it adds WEAK_WEIGHT, which alone stays below MIN_SCORE.
 *
 * Scoring: every distinct term found adds its weight, 2 per word plus a phrase bonus of 1 for a term
 * of two words or more (so a phrase beats the same words found apart). The best-scoring skill wins
 * when it reaches MIN_SCORE; on equal scores the skill of the area hint wins, then the skill whose
 * longest term found has more words, then the skill listed first.
 */
import type { AreaId } from './catalog';

/** The terms that point to one skill. */
export interface SkillTerms {
  readonly skill: string;
  readonly area: AreaId;
  readonly terms: readonly string[];
}

export interface SkillMatch {
  skillId: string;
  score: number;
  /** The terms found, as written in the lexicon: shows why a requirement got its skill. */
  terms: string[];
}

export type SkillMatcher = (requirementText: string, areaHint?: AreaId | null) => SkillMatch | null;

export const MIN_SCORE = 2;
export const WEAK_WEIGHT = 1;
export const MAX_GAP = 3;

/** Words that join a phrase: as prefixes they would match nearly anything ("and" in "android"). */
export const FUNCTION_WORDS: readonly string[] = [
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
];

/**
 * Words every requirement uses whatever the skill. A one-word term that would match one of these is
 * refused: "strong analytical skills" must match on "analytical", never on "strong". A phrase may use
 * them ("sales tools"): the phrase as a whole is what tells the skill.
 */
export const GENERIC_WORDS: readonly string[] = [
  'ability',
  'able',
  'experience',
  'experienced',
  'strong',
  'excellent',
  'exceptional',
  'outstanding',
  'superb',
  'skill',
  'skills',
  'knowledge',
  'understanding',
  'proven',
  'demonstrated',
  'progressive',
  'relevant',
  'solid',
  'deep',
  'work',
  'working',
  'team',
  'teams',
  'business',
  'sales',
  'good',
  'great',
  'high',
  'level',
  'years',
  'plus',
  'preferred',
  'required',
  'familiarity',
  'proficiency',
  'proficient',
  'expertise',
  'expert',
  'effective',
  'effectively',
  'environment',
  'role',
  'company',
  'management',
  'manage',
  'managing',
  'track',
  'record',
  'success',
  'successful',
  'results',
  'ownership',
  'drive',
  'driving',
  'support',
  'supporting',
  'tools',
  'across',
  'other',
  'with',
  'and',
  'the',
];

type WordPattern =
  { readonly gap: true } | { readonly gap: false; readonly word: string; readonly exact: boolean };

interface CompiledTerm {
  readonly source: string;
  readonly words: readonly WordPattern[];
  /** Words of the term, gaps left out: the tie-break prefers the longer term. */
  readonly length: number;
  readonly weight: number;
}

interface CompiledSkill {
  readonly skill: string;
  readonly area: AreaId;
  readonly order: number;
  readonly terms: readonly CompiledTerm[];
}

/** Lowercase words of a text: letters and digits, apostrophes dropped ("seller's" is "sellers"). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

function wordMatches(pattern: { word: string; exact: boolean }, word: string): boolean {
  return pattern.exact ? word === pattern.word : word.startsWith(pattern.word);
}

function compileTerm(source: string, skill: string): CompiledTerm {
  const weak = source.startsWith('~');
  const body = weak ? source.slice(1) : source;
  const parts = body.trim().split(/\s+/);
  const words: WordPattern[] = parts.map((part) => {
    if (part === '*') return { gap: true };
    const word = part.endsWith('$') ? part.slice(0, -1) : part;
    const exact = part.endsWith('$') || word.length <= 2 || FUNCTION_WORDS.includes(word);
    if (!/^[a-z0-9]+$/.test(word)) {
      throw new Error(`Skill "${skill}": term "${source}" has "${part}", not a lowercase word.`);
    }
    return { gap: false, word, exact };
  });
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || first.gap || !last || last.gap || words.some((w, i) => w.gap && words[i + 1]?.gap)) {
    throw new Error(`Skill "${skill}": term "${source}" must start and end with a word.`);
  }
  const real = words.filter((w): w is Extract<WordPattern, { gap: false }> => !w.gap);
  const only = real.length === 1 ? real[0] : undefined;
  if (only && GENERIC_WORDS.some((generic) => wordMatches(only, generic))) {
    throw new Error(`Skill "${skill}": term "${source}" is a generic word.`);
  }
  const length = real.length;
  const weight = weak ? WEAK_WEIGHT : 2 * length + (length > 1 ? 1 : 0);
  return { source, words, length, weight };
}

/** Whether the term's words occur in the text's words, in order, gaps allowed where it says so. */
function termFound(term: CompiledTerm, words: readonly string[]): boolean {
  const from = (wordIndex: number, patternIndex: number): boolean => {
    const pattern = term.words[patternIndex];
    if (pattern === undefined) return true;
    if (pattern.gap) {
      for (let skip = 0; skip <= MAX_GAP; skip++) if (from(wordIndex + skip, patternIndex + 1)) return true;
      return false;
    }
    const word = words[wordIndex];
    return word !== undefined && wordMatches(pattern, word) && from(wordIndex + 1, patternIndex + 1);
  };
  for (let start = 0; start < words.length; start++) if (from(start, 0)) return true;
  return false;
}

/**
 * Compiles a lexicon once into a matcher. Throws on a malformed lexicon (a bad term, a term of only
 * generic words, a skill listed twice): that is an authoring mistake, caught by the lexicon's test.
 */
export function createSkillMatcher(lexicon: readonly SkillTerms[]): SkillMatcher {
  const seen = new Set<string>();
  const skills: CompiledSkill[] = lexicon.map((entry, order) => {
    if (seen.has(entry.skill)) throw new Error(`Skill "${entry.skill}" is listed twice in the lexicon.`);
    seen.add(entry.skill);
    return {
      skill: entry.skill,
      area: entry.area,
      order,
      terms: entry.terms.map((term) => compileTerm(term, entry.skill)),
    };
  });

  return (requirementText, areaHint) => {
    const words = wordsOf(requirementText);
    let best: { skill: CompiledSkill; score: number; longest: number; terms: string[] } | null = null;
    for (const skill of skills) {
      const found = skill.terms.filter((term) => termFound(term, words));
      if (found.length === 0) continue;
      const score = found.reduce((sum, term) => sum + term.weight, 0);
      const longest = Math.max(...found.map((term) => term.length));
      const candidate = { skill, score, longest, terms: found.map((term) => term.source) };
      if (best === null || beats(candidate, best, areaHint ?? null)) best = candidate;
    }
    if (best === null || best.score < MIN_SCORE) return null;
    return { skillId: best.skill.skill, score: best.score, terms: best.terms };
  };
}

interface Candidate {
  skill: CompiledSkill;
  score: number;
  longest: number;
}

/** The order of candidates: score, then the area hint, then the longer term, then lexicon order. */
function beats(a: Candidate, b: Candidate, areaHint: AreaId | null): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const aHinted = a.skill.area === areaHint;
  const bHinted = b.skill.area === areaHint;
  if (aHinted !== bHinted) return aHinted;
  if (a.longest !== b.longest) return a.longest > b.longest;
  return a.skill.order < b.skill.order;
}

const compiled = new WeakMap<readonly SkillTerms[], SkillMatcher>();

/** The skill a requirement's text names, by the lexicon; null when none scores MIN_SCORE. */
export function matchSkill(
  requirementText: string,
  lexicon: readonly SkillTerms[],
  areaHint?: AreaId | null,
): SkillMatch | null {
  let matcher = compiled.get(lexicon);
  if (!matcher) {
    matcher = createSkillMatcher(lexicon);
    compiled.set(lexicon, matcher);
  }
  return matcher(requirementText, areaHint);
}
