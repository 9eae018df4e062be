/**
 * The Summary tab the built add-on writes, computed by the preview's evaluator and shown through
 * the preview's workbook view, against figures worked out by hand from what a person typed.
 */
import { silently } from '../../fake';
import { openPlan, setCells, tabValues, type Harness } from '../../scripts/harness/harness';
import { workbookReader } from '../../scripts/preview/formulas/workbookReader';
import type { SheetView } from '../../scripts/preview/views/snapshot';
import { workbookSheets } from '../../scripts/preview/workbookView';

const TARGET = 'sales-operations/senior-analyst';
const CURRENT = 'sales-operations/analyst';
/** 2026-03-10 12:00 in London: TODAY() for the overdue count. */
const NOW = Date.UTC(2026, 2, 10, 12);

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function summaryView(h: Harness): SheetView {
  const sheets = silently(() =>
    workbookSheets(h.spreadsheet as unknown as Spreadsheet, workbookReader(h.spreadsheet, NOW)),
  );
  const summary = sheets.find((sheet) => sheet.name === 'Summary');
  if (!summary) throw new Error('no Summary tab');
  return summary;
}

/** Column B of the Summary by its label in column A. */
function figures(view: SheetView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of view.rows) {
    const label = row[0]?.text ?? '';
    if (label) out[label] = row[1]?.text ?? '';
  }
  return out;
}

/** A plan a person has worked on: imported, rated, planned, with statuses and dates typed in. */
function workedPlan(): { h: Harness; imported: number; actions: number } {
  const h = openPlan();
  h.call('setUpGrowthPlan');
  const imported = (
    h.run('importRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET }) as {
      added: number;
    }
  ).added;
  // Not yet, Developing: gaps. Meets: met. "developing" overruled by the manager's Exceeds: met.
  // "great" is no rating: unrated, like the rows left empty.
  setCells(h, 'Role Requirements', 'Self rating', ['Not yet', 'Developing', 'Meets', 'developing', 'great']);
  setCells(h, 'Role Requirements', 'Manager rating', ['', '', '', 'Exceeds']);
  h.run('generateActionPlan');
  // However many actions the two gaps got: one in progress and past its date (overdue), one done
  // long ago (not overdue), the others blocked and due in June (not overdue yet).
  const actions = tabValues(h, 'Action Plan').length - 1;
  const rest = Math.max(0, actions - 2);
  setCells(h, 'Action Plan', 'Status', ['In progress', 'Done', ...Array<string>(rest).fill('Blocked')]);
  setCells(h, 'Action Plan', 'Due date', [
    new Date(Date.UTC(2026, 2, 1)),
    new Date(Date.UTC(2026, 1, 1)),
    ...Array<Date>(rest).fill(new Date(Date.UTC(2026, 5, 1))),
  ]);
  return { h, imported, actions };
}

test('the Summary shows the figures Sheets would compute from the plan', () => {
  const { h, imported, actions } = workedPlan();
  expect(imported).toBeGreaterThan(6);
  expect(actions).toBeGreaterThanOrEqual(2);
  // A person marks one unrated requirement as no longer in the target and adds a rated row of their own.
  const rows = tabValues(h, 'Role Requirements');
  const header = rows[0] as string[];
  const inTarget = Array.from({ length: rows.length - 1 }, (_, i) => (i === 5 ? 'No' : 'Yes'));
  setCells(h, 'Role Requirements', 'In target role', inTarget);
  silently(() => {
    const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
    const own = header.map((name) =>
      name === 'Requirement' ? 'Presents the quarterly forecast' : name === 'Self rating' ? 'Meets' : '',
    );
    sheet.getRange(rows.length + 1, 1, 1, own.length).setValues([own]);
  });

  const view = summaryView(h);
  expect(view.rows.flat().filter((cell) => cell.uncomputed)).toEqual([]);
  // In target: imported - 1 + the person's own row. Rated: Not yet, Developing, Meets, Exceeds, own Meets.
  expect(figures(view)).toMatchObject({
    Requirements: String(imported),
    Rated: '5',
    Unrated: String(imported - 5),
    Gaps: '2',
    'Not in target role': '1',
    Actions: String(actions),
    'Not started': '0',
    'In progress': '1',
    Blocked: String(actions - 2),
    Done: '1',
    'Percent done': `${Math.round(100 / actions)}%`,
    Overdue: '1',
  });
  // The cell still shows its formula to edit.
  const requirementsRow = view.rows.find((row) => row[0]?.text === 'Requirements');
  expect(requirementsRow?.[1]?.formula).toMatch(/^=ARRAYFORMULA\(SUMPRODUCT\(/);
});

test('the figures follow the data when a person inserts a column (Sheets moves the references)', () => {
  const { h, actions } = workedPlan();
  const before = figures(summaryView(h));
  silently(() => {
    h.spreadsheet.getSheetByName('Role Requirements')!.insertColumnBefore(2);
    h.spreadsheet.getSheetByName('Action Plan')!.insertColumnBefore(1);
  });
  expect(figures(summaryView(h))).toEqual(before);
  expect(before).toMatchObject({ Gaps: '2', Overdue: '1', 'Percent done': `${Math.round(100 / actions)}%` });
});

test('with nothing planned yet, percent done is 0% and nothing is overdue', () => {
  const h = openPlan();
  h.call('setUpGrowthPlan');
  expect(figures(summaryView(h))).toMatchObject({
    Requirements: '0',
    Rated: '0',
    Unrated: '0',
    Actions: '0',
    'Percent done': '0%',
    Overdue: '0',
  });
});
