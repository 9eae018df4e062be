/** getSuggestions: the other ideas for one action of the plan, for the sidebar's "Other ideas". */
import { ACTIONS_TAB } from '../../core/layout';
import { findActionRow, otherIdeas } from '../../core/otherIdeas';
import type { OtherIdeas, Reply, SuggestionsRequest } from '../../api/sheets';
import { failure, ok } from '../../api/reply';
import { suggestionsRequest } from '../../api/actionPlanRequests';
import { answerRequest } from '../../appsscript/answer';
import { TabFinder } from '../../appsscript/tabs';
import { suggestionSource } from '../suggestionSource';
import { loadTab } from '../workbook';

export function getSuggestions(input: SuggestionsRequest): Reply<OtherIdeas> {
  return answerRequest(suggestionsRequest, input, ({ key }) => {
    const actions = loadTab(new TabFinder(SpreadsheetApp.getActiveSpreadsheet()), ACTIONS_TAB);
    const index = actions.sheet ? findActionRow(actions.table, key) : -1;
    if (index < 0) return failure('invalid', ACTION_GONE);
    return ok(otherIdeas(actions.table, index, suggestionSource()));
  });
}

export const ACTION_GONE =
  'That action is no longer in the Action Plan (its row or its key was removed). Refresh the sidebar.';
