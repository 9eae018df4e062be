/** The suggestion library as the runtime reads it: action-plan generation picks its actions from it. */
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
