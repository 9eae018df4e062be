/**
 * Where a check-in goes on the Check-ins tab. The first check-in of a day is appended below the
 * last row. A second one the same day replaces that day's rows, wherever a person's sorting put
 * them, and nothing else: rows of other days are never written, not even with the values they
 * hold. Within today's rows only those that change are written.
 */
import { cellText, isDate, type Cell } from '../cells';
import type { HeaderMap } from '../headers';
import { KEY } from '../layout';
import type { Table } from '../table';
import { checkInRows, readCheckIns, type CheckIn } from './checkIns';
import type { Day } from './days';

/** What to do to the tab, in sheet rows (row 1 is the header). */
export interface CheckInWrite {
  /** True when a snapshot of the same day was there before. */
  replaced: boolean;
  /** Rows of today's earlier snapshot to empty, when sorting scattered them: after the block. */
  clearRows: number[];
  /** Rows to insert after a sheet row, to make room inside today's block. */
  insert: { after: number; count: number } | null;
  /** Rows of today's earlier snapshot to delete, when the new one is shorter and rows follow it. */
  remove: { first: number; count: number } | null;
  /** The rows to write, from sheet row `first`, column A. */
  block: { first: number; rows: Cell[][] } | null;
  /** Every check-in on the tab once the write is done, oldest first. */
  checkIns: CheckIn[];
}

