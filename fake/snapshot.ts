/**
 * JSON-comparable pictures of a workbook, for "the workbook is exactly as it was" assertions, and the
 * invalid-cell report. Runs of equal validations/formats down a column are merged (`C2:C1000`).
 */
import { cellA1, columnLetters, rectA1 } from './a1';
import type { CfFormat } from './builders';
import type { ChartSnapshot } from './charts';
import { snapshotChart } from './charts';
import { FakeConditionalFormatRule } from './builders';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { snapshotValue } from './values';
import { at } from './must';

type Json = string | number | boolean | null | { date: string };

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  /** Values of A1 to the last row/column with content (formulas as the fake evaluates them). */
  values: Json[][];
  formulas: Record<string, string>;
  validations: Record<
    string,
    { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null }
  >;
  formats: Record<string, Record<string, unknown>>;
  notes: Record<string, string>;
  columns: Record<string, { width?: number; hidden?: boolean }>;
  rows: Record<string, { height?: number; hidden?: boolean }>;
  conditionalFormats: { ranges: string[]; criteria: string; values: unknown[]; format: CfFormat }[];
  /** Embedded charts in the order they were inserted: type, data ranges, anchor, options. */
  charts: ChartSnapshot[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  activeSheet: string | null;
  sheets: SheetSnapshot[];
  documentProperties: Record<string, string>;
}

/** Merges equal JSON values that run down a column into `A2:A9` keys. */
function runs(sheet: FakeSheet, pick: (row: number, col: number) => unknown): Record<string, never> {
  const grid = sheet._grid();
  const out: Record<string, unknown> = {};
  // Each cell's value is picked and serialised once: a tab formatted down 1,000 rows is common.
  const byCol = new Map<number, { row: number; value: unknown; json: string }[]>();
  for (const [r, c] of grid.cells()) {
    const value = pick(r, c);
    if (value === undefined) continue;
    const entry = { row: r, value, json: JSON.stringify(value) };
    const cells = byCol.get(c);
    if (cells) cells.push(entry);
    else byCol.set(c, [entry]);
  }
  for (const [c, cells] of [...byCol].sort(([a], [b]) => a - b)) {
    cells.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const same =
        i < cells.length &&
        at(cells, i).row === at(cells, i - 1).row + 1 &&
        at(cells, i).json === at(cells, start).json;
      if (same) continue;
      const first = at(cells, start);
      const last = at(cells, i - 1);
      out[rectA1({ row: first.row, col: c, numRows: last.row - first.row + 1, numCols: 1 })] = first.value;
      start = i;
    }
  }
  return out as Record<string, never>;
}

export function snapshotSheet(sheet: FakeSheet): SheetSnapshot {
  const grid = sheet._grid();
  const lastRow = grid.lastRow();
  const lastCol = grid.lastCol();
  const values: Json[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row: Json[] = [];
    for (let c = 1; c <= lastCol; c++) row.push(snapshotValue(sheet._valueAt(r, c)));
    values.push(row);
  }
  const formulas: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const [r, c, cell] of grid.cells()) {
    if (cell.f !== undefined) formulas[cellA1(r, c)] = cell.f;
    if (cell.note !== undefined) notes[cellA1(r, c)] = cell.note;
  }
  const columns: SheetSnapshot['columns'] = {};
  grid.cols.forEach((info, i) => {
    if (!info) return;
    const entry: { width?: number; hidden?: boolean } = {};
    if (info.size !== undefined) entry.width = info.size;
    if (info.hidden) entry.hidden = true;
    if (Object.keys(entry).length > 0) columns[columnLetters(i + 1)] = entry;
  });
  const rows: SheetSnapshot['rows'] = {};
  grid.rowInfo.forEach((info, i) => {
    if (!info) return;
    const entry: { height?: number; hidden?: boolean } = {};
    if (info.size !== undefined) entry.height = info.size;
    if (info.hidden) entry.hidden = true;
    if (Object.keys(entry).length > 0) rows[String(i + 1)] = entry;
  });
  const env = sheet._env();
  return {
    name: sheet._nameRaw(),
    sheetId: sheet.getSheetId(),
    index: sheet._parentSs()._sheetList().indexOf(sheet) + 1,
    hidden: sheet._hidden,
    maxRows: grid.maxRows,
    maxColumns: grid.maxCols,
    frozenRows: sheet._frozen.rows,
    frozenColumns: sheet._frozen.cols,
    tabColor: sheet._tabColor,
    values,
    formulas,
    validations: runs(sheet, (r, c) => grid.cell(r, c)?.dv?._snapshot()),
    formats: runs(sheet, (r, c) => grid.cell(r, c)?.fmt),
    notes,
    columns,
    rows,
    conditionalFormats: sheet._cf.map((spec) => new FakeConditionalFormatRule(env, spec)._snapshot()),
    charts: sheet._charts.map(snapshotChart),
  };
}

export function snapshotSpreadsheet(ss: FakeSpreadsheet): SpreadsheetSnapshot {
  return {
    id: ss._id(),
    name: ss._nameRaw(),
    timeZone: ss._timeZone(),
    locale: ss._locale(),
    activeSheet: ss._activeSheet()?._nameRaw() ?? null,
    sheets: ss._sheetList().map(snapshotSheet),
    documentProperties: ss.documentProperties.all(),
  };
}

export function invalidCellsOf(
  sheet: FakeSheet,
): { a1: string; value: unknown; criteria: string; allowInvalid: boolean }[] {
  const out: { a1: string; value: unknown; criteria: string; allowInvalid: boolean }[] = [];
  for (const [r, c, cell] of sheet._grid().cells()) {
    if (!cell.dv) continue;
    const value = sheet._valueAt(r, c);
    if (cell.dv._accepts(value, sheet._tz())) continue;
    out.push({
      a1: cellA1(r, c),
      value: snapshotValue(value),
      criteria: cell.dv._spec.criteria,
      allowInvalid: cell.dv._spec.allowInvalid,
    });
  }
  return out;
}
