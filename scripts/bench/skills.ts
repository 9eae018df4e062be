/**
 * How many handbook requirements get a skill: parses every fixture job-family page, takes each
 * level's requirements as the handbook import does (boilerplate left out, repeats within a level
 * counted once) and matches each to a skill with the lexicon. `benchSkills()` returns the figures
 * (npm run bench prints them); `tsx scripts/bench/skills.ts [--verbose] [--all] [--unmatched]`
 * prints them alone, with 10 random matches, every match, or every requirement left unmatched.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SKILL_LEXICON } from '../../src/catalog/skillLexicon';
import type { AreaId } from '../../src/core/catalog';
import { levelRequirements } from '../../src/core/handbook/roles';
import { parseJobFamily } from '../../src/core/jobFamily/parse';
import { createSkillMatcher, type SkillMatch } from '../../src/core/skillMatch';
import { FIXTURE_DIRS, markdownFiles } from './parse';

/** The share of the RSOE pages' requirements the lexicon should give a skill. */
export const SKILL_MATCH_TARGET = 0.6;

export interface MatchedRequirement {
  page: string;
  text: string;
  match: SkillMatch | null;
}

export interface SkillMatchFigures {
  /** The RSOE pages (tests/fixtures/job-families). */
  rsoe: { matched: number; total: number };
  /** Pages of other departments (tests/fixtures/job-families-other). */
  other: { matched: number; total: number };
  requirements: MatchedRequirement[];
}

function requirementsOf(dir: string): { page: string; text: string; hint: AreaId | null }[] {
  return markdownFiles(dir).flatMap((file) => {
    const parsed = parseJobFamily(readFileSync(file, 'utf8'));
    if (!parsed.ok) return [];
    return parsed.page.levels.flatMap((level) =>
      levelRequirements(level).requirements.map((requirement) => ({
        page: relative(dir, file),
        text: requirement.text,
        // A requirement that fits none of our areas shows "General"; its stored area is no hint.
        hint: requirement.areaLabel === undefined ? requirement.area : null,
      })),
    );
  });
}

export function benchSkills(): SkillMatchFigures {
  const matcher = createSkillMatcher(SKILL_LEXICON);
  const [rsoeDir, otherDir] = FIXTURE_DIRS;
  const figures: SkillMatchFigures = {
    rsoe: { matched: 0, total: 0 },
    other: { matched: 0, total: 0 },
    requirements: [],
  };
  for (const [dir, tally] of [
    [rsoeDir, figures.rsoe],
    [otherDir, figures.other],
  ] as const) {
    if (dir === undefined) continue;
    for (const { page, text, hint } of requirementsOf(dir)) {
      const match = matcher(text, hint);
      tally.total++;
      if (match) tally.matched++;
      if (dir === rsoeDir) figures.requirements.push({ page, text, match });
    }
  }
  return figures;
}

export function share(figure: { matched: number; total: number }): string {
  const percent = figure.total === 0 ? 0 : Math.round((figure.matched / figure.total) * 100);
  return `${figure.matched} of ${figure.total} (${percent}%)`;
}

/** `count` different entries picked at random. */
function sample<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

function shown(requirement: MatchedRequirement): string {
  const match = requirement.match;
  const skill = match ? `${match.skillId} (${match.score}: ${match.terms.join(', ')})` : 'no skill';
  return `  ${requirement.text}\n      -> ${skill}   [${requirement.page}]`;
}

if (require.main === module) {
  const figures = benchSkills();
  console.log(`RSOE handbook requirements matched to a skill    ${share(figures.rsoe)}`);
  console.log(`other departments' requirements matched          ${share(figures.other)}`);
  if (figures.rsoe.matched < SKILL_MATCH_TARGET * figures.rsoe.total) process.exitCode = 1;
  const args = process.argv.slice(2);
  const matched = figures.requirements.filter((r) => r.match !== null);
  const unique = (list: MatchedRequirement[]) => [...new Map(list.map((r) => [r.text, r])).values()];
  if (args.includes('--verbose')) {
    console.log('\n10 random matches:');
    for (const requirement of sample(unique(matched), 10)) console.log(shown(requirement));
  }
  if (args.includes('--all')) for (const requirement of unique(matched)) console.log(shown(requirement));
  if (args.includes('--unmatched')) {
    const unmatched = figures.requirements.filter((r) => r.match === null);
    for (const requirement of unique(unmatched)) console.log(shown(requirement));
  }
}
