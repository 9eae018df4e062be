/**
 * What the job-family parser reads out of a handbook job-family page. Plain JSON data: the parser
 * runs in Apps Script and in Node, and its result is cached as JSON.
 */

/** One bullet of a list, as plain text (links and emphasis reduced to text, entities decoded). */
export interface JobFamilyItem {
  /** A nested bullet carries its parent's context: "Parent: child". */
  text: string;
  /** True for boilerplate that every job-family page shares (values, using GitLab, ...). */
  common: boolean;
  /**
   * Present when the item came from elsewhere: the slug of the level it was inherited from
   * ("Extends that of ..."), or 'page' for the page-wide lists every level gets.
   */
  inheritedFrom?: string;
}

export interface JobFamilyLevel {
  /** The level's heading, e.g. "Senior Deal Desk Analyst"; the page title on single-role pages. */
  title: string;
  /** kebab-case of the title, unique within the page; stable across re-parses of the same page. */
  slug: string;
  /** The job grade read from link text such as "grade 7"; null when the page gives none. */
  grade: number | null;
  responsibilities: JobFamilyItem[];
  requirements: JobFamilyItem[];
  performanceIndicators: JobFamilyItem[];
}

export interface JobFamilySpecialty {
  title: string;
  /** Every bullet and sentence of the specialty, in page order. */
  items: JobFamilyItem[];
  /** The items under a Responsibilities / Requirements heading of the specialty, when it has them. */
  responsibilities: JobFamilyItem[];
  requirements: JobFamilyItem[];
}

export interface JobFamilyPage {
  /** From front matter `title:`, else the first heading. */
  title: string;
  levels: JobFamilyLevel[];
  specialties: JobFamilySpecialty[];
  /** Page-wide lists as written; every level's lists already start with them. */
  responsibilities: JobFamilyItem[];
  requirements: JobFamilyItem[];
  /** Page-wide performance indicators (levels may also carry their own). */
  performanceIndicators: JobFamilyItem[];
  /** Career ladder as text lines (mermaid edges read as "A -> B"). */
  careerLadder: string[];
  /** What the parser could not read cleanly; never fatal on their own. */
  warnings: string[];
}

/** The parser never throws: a page with no levels is `ok: false` with a clear message. */
export type JobFamilyParseResult =
  { ok: true; page: JobFamilyPage } | { ok: false; error: string; warnings: string[] };
