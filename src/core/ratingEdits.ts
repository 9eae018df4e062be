/**
 * Rating in the sidebar, decided on plain data: which Role Requirements rows the sidebar rates,
 * the version that tells whether a row changed in the sheet since the sidebar read it, and the
 * write that saves a batch of ratings (or the conflicts that stop it). Nothing here writes.
 */
import { cellText, fingerprint, isDate, normalizeText, type Cell } from './cells';
import { REQ } from './layout';
import { isActiveRequirement } from './progress';
import { parseRating, type Rating } from './ratings';
import { textAt, valueAt, type Table } from './table';
import { RATINGS } from './vocabulary';

/** Who rates: the person (Self rating) or their manager (Manager rating). */
export type Rater = 'self' | 'manager';

/** The column each rater writes. */
export const RATER_COLUMN: Readonly<Record<Rater, string>> = { self: REQ.self, manager: REQ.manager };

/** One active requirement as the rating view shows it (the shape of the API's RatingRow). */
export interface RatedRequirement {
  key: string;
  requirement: string;
  area: string;
  self: Rating | null;
  manager: Rating | null;
  evidence: string;
  version: string;
}

/** A rated requirement and the data row (0-based, below the header) it was read from. */
export interface LocatedRequirement extends RatedRequirement {
  index: number;
}

/** One rating the sidebar wants saved, with the version of the row it was read at. */
export interface RatingChange {
  key: string;
  /** '' clears the rating. */
  rating: Rating | '';
  evidence: string;
  version: string;
}

/** A row that changed in the sheet (or left it) since the sidebar read it. */
export interface RatingEditConflict {
  key: string;
  requirement: string;
  sheet: { rating: Rating | null; evidence: string };
  yours: { rating: Rating | null; evidence: string };
}

/** One block to write: `values` from data row `first` down, in the column under `header`. */
export interface ColumnSpan {
  header: string;
  first: number;
  values: Cell[];
}

/** What a data cell holds besides its value, as getFormulas and getNumberFormats read it. */
export interface CellDetails {
  /** The formula of each data cell ('' for none). */
  formulas: readonly (readonly string[])[];
  /** The number format of each data cell ('@' keeps whatever is written as text). */
  numberFormats: readonly (readonly string[])[];
}

export type RatingEditPlan =
  | { kind: 'invalid'; message: string }
  | { kind: 'conflict'; conflicts: RatingEditConflict[] }
  | {
      kind: 'write';
      /** At most one block per column: the rater's column and Evidence. */
      spans: ColumnSpan[];
      /** Rows whose rating or evidence changes. */
      saved: number;
      /** The table as it reads once the spans are written. */
      after: Table;
    };

const SEPARATOR = '\u241f';

/**
 * The version of a row: a short fingerprint of its Self rating, Manager rating and Evidence as
 * read. Any edit to one of the three gives another version, so a save can tell the row moved.
 */
export function ratingVersion(self: unknown, manager: unknown, evidence: unknown): string {
  return fingerprint([self, manager, evidence].map(cellText).join(SEPARATOR));
}

/**
 * The key the sidebar knows a row by: its Key, or for a row a person added without one a key made
 * from its requirement text. A key met again (a copied row) gets its occurrence appended, so every
 * row keeps a key of its own in reading order.
 */
function rowKeys(table: Table, rows: readonly number[]): Map<number, string> {
  const seen = new Map<string, number>();
  const keys = new Map<number, string>();
  for (const index of rows) {
    const row = table.rows[index] ?? [];
    const own = textAt(table, row, REQ.key);
    const base = own || `row:${fingerprint(normalizeText(textAt(table, row, REQ.requirement)))}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    keys.set(index, count === 1 ? base : `${base}#${count}`);
  }
  return keys;
}

/** The target role's requirements in sheet order: every active row, with its key and version. */
export function ratedRequirements(table: Table): LocatedRequirement[] {
  const active: number[] = [];
  table.rows.forEach((row, index) => {
    if (isActiveRequirement(table, row)) active.push(index);
  });
  const keys = rowKeys(table, active);
  return active.map((index) => {
    const row = table.rows[index] ?? [];
    const self = valueAt(table, row, REQ.self);
    const manager = valueAt(table, row, REQ.manager);
    const evidence = valueAt(table, row, REQ.evidence);
    return {
      index,
      key: keys.get(index) ?? '',
      requirement: textAt(table, row, REQ.requirement),
      area: textAt(table, row, REQ.area),
      self: parseRating(self),
      manager: parseRating(manager),
      evidence: cellText(evidence),
      version: ratingVersion(self, manager, evidence),
    };
  });
}

/** The rows without where they were read, as they cross to the sidebar. */
export function withoutIndex(rows: readonly LocatedRequirement[]): RatedRequirement[] {
  return rows.map(({ index: _index, ...row }) => row);
}

/** The title of the role the rows belong to, as their Role column names it ('' when it does not). */
export function ratedRoleTitle(table: Table, rows: readonly LocatedRequirement[]): string {
  for (const { index } of rows) {
    const title = textAt(table, table.rows[index] ?? [], REQ.role);
    if (title) return title;
  }
  return '';
}

/**
 * Text as it must be written so Sheets stores exactly that text: besides = + - @ and a leading
 * apostrophe (which `literal` guards), text that reads as a number, date, time, percentage, sum of
 * money or TRUE/FALSE would be converted. Such text gets an apostrophe, which Sheets drops again.
 */
