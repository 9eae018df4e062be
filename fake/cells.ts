/**
 * Writing a cell (Sheets' input rules, see values.ts) and the little formula evaluation the fake does. Anything it cannot evaluate reads as the placeholder
 * `#FORMULA` (FORMULA_PLACEHOLDER) from getValues/getDisplayValues.
 *
 * Evaluated: parse errors (`#ERROR!`: unbalanced parentheses or quotes, and text written starting
 * with + or - that is not a number), formulas containing `#REF!` (`#REF!`), literals (`=42`,
 * `="text"`, `=TRUE`), `=HYPERLINK("url", "label")` (the label, or the url), and a lone reference to
 * one cell (`=B2`, `=$B$2`, `='Other tab'!B2`: that cell's value).
 */
import { cellA1, columnNumber, formulaParses, normalizeFormula } from './a1';
import { badArgs, exception } from './env';
import type { Cell } from './grid';
import type { FakeSheet } from './sheet';
import type { Scalar } from './values';
import { MAX_CELL_CHARS, parseWritten } from './values';
import { at } from './must';

export const FORMULA_PLACEHOLDER = '#FORMULA';

const STRING = String.raw`"((?:[^"]|"")*)"`;
const HYPERLINK = new RegExp(String.raw`^=\s*HYPERLINK\(\s*${STRING}\s*(?:,\s*${STRING}\s*)?\)\s*$`, 'i');
const REF = /^=\s*(?:(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!)?\$?([A-Za-z]{1,3})\$?(\d+)\s*$/;

const unquote = (s: string): string => s.replace(/""/g, '"');

/** The value of a formula cell: its formula `f`, the error `err` it shows regardless, if any. */
export function evaluateCell(sheet: FakeSheet, f: string, err: string | undefined, seen: number): Scalar {
  if (err) return err;
  if (!formulaParses(f)) return '#ERROR!';
  if (f.includes('#REF!')) return '#REF!';
  const body = f.slice(1).trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return Number(body);
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === 'TRUE';
  const str = new RegExp(`^${STRING}$`).exec(body);
  if (str) return unquote(at(str, 1));
  const link = HYPERLINK.exec(f);
  if (link) return unquote(link[2] ?? at(link, 1));
  const ref = REF.exec(f);
  if (ref) {
    if (seen > 50) return '#REF!';
    const name = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : ref[2];
    const target = name === undefined ? sheet : sheet._parentSs()._sheetNamed(name);
    if (!target) return '#REF!';
    const row = Number(ref[4]);
    const col = columnNumber(at(ref, 3));
    const g = target._grid();
    if (row > g.maxRows || col > g.maxCols || row < 1) return '#REF!';
    return target._valueAt(row, col, seen + 1);
  }
  return FORMULA_PLACEHOLDER;
}

/** Writes one value into a cell with Sheets' input rules; `method`/`args` name the caller in errors. */
export function writeCell(
  sheet: FakeSheet,
  row: number,
  col: number,
  input: unknown,
  method: string,
  args: unknown[],
): Cell {
  const grid = sheet._grid();
  const written = parseWritten(
    input,
    sheet._tz(),
    grid.cell(row, col)?.fmt?.numberFormat === '@',
    sheet._parentSs()._locale(),
  );
  if (written.kind === 'invalid') {
    if (written.reason === 'too long') {
      throw exception(
        sheet._env(),
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    }
    throw badArgs(
      sheet._env(),
      `SpreadsheetApp.Range.${method}`,
      args,
      `the value for ${cellA1(row, col)} is ${written.reason}`,
    );
  }
  const cell = grid.touch(row, col);
  delete cell.f;
  delete cell.err;
  if (written.kind === 'formula') {
    cell.v = '';
    cell.f = written.error ? written.formula : normalizeFormula(written.formula);
    if (written.error) cell.err = written.error;
  } else {
    cell.v = written.value;
    // A format the input implies goes only where the cell has none of its own.
    if (written.format !== undefined && cell.fmt?.numberFormat === undefined)
      cell.fmt = { ...cell.fmt, numberFormat: written.format };
  }
  grid.tidy(row, col);
  return cell;
}
