/**
 * Writing only our columns of a tab people share with us: each run of adjacent columns of ours is
 * one block of rows, so a column of theirs between two of ours is never written, and the number of
 * writes depends on how the columns lie, never on the rows.
 */
import type { Cell } from '../cells';
import type { HeaderMap } from '../headers';

/** A block of adjacent columns of ours, written in one call. */
export interface ColumnBlock {
  /** 0-based column of the block's first column. */
  column: number;
  /** 0-based data row of the block's first row. */
  first: number;
  values: Cell[][];
}

/** Runs of adjacent columns, in column order. */
function runsOf(columns: readonly number[]): { column: number; width: number }[] {
  const runs: { column: number; width: number }[] = [];
  for (const column of [...columns].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.width === column) last.width += 1;
    else runs.push({ column, width: 1 });
  }
  return runs;
}

/**
 * The blocks that write `count` data rows from `first` into the columns of `ours` (headers, found in
 * `header` in any case). `cellOf` answers a cell by data row and by our spelling of its header.
 */
export function columnBlocks(
  header: HeaderMap,
  ours: readonly string[],
  rows: { first: number; count: number },
  cellOf: (index: number, header: string, column: number) => Cell,
): ColumnBlock[] {
  if (rows.count <= 0) return [];
  const byColumn = new Map<number, string>();
  for (const name of ours) {
    const column = header.column(name);
    if (column >= 0 && !byColumn.has(column)) byColumn.set(column, name);
  }
  return runsOf([...byColumn.keys()]).map(({ column, width }) => ({
    column,
    first: rows.first,
    values: Array.from({ length: rows.count }, (_, i) =>
      Array.from({ length: width }, (_, c) =>
        cellOf(rows.first + i, byColumn.get(column + c) ?? '', column + c),
      ),
    ),
  }));
}
