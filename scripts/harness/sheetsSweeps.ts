/**
 * Growth Plan actions for the fault sweep (faultSweep.ts). A case is a workbook, the runs that came
 * before the action (not swept), the action, and the cells a person typed; a new action is one more
 * `sheetsCase(...)` in SHEETS_SWEEPS.
 */
import { silently } from '../../fake/calls';
import type { SweepCase } from './faultSweep';
import { openPlan, setCells, type Harness, type Tabs } from './harness';
import { must } from '../must';
import { dayAt, dayText } from './trackerScenarios';
import { pageUrl, PLANNING_PATH, planningPage, rawUrl } from './handbookPages';
import type { ScriptedResponse } from '../../fake';

export interface SheetsCaseSpec {
  name: string;
  /** The workbook before anything runs; default a new user's single empty Sheet1. */
  tabs?: Tabs;
  /** What the network answers (URL to response), for actions that fetch a handbook page. */
  responses?: Record<string, ScriptedResponse>;
  /** Cell notes a person left, by `Tab!A1`. */
  notes?: Record<string, string>;
  /** What ran before the action (imports, ratings typed): run on every fresh copy, never failed. */
  before?: (h: Harness) => void;
  /** The action, one execution. */
  act: (h: Harness) => unknown;
  /**
   * Ranges a person typed, as `Tab!A1:B3` (or, for ranges that depend on what ran before, a
   * function of the prepared workbook): their values and notes must never change.
   */
  typed?: readonly string[] | ((h: Harness) => readonly string[]);
}

/** The workbook and the properties, without the ids a fresh copy gets anew. */
export function workbookState(h: Harness): unknown {
  const { spreadsheet, userProperties, scriptProperties } = h.fake.snapshot();
  const { id: _id, ...rest } = spreadsheet;
  const sheets = spreadsheet.sheets.map(({ sheetId: _sheetId, ...sheet }) => sheet);
  return { spreadsheet: { ...rest, sheets }, userProperties, scriptProperties };
}

/** Values and notes of the ranges a person typed (`Tab!A1:B3`). */
export function typedCells(h: Harness, ranges: readonly string[]): unknown {
  return silently(() =>
    ranges.map((a1) => {
      const bang = a1.lastIndexOf('!');
      const sheet = must(h.spreadsheet.getSheetByName(a1.slice(0, bang)), `The tab of ${a1}`);
      const range = sheet.getRange(a1.slice(bang + 1));
      return { a1, values: range.getValues(), notes: range.getNotes() };
    }),
  );
}

export function sheetsCase(spec: SheetsCaseSpec): SweepCase {
  return {
    name: spec.name,
    open() {
      const h = openPlan(spec.tabs, { responses: spec.responses ?? {} });
      silently(() => {
        for (const [a1, note] of Object.entries(spec.notes ?? {})) {
          const bang = a1.lastIndexOf('!');
          must(h.spreadsheet.getSheetByName(a1.slice(0, bang)), `The tab of ${a1}`)
            .getRange(a1.slice(bang + 1))
            .setNote(note);
        }
      });
      spec.before?.(h);
      const typed = typeof spec.typed === 'function' ? spec.typed(h) : (spec.typed ?? []);
      return {
        fake: h.fake,
        act: () => spec.act(h),
        state: () => workbookState(h),
        typed: () => typedCells(h, typed),
      };
    },
  };
}

export const TARGET = 'sales-operations/analyst';
export const CURRENT = 'sales-operations/associate-analyst';
export const OTHER_TARGET = 'sales-operations/senior-analyst';

/** A person's own first tab: notes, a date, text that looks like a formula. */
export const NOTES_TAB: unknown[][] = [
  ['My notes', 'When'],
  ['Ask Sam about the SQL course', '2026-01-10'],
  ['+1 for the mentoring idea', ''],
  ['=2+3', 'kept as a formula'],
];
const NOTES = 'Sheet1!A1:B4';
/** A note a person left on their own tab. */
const CELL_NOTES = { 'Sheet1!A2': 'Sam said March' };
/** The ratings and evidence importedAndRated types (Self rating, Manager rating, Evidence). */
const RATINGS = 'Role Requirements!F1:H5';

const importRoles = (targetRoleId: string, currentRoleId: string | null) => (h: Harness) =>
  h.run('importRoleRequirements', { currentRoleId, targetRoleId });

/** A plan in use: imported, with the first rows rated by the person. */
function importedAndRated(h: Harness): void {
  importRoles(TARGET, CURRENT)(h);
  setCells(h, 'Role Requirements', 'Self rating', ['Developing', 'Not yet', 'Meets', 'Developing']);
  setCells(h, 'Role Requirements', 'Evidence', ['Built the pipeline report', '', 'Ran QBR prep', '']);
}

/** What a run before the action handed back for the action to send (a version, a key). */
const prepared = new WeakMap<Harness, unknown>();
function preparedFor(h: Harness): unknown {
  if (!prepared.has(h)) throw new Error('The case prepared nothing for this run.');
  return prepared.get(h);
}

