/**
 * Embedded charts: `Sheet.newChart()` builders, the charts they build, and the chart model a sheet
 * keeps (`FakeSheet._charts`, in the snapshot as `charts`). A chart is data, not a picture: its type,
 * its data ranges (which follow inserted and deleted rows and columns, as in Sheets), its anchor and
 * its options. The preview draws charts from this model.
 *
 * As in Apps Script, a chart object is a copy: changing it takes `chart.modify()...build()` and then
 * `sheet.updateChart(chart)`; `getCharts()` hands out fresh copies each time.
 */
import { quoteSheetName, rectA1 } from './a1';
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception, isWholeNumber } from './env';
import type { EnumValue } from './enums';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType, enumType } from './enums';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { RangeRef } from './validation';
import { isFakeRange, rangeRefOf } from './validation';

export type ChartTypeName = keyof typeof ChartType;

/** Where a chart's top-left corner sits: a cell and a pixel offset from it. */
export interface ChartPosition {
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
}

/** One chart as a sheet keeps it. */
export interface ChartSpec {
  type: ChartTypeName | null;
  ranges: RangeRef[];
  /** Options by their dotted name (`title`, `vAxis.title`), as setOption was given them. */
  options: Record<string, unknown>;
  position: ChartPosition;
  /** -1: Sheets decides from the data. */
  numHeaders: number;
  transpose: boolean;
}

/** A chart of a sheet: its spec and the id Sheets gave it when it was inserted. */
export interface PlacedChart {
  id: number;
  spec: ChartSpec;
}

/** JSON-comparable picture of one chart. */
export interface ChartSnapshot {
  id: number;
  type: ChartTypeName | null;
  /** `'Tab'!I1:L4`, in the order the chart takes them. */
  ranges: string[];
  position: ChartPosition;
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}

export function copyChartSpec(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    options: structuredClone(spec.options),
    position: { ...spec.position },
  };
}

function emptySpec(): ChartSpec {
  return {
    type: null,
    ranges: [],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
  };
}

export function describeChartRange(ref: RangeRef): string {
  return `${quoteSheetName(ref.sheet._nameRaw())}!${rectA1(ref.rect)}`;
}

export function snapshotChart(chart: PlacedChart): ChartSnapshot {
  const { spec } = chart;
  return {
    id: chart.id,
    type: spec.type,
    ranges: spec.ranges.map(describeChartRange),
    position: { ...spec.position },
    options: structuredClone(spec.options),
    numHeaders: spec.numHeaders,
    transpose: spec.transpose,
  };
}

/** Values an option may hold: what survives Apps Script's conversion to a chart option. */
function isOptionValue(v: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  if (v === null || ['string', 'number', 'boolean'].includes(typeof v))
    return typeof v !== 'number' || Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isOptionValue(x, depth + 1));
  if (
    typeof v === 'object' &&
    Object.getPrototypeOf(v) !== null &&
    Object.getPrototypeOf(Object.getPrototypeOf(v)) === null
  )
    return Object.values(v as Record<string, unknown>).every((x) => isOptionValue(x, depth + 1));
  return false;
}

const B = 'SpreadsheetApp.EmbeddedChartBuilder';

export class FakeContainerInfo {
  readonly _typeName = 'SpreadsheetApp.ContainerInfo';
  constructor(
    private readonly env: FakeEnv,
    private readonly position: ChartPosition,
  ) {}
  _calls() {
    return this.env.calls;
  }
  getAnchorRow(): number {
    return this.position.row;
  }
  getAnchorColumn(): number {
    return this.position.col;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}
countMethods(FakeContainerInfo, 'ContainerInfo');

export class FakeChartOptions {
  readonly _typeName = 'Charts.ChartOptions';
  constructor(
    private readonly env: FakeEnv,
    private readonly options: Record<string, unknown>,
  ) {}
  _calls() {
    return this.env.calls;
  }
  /** The option's value, or null when it was never set. */
  get(option: string): unknown {
    if (typeof option !== 'string') throw badArgs(this.env, 'Charts.ChartOptions.get', [option]);
    return option in this.options ? structuredClone(this.options[option]) : null;
  }
}
countMethods(FakeChartOptions, 'ChartOptions');

/** A chart built by a builder, or handed out by getCharts(): a copy, never the sheet's own. */
export class FakeEmbeddedChart {
  readonly _typeName = 'SpreadsheetApp.EmbeddedChart';
  constructor(
    private readonly env: FakeEnv,
    private readonly home: FakeSheet,
    private readonly spec: ChartSpec,
    /** null until the chart is inserted into its sheet. */
    private readonly id: number | null,
  ) {}
  _calls() {
    return this.env.calls;
  }
  _home(): FakeSheet {
    return this.home;
  }
  _spec(): ChartSpec {
    return copyChartSpec(this.spec);
  }
  _id(): number | null {
    return this.id;
  }
  getChartId(): number | null {
    return this.id;
  }
  getRanges(): FakeRange[] {
    return this.spec.ranges.map((r) => r.sheet._range(r.rect));
  }
  getOptions(): FakeChartOptions {
    return new FakeChartOptions(this.env, structuredClone(this.spec.options));
  }
  getContainerInfo(): FakeContainerInfo {
    return new FakeContainerInfo(this.env, { ...this.spec.position });
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }
  /** A builder that starts from this chart; its build() keeps this chart's id, for updateChart. */
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.env, this.home, copyChartSpec(this.spec), this.id);
  }
}
countMethods(FakeEmbeddedChart, 'EmbeddedChart');

