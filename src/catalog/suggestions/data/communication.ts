/** Suggestions for the skills of the "communication" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const communicationSuggestions: readonly Suggestion[] = [];
