/** Suggestions for the skills of the "programs" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const programsSuggestions: readonly Suggestion[] = [];
