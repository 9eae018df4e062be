/** Suggestions for the skills of the "leadership" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const leadershipSuggestions: readonly Suggestion[] = [];
