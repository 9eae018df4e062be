/** insertConversationAgenda: the agenda block, after the cursor or in place of the tab's agenda. */
import type { AgendaReply, ReplaceRequest } from '../../api/docs';
import { ok } from '../../api/reply';
import { placeBlock } from '../placeBlock';
import { replaceRequest } from '../../api/docsRequests';
import { answerRequest } from '../../appsscript/answer';
import { agendaSection } from '../sections';

export function insertConversationAgenda(input?: ReplaceRequest): AgendaReply {
  return answerRequest(replaceRequest, input, ({ replaceEdited }) => {
    const section = agendaSection();
    const written = placeBlock(section, replaceEdited === true);
    if ('ok' in written) return written;
    return ok({ ...written, kind: 'agenda' as const, ...section.summary });
  });
}
