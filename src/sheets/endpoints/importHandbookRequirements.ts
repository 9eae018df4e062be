/**
 * importHandbookRequirements: imports a level of a pasted handbook job-family page (compared with
 * another level of the same page) through the same merge as catalog roles.
 */
import type * as z from 'zod/mini';
import { catalogOfferForPage, catalogRoleForLevel, findLevel, handbookRole } from '../../core/handbook/roles';
import { echoInput } from '../../core/echo';
import type { HandbookImportRequest, HandbookImportResult } from '../../api/sheets';
import { ok } from '../../api/reply';
import { handbookFailure, requirePageRef } from '../handbookFailures';
import { loadHandbookPage } from '../handbookPages';
import { importRequirements } from '../requirementsImporter';
import { handbookImportRequest } from '../../api/sheetsRequests';
import { answerRequest } from '../../appsscript/answer';
import { loadCatalog } from '../../appsscript/roles';

export function importHandbookRequirements(input: HandbookImportRequest): HandbookImportResult {
  return answerRequest(handbookImportRequest, input, (request) => importLevel(request));
}

function importLevel(request: z.output<typeof handbookImportRequest>): HandbookImportResult {
  const ref = requirePageRef(request.url);
  // Only a failure offers a catalog role, so only a failure unpacks the catalog.
  const offer = () => {
    const catalog = loadCatalog();
    return (
      catalogRoleForLevel(catalog, ref.path, { slug: request.targetLevel, title: '' }) ??
      catalogOfferForPage(catalog, ref)
    );
  };

  const loaded = loadHandbookPage(ref);
  if (!loaded.ok) return handbookFailure(loaded.reason, loaded.message, offer());
  const { page } = loaded;
  const targetLevel = findLevel(page, request.targetLevel);
  const currentLevel = request.currentLevel === null ? null : findLevel(page, request.currentLevel);
  if (!targetLevel || currentLevel === undefined) {
    const missing = !targetLevel ? request.targetLevel : request.currentLevel;
    return handbookFailure(
      'no-level',
      `The page "${page.title}" has no level "${echoInput(missing ?? '')}" now. Look the page up again and choose a level.`,
      offer(),
    );
  }

  const target = handbookRole(ref, page, targetLevel);
  const current = currentLevel ? handbookRole(ref, page, currentLevel) : null;
  if (target.role.level.requirements.length === 0) {
    // Importing nothing would only mark every earlier row as not in the target role.
    return handbookFailure(
      'no-requirements',
      `"${targetLevel.title}" lists no requirements of its own on the handbook page, so there is nothing to import.`,
      offer(),
    );
  }
  const summary = importRequirements({
    target: target.role,
    current: current?.role ?? null,
    plan: {
      targetRoleId: target.role.id,
      currentRoleId: current?.role.id ?? null,
      handbook: {
        url: ref.url,
        pageTitle: page.title,
        targetLevel: targetLevel.slug,
        targetTitle: targetLevel.title,
        currentLevel: currentLevel?.slug ?? null,
        currentTitle: currentLevel?.title ?? null,
      },
    },
    wording: 'handbook',
    // The catalog's wording of this level, if the catalog has it, hands its ratings over.
    otherWording: { catalogRole: catalogRoleForLevel(loadCatalog(), ref.path, targetLevel) },
    shown: {
      target: { id: target.role.id, title: targetLevel.title },
      current: current ? { id: current.role.id, title: current.role.level.title } : null,
    },
    skippedCommon: target.skippedCommon,
  });
  return ok(summary);
}
