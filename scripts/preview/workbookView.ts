/**
 * Reads the fake spreadsheet into the JSON the preview page renders, through the same Apps Script
 * API the add-on uses (run "silently", so the preview never shows up in the fake's call counts).
 */
import { FORMULA_PLACEHOLDER } from '../../fake';
import { chartViews } from './chartsView';
import { displayComputed, type WorkbookReader } from './formulas/workbookReader';
import type { CellView, SheetView } from './views/snapshot';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Enough rows to see a plan; a huge tab is cut off (the page says how many more rows there are). */
const MAX_ROWS = 300;

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The choices of a dropdown (a list, or the values of a range); undefined for any other rule. */
function dropdownValues(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): string[] | undefined {
  if (!rule) return undefined;
  return attempt(() => {
    const criteria = String(rule.getCriteriaType());
    const values = rule.getCriteriaValues();
    if (criteria === 'VALUE_IN_LIST' && Array.isArray(values[0])) return (values[0] as unknown[]).map(String);
    if (criteria === 'VALUE_IN_RANGE') {
      const range = values[0] as GoogleAppsScript.Spreadsheet.Range;
      return [
        ...new Set(
          range
            .getDisplayValues()
            .flat()
            .filter((v) => v !== ''),
        ),
      ];
    }
    return undefined;
  }, undefined);
}

/** What a rule other than a dropdown checks, for the cell's tooltip (DATE_IS_VALID_DATE, ...). */
function ruleName(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): string | undefined {
  return rule ? attempt(() => String(rule.getCriteriaType()), undefined) : undefined;
}

export function sheetView(sheet: Sheet, activeName: string, reader: WorkbookReader): SheetView {
  const name = sheet.getName();
  const lastRow = attempt(() => sheet.getLastRow(), 0);
  const lastColumn = attempt(() => sheet.getLastColumn(), 0);
  const shownRows = Math.min(lastRow, MAX_ROWS);
  const columnCount = Math.max(lastColumn, 0);
  let display: string[][] = [];
  let formulas: string[][] = [];
  let rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
  let notes: string[][] = [];
  let numberFormats: string[][] = [];
  if (shownRows > 0 && columnCount > 0) {
    const range = sheet.getRange(1, 1, shownRows, columnCount);
    display = range.getDisplayValues();
    formulas = attempt(() => range.getFormulas(), []);
    rules = attempt(() => range.getDataValidations(), []);
    notes = attempt(() => range.getNotes(), []);
    numberFormats = attempt(() => range.getNumberFormats(), []);
  }
  const columns = Array.from({ length: columnCount }, (_, c) => ({
    hidden: attempt(() => sheet.isColumnHiddenByUser(c + 1), false),
    width: attempt(() => sheet.getColumnWidth(c + 1), null as number | null),
  }));
  const rows: CellView[][] = display.map((row, r) =>
    row.map((text, c) => {
      const formula = formulas[r]?.[c] ?? '';
      const cell: CellView = { text };
      if (formula) {
        cell.formula = formula;
        // The fake leaves most formulas uncomputed; compute them as Sheets would, or say we cannot.
        if (text === FORMULA_PLACEHOLDER) {
          const computed = reader.computed(name, r + 1, c + 1);
          if (computed?.ok)
            cell.text = displayComputed(computed, numberFormats[r]?.[c] ?? '', reader.timeZone);
          else {
            cell.text = formula;
            cell.uncomputed = computed?.reason ?? 'what the fake holds';
          }
        }
      }
      const rule = rules[r]?.[c] ?? null;
      const dropdown = dropdownValues(rule);
      if (dropdown) cell.dropdown = dropdown;
      else if (rule) cell.rule = ruleName(rule);
      const note = notes[r]?.[c];
      if (note) cell.note = note;
      return cell;
    }),
  );
  return {
    name,
    active: name === activeName,
    hidden: attempt(() => sheet.isSheetHidden(), false),
    frozenRows: attempt(() => sheet.getFrozenRows(), 0),
    columns,
    rows,
    moreRows: Math.max(0, lastRow - shownRows),
    charts: attempt(() => chartViews(sheet, reader), []),
  };
}

export function workbookSheets(spreadsheet: Spreadsheet, reader: WorkbookReader): SheetView[] {
  const activeName = attempt(() => spreadsheet.getActiveSheet().getName(), '');
  return spreadsheet.getSheets().map((sheet) => sheetView(sheet, activeName, reader));
}
