/**
 * A1 notation, and the reference rewriting Sheets does in formulas when rows or columns are inserted,
 * deleted or moved, or when one formula is written into many cells.
 */
import { at, must } from './must';

export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** 'cells' for A1 / A1:C3, 'columns' for A:C, 'rows' for 1:3; decides how getA1Notation prints. */
export type A1Style = 'cells' | 'columns' | 'rows';

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rectA1(rect: GridRect, style: A1Style = 'cells'): string {
  const lastCol = rect.col + rect.numCols - 1;
  const lastRow = rect.row + rect.numRows - 1;
  if (style === 'columns') return `${columnLetters(rect.col)}:${columnLetters(lastCol)}`;
  if (style === 'rows') return `${rect.row}:${lastRow}`;
  if (rect.numRows === 1 && rect.numCols === 1) return cellA1(rect.row, rect.col);
  return `${cellA1(rect.row, rect.col)}:${cellA1(lastRow, lastCol)}`;
}

/** Splits `'My tab'!A1:B2` / `Tab!A1` into sheet name (null when absent) and the reference. */
export function splitSheetPrefix(a1: string): { sheetName: string | null; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(a1);
  if (quoted) return { sheetName: at(quoted, 1).replace(/''/g, "'"), ref: at(quoted, 2) };
  const bare = /^([^'!]+)!(.*)$/.exec(a1);
  if (bare) return { sheetName: at(bare, 1), ref: at(bare, 2) };
  return { sheetName: null, ref: a1 };
}

/**
 * Parses A1, A1:C3, A:C, 1:3 and A2:C (open-ended rows) against a sheet's size. Returns null for
 * anything else (Apps Script: `Range not found`). Coordinates are not bounds-checked here.
 */
export function parseA1(
  ref: string,
  maxRows: number,
  maxCols: number,
): { rect: GridRect; style: A1Style } | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?$/.exec(ref.trim());
  if (!m || ref.trim() === '') return null;
  const [, c1, r1, c2, r2] = m;
  const hasColon = ref.includes(':');
  if (!c1 && !r1) return null;
  if (!hasColon) {
    if (!c1 || !r1) return null;
    return { rect: { row: Number(r1), col: columnNumber(c1), numRows: 1, numCols: 1 }, style: 'cells' };
  }
  if (!c2 && !r2) return null;
  let style: A1Style = 'cells';
  let rowA: number;
  let rowB: number;
  let colA: number;
  let colB: number;
  if (c1 && c2) {
    colA = columnNumber(c1);
    colB = columnNumber(c2);
    if (!r1 && !r2) {
      style = 'columns';
      rowA = 1;
      rowB = maxRows;
    } else if (r1 && !r2) {
      rowA = Number(r1);
      rowB = maxRows;
    } else if (r1 && r2) {
      rowA = Number(r1);
      rowB = Number(r2);
    } else return null;
  } else if (!c1 && !c2 && r1 && r2) {
    style = 'rows';
    colA = 1;
    colB = maxCols;
    rowA = Number(r1);
    rowB = Number(r2);
  } else return null;
  const row = Math.min(rowA, rowB);
  const col = Math.min(colA, colB);
  return {
    rect: { row, col, numRows: Math.abs(rowB - rowA) + 1, numCols: Math.abs(colB - colA) + 1 },
    style,
  };
}

// ---------------------------------------------------------------------------------------------
// Structural changes

/**
 * One structural change along a dimension, 1-based. insert: `count` new lines start at `at`.
 * delete: lines at..at+count-1 go. move: lines at..at+count-1 go before old line `to`.
 */
export type DimOp =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'move'; at: number; count: number; to: number };

/** Where line `i` ends up after `op`, or null when it was deleted. */
export function mapIndex(op: DimOp, i: number): number | null {
  const end = op.at + op.count - 1;
  switch (op.kind) {
    case 'insert':
      return i >= op.at ? i + op.count : i;
    case 'delete':
      if (i < op.at) return i;
      return i > end ? i - op.count : null;
    case 'move':
      return moveIndex(op, i);
  }
}

/** Where line `i` ends up after a move (a move deletes no line). */
function moveIndex(op: Extract<DimOp, { kind: 'move' }>, i: number): number {
  const end = op.at + op.count - 1;
  const newStart = op.to > op.at ? op.to - op.count : op.to;
  if (i >= op.at && i <= end) return newStart + (i - op.at);
  if (op.to > op.at && i > end && i < op.to) return i - op.count;
  if (op.to < op.at && i >= op.to && i < op.at) return i + op.count;
  return i;
}

/** Where a span [start, end] ends up (ranges shrink on delete, stretch on insert), or null if gone. */
export function mapSpan(op: DimOp, start: number, end: number): [number, number] | null {
  if (op.kind === 'delete') {
    const last = op.at + op.count - 1;
    if (start >= op.at && end <= last) return null;
    const s = start < op.at ? start : start > last ? start - op.count : op.at;
    const e = end < op.at ? end : end > last ? end - op.count : op.at - 1;
    return [s, e];
  }
  if (op.kind === 'insert')
    return [start >= op.at ? start + op.count : start, end >= op.at ? end + op.count : end];
  // A move keeps every line: the span becomes the hull of where its lines went.
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i <= end; i++) {
    const to = moveIndex(op, i);
    lo = Math.min(lo, to);
    hi = Math.max(hi, to);
  }
  return [lo, hi];
}

