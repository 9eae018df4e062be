/**
 * A person typing into a cell of the preview's workbook, as in the Sheets editor: the text goes in
 * with Sheets' input rules (`Range.setValue` semantics: a leading `=` starts a formula, `'` keeps
 * text, numbers and dates are recognised), uncounted, since it is not the add-on's call. A value a
 * rule rejects (data validation without "allow invalid") is refused and the cell keeps what it had,
 * as Sheets refuses it.
 */
import { silently, type FakeSpreadsheet } from '../../fake';
import { HttpError } from './http';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface CellEdit {
  sheet: string;
  /** 1-based. */
  row: number;
  column: number;
  /** What the person typed, or the dropdown value they chose ('' clears the cell). */
  value: string;
}

export type CellEditResult = { ok: true } | { ok: false; message: string };

/** The request body as an edit, or a 400 saying what is wrong with it. */
export function cellEditOf(body: Record<string, unknown>): CellEdit {
  const { sheet, row, column, value } = body;
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;
  if (typeof sheet !== 'string' || !whole(row) || !whole(column) || typeof value !== 'string')
    throw new HttpError(400, 'Expected { sheet, row, column, value } (row and column from 1, value text)');
  return { sheet, row, column, value };
}

/** How to put back what a cell held before a refused edit. */
function restorer(range: Range): () => void {
  const formula = range.getFormula();
  if (formula) return () => range.setFormula(formula);
  const value = range.getValue() as unknown;
  if (value === '') return () => range.clearContent();
  // Text goes back as text, even when it looks like a number or a date.
  if (typeof value === 'string') return () => range.setValue(`'${value}`);
  return () => range.setValue(value);
}

export function editCell(spreadsheet: FakeSpreadsheet, edit: CellEdit): CellEditResult {
  return silently(() => {
    const sheet = spreadsheet.getSheetByName(edit.sheet) as unknown as Sheet | null;
    if (!sheet) throw new HttpError(404, `The workbook has no tab named ${edit.sheet}.`);
    if (edit.row > sheet.getMaxRows() || edit.column > sheet.getMaxColumns())
      throw new HttpError(400, 'That cell is outside the tab.');
    const range = sheet.getRange(edit.row, edit.column);
    const rule = range.getDataValidation();
    const restore = restorer(range);
    try {
      range.setValue(edit.value);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (rule && !rule.getAllowInvalid()) {
      const a1 = range.getA1Notation();
      const invalid = (sheet as unknown as { invalidCells(): { a1: string }[] })
        .invalidCells()
        .some((cell) => cell.a1 === a1);
      if (invalid) {
        restore();
        return {
          ok: false,
          message: `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
        };
      }
    }
    return { ok: true };
  });
}
