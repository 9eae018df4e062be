/**
 * "Use the handbook's current wording" for a catalog role: the same level read from its handbook
 * page, so the rows carry the page's text (and the same keys as importing that page directly).
 */
import type { Role } from '../core/catalog';
import { handbookRole, levelForCatalogRole } from '../core/handbook/roles';
import type { JobFamilyPage } from '../core/jobFamily/types';
import type { HandbookFailure, HandbookFailureReason, HandbookSource } from '../api/sheets';
import { loadHandbookPage } from './handbookPages';
import { requirePageRef } from './handbookFailures';
import type { RequirementsImport } from './requirementsImporter';

interface Worded {
  role: Role;
  skippedCommon: number;
  page: JobFamilyPage;
  url: string;
  level: { slug: string; title: string };
}

/**
 * The import of `target` (compared with `current`) in their handbook pages' wording, or a handbook
 * failure that offers the target in the catalog's wording instead.
 */
export function handbookWordedImport(
  target: Role,
  current: Role | null,
): RequirementsImport | HandbookFailure {
  const refused = (reason: HandbookFailureReason, message: string): HandbookFailure => ({
    ok: false,
    kind: 'handbook',
    reason,
    message,
    catalogRole: { roleId: target.id, title: target.level.title },
  });
  const pages = new Map<string, JobFamilyPage>();
  const worded = (role: Role): Worded | HandbookFailure => {
    const ref = requirePageRef(role.level.url);
    let page = pages.get(ref.path);
    if (!page) {
      const loaded = loadHandbookPage(ref);
      if (!loaded.ok)
        return refused(
          loaded.reason,
          `${loaded.message} You can import "${role.level.title}" with the catalog's wording instead.`,
        );
      page = loaded.page;
      pages.set(ref.path, page);
    }
    const level = levelForCatalogRole(page, role);
    if (!level) {
      return refused(
        'no-level',
        `The handbook page "${page.title}" has no level matching "${role.level.title}" now. You can import it with the catalog's wording instead.`,
      );
    }
    return { ...handbookRole(ref, page, level), page, url: ref.url, level };
  };
  const t = worded(target);
  if ('ok' in t) return t;
  if (t.role.level.requirements.length === 0) {
    // Importing nothing would only mark every earlier row as not in the target role.
    return refused(
      'no-requirements',
      `"${t.level.title}" lists no requirements of its own on the handbook page. You can import "${target.level.title}" with the catalog's wording instead.`,
    );
  }
  const c = current ? worded(current) : null;
  if (c && 'ok' in c) return c;
  const handbook: HandbookSource = {
    url: t.url,
    pageTitle: t.page.title,
    targetLevel: t.level.slug,
    targetTitle: t.level.title,
    currentLevel: c?.level.slug ?? null,
    currentTitle: c?.level.title ?? null,
  };
  return {
    target: t.role,
    current: c?.role ?? null,
    plan: { targetRoleId: target.id, currentRoleId: current?.id ?? null, handbook },
    wording: 'handbook',
    // Rows of the catalog's wording of the level hand their ratings to the handbook's rows.
    otherWording: { catalogRole: target },
    shown: {
      target: { id: target.id, title: target.level.title },
      current: current ? { id: current.id, title: current.level.title } : null,
    },
    skippedCommon: t.skippedCommon,
  };
}
