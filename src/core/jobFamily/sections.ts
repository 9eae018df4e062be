/**
 * What a heading on a job-family page announces. Handbook pages name their sections in many
 * ways ("Senior X Requirements", "#### Job Grade", "Key responsibilities", "Specialities"), so a
 * heading is read as an optional role name followed by a section word.
 */
import { closestWord } from './spelling';

export type SectionKind =
  | 'responsibilities'
  | 'requirements'
  | 'performanceIndicators'
  | 'grade'
  | 'specialties'
  | 'careerLadder'
  | 'hiring'
  | 'levels'
  | 'ignored';

export interface HeadingMeaning {
  /** null: the heading is a name (a level, or a specialty inside a specialties section). */
  kind: SectionKind | null;
  /** The role named before the section word ("Senior Analyst" in "Senior Analyst Requirements"). */
  prefix: string;
}

// Order matters: the first pattern whose words end the heading wins ("Job Grades" is the levels
// overview, "Job Grade" a level's grade).
const SECTION_ENDINGS: ReadonlyArray<[SectionKind, RegExp]> = [
  [
    'hiring',
    /\b(hiring|interview(ing)?|recruiting|application|selection)( process| plan| stages?| steps?)?$/,
  ],
  ['careerLadder', /\bcareer (ladder|ladders|path|paths|progression|development|growth)$/],
  [
    'performanceIndicators',
    /\b(key )?performance (indicators?|metrics|measures)( \(?(pis?|kpis?)\)?)?$|\bkpis?$|\bsuccess metrics$/,
  ],
  [
    'levels',
    /(^|\b)(levels|leveling|levelling|job grades|grades|job titles|titles|roles)( (at|in) gitlab)?$|^levels? (for|of|in)\b/,
  ],
  ['grade', /\b(job )?grades?$|\bjob (level|grade) and compensation$/],
  ['specialties', /\b(specialt(y|ies)|specialit(y|ies)|speciali[sz]ations?|focus areas?|segments)$/],
  [
    'responsibilities',
    /\b(responsi?b\w*it\w*|duties|what you('| wi)ll do|what you('ll)? be doing|what you do|you will|you'll|in this role you will|scope|job description|role description)$/,
  ],
  [
    'requirements',
    /\b(requirements?|requirments|qualifications?|expectations|criteria|what you('| wi)ll bring|what we('| a)re looking for|you should have|about you|who you are|ideal candidate|(a|good|great|right) fit (to|for) (this|the) role( if you)?|(desirable|desired|required|preferred|key|essential|core|technical) skills|skills,? knowledge,? (and )?experience|(required|requires|desired|preferred|minimum|relevant|desirable) (skills|experience|knowledge)( ?(\/|,|and) ?(skills|experience|knowledge))*|skills|nice[ -]to[ -]haves?|competenc(y|ies))$/,
  ],
  // Description headings ("Senior X Overview", "... Role") say nothing a level is measured on.
  [
    'ignored',
    /\b(overview|summary|introduction|the role|role|about the role|position summary|mission|compensation)$/,
  ],
];

const IGNORED_HEADINGS =
  /^(overview|summary|introduction|about( (the|this) (role|team|job family|position))?|about (us|gitlab)|mission|vision|purpose|compensation( and benefits)?|benefits|total rewards|(relevant )?links|resources|references|further reading|navigation|faq|notes?|team|the team|our team|team structure|tools|why (join )?gitlab|working at gitlab|equal employment opportunity|country hiring guidelines|remote work|job family|job families|department|organization|reporting structure|reports to|description|background|location|duration( and timing)?)$/;

/** Words that qualify a section without naming a role: "Key Responsibilities", "Minimum Requirements". */
const QUALIFIERS = new Set(
  (
    'key core main primary general common additional other minimum min basic preferred desired desirable ' +
    'bonus extra technical job role level position shared team your our the all specific functional desirable ' +
    'must have mandatory essential required nice to and or of for in plus leadership management people'
  ).split(' '),
);

/**
 * Headings written to the reader ("What you can expect in a X role", "How you'll be measured"):
 * some announce a section, the rest are description, never a level's name.
 */
const ADDRESSED_TO_READER: ReadonlyArray<[SectionKind, RegExp]> = [
  [
    'responsibilities',
    /\bwhat (you|you'll|you will) (can )?(expect|do|be doing|work on)\b|\bday[- ]to[- ]day\b/,
  ],
  ['requirements', /\bwhat (you'll|you will|you) (need|bring)\b|\bwho you are\b/],
  ['performanceIndicators', /\bhow (you'll|you will|you) be (measured|evaluated)\b/],
  ['ignored', /^(what|how|why|who|where|when|a day in)\b|\b(you|your)\b/],
];

/** Section words an author may misspell ("Responsibilties", "Requirments", "Performance Indicaters"). */
const SECTION_WORDS = [
  'responsibilities',
  'responsibility',
  'requirements',
  'requirement',
  'qualifications',
  'performance',
  'indicators',
  'expectations',
];

export function readHeading(text: string): HeadingMeaning {
  // Normalised without changing letters, so an index into the lowercase form is one into this.
  const normalized = withSectionWordsRespelt(text)
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[:.!?*_ ]+$/g, '')
    .trim()
    // "AnalystJob Grade": a missing space before the section word.
    .replace(/([a-z])(Job Grade|Responsibilities|Requirements|Performance Indicators)$/, '$1 $2');
  const plain = normalized.toLowerCase();
  if (IGNORED_HEADINGS.test(plain)) return { kind: 'ignored', prefix: '' };
  for (const [kind, ending] of SECTION_ENDINGS) {
    if (kind === 'ignored') break;
    if (ending.test(plain)) return sectionWithPrefix(kind, ending, normalized, plain);
  }
  for (const [kind, pattern] of ADDRESSED_TO_READER) if (pattern.test(plain)) return { kind, prefix: '' };
  for (const [kind, ending] of SECTION_ENDINGS) {
    if (ending.test(plain)) return sectionWithPrefix(kind, ending, normalized, plain);
  }
  return { kind: null, prefix: '' };
}

/** A misspelt section word written the way the patterns know it; other words as they were. */
function withSectionWordsRespelt(text: string): string {
  return text.replace(/[A-Za-z]{5,}/g, (word) => {
    const lower = word.toLowerCase();
    if (SECTION_WORDS.includes(lower)) return word;
    const meant = closestWord(lower, SECTION_WORDS);
    return meant === null ? word : `${word[0]}${meant.slice(1)}`;
  });
}

/** "Senior Analyst Key" -> "Senior Analyst"; "Minimum" -> "". */
function sectionWithPrefix(
  kind: SectionKind,
  ending: RegExp,
  normalized: string,
  plain: string,
): HeadingMeaning {
  const match = ending.exec(plain) as RegExpExecArray;
  const prefix = normalized
    .slice(0, plain.length === normalized.length ? match.index : 0)
    .replace(/[\s,:–—-]+$/g, '')
    .trim();
  // "As a Support Operations Manager you will": the reader's role, not another level's name.
  return {
    kind,
    prefix: /^(as an?|you|your|in this|for this|what|how)\b/i.test(prefix)
      ? ''
      : withoutTrailingQualifiers(prefix),
  };
}

function withoutTrailingQualifiers(prefix: string): string {
  const words = prefix.split(' ');
  while (
    words.length > 0 &&
    QUALIFIERS.has((words[words.length - 1] as string).toLowerCase().replace(/[^a-z0-9']/g, ''))
  ) {
    words.pop();
  }
  return words
    .join(' ')
    .replace(/[\s,:–—-]+$/g, '')
    .trim();
}

/** A paragraph like "**Requirements:**" standing alone works as a heading on some pages. */
export function readPseudoHeading(text: string): HeadingMeaning | null {
  if (text.length > 60) return null;
  const meaning = readHeading(text);
  if (meaning.kind === null || meaning.kind === 'ignored' || meaning.kind === 'levels') return null;
  return meaning;
}
