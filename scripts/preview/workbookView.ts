/**
 * Reads the fake spreadsheet into the JSON the preview page renders, through the same Apps Script
 * API the add-on uses (run "silently", so the preview never shows up in the fake's call counts).
 */
import { FORMULA_PLACEHOLDER } from '../../fake';
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

function dropdownValues(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): string[] | undefined {
  if (!rule) return undefined;
  return attempt(() => {
    const criteria = rule.getCriteriaType();
    const values = rule.getCriteriaValues();
    if (String(criteria) === 'VALUE_IN_LIST' && Array.isArray(values[0]))
      return (values[0] as unknown[]).map(String);
    if (String(criteria) === 'VALUE_IN_RANGE') return ['(values of a range)'];
    return [String(criteria)];
  }, ['(dropdown)']);
}

export function sheetView(sheet: Sheet, activeName: string): SheetView {
  const name = sheet.getName();
  const lastRow = attempt(() => sheet.getLastRow(), 0);
  const lastColumn = attempt(() => sheet.getLastColumn(), 0);
  const shownRows = Math.min(lastRow, MAX_ROWS);
  const columnCount = Math.max(lastColumn, 0);
  let display: string[][] = [];
  let formulas: string[][] = [];
  let rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
  let notes: string[][] = [];
  if (shownRows > 0 && columnCount > 0) {
    const range = sheet.getRange(1, 1, shownRows, columnCount);
    display = range.getDisplayValues();
    formulas = attempt(() => range.getFormulas(), []);
    rules = attempt(() => range.getDataValidations(), []);
    notes = attempt(() => range.getNotes(), []);
  }
  const columns = Array.from({ length: columnCount }, (_, c) => ({
    hidden: attempt(() => sheet.isColumnHiddenByUser(c + 1), false),
    width: attempt(() => sheet.getColumnWidth(c + 1), null as number | null),
  }));
  const rows: CellView[][] = display.map((row, r) =>
    row.map((text, c) => {
      const formula = formulas[r]?.[c] ?? '';
      // The fake does not evaluate formulas; show the formula rather than its placeholder.
      const cell: CellView = { text: formula && text === FORMULA_PLACEHOLDER ? formula : text };
      const dropdown = dropdownValues(rules[r]?.[c] ?? null);
      if (dropdown) cell.dropdown = dropdown;
      if (formula) cell.formula = true;
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
  };
}

export function workbookSheets(spreadsheet: Spreadsheet): SheetView[] {
  const activeName = attempt(() => spreadsheet.getActiveSheet().getName(), '');
  return spreadsheet.getSheets().map((sheet) => sheetView(sheet, activeName));
}
