/** Suggestions for the skills of the "analysis" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const analysisSuggestions: readonly Suggestion[] = [];
