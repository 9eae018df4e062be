/** getHandbookFamily: the levels of a handbook job-family page, for the sidebar to choose from. */
import {
  catalogOfferForPage,
  catalogRoleForLevel,
  catalogRolesOnPage,
  levelRequirements,
  levelSummaries,
} from '../../core/handbook/roles';
import type { HandbookLookup, HandbookLookupRequest } from '../../api/sheets';
import { ok } from '../../api/reply';
import { handbookFailure, requirePageRef } from '../handbookFailures';
import { loadHandbookPage } from '../handbookPages';
import { handbookLookupRequest } from '../../api/sheetsRequests';
import { answerRequest } from '../../appsscript/answer';
import { loadCatalog } from '../../appsscript/roles';

export function getHandbookFamily(input: HandbookLookupRequest): HandbookLookup {
  return answerRequest(handbookLookupRequest, input, (request) => {
    const ref = requirePageRef(request.url);
    const loaded = loadHandbookPage(ref);
    const catalog = loadCatalog();
    if (!loaded.ok) return handbookFailure(loaded.reason, loaded.message, catalogOfferForPage(catalog, ref));
    const { page } = loaded;
    const levels = levelSummaries(page).map((level) => ({
      ...level,
      catalogRoleId: catalogRoleForLevel(catalog, ref.path, level)?.id ?? null,
    }));
    return ok({
      title: page.title,
      url: ref.url,
      levels,
      catalogFamilyId: catalogRolesOnPage(catalog, ref.path)[0]?.family.id ?? null,
      suggestedLevel: ref.anchor && levels.some((l) => l.slug === ref.anchor) ? ref.anchor : null,
      skippedCommon: page.levels.reduce((sum, level) => sum + levelRequirements(level).skippedCommon, 0),
    });
  });
}
