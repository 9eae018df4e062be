/** Suggestions for the skills of the "enablement" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const enablementSuggestions: readonly Suggestion[] = [];
