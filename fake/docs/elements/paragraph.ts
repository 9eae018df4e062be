/** Paragraph and ListItem. */
import { exception, isWholeNumber } from '../../env';
import type { EnumValue } from '../../enums';
import { enumType } from '../../enums';
import type { AttributeName } from '../enums';
import { GlyphType } from '../enums';
import type { DocNode } from '../model';
import { append, detach, insertAt, textNode } from '../model';
import { replaceBlockText, styleRange } from '../textLayout';
import { countElement, fromModel, registerElement, textArg, wrapAs } from './base';
import { FakeContainer } from './container';
import type { FakeHorizontalRule, FakePageBreak } from './leaves';
import { newLeaf } from './section';
import { FakeText } from './text';

abstract class FakeTextBlock extends FakeContainer {
  private _attr(name: AttributeName): unknown {
    return fromModel(name, this._node.attrs[name]);
  }
  private _setNumber(method: string, name: AttributeName, v: unknown): this {
    if (typeof v !== 'number' || Number.isNaN(v)) throw this._bad(method, [v]);
    this._node.attrs[name] = v;
    return this;
  }
  appendText(text: string | FakeText): FakeText {
    if (text instanceof FakeText) {
      if (text._node.kind !== 'TEXT' || text._node.parent)
        throw exception(this.env, 'Element must be detached.');
      return wrapAs(this.env, append(this._node, text._node), 'TEXT');
    }
    const s = textArg(this.env, this._m('appendText'), [text], text).replace(/\n/g, '\r');
    const run = append(this._node, newRun(s));
    return wrapAs(this.env, run, 'TEXT');
  }
  insertText(childIndex: number, text: string): FakeText {
    const args = [childIndex, text];
    const index = this._insertIndex('insertText', args);
    const s = textArg(this.env, this._m('insertText'), args, text).replace(/\n/g, '\r');
    return wrapAs(this.env, insertAt(this._node, index, newRun(s)), 'TEXT');
  }
  setText(text: string): void {
    replaceBlockText(this._node, textArg(this.env, this._m('setText'), [text], text));
    for (const child of [...this._node.children]) if (child.kind !== 'TEXT') detach(child);
  }
  clear(): this {
    for (const child of [...this._node.children]) detach(child);
    return this;
  }
  getHeading(): EnumValue {
    return this._attr('HEADING') as EnumValue;
  }
  setHeading(heading: EnumValue): this {
    if (enumType(heading) !== 'ParagraphHeading') throw this._bad('setHeading', [heading]);
    this._node.attrs.HEADING = heading.name();
    return this;
  }
  getAlignment(): EnumValue | null {
    return this._attr('HORIZONTAL_ALIGNMENT') as EnumValue | null;
  }
  setAlignment(alignment: EnumValue): this {
    if (enumType(alignment) !== 'HorizontalAlignment') throw this._bad('setAlignment', [alignment]);
    this._node.attrs.HORIZONTAL_ALIGNMENT = alignment.name();
    return this;
  }
  getIndentStart(): number | null {
    return this._attr('INDENT_START') as number | null;
  }
  setIndentStart(indentStart: number): this {
    return this._setNumber('setIndentStart', 'INDENT_START', indentStart);
  }
  getIndentEnd(): number | null {
    return this._attr('INDENT_END') as number | null;
  }
  setIndentEnd(indentEnd: number): this {
    return this._setNumber('setIndentEnd', 'INDENT_END', indentEnd);
  }
  getIndentFirstLine(): number | null {
    return this._attr('INDENT_FIRST_LINE') as number | null;
  }
  setIndentFirstLine(indentFirstLine: number): this {
    return this._setNumber('setIndentFirstLine', 'INDENT_FIRST_LINE', indentFirstLine);
  }
  getLineSpacing(): number | null {
    return this._attr('LINE_SPACING') as number | null;
  }
  setLineSpacing(multiplier: number): this {
    return this._setNumber('setLineSpacing', 'LINE_SPACING', multiplier);
  }
  getSpacingBefore(): number | null {
    return this._attr('SPACING_BEFORE') as number | null;
  }
  setSpacingBefore(spacingBefore: number): this {
    return this._setNumber('setSpacingBefore', 'SPACING_BEFORE', spacingBefore);
  }
  getSpacingAfter(): number | null {
    return this._attr('SPACING_AFTER') as number | null;
  }
  setSpacingAfter(spacingAfter: number): this {
    return this._setNumber('setSpacingAfter', 'SPACING_AFTER', spacingAfter);
  }
  isLeftToRight(): boolean {
    return this._node.attrs.LEFT_TO_RIGHT !== false;
  }
  setLeftToRight(leftToRight: boolean): this {
    if (typeof leftToRight !== 'boolean') throw this._bad('setLeftToRight', [leftToRight]);
    this._node.attrs.LEFT_TO_RIGHT = leftToRight;
    return this;
  }
  getLinkUrl(): string | null {
    const runs = this._node.children.filter((c) => c.kind === 'TEXT');
    const urls = new Set(runs.flatMap((r) => r.styles.map((s) => s.LINK_URL ?? null)));
    return urls.size === 1 ? ([...urls][0] as string | null) : null;
  }
  setLinkUrl(url: string | null): this {
    if (url !== null && typeof url !== 'string') throw this._bad('setLinkUrl', [url]);
    styleRange(this._node, 0, Number.MAX_SAFE_INTEGER, { LINK_URL: url });
    return this;
  }
  appendHorizontalRule(): FakeHorizontalRule {
    return wrapAs(this.env, append(this._node, newLeaf('HORIZONTAL_RULE')), 'HORIZONTAL_RULE');
  }
  insertHorizontalRule(childIndex: number): FakeHorizontalRule {
    const index = this._insertIndex('insertHorizontalRule', [childIndex]);
    return wrapAs(this.env, insertAt(this._node, index, newLeaf('HORIZONTAL_RULE')), 'HORIZONTAL_RULE');
  }
  /** Page breaks cannot go inside a table (Apps Script refuses them in a paragraph of a cell). */
  private _pageBreakAllowed(method: string): void {
    for (let n = this._node.parent; n; n = n.parent) {
      if (n.kind === 'TABLE_CELL')
        throw exception(
          this.env,
          `Invalid argument: a page break cannot be inserted inside a table. [fake: ${this._m(method)}]`,
        );
    }
  }
  appendPageBreak(): FakePageBreak {
    this._pageBreakAllowed('appendPageBreak');
    return wrapAs(this.env, append(this._node, newLeaf('PAGE_BREAK')), 'PAGE_BREAK');
  }
  insertPageBreak(childIndex: number): FakePageBreak {
    const index = this._insertIndex('insertPageBreak', [childIndex]);
    this._pageBreakAllowed('insertPageBreak');
    return wrapAs(this.env, insertAt(this._node, index, newLeaf('PAGE_BREAK')), 'PAGE_BREAK');
  }
}

