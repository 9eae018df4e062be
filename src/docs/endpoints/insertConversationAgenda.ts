/** insertConversationAgenda: the agenda block, after the cursor or in place of the tab's agenda. */
import type { AgendaOutcome } from '../../api/docs';
import { placeBlock } from '../placeBlock';
import { replaceRequest } from '../../api/docsRequests';
import { parseRequest } from '../../appsscript/requests';
import { agendaSection } from '../sections';

export function insertConversationAgenda(request?: unknown): AgendaOutcome {
  const { replaceEdited } = parseRequest(replaceRequest, request);
  const section = agendaSection();
  const written = placeBlock(section, replaceEdited === true);
  if (written.status === 'needs-confirmation') return written;
  return { ...written, kind: 'agenda', ...section.summary };
}