export function textCell(text: string): string {
  const start = text.trimStart();
  return /^[=+\-@'.$£€\d]/.test(start) || /^(true|false)$/i.test(start.trim()) ? `'${text}` : text;
}

/**
 * A cell written back unchanged inside a span: its formula if it has one, a value that is not text
 * as it was, text guarded so it stays the same text (a plain-text cell takes it as it is).
 */
function keptCell(value: unknown, formula: string, numberFormat: string): Cell {
  if (formula) return formula;
  if (typeof value === 'number' || typeof value === 'boolean' || isDate(value)) return value;
  const text = typeof value === 'string' ? value : cellText(value);
  return numberFormat === '@' ? text : textCell(text);
}

function writtenText(text: string, numberFormat: string): string {
  return numberFormat === '@' ? text : textCell(text);
}

interface CellWrite {
  index: number;
  value: string;
}

/**
 * Plans saving `changes` into the rater's column and Evidence of the rows read (`table`, with the
 * formulas and number formats of its data cells). Each change names its row by key and carries the
 * version it was read at: a row whose version moved, or whose key is gone, is a conflict, and then
 * nothing is written. `overwrite` (after the person saw the conflicts) writes over moved rows; rows
 * that are gone stay conflicts. Each column gets one block, from its first to its last changed row,
 * the rows between written back as they are.
 */
export function planRatingEdits(
  table: Table,
  details: CellDetails,
  rater: Rater,
  changes: readonly RatingChange[],
  overwrite: boolean,
): RatingEditPlan {
  const keys = new Set<string>();
  for (const change of changes) {
    if (keys.has(change.key)) {
      return { kind: 'invalid', message: 'A requirement was sent twice in one save. Nothing was saved.' };
    }
    keys.add(change.key);
  }
  const ratingHeader = RATER_COLUMN[rater];
  const byKey = new Map(ratedRequirements(table).map((row) => [row.key, row]));
  const conflicts: RatingEditConflict[] = [];
  const ratingWrites: CellWrite[] = [];
  const evidenceWrites: CellWrite[] = [];
  const savedRows = new Set<number>();

  for (const change of changes) {
    const row = byKey.get(change.key);
    const yours = { rating: change.rating === '' ? null : change.rating, evidence: change.evidence };
    if (!row) {
      conflicts.push({ key: change.key, requirement: '', sheet: { rating: null, evidence: '' }, yours });
      continue;
    }
    if (!overwrite && row.version !== change.version && !savedAlready(table, row, rater, change)) {
      const sheetRating = rater === 'self' ? row.self : row.manager;
      conflicts.push({
        key: row.key,
        requirement: row.requirement,
        sheet: { rating: sheetRating, evidence: row.evidence },
        yours,
      });
      continue;
    }
    const cells = table.rows[row.index] ?? [];
    if (cellText(valueAt(table, cells, ratingHeader)) !== change.rating) {
      ratingWrites.push({ index: row.index, value: change.rating });
      savedRows.add(row.index);
    }
    if (cellText(valueAt(table, cells, REQ.evidence)) !== cellText(change.evidence)) {
      evidenceWrites.push({ index: row.index, value: change.evidence });
      savedRows.add(row.index);
    }
  }
  if (conflicts.length > 0) return { kind: 'conflict', conflicts };

  const spans = [
    columnSpan(table, details, ratingHeader, ratingWrites),
    columnSpan(table, details, REQ.evidence, evidenceWrites),
  ].filter((span): span is ColumnSpan => span !== null);
  const after = applyWrites(table, [
    { header: ratingHeader, writes: ratingWrites },
    { header: REQ.evidence, writes: evidenceWrites },
  ]);
  return { kind: 'write', spans, saved: savedRows.size, after };
}

/**
 * True when a row moved only by this very save: it holds the rating being saved and either the
 * evidence too (nothing left to write, nothing of anyone's to lose), or the evidence it was read
 * with and a rating before that, which the version says, was one of the four or none. A save writes
 * the ratings' block before the evidence's, so one that stopped half way left exactly that, and
 * the same request finishes it instead of calling the row changed.
 */
function savedAlready(table: Table, row: LocatedRequirement, rater: Rater, change: RatingChange): boolean {
  const cells = table.rows[row.index] ?? [];
  if (cellText(valueAt(table, cells, RATER_COLUMN[rater])) !== change.rating) return false;
  if (row.evidence === cellText(change.evidence)) return true;
  const self = valueAt(table, cells, REQ.self);
  const manager = valueAt(table, cells, REQ.manager);
  const evidence = valueAt(table, cells, REQ.evidence);
  return ['', ...RATINGS].some(
    (before) =>
      ratingVersion(rater === 'self' ? before : self, rater === 'manager' ? before : manager, evidence) ===
      change.version,
  );
}

/** One block covering every write of a column, or null when the column has none. */
function columnSpan(
  table: Table,
  details: CellDetails,
  header: string,
  writes: readonly CellWrite[],
): ColumnSpan | null {
  if (writes.length === 0) return null;
  const column = table.header.column(header);
  const first = Math.min(...writes.map((w) => w.index));
  const last = Math.max(...writes.map((w) => w.index));
  const byIndex = new Map(writes.map((w) => [w.index, w.value]));
  const values: Cell[] = [];
  for (let index = first; index <= last; index++) {
    const format = details.numberFormats[index]?.[column] ?? '';
    const written = byIndex.get(index);
    values.push(
      written === undefined
        ? keptCell(table.rows[index]?.[column], details.formulas[index]?.[column] ?? '', format)
        : writtenText(written, format),
    );
  }
  return { header, first, values };
}

/** The table as Sheets will read it once written: the text each written cell was given, the rest as read. */
function applyWrites(
  table: Table,
  columns: readonly { header: string; writes: readonly CellWrite[] }[],
): Table {
  const rows = table.rows.map((row) => [...row]);
  for (const { header, writes } of columns) {
    const column = table.header.column(header);
    for (const write of writes) {
      const row = rows[write.index];
      if (row) row[column] = write.value;
    }
  }
  return { header: table.header, rows };
}
