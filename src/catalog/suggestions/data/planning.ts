/** Suggestions for the skills of the "planning" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const planningSuggestions: readonly Suggestion[] = [];
