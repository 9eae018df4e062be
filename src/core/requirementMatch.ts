/**
 * Which requirement in one wording is which in another: the catalog's summary of a skill and the
 * handbook page's bullet for it share few words, and those words matter more than the words every
 * job advert uses. Texts are normalised, split into words, stemmed lightly and weighed by how
 * distinctive each word is among the texts being matched; pairs are scored, and assigned one to
 * one, best score first, above a threshold. Pure: no platform, no randomness, same answer each run.
 */

/** One requirement to match: its text, and the catalog skill it stands for when that is known. */
export interface MatchText {
  text: string;
  skillId?: string | null;
}

export interface RequirementPair {
  /** Index into the `from` list. */
  from: number;
  /** Index into the `to` list. */
  to: number;
  /** 0..1 for a text match; above 1 when both sides name the same catalog skill. */
  score: number;
}

/** Below this a shared word or two is chance, not the same requirement (tuned on the catalog and the RSOE pages). */
export const MATCH_THRESHOLD = 0.3;

/**
 * Pairs each `from` requirement with at most one `to` requirement and back: the best-scoring pair
 * first, then the best among what is left, never below the threshold. Two requirements that name
 * the same catalog skill are a pair before any text match.
 */
export function matchRequirements(
  from: readonly MatchText[],
  to: readonly MatchText[],
  threshold = MATCH_THRESHOLD,
): RequirementPair[] {
  const fromWords = from.map((item) => contentWords(item.text));
  const toWords = to.map((item) => contentWords(item.text));
  const weight = wordWeights([...fromWords, ...toWords]);
  const candidates: RequirementPair[] = [];
  from.forEach((a, i) => {
    to.forEach((b, j) => {
      const text = similarity(fromWords[i] ?? [], toWords[j] ?? [], weight);
      const sameSkill = Boolean(a.skillId) && a.skillId === b.skillId;
      const score = sameSkill ? 1 + text : text;
      if (score >= threshold && score > 0) candidates.push({ from: i, to: j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
  const usedFrom = new Set<number>();
  const usedTo = new Set<number>();
  const pairs: RequirementPair[] = [];
  for (const candidate of candidates) {
    if (usedFrom.has(candidate.from) || usedTo.has(candidate.to)) continue;
    usedFrom.add(candidate.from);
    usedTo.add(candidate.to);
    pairs.push(candidate);
  }
  return pairs.sort((x, y) => x.from - y.from);
}

/**
 * The catalog skill each handbook requirement stands for, where its text matches one of the catalog
 * level's requirements (one to one); null where none does.
 */
export function skillsOfHandbookRequirements(
  handbook: readonly string[],
  catalog: readonly { id: string; text: string }[],
): (string | null)[] {
  const skills: (string | null)[] = handbook.map(() => null);
  const pairs = matchRequirements(
    handbook.map((text) => ({ text })),
    catalog.map((requirement) => ({ text: requirement.text })),
  );
  for (const pair of pairs) skills[pair.from] = catalog[pair.to]?.id ?? null;
  return skills;
}

/** Text similarity of two requirements on their own (weights from just the two), 0..1. */
export function textSimilarity(a: string, b: string): number {
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  return similarity(wordsA, wordsB, wordWeights([wordsA, wordsB]));
}

// ---------------------------------------------------------------------------------------------
// Words

/** Phrases and spellings that name one thing several ways, folded to one word before splitting. */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bgo[\s-]*to[\s-]*market\b/g, ' gtm '],
  [/\bquote[\s-]*to[\s-]*cash\b/g, ' qtc '],
  [/\brev(enue)?[\s-]*rec(ognition)?\b/g, ' revenue recognition '],
  [/\bsalesforce(\.com)?\b|\bsfdc\b/g, ' salesforce '],
  [/\bg[\s-]?suite\b|\bgoogle workspace\b/g, ' gsuite '],
  [/\b1:1s?\b|\bone[\s-]on[\s-]ones?\b/g, ' oneonone '],
  [/\bkpis?\b|\bmetrics?\b/g, ' metric '],
  [/\bqbrs?\b|\bquarterly business reviews?\b/g, ' qbr '],
  [/\bcross[\s-]*functional(ly)?\b/g, ' crossfunctional '],
  [/\bend[\s-]to[\s-]end\b/g, ' endtoend '],
];

/**
 * Words every requirement list uses whatever the skill: they say how much, not what, so they weigh
 * nothing ("Strong ability to ..." and "Demonstrated experience in ..." share no skill).
 */
const GENERIC = new Set(
  (
    'a an and or the of to in on for with within without from by as at into onto over under about ' +
    'its it is are be been being this that these those their they them you your our we us who which ' +
    'what when where while how any all each every both other others some such own plus etc also ' +
    'ability able abilities experience experienced strong strongly demonstrated demonstrable proven ' +
    'excellent exceptional outstanding great good solid deep basic advanced thorough keen high highly ' +
    'skills skill knowledge understanding familiarity proficiency proficient expertise expert track record ' +
    'required requirement requirements preferred desired desirable plus bonus ideally must should can ' +
    'will would may relevant progressive years year work works working worked effectively well ' +
    'including include includes using use uses used across new more most less level levels role roles ' +
    'team teams gitlab candidate need needs needed help helps make makes making way ways ' +
    'success successful successfully past prior previous extensive significant superb passion ' +
    'aptitude background history exposure comfortable capable capability ideal minimum equivalent ' +
    'similar related demonstrate demonstrates prove'
  ).split(' '),
);

const SUFFIXES = [
  'ational',
  'ations',
  'ation',
  'ments',
  'ment',
  'ities',
  'ity',
  'ings',
  'ing',
  'ies',
  'ied',
  'ed',
  'es',
  's',
  'ly',
];
/** Long enough to keep "report" and "revenue" apart, short enough to join "coaches" and "coaching". */
const STEM_LENGTH = 6;

/** The distinct stems of a requirement's distinctive words, in order. */
export function contentWords(text: string): string[] {
  let plain = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ');
  for (const [pattern, replacement] of PHRASES) plain = plain.replace(pattern, replacement);
  const stems: string[] = [];
  for (const word of plain.replace(/'s\b/g, '').split(/[^a-z0-9]+/)) {
    if (word.length < 2 || GENERIC.has(word) || /^\d+$/.test(word)) continue;
    const stem = stemOf(word);
    if (!stems.includes(stem)) stems.push(stem);
  }
  return stems;
}

/** A light stem: British spellings as American, one common suffix off, then the first letters. */
function stemOf(word: string): string {
  let stem = word
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our$/, 'or')
    .replace(/ence$/, 'ense');
  for (const suffix of SUFFIXES) {
    if (stem.length - suffix.length >= 4 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  return stem.slice(0, STEM_LENGTH);
}

// ---------------------------------------------------------------------------------------------
// Scores

/** A word's weight: rarer among the texts matched, more telling (inverse document frequency). */
function wordWeights(documents: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of documents) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const total = Math.max(documents.length, 1);
  const weights = new Map<string, number>();
  for (const [word, count] of counts) weights.set(word, Math.log(1 + total / count));
  return weights;
}

/** Weighted overlap of two word sets (Dice): what they share, against all either says. */
function similarity(a: readonly string[], b: readonly string[], weight: Map<string, number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inB = new Set(b);
  const w = (word: string) => weight.get(word) ?? 0;
  let shared = 0;
  for (const word of a) if (inB.has(word)) shared += w(word);
  const all = a.reduce((sum, word) => sum + w(word), 0) + b.reduce((sum, word) => sum + w(word), 0);
  return all === 0 ? 0 : (2 * shared) / all;
}
