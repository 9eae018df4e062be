/**
 * FakeSheet: one tab of a FakeSpreadsheet. Cell-level reading and writing lives in range.ts; the
 * structural changes in structure.ts; snapshots in snapshot.ts.
 */
import type { A1Style, DimOp, GridRect } from './a1';
import { parseA1, splitSheetPrefix } from './a1';
import type { BuiltCfSpec } from './builders';
import { copyCfSpec, FakeConditionalFormatRule, normalizeColor } from './builders';
import { countMethods } from './calls';
import type { PlacedChart } from './charts';
import { copyChartSpec, FakeEmbeddedChart, FakeEmbeddedChartBuilder, placedIndex } from './charts';
import type { FakeEnv } from './env';
import { badArgs, exception, isWholeNumber } from './env';
import type { EnumValue } from './enums';
import { SheetType } from './enums';
import { evaluateCell, writeCell } from './cells';
import type { Cell } from './grid';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type Grid } from './grid';
import { FakeRange } from './range';
import { FakeRangeList } from './rangeList';
import type { SheetSnapshot } from './snapshot';
import { invalidCellsOf, snapshotSheet } from './snapshot';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Dim } from './structure';
import { applyDimension, deleteLines, insertLines, lineArgs, moveLines, renameSheetRefs } from './structure';
import type { Scalar } from './values';
import { displayText } from './values';

const S = 'SpreadsheetApp.Sheet';

export class FakeSheet {
  readonly _typeName = S;
  _cf: BuiltCfSpec[] = [];
  /** Embedded charts, in the order they were inserted (charts.ts). */
  _charts: PlacedChart[] = [];
  _frozen = { rows: 0, cols: 0 };
  _tabColor: string | null = null;
  _hidden = false;
  _deleted = false;

  constructor(
    private readonly ss: FakeSpreadsheet,
    private name: string,
    private readonly id: number,
    private grid: Grid,
  ) {}

