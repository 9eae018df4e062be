/**
 * FakeRange: a rectangle of one sheet. Coordinates are fixed when the range is made (as in Apps
 * Script); writes follow Sheets' input rules (see values.ts) and every 2D write must match the
 * range's shape exactly.
 */
import type { A1Style, GridRect } from './a1';
import { rectA1, shiftFormula } from './a1';
import { normalizeColor } from './builders';
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception, isDate, isObject } from './env';
import type { FakeSheet } from './sheet';
import { FakeDataValidation, FakeDataValidationBuilder } from './validation';
import type { CellFormat, Scalar } from './values';
import { at } from './must';

const R = 'SpreadsheetApp.Range';

type FmtKey = keyof CellFormat;
const FORMATS: Record<FmtKey, { def: unknown; ok: (v: unknown) => boolean; norm?: (v: string) => string }> = {
  fontWeight: { def: 'normal', ok: (v) => v === 'bold' || v === 'normal' },
  fontStyle: { def: 'normal', ok: (v) => v === 'italic' || v === 'normal' },
  fontSize: { def: 10, ok: (v) => typeof v === 'number' && v > 0 },
  background: { def: '#ffffff', ok: (v) => typeof v === 'string', norm: normalizeColor },
  fontColor: { def: '#000000', ok: (v) => typeof v === 'string', norm: normalizeColor },
  wrap: { def: false, ok: (v) => typeof v === 'boolean' },
  numberFormat: { def: '0.###############', ok: (v) => typeof v === 'string' },
  horizontalAlignment: {
    def: 'general',
    ok: (v) => ['left', 'center', 'right', 'normal', 'general'].includes(v as string),
  },
  verticalAlignment: { def: 'bottom', ok: (v) => ['top', 'middle', 'bottom'].includes(v as string) },
};

export class FakeRange {
  readonly _typeName = R;
  constructor(
    private readonly sheet: FakeSheet,
    private readonly rect: GridRect,
    private readonly style: A1Style,
  ) {}