/** The value Sheets will hold for what we write: a leading apostrophe only keeps text literal. */
function written(value: Cell): unknown {
  return typeof value === 'string' ? value.replace(/^'/, '') : value;
}

function sameCell(old: unknown, value: Cell): boolean {
  const next = written(value);
  if (isDate(old) || isDate(next)) return isDate(old) && isDate(next) && old.getTime() === next.getTime();
  return cellText(old) === cellText(next);
}

function sameRow(old: readonly unknown[] | undefined, row: readonly Cell[]): boolean {
  return !!old && row.every((value, i) => sameCell(old[i], value));
}

/** Cells of today's earlier rows by key, for the new rows of the same keys to keep. */
function keptCells(table: Table, rows: readonly number[]): Map<string, Map<number, unknown>> {
  const key = table.header.column(KEY);
  const kept = new Map<string, Map<number, unknown>>();
  for (const index of rows) {
    const row = table.rows[index] ?? [];
    const rowKey = key < 0 ? '' : cellText(row[key]);
    if (!rowKey || kept.has(rowKey)) continue;
    const cells = new Map<number, unknown>();
    row.forEach((value, column) => {
      if (cellText(value) !== '') cells.set(column, value);
    });
    kept.set(rowKey, cells);
  }
  return kept;
}

/**
 * Plans recording `checkIn` (dated today) into a Check-ins table read with `header` (the header it
 * will have once missing columns are appended). Without a note of its own, a check-in keeps the
 * note recorded earlier the same day.
 */
export function planCheckInWrite(table: Table, header: HeaderMap, checkIn: CheckIn): CheckInWrite {
  const { todays, rows, after } = recording(table, header, checkIn);
  const plan: CheckInWrite = {
    replaced: todays.length > 0,
    clearRows: [],
    insert: null,
    remove: null,
    block: null,
    checkIns: after,
  };
  // Data row i is sheet row i + 2; the last used row is the header's, or the last data row's.
  const lastRow = table.rows.length + 1;
  const append = (first: number, from: number) => {
    if (from < rows.length) plan.block = { first, rows: rows.slice(from) };
  };

  if (todays.length === 0) {
    append(lastRow + 1, 0);
    return plan;
  }
  const firstIndex = todays[0] ?? 0;
  const contiguous = todays.every((index, i) => index === firstIndex + i);
  if (!contiguous) {
    // A person sorted the tab: empty today's old rows where they are, put the new ones at the end.
    // The new rows go in first and the old are emptied after, so a run stopped in between left the
    // new rows ending the tab: then only the emptying is left to do.
    const written = newRowsWritten(table, header, checkIn, todays, rows.length);
    if (!written) {
      plan.clearRows = todays.map((index) => index + 2);
      append(lastRow + 1, 0);
      return plan;
    }
    const kept = new Set(written.indices);
    plan.clearRows = todays.filter((index) => !kept.has(index)).map((index) => index + 2);
    plan.checkIns = written.after;
    return plan;
  }

  const block = todays;
  const old = block.map((index) => table.rows[index]);
  const first = firstIndex + 2;
  const changed = rows.findIndex((row, i) => !sameRow(old[i], row));
  const atEnd = firstIndex + block.length === table.rows.length;
  if (rows.length === old.length) {
    if (changed < 0) return plan;
    let last = rows.length - 1;
    while (last > changed && sameRow(old[last], rows[last] ?? [])) last--;
    plan.block = { first: first + changed, rows: rows.slice(changed, last + 1) };
    return plan;
  }
  const from = changed < 0 ? Math.min(rows.length, old.length) : changed;
  if (rows.length > old.length) {
    // Rows of other days follow: make room inside today's block rather than write over them. Empty
    // rows right below the block are room already (as a run stopped after making room leaves them).
    if (!atEnd) {
      const needed = rows.length - old.length;
      const room = emptyRowsFrom(table, firstIndex + old.length, needed);
      if (room < needed) plan.insert = { after: first + old.length - 1 + room, count: needed - room };
    }
    append(first + from, from);
    return plan;
  }
  // Fewer rows than before: the surplus goes, emptied at the end of the tab, deleted elsewhere.
  const surplus = old.length - rows.length;
  if (atEnd) {
    const blank = Array.from({ length: surplus }, () => Array<Cell>(header.headers.length).fill(''));
    plan.block = { first: first + from, rows: [...rows.slice(from), ...blank] };
  } else {
    plan.remove = { first: first + rows.length, count: surplus };
    append(first + from, from);
  }
  return plan;
}

/** Today's check-in as it will be recorded into `table`: its rows, and every check-in after it. */
function recording(
  table: Table,
  header: HeaderMap,
  checkIn: CheckIn,
): { todays: number[]; rows: Cell[][]; after: CheckIn[] } {
  const { checkIns, rowsByDay } = readCheckIns(table);
  const today: Day = checkIn.date;
  const earlier = checkIns.find((c) => c.date === today);
  const todays = rowsByDay.get(today) ?? [];
  const recorded: CheckIn = { ...checkIn, note: checkIn.note || (earlier?.note ?? '') };
  const rows = checkInRows(header, recorded, keptCells(table, todays));
  const after = [...checkIns.filter((c) => c.date !== today), recorded].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  return { todays, rows, after };
}

/**
 * The last `count` of today's rows, when they end the tab and are exactly the rows recording the
 * check-in into the tab without them would write (as a run that stopped before emptying today's
 * old rows left them), with the check-ins that recording gives; else null.
 */
function newRowsWritten(
  table: Table,
  header: HeaderMap,
  checkIn: CheckIn,
  todays: readonly number[],
  count: number,
): { indices: number[]; after: CheckIn[] } | null {
  const indices = trailingRun(todays, table.rows.length).slice(-count);
  if (indices.length === 0 || indices.length !== count) return null;
  const before = { header: table.header, rows: table.rows.slice(0, indices[0]) };
  const { rows, after } = recording(before, header, checkIn);
  const same =
    rows.length === count && indices.every((index, i) => sameRow(table.rows[index], rows[i] ?? []));
  return same ? { indices, after } : null;
}

/** The data rows among `indices` (in order) that end a table of `length` rows, one after the other. */
function trailingRun(indices: readonly number[], length: number): number[] {
  const run: number[] = [];
  for (let i = indices.length - 1, next = length - 1; i >= 0 && indices[i] === next; i--, next--)
    run.unshift(next);
  return run;
}

/** How many rows from data row `from` on (at most `max`) hold nothing at all. */
function emptyRowsFrom(table: Table, from: number, max: number): number {
  let count = 0;
  for (let row = table.rows[from]; count < max && row?.every((value) => cellText(value) === '');)
    row = table.rows[from + ++count];
  return count;
}
