/**
 * Growth Plan actions for the fault sweep (faultSweep.ts). A case is a workbook, the runs that came
 * before the action (not swept), the action, and the cells a person typed; a new action is one more
 * `sheetsCase(...)` in SHEETS_SWEEPS.
 */
import { silently } from '../../fake/calls';
import type { SweepCase } from './faultSweep';
import { openPlan, setCells, type Harness, type Tabs } from './harness';
import { must } from '../must';

export interface SheetsCaseSpec {
  name: string;
  /** The workbook before anything runs; default a new user's single empty Sheet1. */
  tabs?: Tabs;
  /** Cell notes a person left, by `Tab!A1`. */
  notes?: Record<string, string>;
  /** What ran before the action (imports, ratings typed): run on every fresh copy, never failed. */
  before?: (h: Harness) => void;
  /** The action, one execution. */
  act: (h: Harness) => unknown;
  /** Ranges a person typed, as `Tab!A1:B3`: their values and notes must never change. */
  typed?: readonly string[];
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
      const h = openPlan(spec.tabs);
      silently(() => {
        for (const [a1, note] of Object.entries(spec.notes ?? {})) {
          const bang = a1.lastIndexOf('!');
          must(h.spreadsheet.getSheetByName(a1.slice(0, bang)), `The tab of ${a1}`)
            .getRange(a1.slice(bang + 1))
            .setNote(note);
        }
      });
      spec.before?.(h);
      return {
        fake: h.fake,
        act: () => spec.act(h),
        state: () => workbookState(h),
        typed: () => typedCells(h, spec.typed ?? []),
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
    name: 're-import with another target',
    tabs: { Sheet1: NOTES_TAB },
    before: importedAndRated,
    act: importRoles(OTHER_TARGET, TARGET),
    typed: [NOTES, RATINGS],
  }),
];
