/**
 * The suggestion library as the core takes it: unpacked once per execution, with the skill lexicon
 * unpacked only when a requirement's key names no skill (handbook lines, rows people typed).
 */
import { createSkillMatcher, type SkillMatcher } from '../core/skillMatch';
import type { SuggestionSource } from '../core/suggestionChoice';
import { RESOURCES } from '../catalog/resources';
import { loadSkillLexicon, loadSuggestionLibrary } from '../appsscript/suggestions';

export function suggestionSource(): SuggestionSource {
  let matcher: SkillMatcher | null = null;
  return {
    library: loadSuggestionLibrary(),
    matchSkill(text, areaHint) {
      matcher ??= createSkillMatcher(loadSkillLexicon());
      return matcher(text, areaHint)?.skillId ?? null;
    },
    resources: RESOURCES,
  };
}