/** A plan in use on the tracker's first day: imported, rated, an action plan generated. */
function planned(h: Harness): void {
  h.fake.setClock(dayAt(0));
  importedAndRated(h);
  h.call('generateActionPlan');
}

/** Rows of the Check-ins tab as it is now, header included, as `Check-ins!A1:J<last>`. */
function checkInRows(h: Harness): string {
  const last = silently(() =>
    must(h.spreadsheet.getSheetByName('Check-ins'), 'The Check-ins tab').getLastRow(),
  );
  return `Check-ins!A1:J${last}`;
}

/** A plan with a check-in recorded on its first day, and a person's words beside one of its rows. */
function checkedIn(h: Harness): void {
  planned(h);
  h.call('recordCheckIn', { note: 'Kick-off with Sam' });
  silently(() =>
    must(h.spreadsheet.getSheetByName('Check-ins'), 'The Check-ins tab')
      .getRange('K2')
      .setValue('Sam agreed'),
  );
  setCells(h, 'Role Requirements', 'Manager rating', ['Meets', '', '', 'Developing']);
}

/** Sorts the Check-ins tab's rows as a person would: newest day first, or by key (days interleave). */
function sortCheckIns(h: Harness, by: 'newest first' | 'key'): void {
  silently(() => {
    const sheet = must(h.spreadsheet.getSheetByName('Check-ins'), 'The Check-ins tab');
    const [first, ...rows] = sheet.getDataRange().getValues();
    const header = must(first, 'the header');
    const text = (row: unknown[], i: number) => String(row[i]);
    rows.sort((a, b) =>
      by === 'key'
        ? text(a, 1).localeCompare(text(b, 1)) || text(a, 0).localeCompare(text(b, 0))
        : text(b, 0).localeCompare(text(a, 0)),
    );
    sheet.getRange(1, 1, rows.length + 1, header.length).setValues([header, ...rows]);
  });
}

/** A person's own action, added at the end of the Action Plan: one more row for the next check-in. */
function addOwnAction(h: Harness): void {
  silently(() => {
    const sheet = must(h.spreadsheet.getSheetByName('Action Plan'), 'The Action Plan tab');
    const header = must(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0], 'the header');
    const row = header.map((name) =>
      name === 'Action' ? 'Pair with Kim on the forecast' : name === 'Status' ? 'In progress' : '',
    );
    sheet.getRange(sheet.getLastRow() + 1, 1, 1, row.length).setValues([row]);
  });
}

