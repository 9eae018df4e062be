/**
 * The preview's charts: a chart's data read from its ranges as Sheets reads it (domain, series,
 * header rows, formulas computed), and its drawing laid out as shapes for each chart type.
 */
import { createAppsScriptFake, FakeSpreadsheet, silently } from '../../../fake';
import { chartViews } from '../../../scripts/preview/chartsView';
import { workbookReader } from '../../../scripts/preview/formulas/workbookReader';
import {
  describeChart,
  layoutChart,
  ticks,
  type ChartView,
  type Shape,
} from '../../../scripts/preview/views/charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NOW = Date.UTC(2026, 2, 10, 12);

function workbook(rows: unknown[][]) {
  const spreadsheet = FakeSpreadsheet.fromTabs({ Summary: rows });
  const fake = createAppsScriptFake({ spreadsheet });
  const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Summary')!;
  return { spreadsheet, sheet, Charts: fake.globals.Charts };
}

function views(spreadsheet: FakeSpreadsheet, sheet: unknown): ChartView[] {
  return silently(() => chartViews(sheet as Sheet, workbookReader(spreadsheet, NOW)));
}

const base: ChartView = {
  id: 1,
  type: 'LINE',
  title: 'Ratings over check-ins',
  anchor: { row: 19, col: 1, offsetX: 0, offsetY: 0 },
  width: 600,
  height: 371,
  legend: 'bottom',
  vAxisTitle: 'Requirements',
  hAxisTitle: '',
  categories: ['2026-02-10', '2026-05-12', '2026-08-11'],
  series: [
    { name: 'At Meets or above', values: [0, 2, 4] },
    { name: 'Gaps', values: [3, 2, 1] },
  ],
};

const of = <K extends Shape['kind']>(shapes: Shape[], kind: K) =>
  shapes.filter((s): s is Extract<Shape, { kind: K }> => s.kind === kind);

describe('reading a chart', () => {
  test('the first column is the domain, the others series; a text row over numbers is the header', () => {
    const { spreadsheet, sheet, Charts } = workbook([
      ['Date', 'At Meets or above', 'Gaps'],
      ['2026-02-10', 1, 4],
      ['2026-05-12', 3, ''],
    ]);
    silently(() => {
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(Charts.ChartType.LINE)
          .addRange(sheet.getRange('A1:C3'))
          .setPosition(19, 2, 5, 7)
          .setOption('title', 'Ratings')
          .setOption('legend.position', 'bottom')
          .build(),
      );
    });
    const [view] = views(spreadsheet, sheet);
    expect(view).toMatchObject({
      type: 'LINE',
      title: 'Ratings',
      anchor: { row: 19, col: 2, offsetX: 5, offsetY: 7 },
      width: 600,
      height: 371,
      legend: 'bottom',
      categories: ['2026-02-10', '2026-05-12'],
      series: [
        { name: 'At Meets or above', values: [1, 3] },
        // An empty cell is a gap, not a zero.
        { name: 'Gaps', values: [4, null] },
      ],
    });
    expect(view?.notDrawn).toBeUndefined();
  });

  test('formulas in the range are computed; one the preview cannot compute stops the drawing', () => {
    const { spreadsheet, sheet, Charts } = workbook([
      ['Not started', '=COUNTIF(D1:D,"Not started")', '', 'Not started'],
      ['Done', '=COUNTIF(D1:D,"Done")', '', 'Done'],
      ['Other', '=QUERY(D1:D,"select count(D)")', '', 'Done'],
    ]);
    silently(() => {
      sheet.insertChart(
        sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B2')).build(),
      );
      sheet.insertChart(
        sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B3')).build(),
      );
    });
    const [counted, blocked] = views(spreadsheet, sheet);
    expect(counted).toMatchObject({ categories: ['Not started', 'Done'], series: [{ values: [1, 2] }] });
    expect(blocked?.notDrawn).toBe('its data needs the function QUERY');
    expect(describeChart(blocked!)).toContain('not drawn in the preview');
  });

  test('transposed rows and columns, and a header count set on the chart', () => {
    const { spreadsheet, sheet, Charts } = workbook([
      ['', 'Q1', 'Q2'],
      ['Done', 1, 3],
      ['Open', 4, 2],
    ]);
    silently(() => {
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(Charts.ChartType.COLUMN)
          .addRange(sheet.getRange('A1:C3'))
          .setTransposeRowsAndColumns(true)
          .setNumHeaders(1)
          .build(),
      );
    });
    expect(views(spreadsheet, sheet)[0]).toMatchObject({
      categories: ['Q1', 'Q2'],
      series: [
        { name: 'Done', values: [1, 3] },
        { name: 'Open', values: [4, 2] },
      ],
    });
  });
});

