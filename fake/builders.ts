/**
 * Data validation and conditional format rule builders, and the rules they build. Data validation
 * lives in validation.ts and is re-exported here.
 */
import { rectA1 } from './a1';
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception, isDate } from './env';
import type { BooleanCriteriaName, EnumValue } from './enums';
import { BooleanCriteria, enumType } from './enums';
import type { FakeRange } from './range';
import type { RangeRef } from './validation';
import { isFakeRange, rangeRefOf, snapshotCriteria } from './validation';

export { FakeDataValidation, FakeDataValidationBuilder, isFakeRange, rangeRefOf } from './validation';
export type { RangeRef } from './validation';

// ---------------------------------------------------------------------------------------------
// Conditional format rules

export interface CfFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

/** A rule's spec; a builder's may lack its condition (`C` includes null) until build() checks it. */
export interface CfSpec<C extends BooleanCriteriaName | null = BooleanCriteriaName | null> {
  criteria: C;
  values: unknown[];
  format: CfFormat;
  ranges: RangeRef[];
}

/** A built rule's spec: it has its condition. */
export type BuiltCfSpec = CfSpec<BooleanCriteriaName>;

export function copyCfSpec<C extends BooleanCriteriaName | null>(s: CfSpec<C>): CfSpec<C> {
  return {
    criteria: s.criteria,
    values: [...s.values],
    format: { ...s.format },
    ranges: s.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
  };
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  orange: '#ffa500',
  purple: '#800080',
  lime: '#00ff00',
  cyan: '#00ffff',
};

/** Colors as Sheets reports them: `#rrggbb` in lower case (CSS names and `#rgb` expanded). */
export function normalizeColor(color: string): string {
  const c = color.trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

export class FakeBooleanCondition {
  readonly _typeName = 'SpreadsheetApp.BooleanCondition';
  constructor(
    private readonly env: FakeEnv,
    private readonly spec: BuiltCfSpec,
  ) {}
  _calls() {
    return this.env.calls;
  }
  getBackground(): string | null {
    return this.spec.format.background ?? null;
  }
  getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }
  getCriteriaType(): EnumValue<BooleanCriteriaName> {
    return BooleanCriteria[this.spec.criteria];
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }
  getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.spec.format.underline ?? null;
  }
}
countMethods(FakeBooleanCondition, 'BooleanCondition');

export class FakeConditionalFormatRule {
  readonly _typeName = 'SpreadsheetApp.ConditionalFormatRule';
  constructor(
    private readonly env: FakeEnv,
    readonly _spec: BuiltCfSpec,
  ) {}
  _calls() {
    return this.env.calls;
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.env, copyCfSpec(this._spec));
  }
  getBooleanCondition(): FakeBooleanCondition {
    return new FakeBooleanCondition(this.env, copyCfSpec(this._spec));
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): FakeRange[] {
    return this._spec.ranges.map((r) => r.sheet._range(r.rect));
  }
  _snapshot(): { ranges: string[]; criteria: string; values: unknown[]; format: CfFormat } {
    const s = this._spec;
    return {
      ranges: s.ranges.map((r) => rectA1(r.rect)),
      criteria: s.criteria,
      values: snapshotCriteria(s.values),
      format: { ...s.format },
    };
  }
}
countMethods(FakeConditionalFormatRule, 'ConditionalFormatRule');

const CF = 'SpreadsheetApp.ConditionalFormatRuleBuilder';

