/** The suggestion library: every area's authored suggestions, in the order of the skill vocabulary. */
import { AREA_SUGGESTIONS } from './areas';
import { analysisSuggestions } from './data/analysis';
import { commercialSuggestions } from './data/commercial';
import { communicationSuggestions } from './data/communication';
import { enablementSuggestions } from './data/enablement';
import { leadershipSuggestions } from './data/leadership';
import { planningSuggestions } from './data/planning';
import { processSuggestions } from './data/process';
import { programsSuggestions } from './data/programs';
import { stakeholdersSuggestions } from './data/stakeholders';
import { systemsSuggestions } from './data/systems';
import type { Suggestion, SuggestionLibrary } from './types';

export const SUGGESTIONS: readonly Suggestion[] = [
  ...systemsSuggestions,
  ...analysisSuggestions,
  ...planningSuggestions,
  ...processSuggestions,
  ...commercialSuggestions,
  ...stakeholdersSuggestions,
  ...communicationSuggestions,
  ...programsSuggestions,
  ...enablementSuggestions,
  ...leadershipSuggestions,
];

/** The skill suggestions and, for requirements no skill matches, the area-level ones. */
export const SUGGESTION_LIBRARY: SuggestionLibrary = { skills: SUGGESTIONS, areas: AREA_SUGGESTIONS };
