/**
 * FakeSpreadsheet: the workbook. Re-exports FakeSheet and FakeRange so tests import all three here.
 *
 * Test helpers (not Apps Script, not counted): `snapshot()`, `FakeSpreadsheet.fromTabs(...)`,
 * `tab(name)`, and the `documentProperties` store.
 */
import { parseA1, splitSheetPrefix } from './a1';
import { copyCfSpec } from './builders';
import { countMethods, silently } from './calls';
import { asText, badArgs, exception, FakeEnv, isWholeNumber } from './env';
import { Grid } from './grid';
import { PropertyStore } from './properties';
import type { FakeRange } from './range';
import { FakeSheet } from './sheet';
import type { SpreadsheetSnapshot } from './snapshot';
import { snapshotSpreadsheet } from './snapshot';
import { renameSheetRefs } from './structure';
import { isValidTimeZone } from './values';
import { at, must } from './must';

export { FakeSheet } from './sheet';
export { FakeRange } from './range';

const SS = 'SpreadsheetApp.Spreadsheet';
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const MAX_SHEET_NAME = 100;

export interface FakeSpreadsheetOptions {
  id?: string;
  name?: string;
  /** Spreadsheet time zone (dates typed as text are read in it). Default Europe/London. */
  timeZone?: string;
  locale?: string;
  /** Tabs to create empty, in order. Default ['Sheet1']; [] is allowed only for fromTabs. */
  sheets?: string[];
  documentProperties?: Record<string, string>;
}

let spreadsheetCount = 0;

export class FakeSpreadsheet {
  readonly _typeName = SS;
  /** Document properties of this spreadsheet (PropertiesService.getDocumentProperties()). */
  readonly documentProperties: PropertyStore;
  private env = new FakeEnv();
  private readonly id: string;
  private name: string;
  private timeZone: string;
  private locale: string;
  private sheets: FakeSheet[] = [];
  private active: FakeSheet | null = null;
  private sheetCount = 0;
  private chartCount = 0;

  constructor(options: FakeSpreadsheetOptions = {}) {
    spreadsheetCount += 1;
    this.id = options.id ?? `fake-spreadsheet-${spreadsheetCount}`;
    this.name = options.name ?? 'Untitled spreadsheet';
    this.timeZone = options.timeZone ?? 'Europe/London';
    this.locale = options.locale ?? 'en_GB';
    this.documentProperties = new PropertyStore(options.documentProperties);
    for (const name of options.sheets ?? ['Sheet1']) this._addSheet(name, this.sheets.length);
  }

  /** Builds a workbook whose tabs hold these rows (written with Sheets' input rules). */
  static fromTabs(
    tabs: Record<string, unknown[][]>,
    options: Omit<FakeSpreadsheetOptions, 'sheets'> = {},
  ): FakeSpreadsheet {
    return silently(() => {
      const names = Object.keys(tabs);
      const ss = new FakeSpreadsheet({ ...options, sheets: names.length > 0 ? names : undefined });
      for (const [name, rows] of Object.entries(tabs)) {
        const sheet = must(ss._sheetNamed(name), `the new sheet ${name}`);
        const width = Math.max(0, ...rows.map((r) => r.length));
        if (rows.length > DEFAULT_ROWS) sheet.insertRowsAfter(DEFAULT_ROWS, rows.length - DEFAULT_ROWS);
        if (width > DEFAULT_COLUMNS) sheet.insertColumnsAfter(DEFAULT_COLUMNS, width - DEFAULT_COLUMNS);
        rows.forEach((row, i) => {
          row.forEach((v, j) => sheet._write(i + 1, j + 1, v, 'setValues', [rows]));
        });
      }
      return ss;
    });
  }

