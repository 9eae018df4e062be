/** Suggestions for the skills of the "stakeholders" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const stakeholdersSuggestions: readonly Suggestion[] = [];
