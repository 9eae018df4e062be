/**
 * The draft a page reading produces: what the token walk found, before inheritance is resolved and
 * the parse result is shaped (parse.ts, inheritance.ts).
 */

export type ListKind = 'responsibilities' | 'requirements' | 'performanceIndicators';

export interface DraftLevel {
  title: string;
  key: string;
  /** Heading depth the level was introduced at (the depth of its siblings for derived levels). */
  depth: number;
  grade: number | null;
  /** A grade heading was seen; used to warn when it held no number. */
  gradeHeading: boolean;
  lists: Record<ListKind, string[]>;
  /** Bullets directly under the level heading, before any section heading. */
  intro: string[];
  /** Paragraph text under the level heading that says the role extends another one. */
  extendsText: string | null;
  /**
   * The level whose heading this one's sections sat under when they named it ("Director,
   * Security Assurance Responsibilities" under "Director, Security"): a variant of that level.
   */
  variantOf?: DraftLevel;
  /** The page's note that the level is left empty on purpose ("to be defined", "WIP"). */
  placeholder?: string;
}

export interface DraftSpecialty {
  title: string;
  key: string;
  depth: number;
  responsibilities: string[];
  requirements: string[];
  items: string[];
  /** A grade stated under a Job Grade heading of the specialty: then it is a level of its own. */
  grade: number | null;
}

export interface Draft {
  headingTitle: string | null;
  pageLists: Record<ListKind, string[]>;
  pageGrade: number | null;
  levels: DraftLevel[];
  specialties: DraftSpecialty[];
  careerLadder: string[];
  warnings: string[];
  /** The levels read before the first "Levels" heading; null when the page has none. */
  levelsBeforeLevelsHeading: DraftLevel[] | null;
  /** "Extends that of the [X](#x-heading) ..." texts and the in-page anchor they link to. */
  referenceAnchors: Map<string, string>;
}

export function emptyLists(): Record<ListKind, string[]> {
  return { responsibilities: [], requirements: [], performanceIndicators: [] };
}
