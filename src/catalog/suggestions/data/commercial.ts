/** Suggestions for the skills of the "commercial" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const commercialSuggestions: readonly Suggestion[] = [];
