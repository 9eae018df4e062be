/** The suggestion library: every area's authored suggestions, in the order of the skill vocabulary. */
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
import type { Suggestion } from './types';

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
