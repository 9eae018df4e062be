/**
 * Developer metadata: on the spreadsheet, on a sheet, or on whole rows/columns (which move with
 * their row or column when rows and columns are inserted, deleted or moved).
 */
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception } from './env';
import type { EnumValue } from './enums';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumType } from './enums';
import type { MetaRecord } from './grid';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

export type LocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';

export interface MetaHit {
  record: MetaRecord;
  type: LocationType;
  sheet: FakeSheet | null;
  /** Row or column number for ROW / COLUMN locations. */
  index: number | null;
  /** The list holding the record (for remove). */
  list: MetaRecord[];
}

/** Every metadata record of a spreadsheet with its current location. */
export function allMetadata(ss: FakeSpreadsheet): MetaHit[] {
  const hits: MetaHit[] = ss._meta.map((record) => ({
    record,
    type: 'SPREADSHEET' as const,
    sheet: null,
    index: null,
    list: ss._meta,
  }));
  for (const sheet of ss._sheetList()) {
    for (const record of sheet._meta)
      hits.push({ record, type: 'SHEET', sheet, index: null, list: sheet._meta });
    const grid = sheet._grid();
    for (const [list, type] of [
      [grid.rowInfo, 'ROW'],
      [grid.cols, 'COLUMN'],
    ] as const) {
      list.forEach((info, i) => {
        const meta = info?.meta;
        if (meta) for (const record of meta) hits.push({ record, type, sheet, index: i + 1, list: meta });
      });
    }
  }
  return hits;
}

/**
 * Parses the overloads (key), (key, visibility), (key, value), (key, value, visibility) into a new
 * record; `method` names the caller for signature errors.
 */
export function newRecord(env: FakeEnv, ss: FakeSpreadsheet, method: string, args: unknown[]): MetaRecord {
  const [key, second, third] = args;
  let value: string | null = null;
  let visibility: unknown = DeveloperMetadataVisibility.DOCUMENT;
  if (args.length === 2 && enumType(second) === 'DeveloperMetadataVisibility') visibility = second;
  else if (args.length >= 2) {
    value = second as string;
    if (args.length === 3) visibility = third;
  }
  const okVisibility = enumType(visibility) === 'DeveloperMetadataVisibility';
  if (
    typeof key !== 'string' ||
    (value !== null && typeof value !== 'string') ||
    !okVisibility ||
    args.length > 3
  ) {
    throw badArgs(env, method, args);
  }
  if (key === '') throw exception(env, 'Invalid argument: key');
  return {
    id: ss._nextMetadataId(),
    key,
    value,
    visibility: (visibility as EnumValue<'DOCUMENT' | 'PROJECT'>).name(),
  };
}

export class FakeDeveloperMetadataLocation {
  readonly _typeName = 'SpreadsheetApp.DeveloperMetadataLocation';
  constructor(
    private readonly env: FakeEnv,
    private readonly ss: FakeSpreadsheet,
    private readonly hit: MetaHit,
  ) {}
  _calls() {
    return this.env.calls;
  }
  getLocationType(): EnumValue {
    return DeveloperMetadataLocationType[this.hit.type];
  }
  getSpreadsheet(): FakeSpreadsheet | null {
    return this.hit.type === 'SPREADSHEET' ? this.ss : null;
  }
  getSheet(): FakeSheet | null {
    return this.hit.type === 'SHEET' ? this.hit.sheet : null;
  }
  getColumn(): FakeRange | null {
    const { sheet, index } = this.hit;
    if (this.hit.type !== 'COLUMN' || !sheet || index === null) return null;
    return sheet._range({ row: 1, col: index, numRows: sheet._grid().maxRows, numCols: 1 }, 'columns');
  }
  getRow(): FakeRange | null {
    const { sheet, index } = this.hit;
    if (this.hit.type !== 'ROW' || !sheet || index === null) return null;
    return sheet._range({ row: index, col: 1, numRows: 1, numCols: sheet._grid().maxCols }, 'rows');
  }
}
countMethods(FakeDeveloperMetadataLocation, 'DeveloperMetadataLocation');

