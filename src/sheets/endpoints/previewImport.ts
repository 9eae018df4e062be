/** previewImport: what an import would bring, before anything is written (no spreadsheet access). */
import { compareLevels } from '../../core/compare';
import type { ImportPreview } from '../../api/sheets';
import { importRequest } from '../../api/sheetsRequests';
import { parseRequest } from '../../appsscript/requests';
import { requireRole } from '../roles';

export function previewImport(input: unknown): ImportPreview {
  const request = parseRequest(importRequest, input);
  const target = requireRole(request.targetRoleId, 'target');
  const current = request.currentRoleId === null ? null : requireRole(request.currentRoleId, 'current');
  const compared = compareLevels(current?.level ?? null, target.level);
  return {
    requirements: compared.length,
    newComparedWithCurrent: compared.filter((c) => c.isNew).length,
    areas: [...new Set(compared.map((c) => c.requirement.area))].length,
  };
}
