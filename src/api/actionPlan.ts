/**
 * The action plan's wire types: the plan's focus and 70-20-10 balance (part of every PlanState),
 * other ideas for an action, and the result of swapping one in.
 */
import type { Failure, Reply } from './reply';
import type { PlanState } from './sheets';
import type { ActionType } from '../core/vocabulary';

export type { PlanBalance, KindFigures } from '../core/balance';
export type { FocusAction, OtherIdeas, SuggestionOption } from '../core/otherIdeas';
export type { GenerateRequest, SuggestionsRequest, SwapRequest } from './actionPlanRequests';

export interface SwapResult {
  key: string;
  suggestionId: string;
  action: string;
  type: ActionType;
  plan: PlanState;
}

/** The row was edited since it was generated: it is the person's now, and nothing was written. */
export type SwapRefused = Failure<'edited'>;

export type SwapReply = Reply<SwapResult, SwapRefused>;