export class FakeEmbeddedChartBuilder {
  readonly _typeName = B;
  constructor(
    private readonly env: FakeEnv,
    private readonly home: FakeSheet,
    private spec: ChartSpec = emptySpec(),
    private readonly id: number | null = null,
  ) {}
  _calls() {
    return this.env.calls;
  }
  /** A data range must be a range of the chart's own spreadsheet (any of its sheets). */
  private _ref(method: string, range: unknown): RangeRef {
    if (!isFakeRange(range)) throw badArgs(this.env, `${B}.${method}`, [range]);
    const ref = rangeRefOf(range);
    if (ref.sheet._parentSs() !== this.home._parentSs())
      throw exception(
        this.env,
        'The data range of a chart must be in the same spreadsheet as the chart. [fake: a range of another spreadsheet]',
      );
    if (ref.sheet._deleted)
      throw exception(this.env, `The sheet "${ref.sheet._nameRaw()}" has been deleted.`);
    return ref;
  }
  addRange(range: FakeRange): this {
    const ref = this._ref('addRange', range);
    this.spec = { ...this.spec, ranges: [...this.spec.ranges, ref] };
    return this;
  }
  removeRange(range: FakeRange): this {
    const ref = this._ref('removeRange', range);
    const same = (r: RangeRef) =>
      r.sheet === ref.sheet && JSON.stringify(r.rect) === JSON.stringify(ref.rect);
    this.spec = { ...this.spec, ranges: this.spec.ranges.filter((r) => !same(r)) };
    return this;
  }
  clearRanges(): this {
    this.spec = { ...this.spec, ranges: [] };
    return this;
  }
  getRanges(): FakeRange[] {
    return this.spec.ranges.map((r) => r.sheet._range(r.rect));
  }
  setChartType(type: EnumValue): this {
    if (enumType(type) !== 'ChartType') throw badArgs(this.env, `${B}.setChartType`, [type]);
    this.spec = { ...this.spec, type: type.name() as ChartTypeName };
    return this;
  }
  /** The type set so far, or null. */
  getChartType(): EnumValue | null {
    return this.spec.type === null ? null : ChartType[this.spec.type];
  }
  setOption(option: string, value: unknown): this {
    if (typeof option !== 'string' || option === '' || !isOptionValue(value))
      throw badArgs(this.env, `${B}.setOption`, [option, value]);
    this.spec = { ...this.spec, options: { ...this.spec.options, [option]: structuredClone(value) } };
    return this;
  }
  /** Anchors the chart's top-left corner at a cell of its sheet, offset by pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every(isWholeNumber)) throw badArgs(this.env, `${B}.setPosition`, args);
    const grid = this.home._grid();
    if (anchorRowPos < 1 || anchorColPos < 1 || anchorRowPos > grid.maxRows || anchorColPos > grid.maxCols)
      throw exception(this.env, 'The coordinates of the range are outside the dimensions of the sheet.');
    if (offsetX < 0 || offsetY < 0) throw badArgs(this.env, `${B}.setPosition`, args);
    this.spec = { ...this.spec, position: { row: anchorRowPos, col: anchorColPos, offsetX, offsetY } };
    return this;
  }
  getContainer(): FakeContainerInfo {
    return new FakeContainerInfo(this.env, { ...this.spec.position });
  }
  setNumHeaders(headers: number): this {
    if (!isWholeNumber(headers) || headers < -1) throw badArgs(this.env, `${B}.setNumHeaders`, [headers]);
    this.spec = { ...this.spec, numHeaders: headers };
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    if (typeof transpose !== 'boolean')
      throw badArgs(this.env, `${B}.setTransposeRowsAndColumns`, [transpose]);
    this.spec = { ...this.spec, transpose };
    return this;
  }
  /** The chart, not yet in the sheet (insertChart), or the changed chart (updateChart). */
  build(): FakeEmbeddedChart {
    if (this.spec.type === null)
      throw exception(
        this.env,
        'The chart type is not set. [fake: call setChartType (or an as...Chart()) before build()]',
      );
    return new FakeEmbeddedChart(this.env, this.home, copyChartSpec(this.spec), this.id);
  }
}
countMethods(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');

/** The Charts service as far as embedded charts need it: its enums. */
export class FakeCharts {
  readonly _typeName = 'Charts';
  readonly ChartType = ChartType;
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = ChartMergeStrategy;
  constructor(private readonly env: FakeEnv) {}
  _calls() {
    return this.env.calls;
  }
}
countMethods(FakeCharts, 'Charts');

/** The checks of updateChart/removeChart: the chart must be one of this sheet's charts. */
export function placedIndex(sheet: FakeSheet, chart: FakeEmbeddedChart): number {
  const id = chart._id();
  const index = id === null ? -1 : sheet._charts.findIndex((c) => c.id === id);
  if (chart._home() !== sheet || index < 0)
    throw exception(sheet._env(), 'The chart is not in this sheet. [fake: insert it with insertChart first]');
  return index;
}