export class FakeConditionalFormatRuleBuilder {
  readonly _typeName = CF;
  private spec: CfSpec;
  constructor(
    private readonly env: FakeEnv,
    spec?: CfSpec,
  ) {
    this.spec = spec ?? { criteria: null, values: [], format: {}, ranges: [] };
  }
  _calls() {
    return this.env.calls;
  }
  private _when(
    method: string,
    criteria: BooleanCriteriaName,
    args: unknown[],
    type: 'string' | 'number' | 'date' | 'none',
  ): this {
    const ok = args.every((a) =>
      type === 'date' ? isDate(a) : typeof a === type && (type !== 'number' || Number.isFinite(a)),
    );
    if (!ok) throw badArgs(this.env, `${CF}.${method}`, args);
    this.spec = { ...this.spec, criteria, values: [...args] };
    return this;
  }
  private _fmt(method: string, key: keyof CfFormat, value: unknown, type: 'string' | 'boolean'): this {
    if (value !== null && typeof value !== type) throw badArgs(this.env, `${CF}.${method}`, [value]);
    const v = typeof value === 'string' ? normalizeColor(value) : value;
    this.spec = { ...this.spec, format: { ...this.spec.format, [key]: v } };
    return this;
  }
  build(): FakeConditionalFormatRule {
    const { criteria } = this.spec;
    if (!criteria)
      throw exception(this.env, 'A conditional format rule needs a condition before build() (fake).');
    return new FakeConditionalFormatRule(this.env, copyCfSpec({ ...this.spec, criteria }));
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.env, copyCfSpec(this.spec));
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    const { criteria } = this.spec;
    return criteria ? new FakeBooleanCondition(this.env, copyCfSpec({ ...this.spec, criteria })) : null;
  }
  getGradientCondition(): null {
    return null;
  }
  getRanges(): FakeRange[] {
    return this.spec.ranges.map((r) => r.sheet._range(r.rect));
  }
  setRanges(ranges: FakeRange[]): this {
    if (!Array.isArray(ranges) || !ranges.every(isFakeRange))
      throw badArgs(this.env, `${CF}.setRanges`, [ranges]);
    this.spec = { ...this.spec, ranges: ranges.map(rangeRefOf) };
    return this;
  }
  setBackground(color: string | null): this {
    return this._fmt('setBackground', 'background', color, 'string');
  }
  setFontColor(color: string | null): this {
    return this._fmt('setFontColor', 'fontColor', color, 'string');
  }
  setBold(bold: boolean | null): this {
    return this._fmt('setBold', 'bold', bold, 'boolean');
  }
  setItalic(italic: boolean | null): this {
    return this._fmt('setItalic', 'italic', italic, 'boolean');
  }
  setStrikethrough(v: boolean | null): this {
    return this._fmt('setStrikethrough', 'strikethrough', v, 'boolean');
  }
  setUnderline(v: boolean | null): this {
    return this._fmt('setUnderline', 'underline', v, 'boolean');
  }
  whenCellEmpty(): this {
    return this._when('whenCellEmpty', 'CELL_EMPTY', [], 'none');
  }
  whenCellNotEmpty(): this {
    return this._when('whenCellNotEmpty', 'CELL_NOT_EMPTY', [], 'none');
  }
  whenDateAfter(d: Date): this {
    return this._when('whenDateAfter', 'DATE_AFTER', [d], 'date');
  }
  whenDateBefore(d: Date): this {
    return this._when('whenDateBefore', 'DATE_BEFORE', [d], 'date');
  }
  whenDateEqualTo(d: Date): this {
    return this._when('whenDateEqualTo', 'DATE_EQUAL_TO', [d], 'date');
  }
  /** The formula must start with `=`, as Sheets requires of custom formulas. */
  whenFormulaSatisfied(formula: string): this {
    if (typeof formula !== 'string') throw badArgs(this.env, `${CF}.whenFormulaSatisfied`, [formula]);
    if (!formula.startsWith('='))
      throw exception(this.env, `Invalid custom formula "${formula}": it must start with "=" (fake).`);
    return this._when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [formula], 'string');
  }
  whenNumberBetween(a: number, b: number): this {
    return this._when('whenNumberBetween', 'NUMBER_BETWEEN', [a, b], 'number');
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this._when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [a, b], 'number');
  }
  whenNumberEqualTo(n: number): this {
    return this._when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n], 'number');
  }
  whenNumberNotEqualTo(n: number): this {
    return this._when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n], 'number');
  }
  whenNumberGreaterThan(n: number): this {
    return this._when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n], 'number');
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this._when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n], 'number');
  }
  whenNumberLessThan(n: number): this {
    return this._when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n], 'number');
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this._when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n], 'number');
  }
  whenTextContains(t: string): this {
    return this._when('whenTextContains', 'TEXT_CONTAINS', [t], 'string');
  }
  whenTextDoesNotContain(t: string): this {
    return this._when('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [t], 'string');
  }
  whenTextEndsWith(t: string): this {
    return this._when('whenTextEndsWith', 'TEXT_ENDS_WITH', [t], 'string');
  }
  whenTextEqualTo(t: string): this {
    return this._when('whenTextEqualTo', 'TEXT_EQUAL_TO', [t], 'string');
  }
  whenTextStartsWith(t: string): this {
    return this._when('whenTextStartsWith', 'TEXT_STARTS_WITH', [t], 'string');
  }
  withCriteria(criteria: EnumValue, args: unknown[]): this {
    if (enumType(criteria) !== 'BooleanCriteria' || !Array.isArray(args))
      throw badArgs(this.env, `${CF}.withCriteria`, [criteria, args]);
    this.spec = { ...this.spec, criteria: criteria.name() as BooleanCriteriaName, values: [...args] };
    return this;
  }
}
countMethods(FakeConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder');