describe('laying out a drawing', () => {
  test('ticks are round steps from zero past the highest value', () => {
    expect(ticks([0, 2, 4])).toEqual([0, 1, 2, 3, 4]);
    expect(ticks([7])).toEqual([0, 2, 4, 6, 8]);
    expect(ticks([0])).toEqual([0, 1]);
    expect(ticks([-3, 12])).toEqual([-5, 0, 5, 10, 15]);
  });

  test('a line chart: one line per series through every point, a legend entry each, the title', () => {
    const drawing = layoutChart(base);
    expect(of(drawing.shapes, 'polyline')).toHaveLength(2);
    expect(of(drawing.shapes, 'circle')).toHaveLength(6);
    const texts = of(drawing.shapes, 'text').map((t) => t.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Ratings over check-ins', 'At Meets or above', 'Gaps', 'Requirements']),
    );
    expect(texts).toEqual(expect.arrayContaining(base.categories));
    // Higher values sit higher: the first series rises, the second falls.
    const [rising, falling] = of(drawing.shapes, 'polyline');
    expect(rising!.points[0]![1]).toBeGreaterThan(rising!.points[2]![1]);
    expect(falling!.points[0]![1]).toBeLessThan(falling!.points[2]![1]);
    for (const shape of drawing.shapes) {
      if (shape.kind === 'circle') {
        expect(shape.cx).toBeGreaterThanOrEqual(0);
        expect(shape.cx).toBeLessThanOrEqual(base.width);
        expect(shape.cy).toBeLessThanOrEqual(base.height);
      }
    }
  });

  test('a gap breaks the line', () => {
    const drawing = layoutChart({ ...base, series: [{ name: 'Gaps', values: [3, null, 1] }] });
    expect(of(drawing.shapes, 'polyline')).toHaveLength(0);
    expect(of(drawing.shapes, 'circle')).toHaveLength(2);
  });

  test('column and bar charts: one bar per value, standing up or lying down', () => {
    const column = of(layoutChart({ ...base, type: 'COLUMN' }).shapes, 'rect').filter((r) => r.width < 100);
    const bar = of(layoutChart({ ...base, type: 'BAR' }).shapes, 'rect').filter((r) => r.height < 100);
    // 3 categories x 2 series, one of them 0 (no height) — plus the legend's two swatches.
    expect(column.filter((r) => r.height > 0 && r.width > 10)).toHaveLength(5);
    expect(bar.filter((r) => r.width > 0 && r.height > 10)).toHaveLength(5);
  });

  test('a pie: a slice per value above zero with its share, and its legend', () => {
    const pie: ChartView = {
      ...base,
      type: 'PIE',
      title: 'Actions by status',
      legend: 'right',
      categories: ['Not started', 'In progress', 'Blocked', 'Done'],
      series: [{ name: 'Actions', values: [1, 1, 0, 2] }],
    };
    const drawing = layoutChart(pie);
    expect(of(drawing.shapes, 'path')).toHaveLength(3);
    const texts = of(drawing.shapes, 'text').map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['25%', '50%', 'Not started', 'Done']));
    expect(drawing.description).toBe(
      'Actions by status. Pie chart. Not started: 1 (25%); In progress: 1 (25%); Blocked: 0 (0%); Done: 2 (50%).',
    );
    const whole = layoutChart({ ...pie, series: [{ name: 'Actions', values: [0, 0, 0, 3] }] });
    expect(of(whole.shapes, 'circle')).toHaveLength(1);
  });

  test('what it does not draw, it says so in the picture and in words', () => {
    const scatter = layoutChart({ ...base, type: 'SCATTER' });
    expect(
      of(scatter.shapes, 'text')
        .map((t) => t.text)
        .join(' '),
    ).toContain('the preview draws line, area, column, bar and pie charts');
    const empty = layoutChart({ ...base, categories: [], series: [] });
    expect(of(empty.shapes, 'text').map((t) => t.text)).toContain('No data');
    expect(describeChart({ ...base, categories: [], series: [] })).toBe(
      'Ratings over check-ins. Line chart with no data.',
    );
    expect(describeChart(base)).toBe(
      'Ratings over check-ins. Line chart. At Meets or above: 2026-02-10 0, 2026-05-12 2, 2026-08-11 4. Gaps: 2026-02-10 3, 2026-05-12 2, 2026-08-11 1.',
    );
  });
});
