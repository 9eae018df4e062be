/** Text: one run of characters, or the view editAsText() gives of a whole element. */
import { exception, isWholeNumber } from '../../env';
import type { EnumValue } from '../../enums';
import type { AttributeName } from '../enums';
import { ATTRIBUTE_NAMES, ElementType } from '../enums';
import type { CharStyle } from '../model';
import { cloneNode, isTextBlock } from '../model';
import {
  deleteRange,
  insertText,
  layout,
  replaceBlockText,
  styleAt,
  styleChanges,
  styleRange,
} from '../textLayout';
import {
  COLOR,
  countElement,
  FakeElement,
  registerElement,
  TEXT_ATTRIBUTES,
  textArg,
  toModel,
  wrapAs,
} from './base';
import type { FakeRangeElementLike } from './container';
import { findTextIn } from './container';

/**
 * A Text element, or the Text view `editAsText()` gives of a container (then offsets run over all its
 * paragraphs, one newline between them). Offsets are checked as Apps Script checks them.
 */
export class FakeText extends FakeElement {
  get _typeName(): string {
    return 'DocumentApp.Text';
  }
  getType(): EnumValue {
    return ElementType.TEXT;
  }
  private _length(): number {
    return layout(this._node).text.length;
  }
  private _offset(method: string, args: unknown[], v: unknown, inclusiveEnd: boolean): number {
    if (!isWholeNumber(v)) throw this._bad(method, args);
    const length = this._length();
    if (v < 0) throw exception(this.env, `Index (${v}) must not be negative.`);
    if (inclusiveEnd ? v >= length : v > length) {
      throw exception(
        this.env,
        `Index (${v}) must be less than ${inclusiveEnd ? '' : 'or equal to '}the content length (${length}).`,
      );
    }
    return v;
  }
  /** (value) styles everything; (start, endInclusive, value) styles a range. */
  private _style(method: string, args: unknown[], name: AttributeName, check: (v: unknown) => boolean): this {
    if (args.length === 1) {
      if (!check(args[0])) throw this._bad(method, args);
      styleRange(this._node, 0, Number.MAX_SAFE_INTEGER, { [name]: args[0] });
      return this;
    }
    if (args.length !== 3 || !check(args[2])) throw this._bad(method, args);
    const start = this._offset(method, args, args[0], true);
    const end = this._offset(method, args, args[1], true);
    if (end < start)
      throw exception(
        this.env,
        `Invalid argument: endOffsetInclusive (${end}) is before startOffset (${start}).`,
      );
    styleRange(this._node, start, end, { [name]: args[2] });
    return this;
  }
  private _read(method: string, args: unknown[], name: AttributeName): unknown {
    if (args.length === 0) {
      const values = new Set(
        layout(this._node).blocks.flatMap((b) =>
          b.runs.flatMap((r) => r.node.styles.map((s) => s[name] ?? null)),
        ),
      );
      return values.size === 1 ? [...values][0] : null;
    }
    const offset = this._offset(method, args, args[0], true);
    return styleAt(this._node, offset)?.[name] ?? null;
  }
  getText(): string {
    return layout(this._node).text;
  }
  editAsText(): FakeText {
    return new FakeText(this.env, this._node);
  }
  setText(text: string): this {
    textArg(this.env, this._m('setText'), [text], text);
    if (this._node.kind === 'TEXT') {
      const style = this._node.styles[0] ?? {};
      this._node.chars = text.replace(/\n/g, '\r');
      this._node.styles = Array.from({ length: this._node.chars.length }, () => ({ ...style }));
    } else if (isTextBlock(this._node)) {
      replaceBlockText(this._node, text);
    } else if (this._node.kind === 'BODY_SECTION' || this._node.kind === 'TABLE_CELL') {
      wrapAs(this.env, this._node, this._node.kind).setText(text);
    } else {
      throw exception(
        this.env,
        `Invalid argument: text [fake: setText on the Text of a ${this._node.kind} is not modelled]`,
      );
    }
    return this;
  }
  appendText(text: string): this {
    textArg(this.env, this._m('appendText'), [text], text);
    insertText(this._node, this._length(), text.replace(/\n/g, '\r'));
    return this;
  }
  insertText(offset: number, text: string): this {
    const args = [offset, text];
    const at = this._offset('insertText', args, offset, false);
    textArg(this.env, this._m('insertText'), args, text);
    if (text !== '') insertText(this._node, at, text.replace(/\n/g, '\r'));
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    const args = [startOffset, endOffsetInclusive];
    const start = this._offset('deleteText', args, startOffset, true);
    const end = this._offset('deleteText', args, endOffsetInclusive, true);
    if (end < start)
      throw exception(
        this.env,
        `Invalid argument: endOffsetInclusive (${end}) is before startOffset (${start}).`,
      );
    if (deleteRange(this._node, start, end) === 'crosses-paragraphs') {
      throw exception(
        this.env,
        'Invalid argument: endOffsetInclusive [fake: deleting across paragraphs is not modelled]',
      );
    }
    return this;
  }
  findText(searchPattern: string, from?: FakeRangeElementLike | null): FakeRangeElementLike | null {
    if (typeof searchPattern !== 'string') throw this._bad('findText', [searchPattern, from]);
    return findTextIn(this.env, this._node, searchPattern, from ?? null);
  }
  getTextAttributeIndices(): number[] {
    return styleChanges(this._node);
  }
  getAttributes(offset?: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const style =
      offset === undefined
        ? styleAt(this._node, 0)
        : styleAt(this._node, this._offset('getAttributes', [offset], offset, true));
    for (const name of TEXT_ATTRIBUTES) out[name] = style?.[name] ?? null;
    return out;
  }
  setAttributes(...args: unknown[]): this {
    if (args.length === 1) return super.setAttributes(args[0] as Record<string, unknown>);
    const [start, end, attributes] = args;
    if (args.length !== 3 || typeof attributes !== 'object' || attributes === null)
      throw this._bad('setAttributes', args);
    const s = this._offset('setAttributes', args, start, true);
    const e = this._offset('setAttributes', args, end, true);
    const patch: CharStyle = {};
    for (const [key, value] of Object.entries(attributes as Record<string, unknown>)) {
      if (!(TEXT_ATTRIBUTES as readonly string[]).includes(key)) {
        if ((ATTRIBUTE_NAMES as readonly string[]).includes(key)) continue;
        throw this._bad('setAttributes', args, `unknown attribute ${key}`);
      }
      patch[key as AttributeName] = toModel(
        this.env,
        this._m('setAttributes'),
        attributes,
        key as AttributeName,
        value,
      );
    }
    styleRange(this._node, s, e, patch);
    return this;
  }
  setBold(...args: unknown[]): this {
    return this._style('setBold', args, 'BOLD', isBoolOrNull);
  }
  isBold(offset?: number): boolean | null {
    return this._read('isBold', offset === undefined ? [] : [offset], 'BOLD') as boolean | null;
  }
  setItalic(...args: unknown[]): this {
    return this._style('setItalic', args, 'ITALIC', isBoolOrNull);
  }
  isItalic(offset?: number): boolean | null {
    return this._read('isItalic', offset === undefined ? [] : [offset], 'ITALIC') as boolean | null;
  }
  setUnderline(...args: unknown[]): this {
    return this._style('setUnderline', args, 'UNDERLINE', isBoolOrNull);
  }
  isUnderline(offset?: number): boolean | null {
    return this._read('isUnderline', offset === undefined ? [] : [offset], 'UNDERLINE') as boolean | null;
  }
  setStrikethrough(...args: unknown[]): this {
    return this._style('setStrikethrough', args, 'STRIKETHROUGH', isBoolOrNull);
  }
  isStrikethrough(offset?: number): boolean | null {
    return this._read('isStrikethrough', offset === undefined ? [] : [offset], 'STRIKETHROUGH') as
      boolean | null;
  }
  setForegroundColor(...args: unknown[]): this {
    this._colorCheck(args);
    return this._style('setForegroundColor', args, 'FOREGROUND_COLOR', isStringOrNull);
  }
  getForegroundColor(offset?: number): string | null {
    return this._read('getForegroundColor', offset === undefined ? [] : [offset], 'FOREGROUND_COLOR') as
      string | null;
  }
  setBackgroundColor(...args: unknown[]): this {
    this._colorCheck(args);
    return this._style('setBackgroundColor', args, 'BACKGROUND_COLOR', isStringOrNull);
  }
  getBackgroundColor(offset?: number): string | null {
    return this._read('getBackgroundColor', offset === undefined ? [] : [offset], 'BACKGROUND_COLOR') as
      string | null;
  }
  setLinkUrl(...args: unknown[]): this {
    return this._style('setLinkUrl', args, 'LINK_URL', isStringOrNull);
  }
  getLinkUrl(offset?: number): string | null {
    return this._read('getLinkUrl', offset === undefined ? [] : [offset], 'LINK_URL') as string | null;
  }
  setFontSize(...args: unknown[]): this {
    return this._style(
      'setFontSize',
      args,
      'FONT_SIZE',
      (v) => v === null || (typeof v === 'number' && v > 0),
    );
  }
  getFontSize(offset?: number): number | null {
    return this._read('getFontSize', offset === undefined ? [] : [offset], 'FONT_SIZE') as number | null;
  }
  setFontFamily(...args: unknown[]): this {
    return this._style('setFontFamily', args, 'FONT_FAMILY', isStringOrNull);
  }
  getFontFamily(offset?: number): string | null {
    return this._read('getFontFamily', offset === undefined ? [] : [offset], 'FONT_FAMILY') as string | null;
  }
  private _colorCheck(args: unknown[]): void {
    const color = args[args.length - 1];
    if (typeof color === 'string' && !COLOR.test(color))
      throw exception(this.env, "Invalid argument: color [fake: colours are '#rrggbb']");
  }
  removeFromParent(): this {
    if (this._node.kind !== 'TEXT')
      throw exception(
        this.env,
        'Element does not have a parent. [fake: the Text of editAsText() is a view, not a child element]',
      );
    return super.removeFromParent();
  }
  copy(): FakeText {
    if (this._node.kind === 'TEXT') return this._copyAs('TEXT');
    return new FakeText(this.env, cloneNode(this._node));
  }
}
countElement(FakeText, 'Text');
registerElement('TEXT', FakeText);

function isBoolOrNull(v: unknown): boolean {
  return v === null || typeof v === 'boolean';
}
function isStringOrNull(v: unknown): boolean {
  return v === null || typeof v === 'string';
}
