/**
 * Data validation builder and rules, and the range references rules keep.
 */
import type { GridRect } from './a1';
import { rectA1 } from './a1';
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception, isArray, isDate } from './env';
import type { CriteriaName, EnumValue } from './enums';
import { DataValidationCriteria, enumType } from './enums';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { Scalar } from './values';
import { displayText } from './values';

/** A range remembered by a rule: its sheet and grid rectangle (kept up to date by the sheet). */
export interface RangeRef {
  sheet: FakeSheet;
  rect: GridRect;
}

export function isFakeRange(v: unknown): v is FakeRange {
  return (
    typeof v === 'object' && v !== null && (v as { _typeName?: unknown })._typeName === 'SpreadsheetApp.Range'
  );
}

export function rangeRefOf(r: FakeRange): RangeRef {
  return { sheet: r._sheetObj(), rect: r._rect() };
}

function describeRef(ref: RangeRef): string {
  return `'${ref.sheet._nameRaw()}'!${rectA1(ref.rect)}`;
}

/** JSON-safe copy of criteria values (ranges become `'Tab'!A1:B2`, dates ISO strings). */
export function snapshotCriteria(values: readonly unknown[]): unknown[] {
  return values.map((v) => {
    if (isArray(v)) return [...v];
    if (isFakeRange(v)) return describeRef(rangeRefOf(v));
    if (isDate(v)) return { date: v.toISOString() };
    return v;
  });
}

// ---------------------------------------------------------------------------------------------
// Data validation

