/** previewImport: what an import would bring, before anything is written (no spreadsheet access). */
import { compareLevels } from '../../core/compare';
import type { ImportPreview, ImportRequest, Reply } from '../../api/sheets';
import { ok } from '../../api/reply';
import { importRequest } from '../../api/sheetsRequests';
import { answerRequest } from '../../appsscript/answer';
import { requireRole } from '../roles';

export function previewImport(input: ImportRequest): Reply<ImportPreview> {
  return answerRequest(importRequest, input, (request) => {
    const target = requireRole(request.targetRoleId, 'target');
    const current = request.currentRoleId === null ? null : requireRole(request.currentRoleId, 'current');
    const compared = compareLevels(current?.level ?? null, target.level);
    return ok({
      requirements: compared.length,
      newComparedWithCurrent: compared.filter((c) => c.isNew).length,
      areas: [...new Set(compared.map((c) => c.requirement.area))].length,
    });
  });
}
