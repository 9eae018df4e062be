/** Plain-value helpers for spreadsheet cells, shared by every tab adapter. No Apps Script here. */

export type Cell = string | number | boolean | Date;

/** True for a Date from any realm (values read in a vm or from Apps Script may not share ours). */
export function isDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())
  );
}

/** The text a person sees for a cell value, trimmed; '' for empty cells. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return typeof value === 'object' ? JSON.stringify(value).trim() : '';
}

export function isBlank(value: unknown): boolean {
  return cellText(value) === '';
}

/**
 * Text as it must be written so Sheets keeps it literal: a leading =, +, - or @ would start a
 * formula, and a leading apostrophe would be swallowed, so such text gets an apostrophe in front.
 */
export function literal(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** Case- and space-insensitive form of a text, for matching what people typed. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A short, stable fingerprint of a text (32-bit FNV-1a, hex), for keys of rows people added. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
