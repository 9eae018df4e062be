/**
 * Handbook job-family pages for tests, the benchmark and the preview: markdown in the shape the
 * handbook uses (front matter, a level heading per role, grade link, requirement bullets), written
 * here from our own made-up roles, and the raw-file URLs the add-on fetches them from.
 */
import { RAW_JOB_FAMILIES_PREFIX } from '../../src/core/handbook/url';

export interface PageLevel {
  title: string;
  grade: number | null;
  requirements: string[];
}

export const HANDBOOK_URL = 'https://handbook.gitlab.com/job-families/';

/** The page's address as a person pastes it. */
export function pageUrl(path: string): string {
  return `${HANDBOOK_URL}${path}/`;
}

/** The raw markdown file the add-on fetches first for a page. */
export function rawUrl(path: string): string {
  return `${RAW_JOB_FAMILIES_PREFIX}${path}.md`;
}

export function jobFamilyMarkdown(title: string, levels: PageLevel[]): string {
  const out = [
    '---',
    `title: "${title}"`,
    '---',
    '',
    `This page describes the ${title} job family.`,
    '',
    '## Levels',
    '',
  ];
  for (const level of levels) {
    out.push(`### ${level.title}`, '', `The ${level.title} reports to the team's manager.`, '');
    if (level.grade !== null) {
      out.push(
        `#### ${level.title} Job Grade`,
        '',
        `The ${level.title} is a [grade ${level.grade}](https://handbook.gitlab.com/handbook/total-rewards/compensation/).`,
        '',
      );
    }
    out.push(`#### ${level.title} Responsibilities`, '', "- Keeps the team's work moving", '');
    out.push(`#### ${level.title} Requirements`, '', ...level.requirements.map((r) => `- ${r}`), '');
  }
  out.push('## Hiring Process', '', '- A screening call with a recruiter', '');
  return out.join('\n');
}

export const PLANNING_PATH = 'sales/planning-analyst';

/** A small made-up family: two levels, one shared requirement, one that starts like a formula. */
export const PLANNING_LEVELS: PageLevel[] = [
  {
    title: 'Planning Analyst',
    grade: 6,
    requirements: [
      'Builds territory models in spreadsheets',
      'Explains planning results to sales leaders',
      'Keeps the quota calendar up to date',
      'Ability to use GitLab',
    ],
  },
  {
    title: 'Senior Planning Analyst',
    grade: 7,
    requirements: [
      'Builds territory models in spreadsheets',
      'Leads the yearly capacity planning cycle',
      '=SUM(A1:A9) style formulas hold no fear',
      'Coaches analysts on modelling practice',
      'Ability to use GitLab',
    ],
  },
];

export function planningPage(levels: PageLevel[] = PLANNING_LEVELS): string {
  return jobFamilyMarkdown('Planning Analyst', levels);
}

/** A page with one level holding `count` distinct requirements. */
export function generatedPage(count: number): string {
  const requirements = Array.from(
    { length: count },
    (_, i) => `Generated requirement number ${i + 1} about forecasting`,
  );
  return jobFamilyMarkdown('Generated Family', [{ title: 'Generated Analyst', grade: 6, requirements }]);
}
