/** Suggestions for the skills of the "systems" area (src/catalog/skills.ts). */
import type { Suggestion } from '../types';

export const systemsSuggestions: readonly Suggestion[] = [];
