/**
 * importRoleRequirements: one-click import of the target role's requirements into Role
 * Requirements, in the catalog's wording or (wording: 'handbook') the handbook page's current text.
 */
import type { ImportSummary } from '../../api/sheets';
import { handbookWordedImport } from '../handbookWording';
import { importRequirements } from '../requirementsImporter';
import { importRequest } from '../../api/sheetsRequests';
import { parseRequest } from '../../appsscript/requests';
import { requireRole } from '../roles';

export function importRoleRequirements(input: unknown): ImportSummary {
  const request = parseRequest(importRequest, input);
  const target = requireRole(request.targetRoleId, 'target');
  const current = request.currentRoleId === null ? null : requireRole(request.currentRoleId, 'current');
  if (request.wording === 'handbook') return importRequirements(handbookWordedImport(target, current));
  return importRequirements({
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
  });
}