interface ValidationSpec {
  criteria: CriteriaName | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A built rule's spec: it has its criteria. */
type BuiltValidationSpec = ValidationSpec & { criteria: CriteriaName };

export class FakeDataValidation {
  readonly _typeName = 'SpreadsheetApp.DataValidation';
  constructor(
    private readonly env: FakeEnv,
    readonly _spec: Readonly<BuiltValidationSpec>,
  ) {}
  _calls() {
    return this.env.calls;
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.env, { ...this._spec, values: [...this._spec.values] });
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getCriteriaType(): EnumValue<CriteriaName> {
    return DataValidationCriteria[this._spec.criteria];
  }
  getCriteriaValues(): unknown[] {
    return this._spec.values.map((v) => (isArray(v) ? [...v] : v));
  }
  getHelpText(): string | null {
    return this._spec.helpText;
  }
  /** JSON-safe description for snapshots. */
  _snapshot(): { criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string | null } {
    const s = this._spec;
    return {
      criteria: s.criteria,
      values: snapshotCriteria(s.values),
      allowInvalid: s.allowInvalid,
      helpText: s.helpText,
    };
  }
  /** Whether Sheets would flag `value` as invalid under this rule (empty cells never are). */
  _accepts(value: Scalar, timeZone: string): boolean {
    const { criteria, values } = this._spec;
    if (value === '') return true;
    const text = displayText(value, undefined, timeZone);
    const num = typeof value === 'number' ? value : NaN;
    const [a, b] = values as [unknown, unknown];
    const time = (v: unknown): number => (isDate(v) ? v.getTime() : NaN);
    switch (criteria) {
      case 'VALUE_IN_LIST':
        return (a as string[]).includes(text);
      case 'VALUE_IN_RANGE': {
        const ref = rangeRefOf(a as FakeRange);
        return ref.sheet._displayTexts(ref.rect).some((row) => row.includes(text));
      }
      case 'CHECKBOX':
        return values.length === 0
          ? typeof value === 'boolean'
          : values.some((v) => v === value || String(v) === text);
      case 'NUMBER_BETWEEN':
        return num >= Math.min(a as number, b as number) && num <= Math.max(a as number, b as number);
      case 'NUMBER_NOT_BETWEEN':
        return !Number.isNaN(num) && !(num >= (a as number) && num <= (b as number));
      case 'NUMBER_EQUAL_TO':
        return num === a;
      case 'NUMBER_NOT_EQUAL_TO':
        return !Number.isNaN(num) && num !== a;
      case 'NUMBER_GREATER_THAN':
        return num > (a as number);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return num >= (a as number);
      case 'NUMBER_LESS_THAN':
        return num < (a as number);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return num <= (a as number);
      case 'DATE_IS_VALID_DATE':
        return isDate(value);
      case 'DATE_AFTER':
        return time(value) > time(a);
      case 'DATE_BEFORE':
        return time(value) < time(a);
      case 'DATE_ON_OR_AFTER':
        return time(value) >= time(a);
      case 'DATE_ON_OR_BEFORE':
        return time(value) <= time(a);
      case 'DATE_EQUAL_TO':
        return time(value) === time(a);
      case 'DATE_BETWEEN':
        return time(value) >= time(a) && time(value) <= time(b);
      case 'DATE_NOT_BETWEEN':
        return isDate(value) && !(time(value) >= time(a) && time(value) <= time(b));
      case 'TEXT_CONTAINS':
        return text.includes(a as string);
      case 'TEXT_DOES_NOT_CONTAIN':
        return !text.includes(a as string);
      case 'TEXT_EQUAL_TO':
        return text === a;
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
      case 'TEXT_IS_VALID_URL':
        return /^(https?|ftp):\/\/\S+$/i.test(text);
      default:
        return true; // CUSTOM_FORMULA: the fake does not evaluate formulas.
    }
  }
}
countMethods(FakeDataValidation, 'DataValidation');

const DV = 'SpreadsheetApp.DataValidationBuilder';

export class FakeDataValidationBuilder {
  readonly _typeName = DV;
  private spec: ValidationSpec;
  constructor(
    private readonly env: FakeEnv,
    spec?: ValidationSpec,
  ) {
    this.spec = spec ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }
  _calls() {
    return this.env.calls;
  }
  private _set(
    method: string,
    criteria: CriteriaName,
    args: unknown[],
    types: string[],
    values = args,
  ): this {
    const ok = args.every((a, i) => {
      const t = types[i] ?? '';
      if (t.endsWith('?') && a === undefined) return true;
      switch (t.replace('?', '')) {
        case 'number':
          return typeof a === 'number' && Number.isFinite(a);
        case 'string':
          return typeof a === 'string';
        case 'boolean':
          return typeof a === 'boolean';
        case 'date':
          return isDate(a);
        case 'string[]':
          return Array.isArray(a) && a.every((x) => typeof x === 'string');
        case 'range':
          return isFakeRange(a);
        default:
          return a !== undefined;
      }
    });
    if (!ok || args.length > types.length) throw badArgs(this.env, `${DV}.${method}`, args);
    this.spec = { ...this.spec, criteria, values };
    return this;
  }
  build(): FakeDataValidation {
    const { criteria } = this.spec;
    if (!criteria)
      throw exception(this.env, 'A data validation rule needs a criteria before build() (fake).');
    return new FakeDataValidation(this.env, { ...this.spec, criteria, values: [...this.spec.values] });
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.env, { ...this.spec, values: [...this.spec.values] });
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): EnumValue<CriteriaName> | null {
    return this.spec.criteria ? DataValidationCriteria[this.spec.criteria] : null;
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    if (typeof allowInvalid !== 'boolean') throw badArgs(this.env, `${DV}.setAllowInvalid`, [allowInvalid]);
    this.spec = { ...this.spec, allowInvalid };
    return this;
  }
  setHelpText(helpText: string): this {
    if (typeof helpText !== 'string') throw badArgs(this.env, `${DV}.setHelpText`, [helpText]);
    this.spec = { ...this.spec, helpText };
    return this;
  }
  requireCheckbox(...a: unknown[]): this {
    return this._set('requireCheckbox', 'CHECKBOX', a, ['any?', 'any?']);
  }
  requireDate(): this {
    return this._set('requireDate', 'DATE_IS_VALID_DATE', [], []);
  }
  requireDateAfter(d: Date): this {
    return this._set('requireDateAfter', 'DATE_AFTER', [d], ['date']);
  }
  requireDateBefore(d: Date): this {
    return this._set('requireDateBefore', 'DATE_BEFORE', [d], ['date']);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this._set('requireDateBetween', 'DATE_BETWEEN', [a, b], ['date', 'date']);
  }
  requireDateNotBetween(a: Date, b: Date): this {
    return this._set('requireDateNotBetween', 'DATE_NOT_BETWEEN', [a, b], ['date', 'date']);
  }
  requireDateEqualTo(d: Date): this {
    return this._set('requireDateEqualTo', 'DATE_EQUAL_TO', [d], ['date']);
  }
  requireDateOnOrAfter(d: Date): this {
    return this._set('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [d], ['date']);
  }
  requireDateOnOrBefore(d: Date): this {
    return this._set('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [d], ['date']);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula], ['string']);
  }
  requireNumberBetween(a: number, b: number): this {
    return this._set('requireNumberBetween', 'NUMBER_BETWEEN', [a, b], ['number', 'number']);
  }
  requireNumberNotBetween(a: number, b: number): this {
    return this._set('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [a, b], ['number', 'number']);
  }
  requireNumberEqualTo(n: number): this {
    return this._set('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [n], ['number']);
  }
  requireNumberNotEqualTo(n: number): this {
    return this._set('requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n], ['number']);
  }
  requireNumberGreaterThan(n: number): this {
    return this._set('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n], ['number']);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n], ['number']);
  }
  requireNumberLessThan(n: number): this {
    return this._set('requireNumberLessThan', 'NUMBER_LESS_THAN', [n], ['number']);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n], ['number']);
  }
  requireTextContains(t: string): this {
    return this._set('requireTextContains', 'TEXT_CONTAINS', [t], ['string']);
  }
  requireTextDoesNotContain(t: string): this {
    return this._set('requireTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [t], ['string']);
  }
  requireTextEqualTo(t: string): this {
    return this._set('requireTextEqualTo', 'TEXT_EQUAL_TO', [t], ['string']);
  }
  requireTextIsEmail(): this {
    return this._set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', [], []);
  }
  requireTextIsUrl(): this {
    return this._set('requireTextIsUrl', 'TEXT_IS_VALID_URL', [], []);
  }
  /** Criteria values are `[list, showDropdown]`, as Apps Script reports them. */
  requireValueInList(values: string[], showDropdown?: boolean): this {
    this._set('requireValueInList', 'VALUE_IN_LIST', [values, showDropdown], ['string[]', 'boolean?']);
    this.spec = { ...this.spec, values: [[...values], showDropdown ?? true] };
    return this;
  }
  requireValueInRange(range: FakeRange, showDropdown?: boolean): this {
    this._set('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown], ['range', 'boolean?']);
    this.spec = { ...this.spec, values: [range, showDropdown ?? true] };
    return this;
  }
  withCriteria(criteria: EnumValue, args: unknown[]): this {
    if (enumType(criteria) !== 'DataValidationCriteria' || !Array.isArray(args)) {
      throw badArgs(this.env, `${DV}.withCriteria`, [criteria, args]);
    }
    this.spec = { ...this.spec, criteria: criteria.name() as CriteriaName, values: [...args] };
    return this;
  }
}
countMethods(FakeDataValidationBuilder, 'DataValidationBuilder');
