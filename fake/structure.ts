/**
 * What happens across a workbook when rows or columns of one sheet are inserted, deleted or moved:
 * cells, widths and validations move with the grid; formulas everywhere, conditional
 * format ranges and formulas, and frozen counts are adjusted the way Sheets adjusts them.
 */
import type { DimOp } from './a1';
import type { GridRect } from './a1';
import { adjustFormula, mapIndex, mapSpan, rewriteRefs } from './a1';
import { isFakeRange } from './validation';
import { badArgs, exception, isWholeNumber } from './env';
import type { FakeSheet } from './sheet';

export type Dim = 'row' | 'col';

export function applyDimension(sheet: FakeSheet, dim: Dim, op: DimOp): void {
  const grid = sheet._grid();
  if (dim === 'row') grid.applyRows(op);
  else grid.applyCols(op);

  const changed = sheet._nameRaw();
  for (const other of sheet._parentSs()._sheetList()) {
    for (const chart of other._charts) {
      // A chart's data follows the lines it covers, wherever the chart is; its anchor follows its cell.
      chart.spec.ranges = chart.spec.ranges.flatMap((ref) => {
        if (ref.sheet !== sheet) return [ref];
        const rect = mapRect(ref.rect, dim, op);
        return rect ? [{ sheet: ref.sheet, rect }] : [];
      });
      if (other === sheet) {
        const position = chart.spec.position;
        const at = dim === 'row' ? position.row : position.col;
        const moved = Math.max(1, mapIndex(op, at) ?? op.at);
        chart.spec.position = dim === 'row' ? { ...position, row: moved } : { ...position, col: moved };
      }
    }
    const home = other._nameRaw();
    for (const [, , cell] of other._grid().cells()) {
      if (cell.f !== undefined) cell.f = adjustFormula(cell.f, home, changed, dim, op);
    }
    other._cf = other._cf.flatMap((spec) => {
      const values =
        spec.criteria === 'CUSTOM_FORMULA'
          ? spec.values.map((v) => (typeof v === 'string' ? adjustFormula(v, home, changed, dim, op) : v))
          : spec.values;
      if (other !== sheet) return [{ ...spec, values }];
      const ranges = spec.ranges.flatMap((ref) => {
        const rect = mapRect(ref.rect, dim, op);
        return rect ? [{ sheet: ref.sheet, rect }] : [];
      });
      return ranges.length > 0 ? [{ ...spec, values, ranges }] : [];
    });
  }

  const frozen = sheet._frozen;
  const key = dim === 'row' ? 'rows' : 'cols';
  if (op.kind === 'insert' && op.at <= frozen[key]) frozen[key] += op.count;
  if (op.kind === 'delete') {
    const overlap = Math.max(0, Math.min(frozen[key], op.at + op.count - 1) - op.at + 1);
    frozen[key] -= overlap;
  }
}

/** Where a rectangle ends up after a structural change along `dim`, or null when all of it went. */
function mapRect(rect: GridRect, dim: Dim, op: DimOp): GridRect | null {
  const start = dim === 'row' ? rect.row : rect.col;
  const size = dim === 'row' ? rect.numRows : rect.numCols;
  const span = mapSpan(op, start, start + size - 1);
  if (!span) return null;
  return dim === 'row'
    ? { ...rect, row: span[0], numRows: span[1] - span[0] + 1 }
    : { ...rect, col: span[0], numCols: span[1] - span[0] + 1 };
}

/**
 * Rewrites references to sheet `from` in every formula of the workbook: to the new name on rename,
 * to `#REF!` when the sheet was deleted (`to` null).
 */
