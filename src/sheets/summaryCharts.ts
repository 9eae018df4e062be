/**
 * The Summary's two embedded charts: ratings over check-ins (a line chart over the progress table
 * at I1:L) and actions by status (a pie over the status rows of the summary block). Each is made
 * once and found again by its title or, when a person retitled it, by its data range; any other
 * chart on the tab is a person's own and is never touched.
 */
import { columnLetter } from '../core/a1';
import { SUMMARY_STATUS_ROWS } from '../core/summary';
import { PROGRESS_COLUMN, PROGRESS_HEADERS, PROGRESS_ROW } from '../core/tracker/summaryTracker';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export const RATINGS_CHART_TITLE = 'Ratings over check-ins';
export const STATUS_CHART_TITLE = 'Actions by status';

/**
 * Where the charts sit: below the summary block, side by side. At Sheets' default size (600 px
 * wide) the first ends before column F, where the second starts. Sheets finds the header row of
 * each range itself (text above numbers), so neither chart is told.
 */
const CHART_ROW = 19;
const RATINGS_CHART_COLUMN = 1;
const STATUS_CHART_COLUMN = 6;

/** Our charts as found on the Summary (null: not there), read before anything is written. */
export interface SummaryCharts {
  ratings: Chart | null;
  /** The A1 notation of the ratings chart's data, to tell whether it still covers every row. */
  ratingsRange: string | null;
  status: Chart | null;
}

export const NO_CHARTS: SummaryCharts = { ratings: null, ratingsRange: null, status: null };

const STATUS_RANGE = `A${SUMMARY_STATUS_ROWS.first}:B${SUMMARY_STATUS_ROWS.first + SUMMARY_STATUS_ROWS.count - 1}`;
const FIRST_COLUMN = columnLetter(PROGRESS_COLUMN - 1);
const LAST_COLUMN = columnLetter(PROGRESS_COLUMN - 2 + PROGRESS_HEADERS.length);

/** The progress table's A1 notation for `tableRows` rows (the header included). */
function progressA1(tableRows: number): string {
  return `${FIRST_COLUMN}${PROGRESS_ROW}:${LAST_COLUMN}${PROGRESS_ROW + Math.max(1, tableRows) - 1}`;
}

/** True for the A1 notation of a progress table of any length. */
function isProgressA1(a1: string): boolean {
  const match = new RegExp(`^${FIRST_COLUMN}${PROGRESS_ROW}:${LAST_COLUMN}(\\d+)$`).exec(a1);
  return match !== null;
}

/** The A1 notation of a chart's first data range, or null when it has none. */
function firstRange(chart: Chart): string | null {
  return chart.getRanges()[0]?.getA1Notation() ?? null;
}

/** The A1 notation of a chart's first data range when it is on `sheetName`, else null. */
function firstRangeOn(chart: Chart, sheetName: string): string | null {
  const range = chart.getRanges()[0];
  if (!range || range.getSheet().getName().toLowerCase() !== sheetName.toLowerCase()) return null;
  return range.getA1Notation();
}

/** Finds our two charts among the tab's charts. Reads only. */
export function readSummaryCharts(sheet: Sheet, sheetName: string): SummaryCharts {
  const charts = sheet.getCharts();
  const titles = charts.map((chart) => String(chart.getOptions().get('title') ?? ''));
  let ratings = charts[titles.indexOf(RATINGS_CHART_TITLE)] ?? null;
  let status = charts[titles.indexOf(STATUS_CHART_TITLE)] ?? null;
  let ratingsRange = ratings ? firstRange(ratings) : null;
  if (!ratings || !status) {
    // A person may have retitled one of ours: it still draws our data.
    charts.forEach((chart, i) => {
      if (ratings && status) return;
      if (titles[i] === RATINGS_CHART_TITLE || titles[i] === STATUS_CHART_TITLE) return;
      const range = firstRangeOn(chart, sheetName);
      if (!ratings && range !== null && isProgressA1(range)) {
        ratings = chart;
        ratingsRange = range;
      } else if (!status && range === STATUS_RANGE) {
        status = chart;
      }
    });
  }
  return { ratings, ratingsRange, status };
}

/**
 * Creates whichever of our charts is missing and points the ratings chart at every row of the
 * progress table (`tableRows`, header included). With `ratings: false` (the progress table is a
 * person's) only the status chart is looked after.
 */
export function writeSummaryCharts(
  sheet: Sheet,
  found: SummaryCharts,
  { tableRows, ratings }: { tableRows: number; ratings: boolean },
): void {
  if (ratings) {
    const a1 = progressA1(tableRows);
    const range = sheet.getRange(a1);
    if (!found.ratings) {
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(Charts.ChartType.LINE)
          .addRange(range)
          .setPosition(CHART_ROW, RATINGS_CHART_COLUMN, 0, 0)
          .setOption('title', RATINGS_CHART_TITLE)
          .setOption('legend.position', 'bottom')
          .setOption('vAxis.title', 'Requirements')
          .build(),
      );
    } else if (found.ratingsRange !== a1) {
      sheet.updateChart(found.ratings.modify().clearRanges().addRange(range).build());
    }
  }
  if (!found.status) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.PIE)
        .addRange(sheet.getRange(STATUS_RANGE))
        .setPosition(CHART_ROW, STATUS_CHART_COLUMN, 0, 0)
        .setOption('title', STATUS_CHART_TITLE)
        .setOption('legend.position', 'right')
        .build(),
    );
  }
}
