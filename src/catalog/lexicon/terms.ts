/** One skill's lexicon entry: its id, its area (for ties) and its terms. */
import type { SkillTerms } from '../../core/skillMatch';
import type { Skill } from '../skills';

export function terms(of: Skill, ...list: string[]): SkillTerms {
  return { skill: of.id, area: of.area, terms: list };
}