export class FakeDeveloperMetadata {
  readonly _typeName = 'SpreadsheetApp.DeveloperMetadata';
  constructor(
    private readonly env: FakeEnv,
    private readonly ss: FakeSpreadsheet,
    private readonly record: MetaRecord,
  ) {}
  _calls() {
    return this.env.calls;
  }
  private _hit(): MetaHit {
    const hit = allMetadata(this.ss).find((h) => h.record === this.record);
    if (!hit) throw exception(this.env, `Developer metadata with ID ${this.record.id} has been removed.`);
    return hit;
  }
  getId(): number {
    return this.record.id;
  }
  getKey(): string {
    return this.record.key;
  }
  getValue(): string | null {
    return this.record.value;
  }
  getVisibility(): EnumValue {
    return DeveloperMetadataVisibility[this.record.visibility];
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.env, this.ss, this._hit());
  }
  setKey(key: string): this {
    if (typeof key !== 'string' || key === '')
      throw badArgs(this.env, 'SpreadsheetApp.DeveloperMetadata.setKey', [key]);
    this._hit().record.key = key;
    return this;
  }
  setValue(value: string | null): this {
    if (value !== null && typeof value !== 'string')
      throw badArgs(this.env, 'SpreadsheetApp.DeveloperMetadata.setValue', [value]);
    this._hit().record.value = value;
    return this;
  }
  setVisibility(visibility: EnumValue): this {
    if (enumType(visibility) !== 'DeveloperMetadataVisibility') {
      throw badArgs(this.env, 'SpreadsheetApp.DeveloperMetadata.setVisibility', [visibility]);
    }
    this._hit().record.visibility = visibility.name() as 'DOCUMENT' | 'PROJECT';
    return this;
  }
  remove(): void {
    const { list, record } = this._hit();
    list.splice(list.indexOf(record), 1);
  }
}
countMethods(FakeDeveloperMetadata, 'DeveloperMetadata');

export class FakeDeveloperMetadataFinder {
  readonly _typeName = 'SpreadsheetApp.DeveloperMetadataFinder';
  private filters: ((h: MetaHit) => boolean)[] = [];
  constructor(
    private readonly env: FakeEnv,
    private readonly ss: FakeSpreadsheet,
    private readonly scope: (h: MetaHit) => boolean,
  ) {}
  _calls() {
    return this.env.calls;
  }
  private _add(method: string, arg: unknown, ok: boolean, f: (h: MetaHit) => boolean): this {
    if (!ok) throw badArgs(this.env, `SpreadsheetApp.DeveloperMetadataFinder.${method}`, [arg]);
    this.filters.push(f);
    return this;
  }
  withId(id: number): this {
    return this._add('withId', id, typeof id === 'number', (h) => h.record.id === id);
  }
  withKey(key: string): this {
    return this._add('withKey', key, typeof key === 'string', (h) => h.record.key === key);
  }
  withValue(value: string): this {
    return this._add('withValue', value, typeof value === 'string', (h) => h.record.value === value);
  }
  withLocationType(type: EnumValue): this {
    return this._add(
      'withLocationType',
      type,
      enumType(type) === 'DeveloperMetadataLocationType',
      (h) => h.type === type.name(),
    );
  }
  withVisibility(v: EnumValue): this {
    return this._add(
      'withVisibility',
      v,
      enumType(v) === 'DeveloperMetadataVisibility',
      (h) => h.record.visibility === v.name(),
    );
  }
  find(): FakeDeveloperMetadata[] {
    return allMetadata(this.ss)
      .filter((h) => this.scope(h) && this.filters.every((f) => f(h)))
      .map((h) => new FakeDeveloperMetadata(this.env, this.ss, h.record));
  }
}
countMethods(FakeDeveloperMetadataFinder, 'DeveloperMetadataFinder');
