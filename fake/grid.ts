/**
 * The storage of one sheet: sparse rows of cells plus per-row and per-column attributes, and the
 * structural operations (insert, delete, move) that re-index them.
 */
import type { DimOp } from './a1';
import { remapArray } from './a1';
import type { FakeDataValidation } from './validation';
import type { CellFormat, Scalar } from './values';

export interface Cell {
  /** The literal value; '' for empty and for formula cells. */
  v: Scalar;
  /** Formula text (normalised) when the cell holds a formula. */
  f?: string;
  /** The error a formula shows regardless of evaluation (`#ERROR!` for unparseable +/- text). */
  err?: string;
  dv?: FakeDataValidation;
  fmt?: CellFormat;
  note?: string;
}

export interface LineInfo {
  /** Column width / row height in pixels, when set. */
  size?: number;
  hidden?: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.f !== undefined || cell.v !== '');
}

function isBare(cell: Cell): boolean {
  return !hasContent(cell) && !cell.dv && !cell.fmt && cell.note === undefined;
}

function cloneCell(cell: Cell): Cell {
  return { ...cell, fmt: cell.fmt ? { ...cell.fmt } : undefined };
}

export class Grid {
  rows: ((Cell | undefined)[] | undefined)[] = [];
  cols: (LineInfo | undefined)[] = [];
  rowInfo: (LineInfo | undefined)[] = [];

  constructor(
    public maxRows: number,
    public maxCols: number,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell, created empty if needed, for writing. */
  touch(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= { v: '' });
  }

  /** Drops a cell that no longer holds anything (keeps snapshots and scans small). */
  tidy(row: number, col: number): void {
    const r = this.rows[row - 1];
    const c = r?.[col - 1];
    if (r && c && isBare(c)) r[col - 1] = undefined;
  }

  line(dim: 'row' | 'col', index: number): LineInfo {
    const list = dim === 'row' ? this.rowInfo : this.cols;
    return (list[index - 1] ??= {});
  }

  lineIfAny(dim: 'row' | 'col', index: number): LineInfo | undefined {
    return (dim === 'row' ? this.rowInfo : this.cols)[index - 1];
  }

  /** Every stored cell, with 1-based coordinates. */
  *cells(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) yield [r + 1, c + 1, cell];
      }
    }
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastCol(): number {
    let last = 0;
    for (const [, c, cell] of this.cells()) if (c > last && hasContent(cell)) last = c;
    return last;
  }

  applyRows(op: DimOp): void {
    this.rows = remapArray(this.rows, op);
    this.rowInfo = remapArray(this.rowInfo, op);
    if (op.kind === 'insert') this.maxRows += op.count;
    if (op.kind === 'delete') this.maxRows -= op.count;
  }

  applyCols(op: DimOp): void {
    this.rows = this.rows.map((row) => (row ? remapArray(row, op) : row));
    this.cols = remapArray(this.cols, op);
    if (op.kind === 'insert') this.maxCols += op.count;
    if (op.kind === 'delete') this.maxCols -= op.count;
  }

  clone(): Grid {
    const g = new Grid(this.maxRows, this.maxCols);
    g.rows = this.rows.map((row) => row?.map((c) => (c ? cloneCell(c) : c)));
    g.cols = this.cols.map((l) => (l ? { size: l.size, hidden: l.hidden } : l));
    g.rowInfo = this.rowInfo.map((l) => (l ? { size: l.size, hidden: l.hidden } : l));
    return g;
  }
}
