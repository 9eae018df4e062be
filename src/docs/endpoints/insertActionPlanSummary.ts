/**
 * insertActionPlanSummary: where the linked growth plan stands. The plan is read in full before the
 * document is touched, and its URL is remembered only once the summary was written.
 */
import type { ActionPlanOutcome } from '../../api/docs';
import { UserError } from '../../appsscript/errors';
import { linkedPlanUrl, rememberPlanUrl } from '../link';
import { placeBlock } from '../placeBlock';
import { actionPlanRequest } from '../../api/docsRequests';
import { parseRequest } from '../../appsscript/requests';
import { actionPlanSection } from '../sections';

export function insertActionPlanSummary(request?: unknown): ActionPlanOutcome {
  const { spreadsheetUrl, replaceEdited } = parseRequest(actionPlanRequest, request);
  const url = spreadsheetUrl?.trim() || linkedPlanUrl();
  if (!url) throw new UserError('Paste the URL of your growth plan spreadsheet first.');
  const section = actionPlanSection(url);
  const written = placeBlock(section, replaceEdited === true, () => {
    rememberPlanUrl(url);
  });
  if (written.status === 'needs-confirmation') return written;
  return { ...written, kind: 'actionPlan', ...section.summary };
}
