/**
 * The embedded charts of a tab as the preview draws them: each chart's model read through the Apps
 * Script API (type, ranges, options, anchor; silently, as the page reads everything), and the
 * values its ranges hold, formulas computed by the preview's evaluator. The table is read as Sheets
 * reads it: the first column is the domain, each other column a series, header rows found as Sheets
 * finds them (text above numbers) unless the chart says how many.
 */
import { FORMULA_PLACEHOLDER } from '../../fake';
import { displayComputed, type WorkbookReader } from './formulas/workbookReader';
import type { ChartSeries, ChartView } from './views/charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** Sheets' size of a new embedded chart. */
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;
const LEGENDS = new Set(['bottom', 'top', 'right', 'left', 'none']);

interface TableCell {
  /** What the cell shows (labels are read as shown). */
  text: string;
  /** The number it holds, or null. */
  number: number | null;
  /** A formula the preview does not compute: why. */
  uncomputed?: string;
}

function cellsOf(range: Range, reader: WorkbookReader): TableCell[][] {
  const sheet = range.getSheet().getName();
  const top = range.getRow();
  const left = range.getColumn();
  const shown = range.getDisplayValues();
  const values = range.getValues() as unknown[][];
  const formats = range.getNumberFormats();
  return shown.map((row, r) =>
    row.map((text, c): TableCell => {
      const computed = text === FORMULA_PLACEHOLDER ? reader.computed(sheet, top + r, left + c) : null;
      if (computed && !computed.ok) return { text: '', number: null, uncomputed: computed.reason };
      if (computed?.ok) {
        const v = computed.value;
        return {
          text: displayComputed(computed, formats[r]?.[c] ?? '', reader.timeZone),
          number: typeof v === 'number' ? v : null,
        };
      }
      const value = values[r]?.[c];
      return { text, number: typeof value === 'number' ? value : null };
    }),
  );
}

/** Several ranges side by side (Sheets takes each range's columns in turn). */
function joined(tables: TableCell[][][]): TableCell[][] {
  const height = Math.max(0, ...tables.map((t) => t.length));
  return Array.from({ length: height }, (_, r) =>
    tables.flatMap((t) => t[r] ?? t[0]?.map(() => ({ text: '', number: null })) ?? []),
  );
}

function transposed(table: TableCell[][]): TableCell[][] {
  const width = Math.max(0, ...table.map((row) => row.length));
  return Array.from({ length: width }, (_, c) => table.map((row) => row[c] ?? { text: '', number: null }));
}

/** Header rows: as many as the chart says, or (-1) one when the series' first cells are text over numbers. */
function headerRows(table: TableCell[][], numHeaders: number): number {
  if (numHeaders >= 0) return Math.min(numHeaders, table.length);
  const [first, ...rest] = table;
  if (!first || rest.length === 0) return 0;
  const textOverNumbers = first.some(
    (cell, c) =>
      c > 0 && cell.number === null && cell.text !== '' && rest.some((row) => row[c]?.number !== null),
  );
  return textOverNumbers ? 1 : 0;
}

/** A chart option as text ('' when it is not set or not text). */
function textOption(chart: Chart, name: string): string {
  const value: unknown = chart.getOptions().get(name);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function numberOption(chart: Chart, name: string): number | null {
  const value: unknown = chart.getOptions().get(name);
  return typeof value === 'number' ? value : null;
}

/** One chart of a tab, with its data. */
export function chartView(chart: Chart, reader: WorkbookReader): ChartView {
  const container = chart.getContainerInfo();
  const type = String(chart.modify().getChartType());
  const legend = (
    textOption(chart, 'legend.position') ||
    textOption(chart, 'legend') ||
    'right'
  ).toLowerCase();
  const size = (name: string, fallback: number) => {
    const value = numberOption(chart, name);
    return value !== null && value > 40 ? Math.min(value, 1200) : fallback;
  };
  const view: ChartView = {
    id: chart.getChartId() ?? 0,
    type,
    title: textOption(chart, 'title'),
    anchor: {
      row: container.getAnchorRow(),
      col: container.getAnchorColumn(),
      offsetX: container.getOffsetX(),
      offsetY: container.getOffsetY(),
    },
    width: size('width', DEFAULT_WIDTH),
    height: size('height', DEFAULT_HEIGHT),
    legend: (LEGENDS.has(legend) ? legend : 'right') as ChartView['legend'],
    vAxisTitle: textOption(chart, 'vAxis.title'),
    hAxisTitle: textOption(chart, 'hAxis.title'),
    categories: [],
    series: [],
  };
  let table = joined(chart.getRanges().map((range) => cellsOf(range, reader)));
  if (chart.getTransposeRowsAndColumns()) table = transposed(table);
  const uncomputed = table.flat().find((cell) => cell.uncomputed)?.uncomputed;
  if (uncomputed) return { ...view, notDrawn: `its data needs ${uncomputed}` };
  const headers = headerRows(table, chart.getNumHeaders());
  const rows = table.slice(headers).filter((row) => row.some((cell) => cell.text !== ''));
  const width = Math.max(0, ...table.map((row) => row.length));
  view.categories = rows.map((row) => row[0]?.text ?? '');
  view.series = Array.from({ length: Math.max(0, width - 1) }, (_, i): ChartSeries => {
    const c = i + 1;
    const name =
      headers > 0
        ? table
            .slice(0, headers)
            .map((row) => row[c]?.text ?? '')
            .filter(Boolean)
            .join(' ')
        : '';
    return { name: name || `Series ${c}`, values: rows.map((row) => row[c]?.number ?? null) };
  });
  return view;
}

/** Every chart of a tab, in the order Sheets keeps them. */
export function chartViews(sheet: Sheet, reader: WorkbookReader): ChartView[] {
  const charts = (sheet as Partial<Pick<Sheet, 'getCharts'>>).getCharts?.() ?? [];
  return charts.map((chart) => chartView(chart, reader));
}
