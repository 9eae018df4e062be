import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAppsScriptFake, FakeSpreadsheet, loadBundle } from '../../../fake';
import { callKind } from '../../../fake/callKinds';

function setUp() {
  const spreadsheet = FakeSpreadsheet.fromTabs({
    Summary: [
      ['Date', 'At Meets', 'Gaps'],
      ['2026-02-02', 1, 4],
      ['2026-05-04', 3, 2],
    ],
    Data: [['x']],
  });
  const fake = createAppsScriptFake({ spreadsheet });
  const { SpreadsheetApp, Charts } = fake.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Summary')!;
  return { fake, ss, sheet, Charts, spreadsheet };
}

describe('embedded charts', () => {
  test('a chart is built, inserted, found again and changed with modify + updateChart', () => {
    const { sheet, Charts, spreadsheet } = setUp();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:C3'))
      .setPosition(19, 1, 0, 0)
      .setOption('title', 'Ratings over check-ins')
      .build();
    expect(chart.getChartId()).toBeNull();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);

    const [found] = sheet.getCharts();
    expect(found!.getChartId()).toEqual(expect.any(Number));
    expect(found!.getOptions().get('title')).toBe('Ratings over check-ins');
    expect(found!.getOptions().get('never set')).toBeNull();
    expect(found!.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C3']);
    expect(found!.getContainerInfo().getAnchorRow()).toBe(19);
    expect(found!.modify().getChartType()).toBe(Charts.ChartType.LINE);

    sheet.updateChart(found!.modify().clearRanges().addRange(sheet.getRange('A1:C4')).build());
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0]!.getChartId()).toBe(found!.getChartId());
    expect(spreadsheet.snapshot().sheets[0]!.charts).toEqual([
      {
        id: found!.getChartId(),
        type: 'LINE',
        ranges: ['Summary!A1:C4'],
        position: { row: 19, col: 1, offsetX: 0, offsetY: 0 },
        options: { title: 'Ratings over check-ins' },
        numHeaders: -1,
        transpose: false,
      },
    ]);
  });

  test('a chart object is a copy: changing a builder changes nothing until updateChart', () => {
    const { sheet, Charts } = setUp();
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B3')).build(),
    );
    const builder = sheet.getCharts()[0]!.modify().setOption('title', 'changed');
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBeNull();
    sheet.updateChart(builder.build());
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('changed');
  });

  test('removeChart removes only that chart', () => {
    const { sheet, Charts } = setUp();
    const build = (title: string) =>
      sheet.newChart().setChartType(Charts.ChartType.COLUMN).setOption('title', title).build();
    sheet.insertChart(build('one'));
    sheet.insertChart(build('two'));
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts().map((c) => c.getOptions().get('title'))).toEqual(['two']);
  });

  test('strict where Apps Script is', () => {
    const { fake, ss, sheet, Charts } = setUp();
    const other = new FakeSpreadsheet({ sheets: ['Elsewhere'] });
    fake.registerSpreadsheet(other);
    const foreign = other.getSheetByName('Elsewhere')!.getRange('A1:B2');
    expect(() => sheet.newChart().addRange(foreign)).toThrow(/same spreadsheet/);
    expect(() => sheet.newChart().addRange('A1:B2' as never)).toThrow(/method signature/);
    expect(() => sheet.newChart().setChartType('LINE' as never)).toThrow(/method signature/);
    expect(() => sheet.newChart().build()).toThrow(/chart type/);
    expect(() => sheet.newChart().setPosition(0, 1, 0, 0)).toThrow(/outside the dimensions/);
    expect(() => sheet.newChart().setPosition(1.5, 1, 0, 0)).toThrow(/method signature/);
    expect(() => sheet.newChart().setOption('title', () => 1)).toThrow(/method signature/);

    // A chart's data may come from another tab of the same spreadsheet.
    const data = ss.getSheetByName('Data')!;
    const chart = sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(data.getRange('A1')).build();
    expect(() => {
      data.insertChart(chart);
    }).toThrow(/another sheet/);
    expect(() => {
      sheet.updateChart(chart);
    }).toThrow(/not in this sheet/);
    expect(() => {
      sheet.removeChart(chart);
    }).toThrow(/not in this sheet/);
    sheet.insertChart(chart);
    const placed = sheet.getCharts()[0]!;
    expect(() => {
      sheet.insertChart(placed.modify().build());
    }).toThrow(/already in the sheet/);
    sheet.removeChart(placed);
    expect(() => {
      sheet.updateChart(placed.modify().build());
    }).toThrow(/not in this sheet/);
  });

  test("a chart's ranges and anchor follow inserted and deleted rows; a deleted tab's ranges go", () => {
    const { ss, sheet, Charts } = setUp();
    const data = ss.getSheetByName('Data')!;
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.LINE)
        .addRange(sheet.getRange('A1:C3'))
        .addRange(data.getRange('A1:A2'))
        .setPosition(19, 6, 0, 0)
        .build(),
    );
    sheet.insertRowsBefore(2, 2);
    const chart = () => sheet.getCharts()[0]!;
    expect(
      chart()
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C5', 'A1:A2']);
    expect(chart().getContainerInfo().getAnchorRow()).toBe(21);
    sheet.deleteRows(1, 5);
    expect(
      chart()
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:A2']);
    ss.deleteSheet(data);
    expect(chart().getRanges()).toEqual([]);
    expect(chart().getContainerInfo().getAnchorRow()).toBe(16);
  });

  test('calls are counted and classified: getCharts reads, insert/update/remove write, builders neither', () => {
    const { fake, sheet, Charts } = setUp();
    fake.calls.reset();
    sheet.getCharts();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.LINE).build());
    expect(fake.calls.sequence).toEqual([
      'Sheet.getCharts',
      'Sheet.newChart',
      'EmbeddedChartBuilder.setChartType',
      'EmbeddedChartBuilder.build',
      'Sheet.insertChart',
    ]);
    expect(fake.calls.kinds).toEqual(['read', 'none', 'none', 'none', 'write']);
    expect(callKind('Sheet.updateChart')).toBe('write');
    expect(callKind('Sheet.removeChart')).toBe('write');
    expect(callKind('EmbeddedChart.getRanges')).toBe('none');
    expect(callKind('EmbeddedChart.modify')).toBe('none');
    expect(callKind('ChartOptions.get')).toBe('none');
    expect(callKind('ContainerInfo.getAnchorRow')).toBe('none');
  });
});