function newRun(text: string): DocNode {
  return textNode(text);
}

export class FakeParagraph extends FakeTextBlock {
  copy(): FakeParagraph {
    return this._copyAs('PARAGRAPH');
  }
}
countElement(FakeParagraph, 'Paragraph');
registerElement('PARAGRAPH', FakeParagraph);

export class FakeListItem extends FakeTextBlock {
  copy(): FakeListItem {
    return this._copyAs('LIST_ITEM');
  }
  getNestingLevel(): number {
    return (this._node.attrs.NESTING_LEVEL as number | undefined) ?? 0;
  }
  setNestingLevel(nestingLevel: number): this {
    if (!isWholeNumber(nestingLevel) || nestingLevel < 0 || nestingLevel > 8)
      throw this._bad('setNestingLevel', [nestingLevel]);
    this._node.attrs.NESTING_LEVEL = nestingLevel;
    return this;
  }
  getGlyphType(): EnumValue {
    return GlyphType[
      ((this._node.attrs.GLYPH_TYPE as string | undefined) ?? 'NUMBER') as keyof typeof GlyphType
    ];
  }
  setGlyphType(glyphType: EnumValue): this {
    if (enumType(glyphType) !== 'GlyphType') throw this._bad('setGlyphType', [glyphType]);
    this._node.attrs.GLYPH_TYPE = glyphType.name();
    return this;
  }
  getListId(): string {
    return (this._node.attrs.LIST_ID as string | undefined) ?? `kix.list${this._node.uid}`;
  }
  setListId(listItem: FakeListItem): this {
    if (!(listItem instanceof FakeListItem)) throw this._bad('setListId', [listItem]);
    this._node.attrs.LIST_ID = listItem.getListId();
    return this;
  }
}
countElement(FakeListItem, 'ListItem');
registerElement('LIST_ITEM', FakeListItem);