  // ---- internals ------------------------------------------------------------------------------
  _env(): FakeEnv {
    return this.ss._env();
  }
  _calls() {
    return this._env().calls;
  }
  _guard(): void {
    if (this._deleted)
      throw exception(
        this._env(),
        `The sheet "${this.name}" has been deleted; this Sheet object can no longer be used.`,
      );
  }
  _nameRaw(): string {
    return this.name;
  }
  _setNameRaw(name: string): void {
    this.name = name;
  }
  _grid(): Grid {
    return this.grid;
  }
  _parentSs(): FakeSpreadsheet {
    return this.ss;
  }
  _tz(): string {
    return this.ss._timeZone();
  }
  _range(rect: GridRect, style: A1Style = 'cells'): FakeRange {
    return new FakeRange(this, { ...rect }, style);
  }
  /** The current value of a cell (formulas evaluated as far as the fake can). */
  _valueAt(row: number, col: number, seen = 0): Scalar {
    const cell = this.grid.cell(row, col);
    if (!cell) return '';
    return cell.f === undefined ? cell.v : evaluateCell(this, cell.f, cell.err, seen);
  }
  _displayAt(row: number, col: number): string {
    return displayText(this._valueAt(row, col), this.grid.cell(row, col)?.fmt?.numberFormat, this._tz());
  }
  _displayTexts(rect: GridRect): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < rect.numRows; r++) {
      const line: string[] = [];
      for (let c = 0; c < rect.numCols; c++) line.push(this._displayAt(rect.row + r, rect.col + c));
      out.push(line);
    }
    return out;
  }
  /** Writes one value with Sheets' input rules; `method`/`args` name the caller in errors. */
  _write(row: number, col: number, input: unknown, method: string, args: unknown[]): Cell {
    return writeCell(this, row, col, input, method, args);
  }
  /** Makes a range after Apps Script's checks (used by Sheet.getRange and Range.offset). */
  _checkedRange(
    method: string,
    args: unknown[],
    row: unknown,
    col: unknown,
    numRows: unknown = 1,
    numCols: unknown = 1,
  ): FakeRange {
    const env = this._env();
    if (![row, col, numRows, numCols].every((n) => typeof n === 'number')) throw badArgs(env, method, args);
    if (![row, col, numRows, numCols].every(isWholeNumber))
      throw badArgs(env, method, args, 'coordinates must be whole numbers');
    const rect = { row, col, numRows, numCols } as GridRect;
    if (rect.numRows < 1) throw exception(env, 'The number of rows in the range must be at least 1.');
    if (rect.numCols < 1) throw exception(env, 'The number of columns in the range must be at least 1.');
    this._checkBounds(rect);
    return this._range(rect);
  }
  _checkBounds(rect: GridRect): void {
    const g = this.grid;
    if (
      rect.row < 1 ||
      rect.col < 1 ||
      rect.row + rect.numRows - 1 > g.maxRows ||
      rect.col + rect.numCols - 1 > g.maxCols
    ) {
      throw exception(this._env(), 'The coordinates of the range are outside the dimensions of the sheet.');
    }
  }
  _applyDim(dim: Dim, op: DimOp): void {
    applyDimension(this, dim, op);
  }
  private _lineArgs(
    method: string,
    args: unknown[],
    dim: Dim,
    start: unknown,
    count: unknown,
  ): [number, number] {
    return lineArgs(this, `${S}.${method}`, args, dim, start, count);
  }
  private _insert(
    method: string,
    args: unknown[],
    dim: Dim,
    pos: unknown,
    count: unknown,
    after: boolean,
  ): this {
    insertLines(this, `${S}.${method}`, args, dim, pos, count, after);
    return this;
  }
  private _delete(method: string, args: unknown[], dim: Dim, at: unknown, count: unknown): void {
    deleteLines(this, `${S}.${method}`, args, dim, at, count);
  }
  private _move(method: string, spec: unknown, to: unknown, dim: Dim): void {
    moveLines(this, `${S}.${method}`, spec, to, dim);
  }
  private _lines(method: string, args: unknown[], dim: Dim, start: unknown, count: unknown = 1): number[] {
    const [s, n] = this._lineArgs(method, args, dim, start, count);
    return Array.from({ length: n }, (_, i) => s + i);
  }
  /** The one line a single position names, checked as _lines checks it. */
  private _line(method: string, args: unknown[], dim: Dim, position: unknown): number {
    return this._lineArgs(method, args, dim, position, 1)[0];
  }

  // ---- identity ------------------------------------------------------------------------------
  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  setName(name: string): this {
    if (typeof name !== 'string') throw badArgs(this._env(), `${S}.setName`, [name]);
    this.ss._checkNewName(name, this);
    const old = this.name;
    this.name = name;
    if (old !== name) renameSheetRefs(this.ss._sheetList(), old, name);
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.ss._sheetList().indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.ss;
  }
  getType(): EnumValue {
    return SheetType.GRID;
  }
  activate(): this {
    this.ss._activate(this);
    return this;
  }
  setTabColor(color: string | null): this {
    if (color !== null && typeof color !== 'string') throw badArgs(this._env(), `${S}.setTabColor`, [color]);
    this._tabColor = color === null ? null : normalizeColor(color);
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  hideSheet(): this {
    if (this.ss._sheetList().filter((s) => !s._hidden && s !== this).length === 0) {
      throw exception(this._env(), "You can't hide all the sheets in a document.");
    }
    this._hidden = true;
    return this;
  }
  showSheet(): this {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }

  // ---- ranges ----------------------------------------------------------------------------------
  getRange(...args: unknown[]): FakeRange {
    const method = `${S}.getRange`;
    if (typeof args[0] === 'string' && args.length === 1) {
      const { sheetName, ref } = splitSheetPrefix(args[0]);
      const parsed = parseA1(ref, this.grid.maxRows, this.grid.maxCols);
      if (!parsed || (sheetName !== null && sheetName.toLowerCase() !== this.name.toLowerCase())) {
        throw exception(this._env(), 'Range not found');
      }
      this._checkBounds(parsed.rect);
      return this._range(parsed.rect, parsed.style);
    }
    if (args.length < 2 || args.length > 4 || args.includes(undefined))
      throw badArgs(this._env(), method, args);
    return this._checkedRange(method, args, args[0], args[1], args[2] ?? 1, args[3] ?? 1);
  }
  /** Ranges of this sheet in A1 notation (no sheet names), at least one, each checked as getRange checks it. */
  getRangeList(a1Notations: string[]): FakeRangeList {
    const method = `${S}.getRangeList`;
    if (!Array.isArray(a1Notations) || !a1Notations.every((a) => typeof a === 'string'))
      throw badArgs(this._env(), method, [a1Notations]);
    if (a1Notations.length === 0)
      throw exception(this._env(), 'The range list must hold at least one range.');
    return new FakeRangeList(
      a1Notations.map((a1) => {
        const parsed = parseA1(a1, this.grid.maxRows, this.grid.maxCols);
        if (!parsed || splitSheetPrefix(a1).sheetName !== null)
          throw exception(this._env(), 'Range not found');
        this._checkBounds(parsed.rect);
        return this._range(parsed.rect, parsed.style);
      }),
    );
  }
  getDataRange(): FakeRange {
    return this._range({
      row: 1,
      col: 1,
      numRows: Math.max(1, this.grid.lastRow()),
      numCols: Math.max(1, this.grid.lastCol()),
    });
  }
  /** numRows/numColumns of -1 mean "to the last row/column with content". */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.grid.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.grid.lastCol() - startColumn + 1 : numColumns;
    return this._checkedRange(
      `${S}.getSheetValues`,
      [startRow, startColumn, numRows, numColumns],
      startRow,
      startColumn,
      rows,
      cols,
    ).getValues();
  }
  getLastRow(): number {
    return this.grid.lastRow();
  }
  getLastColumn(): number {
    return this.grid.lastCol();
  }
  getMaxRows(): number {
    return this.grid.maxRows;
  }
  getMaxColumns(): number {
    return this.grid.maxCols;
  }
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw badArgs(this._env(), `${S}.appendRow`, [rowContents]);
    const row = this.grid.lastRow() + 1;
    if (row > this.grid.maxRows)
      this._applyDim('row', { kind: 'insert', at: this.grid.maxRows + 1, count: 1 });
    const missing = rowContents.length - this.grid.maxCols;
    if (missing > 0) this._applyDim('col', { kind: 'insert', at: this.grid.maxCols + 1, count: missing });
    rowContents.forEach((v, i) => this._write(row, i + 1, v, 'appendRow', [rowContents]));
    return this;
  }

  // ---- rows and columns ------------------------------------------------------------------------
  insertRows(rowIndex: number, numRows = 1): void {
    this._insert('insertRows', [rowIndex, numRows], 'row', rowIndex, numRows, false);
  }
  insertRowBefore(beforePosition: number): this {
    return this._insert('insertRowBefore', [beforePosition], 'row', beforePosition, 1, false);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this._insert('insertRowsBefore', [beforePosition, howMany], 'row', beforePosition, howMany, false);
  }
  insertRowAfter(afterPosition: number): this {
    return this._insert('insertRowAfter', [afterPosition], 'row', afterPosition, 1, true);
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this._insert('insertRowsAfter', [afterPosition, howMany], 'row', afterPosition, howMany, true);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._insert('insertColumns', [columnIndex, numColumns], 'col', columnIndex, numColumns, false);
  }
  insertColumnBefore(beforePosition: number): this {
    return this._insert('insertColumnBefore', [beforePosition], 'col', beforePosition, 1, false);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this._insert(
      'insertColumnsBefore',
      [beforePosition, howMany],
      'col',
      beforePosition,
      howMany,
      false,
    );
  }
  insertColumnAfter(afterPosition: number): this {
    return this._insert('insertColumnAfter', [afterPosition], 'col', afterPosition, 1, true);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this._insert('insertColumnsAfter', [afterPosition, howMany], 'col', afterPosition, howMany, true);
  }
  deleteRow(rowPosition: number): this {
    this._delete('deleteRow', [rowPosition], 'row', rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._delete('deleteRows', [rowPosition, howMany], 'row', rowPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this._delete('deleteColumn', [columnPosition], 'col', columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._delete('deleteColumns', [columnPosition, howMany], 'col', columnPosition, howMany);
  }
  /** Moves the columns the range spans to before the column at `destinationIndex` (pre-move numbering). */
  moveColumns(columnSpec: FakeRange, destinationIndex: number): void {
    this._move('moveColumns', columnSpec, destinationIndex, 'col');
  }
  moveRows(rowSpec: FakeRange, destinationIndex: number): void {
    this._move('moveRows', rowSpec, destinationIndex, 'row');
  }
  setFrozenRows(rows: number): void {
    if (!isWholeNumber(rows) || rows < 0 || rows > this.grid.maxRows)
      throw badArgs(this._env(), `${S}.setFrozenRows`, [rows]);
    this._frozen.rows = rows;
  }
  getFrozenRows(): number {
    return this._frozen.rows;
  }
  setFrozenColumns(columns: number): void {
    if (!isWholeNumber(columns) || columns < 0 || columns > this.grid.maxCols)
      throw badArgs(this._env(), `${S}.setFrozenColumns`, [columns]);
    this._frozen.cols = columns;
  }
  getFrozenColumns(): number {
    return this._frozen.cols;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    const args = [startColumn, numColumns, width];
    if (!isWholeNumber(width) || width < 0) throw badArgs(this._env(), `${S}.setColumnWidths`, args);
    for (const c of this._lines('setColumnWidths', args, 'col', startColumn, numColumns))
      this.grid.line('col', c).size = width;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    const c = this._line('getColumnWidth', [columnPosition], 'col', columnPosition);
    return this.grid.lineIfAny('col', c)?.size ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): this {
    const r = this._line('setRowHeight', [rowPosition, height], 'row', rowPosition);
    if (!isWholeNumber(height) || height < 0)
      throw badArgs(this._env(), `${S}.setRowHeight`, [rowPosition, height]);
    this.grid.line('row', r).size = height;
    return this;
  }
  getRowHeight(rowPosition: number): number {
    const r = this._line('getRowHeight', [rowPosition], 'row', rowPosition);
    return this.grid.lineIfAny('row', r)?.size ?? DEFAULT_ROW_HEIGHT;
  }
  autoResizeColumn(columnPosition: number): this {
    this._lines('autoResizeColumn', [columnPosition], 'col', columnPosition);
    return this;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this._lines('autoResizeColumns', [startColumn, numColumns], 'col', startColumn, numColumns);
    return this;
  }
  private _flag(
    method: string,
    args: unknown[],
    dim: Dim,
    start: unknown,
    count: unknown,
    hidden: boolean,
  ): void {
    for (const i of this._lines(method, args, dim, start, count)) this.grid.line(dim, i).hidden = hidden;
  }
  private _isHidden(method: string, dim: Dim, index: number): boolean {
    const i = this._line(method, [index], dim, index);
    return this.grid.lineIfAny(dim, i)?.hidden === true;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._flag('hideColumns', [columnIndex, numColumns], 'col', columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._flag('showColumns', [columnIndex, numColumns], 'col', columnIndex, numColumns, false);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._isHidden('isColumnHiddenByUser', 'col', columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._flag('hideRows', [rowIndex, numRows], 'row', rowIndex, numRows, true);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._flag('showRows', [rowIndex, numRows], 'row', rowIndex, numRows, false);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._isHidden('isRowHiddenByUser', 'row', rowPosition);
  }

  // ---- whole-sheet contents, rules ---------------------------------------------------
  clear(options?: Record<string, unknown>): this {
    this.getRange(1, 1, this.grid.maxRows, this.grid.maxCols).clear(options);
    return this;
  }
  clearContents(): this {
    this.getRange(1, 1, this.grid.maxRows, this.grid.maxCols).clearContent();
    return this;
  }
  clearFormats(): this {
    this.getRange(1, 1, this.grid.maxRows, this.grid.maxCols).clearFormat();
    return this;
  }
  clearNotes(): this {
    this.getRange(1, 1, this.grid.maxRows, this.grid.maxCols).clearNote();
    return this;
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this._cf.map((spec) => new FakeConditionalFormatRule(this._env(), copyCfSpec(spec)));
  }
  /** Replaces every rule of the sheet. Each rule needs ranges, all on this sheet. */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof FakeConditionalFormatRule)) {
      throw badArgs(this._env(), `${S}.setConditionalFormatRules`, [rules]);
    }
    for (const rule of rules) {
      if (rule._spec.ranges.length === 0)
        throw exception(this._env(), 'Conditional format rules must have at least one range.');
      if (rule._spec.ranges.some((r) => r.sheet !== this)) {
        throw exception(this._env(), 'The conditional format rule cannot reference a different sheet.');
      }
    }
    this._cf = rules.map((r) => copyCfSpec(r._spec));
  }

  // ---- embedded charts (charts.ts) -------------------------------------------------------------
  /** A builder for a new chart of this sheet; nothing changes until insertChart. */
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this._env(), this);
  }
  /** Copies of this sheet's charts, in the order they were inserted. */
  getCharts(): FakeEmbeddedChart[] {
    return this._charts.map((c) => new FakeEmbeddedChart(this._env(), this, copyChartSpec(c.spec), c.id));
  }
  /** Adds a chart built from this sheet's newChart(); a chart already in the sheet is changed with updateChart. */
  insertChart(chart: FakeEmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart)) throw badArgs(this._env(), `${S}.insertChart`, [chart]);
    if (chart._home() !== this)
      throw exception(
        this._env(),
        "The chart belongs to another sheet. [fake: build it from this sheet's newChart()]",
      );
    if (chart._id() !== null)
      throw exception(
        this._env(),
        'The chart is already in the sheet. [fake: a chart built by modify() is saved with updateChart]',
      );
    this._charts.push({ id: this.ss._nextChartId(), spec: chart._spec() });
  }
  /** Saves a chart rebuilt with modify()...build() over the chart of the same id. */
  updateChart(chart: FakeEmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart)) throw badArgs(this._env(), `${S}.updateChart`, [chart]);
    const index = placedIndex(this, chart);
    this._charts[index] = { id: this._charts[index]?.id ?? 0, spec: chart._spec() };
  }
  removeChart(chart: FakeEmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart)) throw badArgs(this._env(), `${S}.removeChart`, [chart]);
    this._charts.splice(placedIndex(this, chart), 1);
  }

  // ---- test helpers (not counted, not Apps Script) ---------------------------------------------
  /** Display text of the data range, rows joined by newlines and cells by ` | `. */
  valuesAsText(): string {
    const rows = this.grid.lastRow();
    const cols = this.grid.lastCol();
    if (rows === 0 || cols === 0) return '';
    return this._displayTexts({ row: 1, col: 1, numRows: rows, numCols: cols })
      .map((r) => r.join(' | '))
      .join('\n');
  }
  /** Cells whose value breaks their data validation (Sheets flags them; script writes are not rejected). */
  invalidCells(): { a1: string; value: unknown; criteria: string; allowInvalid: boolean }[] {
    return invalidCellsOf(this);
  }
  _snapshot(): SheetSnapshot {
    return snapshotSheet(this);
  }
}
countMethods(FakeSheet, 'Sheet', ['valuesAsText', 'invalidCells']);
