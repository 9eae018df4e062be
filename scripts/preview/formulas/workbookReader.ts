/**
 * The fake workbook as the formula evaluator reads it: each tab's values and formulas read once
 * (silently, through the Apps Script API), formulas computed on demand and remembered, so one view
 * of the workbook computes each formula once however often it is referenced.
 */
import { FORMULA_PLACEHOLDER, silently, type FakeSpreadsheet } from '../../../fake';
import { displayText, zonedParts, zonedToUtc } from '../../../fake/values';
import { columnLetter } from '../../../src/core/a1';
import {
  computeFormula,
  FormulaError,
  Unsupported,
  type CellReader,
  type Computed,
  type Scalar,
} from './evaluate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface TabData {
  name: string;
  rows: number;
  cols: number;
  values: unknown[][];
  formulas: string[][];
}

const DAY_MS = 86_400_000;
/** Days from Sheets' day 0 (1899-12-30) to 1970-01-01. */
const EPOCH_SERIAL = 25_569;
const ERROR_CODES = new Set(['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!']);

/** A date as Sheets' serial number: days since 1899-12-30 in the spreadsheet's time zone. */
export function dateSerial(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) / DAY_MS + EPOCH_SERIAL;
}

/** A serial number back to the instant it names in the spreadsheet's time zone. */
export function serialDate(serial: number, timeZone: string): Date {
  const wall = new Date(Math.round((serial - EPOCH_SERIAL) * DAY_MS));
  return new Date(
    zonedToUtc(
      timeZone,
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
    ),
  );
}

/** A number format that shows dates or times (letters outside quotes, no digit placeholders). */
function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '');
  return /[ydhs]|m/i.test(bare) && !/[0#]/.test(bare);
}

/** What getNumberFormats reports for a cell nobody formatted: Sheets' automatic format. */
const AUTOMATIC = '0.###############';

/** What Sheets shows for a computed value in a cell with this number format. */
export function displayComputed(
  computed: Extract<Computed, { ok: true }>,
  numberFormat: string,
  timeZone: string,
): string {
  const { value } = computed;
  if (value instanceof FormulaError) return value.code;
  if (value === null) return '';
  const format = numberFormat === AUTOMATIC ? '' : numberFormat;
  if (typeof value === 'number' && (computed.isDate || (format && isDateFormat(format))))
    return displayText(serialDate(value, timeZone), format || undefined, timeZone);
  return displayText(value, format || undefined, timeZone);
}

export interface WorkbookReader extends CellReader {
  /** A formula cell's value as Sheets would compute it, or why the preview cannot (null: no formula). */
  computed(sheet: string, row: number, col: number): Computed | null;
  readonly timeZone: string;
}

export function workbookReader(spreadsheet: FakeSpreadsheet, now: number = Date.now()): WorkbookReader {
  const timeZone = silently(() => spreadsheet.getSpreadsheetTimeZone());
  const tabs = new Map<string, TabData | null>();
  const results = new Map<string, Computed>();
  const inProgress = new Set<string>();

  function tab(name: string): TabData | null {
    const key = name.toLowerCase();
    if (tabs.has(key)) return tabs.get(key) ?? null;
    const data = silently((): TabData | null => {
      const sheet = (spreadsheet.getSheets() as unknown as Sheet[]).find(
        (s) => s.getName().toLowerCase() === key,
      );
      if (!sheet) return null;
      const lastRow = sheet.getLastRow();
      const lastColumn = sheet.getLastColumn();
      const range = lastRow > 0 && lastColumn > 0 ? sheet.getRange(1, 1, lastRow, lastColumn) : null;
      return {
        name: sheet.getName(),
        rows: sheet.getMaxRows(),
        cols: sheet.getMaxColumns(),
        values: range ? (range.getValues() as unknown[][]) : [],
        formulas: range ? range.getFormulas() : [],
      };
    });
    tabs.set(key, data);
    return data;
  }

  function computed(sheet: string, row: number, col: number): Computed | null {
    const data = tab(sheet);
    const formula = data?.formulas[row - 1]?.[col - 1];
    if (!data || !formula) return null;
    const key = `${data.name.toLowerCase()}!${row}!${col}`;
    const known = results.get(key);
    if (known) return known;
    const raw = data.values[row - 1]?.[col - 1];
    let result: Computed;
    if (raw !== FORMULA_PLACEHOLDER) {
      // The fake computed it (a literal, a lone reference, a parse error): take its value.
      result = { ok: true, value: scalarOf(raw), isDate: raw instanceof Date };
    } else if (inProgress.has(key)) {
      // Sheets shows #REF! for a circular dependency.
      result = { ok: true, value: new FormulaError('#REF!'), isDate: false };
    } else {
      inProgress.add(key);
      try {
        result = computeFormula(formula, data.name, reader);
      } finally {
        inProgress.delete(key);
      }
    }
    results.set(key, result);
    return result;
  }

  function scalarOf(raw: unknown): Scalar {
    if (raw === '' || raw === null || raw === undefined) return null;
    if (raw instanceof Date) return dateSerial(raw.getTime(), timeZone);
    if (typeof raw === 'string' && ERROR_CODES.has(raw)) return new FormulaError(raw);
    if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
    throw new Unsupported('a value the fake holds that is not a cell value');
  }

  const reader: WorkbookReader = {
    timeZone,
    computed,
    value(sheet, row, col) {
      const data = tab(sheet);
      if (!data) return new FormulaError('#REF!');
      const result = computed(sheet, row, col);
      if (!result) return scalarOf(data.values[row - 1]?.[col - 1]);
      if (!result.ok)
        throw new Unsupported(`${data.name}!${columnLetter(col - 1)}${row}, which needs ${result.reason}`);
      return result.value;
    },
    isDate(sheet, row, col) {
      const data = tab(sheet);
      if (!data) return false;
      if (data.formulas[row - 1]?.[col - 1]) {
        const result = computed(sheet, row, col);
        return result?.ok === true && result.isDate;
      }
      return data.values[row - 1]?.[col - 1] instanceof Date;
    },
    size(sheet) {
      const data = tab(sheet);
      return data ? { rows: data.rows, cols: data.cols } : null;
    },
    today: () => Math.floor(dateSerial(now, timeZone)),
  };
  return reader;
}