export const SHEETS_SWEEPS: readonly SweepCase[] = [
  sheetsCase({
    name: 'first catalog import into a fresh workbook',
    tabs: { Sheet1: NOTES_TAB },
    notes: CELL_NOTES,
    act: importRoles(TARGET, CURRENT),
    typed: [NOTES],
  }),
  sheetsCase({
    name: 'set up on a blank workbook',
    act: (h) => h.call('setUpGrowthPlan'),
  }),
  sheetsCase({
    name: 'set up on a half-set-up workbook',
    tabs: {
      Sheet1: NOTES_TAB,
      'Role Requirements': [
        ['Requirement', 'Self rating', 'My own column'],
        ['Present the quarterly numbers', 'Meets', 'asked Kim'],
        ['Own the forecast model', 'Developing', ''],
      ],
    },
    notes: { ...CELL_NOTES, 'Role Requirements!C2': 'Kim is on leave in May' },
    act: (h) => h.call('setUpGrowthPlan'),
    typed: [NOTES, 'Role Requirements!A1:C3'],
  }),
  sheetsCase({
    name: 'import into a set-up plan',
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => h.call('setUpGrowthPlan'),
    act: importRoles(TARGET, CURRENT),
    typed: [NOTES],
  }),
  sheetsCase({
    name: 'generate the action plan',
    tabs: { Sheet1: NOTES_TAB },
    before: importedAndRated,
    act: (h) => h.call('generateActionPlan'),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: 'a handbook import into a plan in use',
    tabs: { Sheet1: NOTES_TAB },
    responses: { [rawUrl(PLANNING_PATH)]: { body: planningPage() } },
    before: importedAndRated,
    act: (h) =>
      h.run('importHandbookRequirements', {
        url: pageUrl(PLANNING_PATH),
        targetLevel: 'senior-planning-analyst',
        currentLevel: 'planning-analyst',
      }),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: 'generate with a focus size',
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => {
      importedAndRated(h);
      h.run('generateActionPlan', { focusSize: 1 });
    },
    act: (h) => h.run('generateActionPlan', { focusSize: 3 }),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: 'save ratings and evidence from the sidebar',
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => {
      importedAndRated(h);
      const { rows } = h.run('getRatings') as { rows: { key: string; version: string }[] };
      const change = (i: number, rating: string, evidence: string) => {
        const row = must(rows[i], `requirement ${i}`);
        return { key: row.key, version: row.version, rating, evidence };
      };
      prepared.set(h, {
        rater: 'self',
        changes: [
          change(1, 'Developing', 'Took the SQL course'),
          change(3, 'Meets', '=proof in the QBR deck'),
          change(5, 'Exceeds', ''),
        ],
      });
    },
    act: (h) => h.run('saveRatings', preparedFor(h)),
    // Rows the save passes over (its blocks write them back as they are) and one it leaves alone.
    typed: [NOTES, 'Role Requirements!F2:H2', 'Role Requirements!F4:H4'],
  }),
  sheetsCase({
    name: 'swap a focus action for another idea',
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => {
      importedAndRated(h);
      const generated = h.run('generateActionPlan') as { plan: { focus: { key: string }[] } };
      const key = must(generated.plan.focus[0], 'a focus action').key;
      const ideas = h.run('getSuggestions', { key }) as { options: { id: string }[] };
      prepared.set(h, { key, suggestionId: must(ideas.options[0], 'another idea').id });
    },
    act: (h) => h.run('swapSuggestion', preparedFor(h)),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: 'record the first check-in',
    tabs: { Sheet1: NOTES_TAB },
    before: planned,
    act: (h) => h.run('recordCheckIn', { note: 'First one' }),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: 'record a later check-in',
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => {
      checkedIn(h);
      h.fake.setClock(dayAt(30));
    },
    act: (h) => h.run('recordCheckIn', {}),
    typed: (h) => [NOTES, RATINGS, checkInRows(h), 'Check-ins!K2'],
  }),
  sheetsCase({
    name: 'record a check-in again the same day',
    tabs: { Sheet1: NOTES_TAB },
    before: checkedIn,
    act: (h) => h.run('recordCheckIn', { note: 'After the meeting' }),
    typed: [NOTES, RATINGS, 'Check-ins!K2'],
  }),
  sheetsCase({
    name: "record again the same day, with more rows, above an earlier day's",
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => {
      checkedIn(h);
      h.fake.setClock(dayAt(30));
      h.call('recordCheckIn', {});
      sortCheckIns(h, 'newest first');
      addOwnAction(h);
    },
    act: (h) => h.run('recordCheckIn', {}),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: "record again the same day, with fewer rows, above an earlier day's",
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => {
      checkedIn(h);
      h.fake.setClock(dayAt(30));
      addOwnAction(h);
      h.call('recordCheckIn', {});
      sortCheckIns(h, 'newest first');
      // The person's own action is gone again: today's snapshot has a row less.
      silently(() => {
        const sheet = must(h.spreadsheet.getSheetByName('Action Plan'), 'The Action Plan tab');
        sheet.deleteRow(sheet.getLastRow());
      });
    },
    act: (h) => h.run('recordCheckIn', {}),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: 'record again the same day, its rows scattered by sorting',
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => {
      checkedIn(h);
      h.fake.setClock(dayAt(30));
      h.call('recordCheckIn', { note: 'Month one' });
      sortCheckIns(h, 'key');
      // A person's words beside one of today's rows: the new snapshot carries them over.
      silently(() => {
        const sheet = must(h.spreadsheet.getSheetByName('Check-ins'), 'The Check-ins tab');
        const dates = sheet
          .getRange(1, 1, sheet.getLastRow(), 1)
          .getValues()
          .map(([d]) => String(d));
        sheet.getRange(dates.lastIndexOf(dayText(30)) + 1, 11).setValue('Kim will check');
      });
      setCells(h, 'Role Requirements', 'Self rating', ['Meets', 'Meets', 'Exceeds', 'Meets']);
    },
    act: (h) => h.run('recordCheckIn', {}),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: 'choose the next check-in',
    tabs: { Sheet1: NOTES_TAB },
    before: planned,
    act: (h) => h.run('setNextCheckIn', { date: dayText(40) }),
    typed: [NOTES, RATINGS],
  }),
  sheetsCase({
    name: "set up a plan with the tracker's tab and charts",
    tabs: { Sheet1: NOTES_TAB },
    before: (h) => {
      checkedIn(h);
      h.fake.setClock(dayAt(1));
      // A person retitled one chart and deleted the other, and dropped a Check-ins column.
      silently(() => {
        const summary = must(h.spreadsheet.getSheetByName('Summary'), 'The Summary tab');
        const [ratings, status] = summary.getCharts();
        summary.updateChart(
          must(ratings, 'the ratings chart').modify().setOption('title', 'How I move').build(),
        );
        summary.removeChart(must(status, 'the status chart'));
        must(h.spreadsheet.getSheetByName('Check-ins'), 'The Check-ins tab').getRange('F1').setValue('');
      });
    },
    act: (h) => h.call('setUpGrowthPlan'),
    typed: [NOTES, RATINGS, 'Check-ins!K2'],
  }),
  sheetsCase({
    name: 're-import with another target',
    tabs: { Sheet1: NOTES_TAB },
    before: importedAndRated,
    act: importRoles(OTHER_TARGET, TARGET),
    typed: [NOTES, RATINGS],
  }),
];
