/** How a handbook failure reaches the sidebar: a message that names the catalog role to use instead. */
import type { Role } from '../core/catalog';
import { parseHandbookUrl, type HandbookPageRef } from '../core/handbook/url';
import type { HandbookFailure, HandbookFailureReason } from '../api/sheets';
import { UserError } from '../appsscript/errors';

export function handbookFailure(
  reason: HandbookFailureReason,
  message: string,
  offer: Role | null,
): HandbookFailure {
  const way = offer ? ` You can import "${offer.level.title}" from the catalog instead.` : '';
  return {
    ok: false,
    kind: 'handbook',
    reason,
    message: `${message}${way}`,
    catalogRole: offer ? { roleId: offer.id, title: offer.level.title } : null,
  };
}

/** The page a pasted address names, or a UserError saying what a good address looks like. */
export function requirePageRef(url: string): HandbookPageRef {
  const parsed = parseHandbookUrl(url);
  if (!parsed.ok) throw new UserError(parsed.error);
  return parsed.page;
}
