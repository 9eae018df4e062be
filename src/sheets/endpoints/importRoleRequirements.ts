/**
 * importRoleRequirements: one-click import of the target role's requirements into Role
 * Requirements, in the catalog's wording or (wording: 'handbook') the handbook page's current text.
 */
import type { HandbookImportResult, ImportRequest } from '../../api/sheets';
import { ok } from '../../api/reply';
import { handbookWordedImport } from '../handbookWording';
import { importRequirements } from '../requirementsImporter';
import { importRequest } from '../../api/sheetsRequests';
import { answerRequest } from '../../appsscript/answer';
import { requireRole } from '../roles';

export function importRoleRequirements(input: ImportRequest): HandbookImportResult {
  return answerRequest(importRequest, input, (request) => {
    const target = requireRole(request.targetRoleId, 'target');
    const current = request.currentRoleId === null ? null : requireRole(request.currentRoleId, 'current');
    if (request.wording === 'handbook') {
      const worded = handbookWordedImport(target, current);
      return 'ok' in worded ? worded : ok(importRequirements(worded));
    }
    return ok(
      importRequirements({
        target,
        current,
        plan: { currentRoleId: current?.id ?? null, targetRoleId: target.id, handbook: null },
        wording: 'catalog',
        // Rows of this level in the handbook's wording hand their ratings to the catalog's rows.
        otherWording: { catalogRole: target },
        shown: {
          target: { id: target.id, title: target.level.title },
          current: current ? { id: current.id, title: current.level.title } : null,
        },
      }),
    );
  });
}