  // ---- internals ------------------------------------------------------------------------------
  _env(): FakeEnv {
    return this.sheet._env();
  }
  _calls() {
    return this._env().calls;
  }
  _guard(): void {
    this.sheet._guard();
  }
  _sheetObj(): FakeSheet {
    return this.sheet;
  }
  _rect(): GridRect {
    return { ...this.rect };
  }
  private _map<T>(fn: (row: number, col: number, i: number, j: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rect.numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.rect.numCols; j++) line.push(fn(this.rect.row + i, this.rect.col + j, i, j));
      out.push(line);
    }
    return out;
  }
  /** Checks a 2D argument has exactly the range's shape, with Apps Script's messages. */
  private _shape(method: string, data: unknown): unknown[][] {
    const env = this._env();
    if (!Array.isArray(data)) throw badArgs(env, `${R}.${method}`, [data]);
    if (data.length !== this.rect.numRows) {
      throw exception(
        env,
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rect.numRows}.`,
      );
    }
    for (let i = 0; i < data.length; i++) {
      const row: unknown = data[i];
      if (!Array.isArray(row)) throw badArgs(env, `${R}.${method}`, [data], `row ${i + 1} is not an array`);
      if (row.length !== this.rect.numCols) {
        throw exception(
          env,
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.rect.numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }
  private _out(v: Scalar): unknown {
    return isDate(v) ? new (this._env().realm.Date)(v.getTime()) : v;
  }
  private _writeFormulaOrValue(
    method: string,
    args: unknown[],
    input: unknown,
    row: number,
    col: number,
  ): void {
    const shifted =
      typeof input === 'string' && input.startsWith('=')
        ? shiftFormula(input, row - this.rect.row, col - this.rect.col)
        : input;
    this.sheet._write(row, col, shifted, method, args);
  }
  private _setFmt(method: string, key: FmtKey, value: unknown): this {
    const spec = FORMATS[key];
    if (value !== null && !spec.ok(value)) throw badArgs(this._env(), `${R}.${method}`, [value]);
    this._map((r, c) => {
      this._putFmt(r, c, key, value);
    });
    return this;
  }
  private _setFmts(method: string, key: FmtKey, values: unknown): this {
    const data = this._shape(method, values);
    const spec = FORMATS[key];
    if (!data.every((row) => row.every((v) => v === null || spec.ok(v))))
      throw badArgs(this._env(), `${R}.${method}`, [values]);
    this._map((r, c, i, j) => {
      this._putFmt(r, c, key, at(data, i)[j]);
    });
    return this;
  }
  private _putFmt(row: number, col: number, key: FmtKey, value: unknown): void {
    const grid = this.sheet._grid();
    const spec = FORMATS[key];
    if (value === null || value === undefined) {
      const cell = grid.cell(row, col);
      if (cell?.fmt) {
        const { [key]: _cleared, ...rest } = cell.fmt;
        if (Object.keys(rest).length === 0) delete cell.fmt;
        else cell.fmt = rest;
        grid.tidy(row, col);
      }
      return;
    }
    const cell = grid.touch(row, col);
    cell.fmt = { ...cell.fmt, [key]: spec.norm ? spec.norm(value as string) : value };
  }
  private _fmts(key: FmtKey): unknown[][] {
    const grid = this.sheet._grid();
    return this._map((r, c) => grid.cell(r, c)?.fmt?.[key] ?? FORMATS[key].def);
  }
  /** The format of the range's top-left cell, as the singular getters read it. */
  private _fmt(key: FmtKey): unknown {
    return this.sheet._grid().cell(this.rect.row, this.rect.col)?.fmt?.[key] ?? FORMATS[key].def;
  }
  private _clearCells(what: {
    contents?: boolean;
    formats?: boolean;
    validations?: boolean;
    notes?: boolean;
  }): this {
    const grid = this.sheet._grid();
    this._map((r, c) => {
      const cell = grid.cell(r, c);
      if (!cell) return;
      if (what.contents) {
        cell.v = '';
        delete cell.f;
        delete cell.err;
      }
      if (what.formats) delete cell.fmt;
      if (what.validations) delete cell.dv;
      if (what.notes) delete cell.note;
      grid.tidy(r, c);
    });
    return this;
  }

  // ---- position ------------------------------------------------------------------------------
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.getSheetId();
  }
  getRow(): number {
    return this.rect.row;
  }
  getRowIndex(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numCols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  getA1Notation(): string {
    return rectA1(this.rect, this.style);
  }
  getCell(row: number, column: number): FakeRange {
    if (typeof row !== 'number' || typeof column !== 'number')
      throw badArgs(this._env(), `${R}.getCell`, [row, column]);
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols)
      throw exception(this._env(), 'Cell reference out of range');
    return this.sheet._range({
      row: this.rect.row + row - 1,
      col: this.rect.col + column - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    if (typeof rowOffset !== 'number' || typeof columnOffset !== 'number')
      throw badArgs(this._env(), `${R}.offset`, args);
    return this.sheet._checkedRange(
      `${R}.offset`,
      args,
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
  }
  activate(): this {
    this.sheet.activate();
    return this;
  }
  isBlank(): boolean {
    return this._map((r, c) => this.sheet._grid().cell(r, c)).every((row) =>
      row.every((cell) => !cell || (cell.f === undefined && cell.v === '')),
    );
  }

  // ---- values and formulas ---------------------------------------------------------------------
  getValues(): unknown[][] {
    return this._map((r, c) => this._out(this.sheet._valueAt(r, c)));
  }
  getValue(): unknown {
    return this._out(this.sheet._valueAt(this.rect.row, this.rect.col));
  }
  getDisplayValues(): string[][] {
    return this._map((r, c) => this.sheet._displayAt(r, c));
  }
  getDisplayValue(): string {
    return this.sheet._displayAt(this.rect.row, this.rect.col);
  }
  setValues(values: unknown[][]): this {
    const data = this._shape('setValues', values);
    this._map((r, c, i, j) => this.sheet._write(r, c, at(data, i)[j], 'setValues', [values]));
    return this;
  }
  /** Writes one value into every cell (a formula is adjusted per cell, like a fill). */
  setValue(value: unknown): this {
    if (Array.isArray(value))
      throw badArgs(
        this._env(),
        `${R}.setValue`,
        [value],
        'setValue takes one value; use setValues for arrays',
      );
    this._map((r, c) => {
      this._writeFormulaOrValue('setValue', [value], value, r, c);
    });
    return this;
  }
  getFormulas(): string[][] {
    return this._map((r, c) => this.sheet._grid().cell(r, c)?.f ?? '');
  }
  getFormula(): string {
    return this.sheet._grid().cell(this.rect.row, this.rect.col)?.f ?? '';
  }
  setFormulas(formulas: string[][]): this {
    const data = this._shape('setFormulas', formulas);
    if (!data.every((row) => row.every((f) => typeof f === 'string')))
      throw badArgs(this._env(), `${R}.setFormulas`, [formulas]);
    this._map((r, c, i, j) => this.sheet._write(r, c, at(data, i)[j], 'setFormulas', [formulas]));
    return this;
  }
  setFormula(formula: string): this {
    if (typeof formula !== 'string') throw badArgs(this._env(), `${R}.setFormula`, [formula]);
    this._map((r, c) => {
      this._writeFormulaOrValue('setFormula', [formula], formula, r, c);
    });
    return this;
  }
  clearContent(): this {
    return this._clearCells({ contents: true });
  }
  clearFormat(): this {
    return this._clearCells({ formats: true });
  }
  clearNote(): this {
    return this._clearCells({ notes: true });
  }
  clearDataValidations(): this {
    return this._clearCells({ validations: true });
  }
  /** No options: contents, formats and data validation go (notes stay). */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): this {
    if (options !== undefined && !isObject(options)) throw badArgs(this._env(), `${R}.clear`, [options]);
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!any) return this._clearCells({ contents: true, formats: true, validations: true });
    return this._clearCells({
      contents: o.contentsOnly,
      formats: o.formatOnly,
      validations: o.validationsOnly,
      notes: o.commentsOnly,
    });
  }

  // ---- data validation -------------------------------------------------------------------------
  setDataValidation(rule: FakeDataValidation | null): this {
    if (rule !== null && !(rule instanceof FakeDataValidation)) {
      const hint =
        (rule as unknown) instanceof FakeDataValidationBuilder
          ? 'pass builder.build(), not the builder'
          : undefined;
      throw badArgs(this._env(), `${R}.setDataValidation`, [rule], hint);
    }
    return rule === null ? this.clearDataValidations() : this._putRules(() => rule);
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    const data = this._shape('setDataValidations', rules);
    if (!data.every((row) => row.every((r) => r === null || r instanceof FakeDataValidation))) {
      throw badArgs(this._env(), `${R}.setDataValidations`, [rules]);
    }
    return this._putRules((i, j) => at(data, i)[j] as FakeDataValidation | null);
  }
  private _putRules(ruleAt: (i: number, j: number) => FakeDataValidation | null): this {
    const grid = this.sheet._grid();
    this._map((r, c, i, j) => {
      const rule = ruleAt(i, j);
      if (rule) grid.touch(r, c).dv = rule;
      else {
        const cell = grid.cell(r, c);
        if (cell) delete cell.dv;
        grid.tidy(r, c);
      }
    });
    return this;
  }
  getDataValidation(): FakeDataValidation | null {
    return this.sheet._grid().cell(this.rect.row, this.rect.col)?.dv ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._map((r, c) => this.sheet._grid().cell(r, c)?.dv ?? null);
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const args = [checkedValue, uncheckedValue].filter((a) => a !== undefined);
    const builder = new FakeDataValidationBuilder(this._env()).requireCheckbox(...args);
    this._putRules(() => builder.build());
    const initial = args.length === 0 ? false : args.length === 2 ? uncheckedValue : '';
    this._map((r, c) => this.sheet._write(r, c, initial, 'insertCheckboxes', args));
    return this;
  }
  removeCheckboxes(): this {
    const grid = this.sheet._grid();
    this._map((r, c) => {
      const cell = grid.cell(r, c);
      if (cell?.dv?._spec.criteria !== 'CHECKBOX') return;
      delete cell.dv;
      cell.v = '';
      grid.tidy(r, c);
    });
    return this;
  }

  // ---- formats and notes -------------------------------------------------------------------------
  setFontWeight(v: string | null): this {
    return this._setFmt('setFontWeight', 'fontWeight', v);
  }
  setFontWeights(v: (string | null)[][]): this {
    return this._setFmts('setFontWeights', 'fontWeight', v);
  }
  getFontWeight(): string {
    return this._fmt('fontWeight') as string;
  }
  getFontWeights(): string[][] {
    return this._fmts('fontWeight') as string[][];
  }
  setFontStyle(v: string | null): this {
    return this._setFmt('setFontStyle', 'fontStyle', v);
  }
  getFontStyle(): string {
    return this._fmt('fontStyle') as string;
  }
  setFontSize(v: number): this {
    return this._setFmt('setFontSize', 'fontSize', v);
  }
  getFontSize(): number {
    return this._fmt('fontSize') as number;
  }
  setBackground(v: string | null): this {
    return this._setFmt('setBackground', 'background', v);
  }
  setBackgrounds(v: (string | null)[][]): this {
    return this._setFmts('setBackgrounds', 'background', v);
  }
  getBackground(): string {
    return this._fmt('background') as string;
  }
  getBackgrounds(): string[][] {
    return this._fmts('background') as string[][];
  }
  setFontColor(v: string | null): this {
    return this._setFmt('setFontColor', 'fontColor', v);
  }
  setFontColors(v: (string | null)[][]): this {
    return this._setFmts('setFontColors', 'fontColor', v);
  }
  getFontColor(): string {
    return this._fmt('fontColor') as string;
  }
  setWrap(v: boolean): this {
    return this._setFmt('setWrap', 'wrap', v);
  }
  setWraps(v: boolean[][]): this {
    return this._setFmts('setWraps', 'wrap', v);
  }
  getWrap(): boolean {
    return this._fmt('wrap') as boolean;
  }
  getWraps(): boolean[][] {
    return this._fmts('wrap') as boolean[][];
  }
  setNumberFormat(v: string): this {
    return this._setFmt('setNumberFormat', 'numberFormat', v);
  }
  setNumberFormats(v: string[][]): this {
    return this._setFmts('setNumberFormats', 'numberFormat', v);
  }
  getNumberFormat(): string {
    return this._fmt('numberFormat') as string;
  }
  getNumberFormats(): string[][] {
    return this._fmts('numberFormat') as string[][];
  }
  setHorizontalAlignment(v: string | null): this {
    return this._setFmt('setHorizontalAlignment', 'horizontalAlignment', v);
  }
  getHorizontalAlignment(): string {
    return this._fmt('horizontalAlignment') as string;
  }
  setVerticalAlignment(v: string | null): this {
    return this._setFmt('setVerticalAlignment', 'verticalAlignment', v);
  }
  getVerticalAlignment(): string {
    return this._fmt('verticalAlignment') as string;
  }
  setNote(note: string | null): this {
    if (note !== null && typeof note !== 'string') throw badArgs(this._env(), `${R}.setNote`, [note]);
    return this._putNotes(() => note);
  }
  setNotes(notes: (string | null)[][]): this {
    const data = this._shape('setNotes', notes);
    if (!data.every((row) => row.every((n) => n === null || typeof n === 'string')))
      throw badArgs(this._env(), `${R}.setNotes`, [notes]);
    return this._putNotes((i, j) => at(data, i)[j] as string | null);
  }
  private _putNotes(noteAt: (i: number, j: number) => string | null): this {
    const grid = this.sheet._grid();
    this._map((r, c, i, j) => {
      const note = noteAt(i, j);
      if (note) grid.touch(r, c).note = note;
      else {
        const cell = grid.cell(r, c);
        if (cell) delete cell.note;
        grid.tidy(r, c);
      }
    });
    return this;
  }
  getNote(): string {
    return this.sheet._grid().cell(this.rect.row, this.rect.col)?.note ?? '';
  }
  getNotes(): string[][] {
    return this._map((r, c) => this.sheet._grid().cell(r, c)?.note ?? '');
  }
}
countMethods(FakeRange, 'Range');
