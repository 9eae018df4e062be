/** insertRoleRequirements: the target role's requirements as a table, compared with the current role. */
import type { RequirementsOutcome } from '../../api/docs';
import { placeBlock } from '../placeBlock';
import { requirementsRequest } from '../../api/docsRequests';
import { parseRequest } from '../../appsscript/requests';
import { requirementsSection } from '../sections';

export function insertRoleRequirements(request: unknown): RequirementsOutcome {
  const { targetRoleId, currentRoleId, replaceEdited } = parseRequest(requirementsRequest, request);
  const section = requirementsSection(targetRoleId, currentRoleId);
  const written = placeBlock(section, replaceEdited === true);
  if (written.status === 'needs-confirmation') return written;
  return { ...written, kind: 'requirements', ...section.summary };
}