/** Re-indexes a sparse array (1-based lines stored at index line-1) through `op`. */
export function remapArray<T>(arr: (T | undefined)[], op: DimOp): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  arr.forEach((item, idx) => {
    if (item === undefined) return;
    const to = mapIndex(op, idx + 1);
    if (to !== null) out[to - 1] = item;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// References inside formulas

interface RefEnd {
  colAbs: boolean;
  col: number | null;
  rowAbs: boolean;
  row: number | null;
}

export interface FormulaRef {
  /** Sheet name the reference names explicitly, or null for the formula's own sheet. */
  sheetName: string | null;
  start: RefEnd;
  end: RefEnd | null;
}

const END = String.raw`\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+`;
const REF_AT = new RegExp(
  String.raw`(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(${END})(?::(${END}))?`,
  'y',
);

function parseEnd(text: string): RefEnd {
  const m = must(/^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(text), `a reference end in ${text}`);
  if (!m[2]) return { colAbs: false, col: null, rowAbs: m[1] === '$', row: Number(m[4]) };
  return {
    colAbs: m[1] === '$',
    col: columnNumber(m[2]),
    rowAbs: m[3] === '$',
    row: m[4] ? Number(m[4]) : null,
  };
}

function renderEnd(e: RefEnd): string {
  const col = e.col === null ? '' : `${e.colAbs ? '$' : ''}${columnLetters(e.col)}`;
  const row = e.row === null ? '' : `${e.rowAbs ? '$' : ''}${e.row}`;
  return col + row;
}

/**
 * Calls `fn` for every cell/range reference outside string literals; `fn` returns the replacement
 * reference (without sheet prefix), the string '#REF!' to replace the whole reference, or undefined
 * to keep it. References are re-printed in upper case, function names too (as Sheets normalises).
 */
export function rewriteRefs(
  formula: string,
  fn: (ref: FormulaRef) => FormulaRef | '#REF!' | undefined,
): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = at(formula, i);
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"'))
        j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? at(formula, i - 1) : '';
    if (/[A-Za-z0-9_.$'"]/.test(prev) || !/[A-Za-z0-9$']/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    REF_AT.lastIndex = i;
    const m = REF_AT.exec(formula);
    const after = m ? (formula[i + m[0].length] ?? '') : '';
    const notCell = m && m[3] === undefined && !/^\$?[A-Za-z]{1,3}\$?\d+$/.test(at(m, 2));
    if (!m || /[A-Za-z0-9_(.!]/.test(after) || notCell) {
      const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i));
      if (word) {
        const isFunction = formula[i + word[0].length] === '(';
        out += isFunction ? word[0].toUpperCase() : word[0];
        i += word[0].length;
      } else if (ch === "'") {
        const end = formula.indexOf("'", i + 1);
        out += formula.slice(i, end < 0 ? undefined : end + 1);
        i = end < 0 ? formula.length : end + 1;
      } else {
        out += ch;
        i += 1;
      }
      continue;
    }
    const sheetText = m[1];
    const sheetName =
      sheetText === undefined
        ? null
        : sheetText.startsWith("'")
          ? sheetText.slice(1, -1).replace(/''/g, "'")
          : sheetText;
    const ref: FormulaRef = { sheetName, start: parseEnd(at(m, 2)), end: m[3] ? parseEnd(m[3]) : null };
    const next = fn(ref);
    if (next === '#REF!') out += '#REF!';
    else {
      const r = next ?? ref;
      const prefix =
        r.sheetName === ref.sheetName
          ? sheetText !== undefined
            ? `${sheetText}!`
            : ''
          : r.sheetName === null
            ? ''
            : `${quoteSheetName(r.sheetName)}!`;
      out += `${prefix}${renderEnd(r.start)}${r.end ? `:${renderEnd(r.end)}` : ''}`;
    }
    i += m[0].length;
  }
  return out;
}

/** A sheet name as formulas write it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Upper-cases references and function names, as Sheets stores a formula. */
export function normalizeFormula(formula: string): string {
  return rewriteRefs(formula, () => undefined);
}

/** Applies a row/column change on sheet `sheetName` to a formula that lives on `formulaSheet`. */
export function adjustFormula(
  formula: string,
  formulaSheet: string,
  sheetName: string,
  dim: 'row' | 'col',
  op: DimOp,
): string {
  const same = (name: string | null): boolean =>
    (name ?? formulaSheet).toLowerCase() === sheetName.toLowerCase();
  return rewriteRefs(formula, (ref) => {
    if (!same(ref.sheetName)) return undefined;
    const key = dim === 'row' ? 'row' : 'col';
    const s = ref.start[key];
    if (s === null) return undefined;
    if (!ref.end) {
      const to = mapIndex(op, s);
      return to === null ? '#REF!' : { ...ref, start: { ...ref.start, [key]: to } };
    }
    const e = ref.end[key];
    if (e === null) return undefined;
    const span = mapSpan(op, Math.min(s, e), Math.max(s, e));
    if (!span) return '#REF!';
    return { ...ref, start: { ...ref.start, [key]: span[0] }, end: { ...ref.end, [key]: span[1] } };
  });
}

/** The formula as it reads when copied `dRows` down and `dCols` right (relative parts move). */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return rewriteRefs(formula, (ref) => {
    const move = (e: RefEnd): RefEnd | null => {
      const row = e.row === null || e.rowAbs ? e.row : e.row + dRows;
      const col = e.col === null || e.colAbs ? e.col : e.col + dCols;
      if ((row !== null && row < 1) || (col !== null && col < 1)) return null;
      return { ...e, row, col };
    };
    const start = move(ref.start);
    const end = ref.end ? move(ref.end) : null;
    if (!start || (ref.end && !end)) return '#REF!';
    return { ...ref, start, end };
  });
}

/** True when parentheses and double quotes balance (else Sheets shows a parse error). */
export function formulaParses(formula: string): boolean {
  let depth = 0;
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    else if (!inString && ch === '(') depth += 1;
    else if (!inString && ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && !inString;
}
