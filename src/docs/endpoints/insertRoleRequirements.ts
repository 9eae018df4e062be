/** insertRoleRequirements: the target role's requirements as a table, compared with the current role. */
import type { RequirementsReply, RequirementsRequest } from '../../api/docs';
import { ok } from '../../api/reply';
import { placeBlock } from '../placeBlock';
import { requirementsRequest } from '../../api/docsRequests';
import { answerRequest } from '../../appsscript/answer';
import { requirementsSection } from '../sections';

export function insertRoleRequirements(input: RequirementsRequest): RequirementsReply {
  return answerRequest(requirementsRequest, input, ({ targetRoleId, currentRoleId, replaceEdited }) => {
    const section = requirementsSection(targetRoleId, currentRoleId);
    const written = placeBlock(section, replaceEdited === true);
    if ('ok' in written) return written;
    return ok({ ...written, kind: 'requirements' as const, ...section.summary });
  });
}
