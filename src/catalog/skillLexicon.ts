/**
 * The words that point a requirement's text to a skill of the vocabulary, for requirements that
 * come without a skill id (imported from a handbook page). The syntax and the scoring rule are in
 * src/core/skillMatch.ts: a term matches words that start with it, "$" asks for the whole word,
 * "*" allows a few words in between, "~" marks a weak term that only helps another one.
 *
 * Terms are chosen from how RSOE job-family pages word their requirements. A term has to tell one
 * skill from the others: "project management" belongs to project management, "project" alone
 * would too, but "manage" or "strong" would say nothing and are refused by the matcher.
 */
import type { SkillTerms } from '../core/skillMatch';
import { DEALS_AND_PEOPLE } from './lexicon/dealsAndPeople';
import { PLANNING_AND_PROCESS } from './lexicon/planningAndProcess';
import { PROGRAMS_AND_LEADERSHIP } from './lexicon/programsAndLeadership';
import { SYSTEMS_AND_ANALYSIS } from './lexicon/systemsAndAnalysis';

/** Every skill's terms, area by area in the vocabulary's order (./lexicon/, one file per areas). */
export const SKILL_LEXICON: readonly SkillTerms[] = [
  ...SYSTEMS_AND_ANALYSIS,
  ...PLANNING_AND_PROCESS,
  ...DEALS_AND_PEOPLE,
  ...PROGRAMS_AND_LEADERSHIP,
];
