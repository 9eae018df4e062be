/**
 * insertSinceLastConversation: what the linked growth plan's check-ins show since the last
 * conversation. The plan is read in full before the document is touched, and its URL is remembered
 * only once the section was written.
 */
import type { SinceLastReply, SinceLastRequest } from '../../api/docs';
import { failure, ok } from '../../api/reply';
import { sinceLastRequest } from '../../api/docsRequests';
import { answerRequest } from '../../appsscript/answer';
import { linkedPlanUrl, rememberPlanUrl } from '../link';
import { placeBlock } from '../placeBlock';
import { sinceLastSection } from '../sections';

export function insertSinceLastConversation(input?: SinceLastRequest): SinceLastReply {
  return answerRequest(sinceLastRequest, input, ({ spreadsheetUrl, replaceEdited }) => {
    const url = spreadsheetUrl?.trim() || linkedPlanUrl();
    if (!url) return failure('invalid', 'Paste the URL of your growth plan spreadsheet first.');
    const section = sinceLastSection(url);
    const written = placeBlock(section, replaceEdited === true, () => {
      rememberPlanUrl(url);
    });
    if ('ok' in written) return written;
    return ok({ ...written, kind: 'sinceLast' as const, ...section.summary });
  });
}
