/** The suggestion library and the skill lexicon, unpacked from Code.js on their first use in an execution. */
import type { SkillTerms } from '../core/skillMatch';
import type { SuggestionLibrary } from '../catalog/suggestions/types';
import { unpack } from './packs/unpack';

export function loadSuggestionLibrary(): SuggestionLibrary {
  return unpack('suggestions');
}

/** Only handbook requirements and rows people typed need it: their text is matched to a skill. */
export function loadSkillLexicon(): readonly SkillTerms[] {
  return unpack('skillLexicon');
}