export function renameSheetRefs(sheets: readonly FakeSheet[], from: string, to: string | null): void {
  const matches = (name: string | null): boolean =>
    name !== null && name.toLowerCase() === from.toLowerCase();
  const rewrite = (f: string): string =>
    rewriteRefs(f, (ref) =>
      !matches(ref.sheetName) ? undefined : to === null ? '#REF!' : { ...ref, sheetName: to },
    );
  for (const sheet of sheets) {
    for (const [, , cell] of sheet._grid().cells()) if (cell.f !== undefined) cell.f = rewrite(cell.f);
    for (const spec of sheet._cf)
      spec.values = spec.values.map((v) =>
        spec.criteria === 'CUSTOM_FORMULA' && typeof v === 'string' ? rewrite(v) : v,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Argument checks and errors of Sheet.insert*/delete*/move* (shared by all overloads)

export const MAX_CELLS = 10_000_000;

const plural = (dim: Dim): string => (dim === 'row' ? 'rows' : 'columns');
const maxOf = (sheet: FakeSheet, dim: Dim): number =>
  dim === 'row' ? sheet._grid().maxRows : sheet._grid().maxCols;

/** Checks `start`..`start+count-1` are whole lines inside the sheet. */
export function lineArgs(
  sheet: FakeSheet,
  method: string,
  args: unknown[],
  dim: Dim,
  start: unknown,
  count: unknown,
): [number, number] {
  const env = sheet._env();
  if (!isWholeNumber(start) || !isWholeNumber(count)) throw badArgs(env, method, args);
  if (count < 1) throw exception(env, `The number of ${plural(dim)} must be at least 1.`);
  if (start < 1 || start + count - 1 > maxOf(sheet, dim))
    throw exception(env, `Those ${plural(dim)} are out of bounds.`);
  return [start, count];
}

/** Inserts `count` lines before line `pos`, or after it when `after`. */
export function insertLines(
  sheet: FakeSheet,
  method: string,
  args: unknown[],
  dim: Dim,
  pos: unknown,
  count: unknown,
  after: boolean,
): void {
  const env = sheet._env();
  if (!isWholeNumber(pos) || !isWholeNumber(count)) throw badArgs(env, method, args);
  if (count < 1) throw exception(env, `The number of ${plural(dim)} to insert must be at least 1.`);
  if (pos < 1 || pos > maxOf(sheet, dim)) throw exception(env, `Those ${plural(dim)} are out of bounds.`);
  const extra = count * (dim === 'row' ? sheet._grid().maxCols : sheet._grid().maxRows);
  if (sheet._parentSs()._totalCells() + extra > MAX_CELLS) {
    throw exception(
      env,
      `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
    );
  }
  applyDimension(sheet, dim, { kind: 'insert', at: after ? pos + 1 : pos, count });
}

export function deleteLines(
  sheet: FakeSheet,
  method: string,
  args: unknown[],
  dim: Dim,
  at: unknown,
  count: unknown,
): void {
  const [pos, n] = lineArgs(sheet, method, args, dim, at, count);
  const frozen = dim === 'row' ? sheet._frozen.rows : sheet._frozen.cols;
  const frozenLeft = frozen - Math.max(0, Math.min(frozen, pos + n - 1) - pos + 1);
  if (maxOf(sheet, dim) - n <= frozenLeft)
    throw exception(sheet._env(), `Sorry, it is not possible to delete all non-frozen ${plural(dim)}.`);
  applyDimension(sheet, dim, { kind: 'delete', at: pos, count: n });
}

/** Sheet.moveColumns / moveRows: `to` is a position in the numbering before the move. */
export function moveLines(sheet: FakeSheet, method: string, spec: unknown, to: unknown, dim: Dim): void {
  const env = sheet._env();
  if (!isFakeRange(spec) || !isWholeNumber(to)) throw badArgs(env, method, [spec, to]);
  if (spec._sheetObj() !== sheet) throw exception(env, 'The range must be on this sheet.');
  const rect = spec._rect();
  const at = dim === 'row' ? rect.row : rect.col;
  const count = dim === 'row' ? rect.numRows : rect.numCols;
  if (to < 1 || to > maxOf(sheet, dim) + 1) throw exception(env, `Those ${plural(dim)} are out of bounds.`);
  if (to > at && to <= at + count - 1)
    throw exception(env, `The destination index must be outside the ${plural(dim)} being moved.`);
  if (to === at || to === at + count) return;
  applyDimension(sheet, dim, { kind: 'move', at, count, to });
}