  // ---- internals ------------------------------------------------------------------------------
  _env(): FakeEnv {
    return this.env;
  }
  _calls() {
    return this.env.calls;
  }
  _bindEnv(env: FakeEnv): void {
    this.env = env;
  }
  _id(): string {
    return this.id;
  }
  _nameRaw(): string {
    return this.name;
  }
  _timeZone(): string {
    return this.timeZone;
  }
  _locale(): string {
    return this.locale;
  }
  _sheetList(): FakeSheet[] {
    return this.sheets;
  }
  _activeSheet(): FakeSheet | null {
    return this.active;
  }
  _activate(sheet: FakeSheet): void {
    this.active = sheet;
  }
  _sheetNamed(name: string): FakeSheet | null {
    return this.sheets.find((s) => s._nameRaw().toLowerCase() === name.toLowerCase()) ?? null;
  }
  /** Chart ids are unique across the spreadsheet, as Sheets' are. */
  _nextChartId(): number {
    this.chartCount += 1;
    return 700_000_000 + this.chartCount * 104_729;
  }
  _totalCells(): number {
    return this.sheets.reduce((n, s) => n + s._grid().maxRows * s._grid().maxCols, 0);
  }
  /** Sheet names are unique ignoring case, at most 100 characters, not empty. */
  _checkNewName(name: string, except?: FakeSheet): void {
    if (name.trim() === '') throw exception(this.env, 'Invalid argument: sheetName');
    if (name.length > MAX_SHEET_NAME)
      throw exception(this.env, `The sheet name cannot be longer than ${MAX_SHEET_NAME} characters.`);
    const clash = this._sheetNamed(name);
    if (clash && clash !== except)
      throw exception(this.env, `A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  _addSheet(name: string, index: number, grid = new Grid(DEFAULT_ROWS, DEFAULT_COLUMNS)): FakeSheet {
    this._checkNewName(name);
    const id = this.sheetCount === 0 ? 0 : 100_000_000 + this.sheetCount * 7919;
    this.sheetCount += 1;
    const sheet = new FakeSheet(this, name, id, grid);
    this.sheets.splice(index, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  // ---- Apps Script ------------------------------------------------------------------------------
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    if (typeof newName !== 'string') throw badArgs(this.env, `${SS}.rename`, [newName]);
    this.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    if (typeof timezone !== 'string' || !isValidTimeZone(timezone))
      throw exception(this.env, 'Invalid argument: timezone');
    this.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string') throw badArgs(this.env, `${SS}.setSpreadsheetLocale`, [locale]);
    this.locale = locale;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  /** Case-insensitive, like Sheets' sheet names. */
  getSheetByName(name: string): FakeSheet | null {
    if (typeof name !== 'string') throw badArgs(this.env, `${SS}.getSheetByName`, [name]);
    return this._sheetNamed(name);
  }
  getSheetById(id: number): FakeSheet | null {
    if (typeof id !== 'number') throw badArgs(this.env, `${SS}.getSheetById`, [id]);
    return this.sheets.find((s) => s.getSheetId() === id) ?? null;
  }
  /** insertSheet(), (index), (name), (name, index), with an optional trailing {template}. Index is 0-based. */
  insertSheet(...args: unknown[]): FakeSheet {
    const rest = [...args];
    const options =
      typeof rest[rest.length - 1] === 'object' && rest[rest.length - 1] !== null
        ? (rest.pop() as { template?: unknown })
        : undefined;
    let name: unknown;
    let index: unknown = this.sheets.length;
    if (typeof rest[0] === 'string') [name, index = this.sheets.length] = rest;
    else if (rest.length > 0) [index] = rest;
    const template = options?.template;
    if (
      rest.length > 2 ||
      !isWholeNumber(index) ||
      (template !== undefined && !(template instanceof FakeSheet))
    ) {
      throw badArgs(this.env, `${SS}.insertSheet`, args);
    }
    if (index < 0 || index > this.sheets.length)
      throw exception(this.env, `Invalid argument: sheetIndex (${index})`);
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this._sheetNamed(`Sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    const sheet = this._addSheet(
      name as string,
      index,
      template instanceof FakeSheet ? template._grid().clone() : undefined,
    );
    if (template instanceof FakeSheet) {
      sheet._cf = template._cf.map((spec) => ({
        ...copyCfSpec(spec),
        ranges: spec.ranges.map((r) => ({ sheet, rect: { ...r.rect } })),
      }));
      sheet._frozen = { ...template._frozen };
    }
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    if (!(sheet instanceof FakeSheet) || sheet._parentSs() !== this || sheet._deleted)
      throw badArgs(this.env, `${SS}.deleteSheet`, [sheet]);
    if (this.sheets.length === 1) throw exception(this.env, "You can't remove all the sheets in a document.");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet._deleted = true;
    if (this.active === sheet) this.active = this.sheets[Math.max(0, index - 1)] ?? null;
    renameSheetRefs(this.sheets, sheet._nameRaw(), null);
    // A chart keeps its place when its data's sheet goes; it only loses those ranges.
    for (const other of this.sheets)
      for (const chart of other._charts)
        chart.spec.ranges = chart.spec.ranges.filter((r) => r.sheet !== sheet);
  }
  deleteActiveSheet(): FakeSheet | null {
    if (this.active) this.deleteSheet(this.active);
    return this.active;
  }
  getActiveSheet(): FakeSheet {
    return this.active ?? at(this.sheets, 0, 'sheet');
  }
  setActiveSheet(sheet: FakeSheet, restoreSelection?: boolean): FakeSheet {
    if (!(sheet instanceof FakeSheet) || sheet._parentSs() !== this || sheet._deleted) {
      throw badArgs(
        this.env,
        `${SS}.setActiveSheet`,
        restoreSelection === undefined ? [sheet] : [sheet, restoreSelection],
      );
    }
    this.active = sheet;
    return sheet;
  }
  moveActiveSheet(pos: number): void {
    if (!isWholeNumber(pos) || pos < 1 || pos > this.sheets.length)
      throw badArgs(this.env, `${SS}.moveActiveSheet`, [pos]);
    const sheet = this.getActiveSheet();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(pos - 1, 0, sheet);
  }
  /** The fake's selection is always A1 of the active sheet. */
  getActiveRange(): FakeRange {
    return this.getActiveSheet().getRange(1, 1);
  }
  getActiveCell(): FakeRange {
    return this.getActiveSheet().getRange(1, 1);
  }
  getCurrentCell(): FakeRange {
    return this.getActiveSheet().getRange(1, 1);
  }
  /** `'Tab name'!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): FakeRange {
    if (typeof a1Notation !== 'string') throw badArgs(this.env, `${SS}.getRange`, [a1Notation]);
    const { sheetName, ref } = splitSheetPrefix(a1Notation);
    const sheet = sheetName === null ? this.getActiveSheet() : this._sheetNamed(sheetName);
    if (!sheet || !parseA1(ref, 1, 1)) throw exception(this.env, 'Range not found');
    return sheet.getRange(ref);
  }
  getRangeByName(name: string): FakeRange | null {
    if (typeof name !== 'string') throw badArgs(this.env, `${SS}.getRangeByName`, [name]);
    return null;
  }
  getNamedRanges(): never[] {
    return [];
  }
  /** Apps Script shows any message and title as text; a toast with no message is refused. */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    if (msg === undefined) throw badArgs(this.env, `${SS}.toast`, []);
    this.env.ui.toasts.push({
      message: asText(msg),
      title: title === undefined ? '' : asText(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  // ---- test helpers ------------------------------------------------------------------------------
  /** Deep, JSON-comparable picture of the whole workbook (document properties included). */
  snapshot(): SpreadsheetSnapshot {
    return snapshotSpreadsheet(this);
  }
  /** The tab with this name; throws when missing (test convenience, not counted). */
  tab(name: string): FakeSheet {
    const sheet = this._sheetNamed(name);
    if (!sheet)
      throw new Error(`No tab named "${name}" (tabs: ${this.sheets.map((s) => s._nameRaw()).join(', ')})`);
    return sheet;
  }
}
countMethods(FakeSpreadsheet, 'Spreadsheet', ['snapshot', 'tab']);
