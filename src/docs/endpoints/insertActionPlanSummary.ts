/**
 * insertActionPlanSummary: where the linked growth plan stands. The plan is read in full before the
 * document is touched, and its URL is remembered only once the summary was written.
 */
import type { ActionPlanReply, ActionPlanRequest } from '../../api/docs';
import { failure, ok } from '../../api/reply';
import { linkedPlanUrl, rememberPlanUrl } from '../link';
import { placeBlock } from '../placeBlock';
import { actionPlanRequest } from '../../api/docsRequests';
import { answerRequest } from '../../appsscript/answer';
import { actionPlanSection } from '../sections';

export function insertActionPlanSummary(input?: ActionPlanRequest): ActionPlanReply {
  return answerRequest(actionPlanRequest, input, ({ spreadsheetUrl, replaceEdited }) => {
    const url = spreadsheetUrl?.trim() || linkedPlanUrl();
    if (!url) return failure('invalid', 'Paste the URL of your growth plan spreadsheet first.');
    const section = actionPlanSection(url);
    const written = placeBlock(section, replaceEdited === true, () => {
      rememberPlanUrl(url);
    });
    if ('ok' in written) return written;
    return ok({ ...written, kind: 'actionPlan' as const, ...section.summary });
  });
}
