/** The suggestion library and the skill lexicon as the runtime reads them, unpacked on first use in an execution. */
import type { SkillTerms } from '../core/skillMatch';
import { expandSuggestionLibrary } from '../catalog/suggestions/packed';
import type { SuggestionLibrary } from '../catalog/suggestions/types';
import { unpack } from './packs/unpack';

let library: SuggestionLibrary | undefined;

/**
 * The suggestion library, unpacked from Code.js and expanded on its first use in an execution. Only
 * a Code.js whose code calls this carries the pack (scripts/bundling/scriptBundle.ts).
 */
export function loadSuggestionLibrary(): SuggestionLibrary {
  library ??= expandSuggestionLibrary(unpack('suggestions'));
  return library;
}

/** Only handbook requirements and rows people typed need it: their text is matched to a skill. */
export function loadSkillLexicon(): readonly SkillTerms[] {
  return unpack('skillLexicon');
}
