/** Suggestions for the skills of the "process" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const processSuggestions: readonly Suggestion[] = [];
