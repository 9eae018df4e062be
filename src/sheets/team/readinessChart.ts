/**
 * The readiness chart on the Team gaps tab: one bar per person, their share of requirements at
 * Meets or above, drawn from the Team tab's Name and share columns. Made once and found again by its
 * title, or (retitled) by its data; each refresh points it at every person's row again, and moves it
 * down only when the list of gaps grew over it. A chart the manager adds is never touched.
 */
import { columnLetter } from '../../core/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export const READINESS_CHART_TITLE = 'Readiness: share of requirements at Meets or above';

/** Blank rows between the list of gaps and the chart below it. */
const GAP_ROWS = 2;

export interface ReadinessChartRead {
  chart: Chart | null;
  /** Its data ranges as `tab!A1`, lower case tab names, to compare with what it should draw. */
  ranges: string[];
  anchor: { row: number; column: number } | null;
}

const NONE: ReadinessChartRead = { chart: null, ranges: [], anchor: null };

/** Where the chart's data is: the Team tab's Name and share columns (0-based), header to last person. */
export interface ReadinessData {
  teamSheet: Sheet;
  teamName: string;
  nameColumn: number;
  shareColumn: number;
  /** Sheet row of the last person listed. */
  lastRow: number;
}

function key(tab: string, a1: string): string {
  return `${tab.toLowerCase()}!${a1}`;
}

function columnA1(column: number, lastRow: number): string {
  const letter = columnLetter(column);
  return `${letter}1:${letter}${Math.max(2, lastRow)}`;
}

/** The ranges the chart should draw, as ReadinessChartRead.ranges holds them. */
export function expectedRanges(data: ReadinessData): string[] {
  return [
    key(data.teamName, columnA1(data.nameColumn, data.lastRow)),
    key(data.teamName, columnA1(data.shareColumn, data.lastRow)),
  ];
}

/** Finds our chart among the Team gaps tab's charts (none when the tab is new). Reads only. */
export function readReadinessChart(
  sheet: Sheet | null,
  teamName: string,
  nameColumn: number,
): ReadinessChartRead {
  if (!sheet) return NONE;
  const charts = sheet.getCharts();
  const titles = charts.map((c) => String(c.getOptions().get('title') ?? ''));
  let at = titles.indexOf(READINESS_CHART_TITLE);
  const rangesOf = (chart: Chart) =>
    chart.getRanges().map((r) => key(r.getSheet().getName(), r.getA1Notation()));
  let ranges: string[] = at >= 0 ? rangesOf(charts[at] as Chart) : [];
  if (at < 0) {
    // A person may have retitled ours: it still starts from the Team tab's Name column.
    const start = key(teamName, `${columnLetter(nameColumn)}1:`);
    at = charts.findIndex((chart) => {
      const found = rangesOf(chart);
      if (!found[0]?.startsWith(start)) return false;
      ranges = found;
      return true;
    });
  }
  const chart = charts[at];
  if (!chart) return NONE;
  const info = chart.getContainerInfo();
  return { chart, ranges, anchor: { row: info.getAnchorRow(), column: info.getAnchorColumn() } };
}

/** Creates the chart below the list of gaps, or points ours at every person again. Writes only. */
export function writeReadinessChart(
  gapsSheet: Sheet,
  found: ReadinessChartRead,
  data: ReadinessData,
  gapRows: number,
): void {
  const row = 1 + gapRows + GAP_ROWS + 1;
  const names = data.teamSheet.getRange(1, data.nameColumn + 1, Math.max(2, data.lastRow), 1);
  const shares = data.teamSheet.getRange(1, data.shareColumn + 1, Math.max(2, data.lastRow), 1);
  if (!found.chart) {
    gapsSheet.insertChart(
      gapsSheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(names)
        .addRange(shares)
        .setPosition(row, 1, 0, 0)
        .setOption('title', READINESS_CHART_TITLE)
        .setOption('legend.position', 'none')
        .setOption('hAxis.format', 'percent')
        .setOption('hAxis.viewWindow.min', 0)
        .setOption('hAxis.viewWindow.max', 1)
        .build(),
    );
    return;
  }
  const expected = expectedRanges(data);
  const repoint = found.ranges.length !== expected.length || found.ranges.some((r, i) => r !== expected[i]);
  // Under the list, where we put it, and the list grew into it: move it down; anywhere else it stays.
  const covered = found.anchor !== null && found.anchor.column === 1 && found.anchor.row < row;
  if (!repoint && !covered) return;
  let builder = found.chart.modify();
  if (repoint) builder = builder.clearRanges().addRange(names).addRange(shares);
  if (covered) builder = builder.setPosition(row, 1, 0, 0);
  gapsSheet.updateChart(builder.build());
}
