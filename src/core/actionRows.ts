/**
 * What the add-on can tell about an Action Plan row: whether it is this period's focus, its Priority,
 * the skill it is for, and whether nobody edited it since it was generated.
 *
 * A generated row carries, in its hidden Suggestion cell, the id of the suggestion it came from and
 * a fingerprint of every cell the add-on wrote into it. While the row's cells still give that
 * fingerprint, nobody has touched it and its action may be swapped for another idea; any edit (a word
 * of the action, the status, the due date, the effort) changes the fingerprint and the row is theirs.
 */
import { cellText, fingerprint, isDate, normalizeText } from './cells';
import { ACT, ACTIONS_TAB } from './layout';
import { valueAt, type Table } from './table';

/** The cells a generated row's fingerprint covers: all the add-on writes but Key and Suggestion. */
export const FINGERPRINTED: readonly string[] = ACTIONS_TAB.headers.filter(
  (header) => header !== ACT.key && header !== ACT.suggestion,
);

/** The value a cell written as `written` reads back as: Sheets drops the apostrophe that kept text literal. */
export function asRead(written: unknown): unknown {
  return typeof written === 'string' ? written.replace(/^'/, '') : written;
}

/** A cell as the fingerprint sees it: a date by its calendar day where the script runs, the rest as text. */
function cellPrint(value: unknown): string {
  if (isDate(value)) return `${value.getFullYear()}-${value.getMonth() + 1}-${value.getDate()}`;
  return cellText(value);
}

/** The fingerprint of a row's FINGERPRINTED cells, each read by `cellOf(header)` as the sheet holds it. */
export function rowFingerprint(cellOf: (header: string) => unknown): string {
  return fingerprint(FINGERPRINTED.map((header) => cellPrint(cellOf(header))).join('\u001f'));
}

/** The Suggestion cell of a generated row: "<suggestion id> <fingerprint>". */
export function suggestionCell(suggestionId: string, rowPrint: string): string {
  return `${suggestionId} ${rowPrint}`;
}

export function parseSuggestionCell(value: unknown): { id: string; fingerprint: string } | null {
  const match = /^(\S+) ([0-9a-f]{8})$/.exec(cellText(value));
  return match ? { id: match[1] ?? '', fingerprint: match[2] ?? '' } : null;
}

/** True for a generated row whose cells are exactly as the add-on wrote them. */
export function isUntouched(table: Table, row: readonly unknown[]): boolean {
  const stored = parseSuggestionCell(valueAt(table, row, ACT.suggestion));
  return stored !== null && rowFingerprint((header) => valueAt(table, row, header)) === stored.fingerprint;
}

/** True for a Focus cell that marks an action as this period's focus ("Yes"; not blank, "No" or "false"). */
export function isFocusMark(value: unknown): boolean {
  const text = normalizeText(cellText(value));
  return text !== '' && text !== 'no' && text !== 'false';
}

/** A Priority cell as a number; blank or not a number sorts last. */
export function priorityOf(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(cellText(value));
  return cellText(value) !== '' && Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
}

/** The last part of a generated row's Key: a catalog requirement's skill id (or a handbook text id). */
export function keySkill(key: string): string {
  const base = key.replace(/#\d+$/, '');
  return base.startsWith('act:') ? base.slice(base.lastIndexOf(':') + 1) : '';
}

/** The skill of the suggestion a row came from ('' for none, or for an area-level suggestion). */
export function suggestionSkill(value: unknown): string {
  const id = parseSuggestionCell(value)?.id ?? '';
  const slash = id.indexOf('/');
  return slash > 0 && !id.startsWith('area/') ? id.slice(0, slash) : '';
}