describe("the bundle's clock", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clock-'));
  const code = path.join(dir, 'Code.js');
  fs.writeFileSync(
    code,
    `function today() {
       var d = new Date();
       return { iso: d.toISOString(), now: Date.now(), isDate: d instanceof Date, text: typeof Date(),
                written: (function () {
                  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
                  sheet.getRange(1, 1).setValue(new Date(2026, 4, 12));
                  return sheet.getRange(1, 1).getValue() instanceof Date;
                })(),
                explicit: new Date(2020, 0, 2, 3).getFullYear() };
     }`,
  );

  test('new Date() and Date.now() in the bundle give the time the test chose, and follow setClock', () => {
    const fake = createAppsScriptFake({ now: new Date('2026-05-12T09:30:00Z') });
    const bundle = loadBundle(code, fake);
    expect(bundle.call('today')).toEqual({
      iso: '2026-05-12T09:30:00.000Z',
      now: Date.parse('2026-05-12T09:30:00Z'),
      isDate: true,
      text: 'string',
      written: true,
      explicit: 2020,
    });
    fake.setClock(Date.parse('2027-01-31T23:00:00Z'));
    expect((bundle.call('today') as { iso: string }).iso).toBe('2027-01-31T23:00:00.000Z');
    fake.setClock(null);
    expect(Math.abs((bundle.call('today') as { now: number }).now - Date.now())).toBeLessThan(5000);
    expect(() => {
      fake.setClock(new Date('nonsense'));
    }).toThrow(/valid time/);
  });
});
