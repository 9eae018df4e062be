/**
 * Apps Script enums. Their values are objects (as in Apps Script), not strings: compare with the enum
 * (`response === ui.Button.OK`), never with a string. `String(v)`, `v.toString()`, `v.name()` and
 * `JSON.stringify(v)` give the name.
 */

export interface EnumValue<N extends string = string> {
  name(): N;
  toString(): N;
  ordinal(): number;
  toJSON(): N;
}

export type FakeEnum<N extends string> = { readonly [K in N]: EnumValue<K> };

const owners = new WeakMap<object, string>();

export function makeEnum<N extends string>(typeName: string, names: readonly N[]): FakeEnum<N> {
  const out: Record<string, EnumValue> = {};
  names.forEach((n, i) => {
    const value: EnumValue = Object.freeze({
      name: () => n,
      toString: () => n,
      ordinal: () => i,
      toJSON: () => n,
    });
    owners.set(value, typeName);
    out[n] = value;
  });
  return Object.freeze(out) as FakeEnum<N>;
}

/** The enum type name (`Button`) of a value made by makeEnum, or null for anything else. */
export function enumType(v: unknown): string | null {
  return typeof v === 'object' && v !== null ? (owners.get(v) ?? null) : null;
}

/** True when `v` is a value of `e`. */
export function isEnumOf<N extends string>(e: FakeEnum<N>, v: unknown): v is EnumValue<N> {
  return Object.values(e).includes(v);
}

export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const AuthorizationStatus = makeEnum('AuthorizationStatus', ['REQUIRED', 'NOT_REQUIRED'] as const);

export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const);
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const);
export type ButtonName = keyof typeof Button;
export const BUTTONS_OF: Record<keyof typeof ButtonSet, readonly [ButtonName, ...ButtonName[]]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT'] as const);

export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);
export type CriteriaName = keyof typeof DataValidationCriteria;

export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_ENDS_WITH',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'CUSTOM_FORMULA',
] as const);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS'] as const);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const);
export const SheetType = makeEnum('SheetType', ['GRID', 'OBJECT', 'DATASOURCE'] as const);

export const ChartType = makeEnum('ChartType', [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const);
export const ChartHiddenDimensionStrategy = makeEnum('ChartHiddenDimensionStrategy', [
  'IGNORE_BOTH',
  'IGNORE_ROWS',
  'IGNORE_COLUMNS',
  'SHOW_BOTH',
] as const);
export const ChartMergeStrategy = makeEnum('ChartMergeStrategy', ['MERGE_COLUMNS', 'MERGE_ROWS'] as const);
