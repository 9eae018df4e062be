/**
 * The element classes of the DocumentApp fake: Body, Paragraph, ListItem, Table, TableRow, TableCell,
 * Text, HorizontalRule, PageBreak. Each is a fresh handle over a DocNode (model.ts), as in Apps Script.
 *
 * Every public method is counted as `Paragraph.setHeading`, `Body.insertTable`, ... even when it is
 * inherited from a shared base class here (countElement copies the chain onto each concrete class).
 * Methods an Apps Script class does not have are absent at run time (Body has no removeFromParent).
 */
import { countMethods } from '../calls';
import type { FakeEnv } from '../env';
import { badArgs, exception, isWholeNumber } from '../env';
import type { EnumValue } from '../enums';
import { enumType } from '../enums';
import type { AttributeName, HeadingName } from './enums';
import { ATTRIBUTE_NAMES, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading, VerticalAlignment } from './enums';
import type { CharStyle, NodeKind } from './model';
import {
  append, cellNode, cloneNode, detach, DocNode, insertAt, isAttached, isTextBlock, preorder, tableNode, textBlock, textNode, textOf,
} from './model';
import { deleteRange, insertText, layout, replaceBlockText, styleAt, styleChanges, styleRange } from './text';

const TEXT_ATTRIBUTES: readonly AttributeName[] = [
  'BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FOREGROUND_COLOR', 'BACKGROUND_COLOR', 'LINK_URL', 'FONT_FAMILY',
  'FONT_SIZE', 'CODE',
];

/** Element-level attributes each kind keeps (the rest of a setAttributes call styles its text). */
const ELEMENT_ATTRIBUTES: Partial<Record<NodeKind, readonly AttributeName[]>> = {
  PARAGRAPH: ['HEADING', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'LINE_SPACING', 'SPACING_AFTER', 'SPACING_BEFORE', 'LEFT_TO_RIGHT'],
  LIST_ITEM: ['HEADING', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'LINE_SPACING', 'SPACING_AFTER', 'SPACING_BEFORE', 'LEFT_TO_RIGHT', 'NESTING_LEVEL', 'GLYPH_TYPE', 'LIST_ID'],
  TABLE: ['BORDER_COLOR', 'BORDER_WIDTH'],
  TABLE_ROW: ['MINIMUM_HEIGHT'],
  TABLE_CELL: ['BACKGROUND_COLOR', 'WIDTH', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'VERTICAL_ALIGNMENT'],
  BODY_SECTION: ['MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH'],
};

/** Attributes whose values are enums, stored by name in the model. */
const ENUM_ATTRIBUTES: Partial<Record<AttributeName, Record<string, EnumValue>>> = {
  HEADING: ParagraphHeading,
  HORIZONTAL_ALIGNMENT: HorizontalAlignment,
  VERTICAL_ALIGNMENT: VerticalAlignment,
  GLYPH_TYPE: GlyphType,
};

const TYPE_NAMES: Record<NodeKind, string> = {
  BODY_SECTION: 'Body',
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  TABLE_ROW: 'TableRow',
  TABLE_CELL: 'TableCell',
  TEXT: 'Text',
  HORIZONTAL_RULE: 'HorizontalRule',
  PAGE_BREAK: 'PageBreak',
};

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Wraps a node in a new handle of its class. */
export function wrap(env: FakeEnv, node: DocNode): FakeElement {
  switch (node.kind) {
    case 'BODY_SECTION':
      return new FakeBody(env, node);
    case 'PARAGRAPH':
      return new FakeParagraph(env, node);
    case 'LIST_ITEM':
      return new FakeListItem(env, node);
    case 'TABLE':
      return new FakeTable(env, node);
    case 'TABLE_ROW':
      return new FakeTableRow(env, node);
    case 'TABLE_CELL':
      return new FakeTableCell(env, node);
    case 'TEXT':
      return new FakeText(env, node);
    case 'HORIZONTAL_RULE':
      return new FakeHorizontalRule(env, node);
    case 'PAGE_BREAK':
      return new FakePageBreak(env, node);
  }
}

export abstract class FakeElement {
  constructor(
    protected readonly env: FakeEnv,
    readonly _node: DocNode,
  ) {}
  get _typeName(): string {
    return `DocumentApp.${TYPE_NAMES[this._node.kind]}`;
  }
  _calls() {
    return this.env.calls;
  }
  protected _m(method: string): string {
    return `${this._typeName}.${method}`;
  }
  protected _bad(method: string, args: unknown[], detail?: string): Error {
    return badArgs(this.env, this._m(method), args, detail);
  }
  protected _cast<T extends FakeElement>(kind: NodeKind): T {
    if (this._node.kind !== kind) {
      throw exception(this.env, `Cannot cast ${TYPE_NAMES[this._node.kind]} to ${TYPE_NAMES[kind]}. [fake: as${TYPE_NAMES[kind]}() on a ${this._node.kind}]`);
    }
    return wrap(this.env, this._node) as T;
  }
  asBody(): FakeBody {
    return this._cast('BODY_SECTION');
  }
  asParagraph(): FakeParagraph {
    return this._cast('PARAGRAPH');
  }
  asListItem(): FakeListItem {
    return this._cast('LIST_ITEM');
  }
  asTable(): FakeTable {
    return this._cast('TABLE');
  }
  asTableRow(): FakeTableRow {
    return this._cast('TABLE_ROW');
  }
  asTableCell(): FakeTableCell {
    return this._cast('TABLE_CELL');
  }
  asText(): FakeText {
    return this._cast('TEXT');
  }
  asHorizontalRule(): FakeHorizontalRule {
    return this._cast('HORIZONTAL_RULE');
  }
  asPageBreak(): FakePageBreak {
    return this._cast('PAGE_BREAK');
  }
  getType(): EnumValue {
    return ElementType[this._node.kind];
  }
  getParent(): FakeElement | null {
    const parent = this._node.parent;
    return parent ? wrap(this.env, parent) : null;
  }
  getNextSibling(): FakeElement | null {
    const parent = this._node.parent;
    if (!parent) return null;
    const next = parent.children[parent.children.indexOf(this._node) + 1];
    return next ? wrap(this.env, next) : null;
  }
  getPreviousSibling(): FakeElement | null {
    const parent = this._node.parent;
    if (!parent) return null;
    const previous = parent.children[parent.children.indexOf(this._node) - 1];
    return previous ? wrap(this.env, previous) : null;
  }
  isAtDocumentEnd(): boolean {
    if (!isAttached(this._node)) return false;
    for (let n = this._node; n.parent; n = n.parent) if (n.parent.children[n.parent.children.length - 1] !== n) return false;
    return true;
  }
  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const own = ELEMENT_ATTRIBUTES[this._node.kind] ?? [];
    for (const name of own) out[name] = fromModel(name, this._node.attrs[name]);
    const textStyle = this._node.kind === 'TEXT' ? styleAt(this._node, 0) : null;
    for (const name of TEXT_ATTRIBUTES) if (!(name in out)) out[name] = textStyle?.[name] ?? null;
    return out;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) throw this._bad('setAttributes', [attributes]);
    applyAttributes(this.env, this._node, this._m('setAttributes'), attributes);
    return this;
  }
  copy(): FakeElement {
    return wrap(this.env, cloneNode(this._node));
  }
  removeFromParent(): this {
    const parent = this._node.parent;
    if (!parent) throw exception(this.env, `Element does not have a parent. [fake: ${TYPE_NAMES[this._node.kind]} was already removed]`);
    checkRemovable(this.env, this._node);
    detach(this._node);
    return this;
  }
}

/** Every attribute value is checked the way Apps Script would reject it (wrong type, unknown name). */
function applyAttributes(env: FakeEnv, node: DocNode, method: string, attributes: Record<string, unknown>): void {
  const own = ELEMENT_ATTRIBUTES[node.kind] ?? [];
  const textPatch: CharStyle = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!(ATTRIBUTE_NAMES as readonly string[]).includes(key)) throw badArgs(env, method, [attributes], `unknown attribute ${key}`);
    const name = key as AttributeName;
    if (name === 'HEADING' && !own.includes('HEADING')) {
      throw exception(env, `Invalid argument: attributes. [fake: HEADING cannot be set on a ${node.kind}]`);
    }
    const stored = toModel(env, method, attributes, name, value);
    if (own.includes(name)) node.attrs[name] = stored;
    else if (TEXT_ATTRIBUTES.includes(name)) textPatch[name] = stored;
  }
  if (Object.keys(textPatch).length > 0) styleRange(node, 0, Number.MAX_SAFE_INTEGER, textPatch);
}

function toModel(env: FakeEnv, method: string, attributes: unknown, name: AttributeName, value: unknown): unknown {
  if (value === null) return null;
  const enumOf = ENUM_ATTRIBUTES[name];
  if (enumOf) {
    if (!Object.values(enumOf).includes(value as EnumValue)) throw badArgs(env, method, [attributes], `${name} must be a DocumentApp enum value`);
    return (value as EnumValue).name();
  }
  if (['BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'LEFT_TO_RIGHT', 'CODE'].includes(name)) {
    if (typeof value !== 'boolean') throw badArgs(env, method, [attributes], `${name} must be a boolean`);
    return value;
  }
  if (name.endsWith('_COLOR')) {
    if (typeof value !== 'string' || !COLOR.test(value)) throw exception(env, `Invalid argument: ${name.toLowerCase()} [fake: colours are '#rrggbb']`);
    return value;
  }
  if (name === 'LINK_URL' || name === 'FONT_FAMILY' || name === 'LIST_ID') {
    if (typeof value !== 'string') throw badArgs(env, method, [attributes], `${name} must be a string`);
    return value;
  }
  if (typeof value !== 'number' || Number.isNaN(value)) throw badArgs(env, method, [attributes], `${name} must be a number`);
  return value;
}

function fromModel(name: AttributeName, value: unknown): unknown {
  if (value === undefined || value === null) {
    if (name === 'HEADING') return ParagraphHeading.NORMAL;
    return null;
  }
  const enumOf = ENUM_ATTRIBUTES[name];
  return enumOf ? enumOf[value as string] ?? null : value;
}

/** Docs keeps a paragraph at the end of every section (body, cell): that one cannot go. */
function checkRemovable(env: FakeEnv, node: DocNode): void {
  const parent = node.parent!;
  const last = parent.children[parent.children.length - 1] === node;
  if (last && isTextBlock(node) && (parent.kind === 'BODY_SECTION' || parent.kind === 'TABLE_CELL')) {
    throw exception(env, "Can't remove the last paragraph in a document section.");
  }
}

function childIndexError(env: FakeEnv, index: unknown, count: number): Error {
  return exception(env, `Child index (${String(index)}) must be less than the number of child elements (${count}).`);
}

abstract class FakeContainer extends FakeElement {
  protected _index(method: string, childIndex: unknown): number {
    if (!isWholeNumber(childIndex)) throw this._bad(method, [childIndex]);
    if (childIndex < 0 || childIndex >= this._node.children.length) throw childIndexError(this.env, childIndex, this._node.children.length);
    return childIndex;
  }
  /** Insert positions go up to the number of children (append). */
  protected _insertIndex(method: string, args: unknown[]): number {
    const childIndex = args[0];
    if (!isWholeNumber(childIndex)) throw this._bad(method, args);
    const count = this._node.children.length;
    if (childIndex < 0 || childIndex > count) {
      throw exception(this.env, `Index (${childIndex}) must be less than or equal to the number of child elements (${count}).`);
    }
    return childIndex;
  }
  protected _ownChild(method: string, child: unknown): DocNode {
    if (!(child instanceof FakeElement)) throw this._bad(method, [child]);
    if (child._node.parent !== this._node) throw exception(this.env, 'Element does not contain the specified child element.');
    return child._node;
  }
  getNumChildren(): number {
    return this._node.children.length;
  }
  getChild(childIndex: number): FakeElement {
    return wrap(this.env, this._node.children[this._index('getChild', childIndex)]!);
  }
  getChildIndex(child: FakeElement): number {
    const node = this._ownChild('getChildIndex', child);
    return this._node.children.indexOf(node);
  }
  getText(): string {
    return textOf(this._node);
  }
  editAsText(): FakeText {
    return new FakeText(this.env, this._node);
  }
  removeChild(child: FakeElement): this {
    const node = this._ownChild('removeChild', child);
    checkRemovable(this.env, node);
    detach(node);
    return this;
  }
  findText(searchPattern: string, from?: FakeRangeElementLike | null): FakeRangeElementLike | null {
    if (typeof searchPattern !== 'string') throw this._bad('findText', [searchPattern, from]);
    return findTextIn(this.env, this._node, searchPattern, from ?? null);
  }
}

/** What findText returns; ranges.ts has the full RangeElement (kept structural here to avoid a cycle). */
export interface FakeRangeElementLike {
  getElement(): FakeElement;
  getStartOffset(): number;
  getEndOffsetInclusive(): number;
  isPartial(): boolean;
}

export let makeRangeElement: (env: FakeEnv, node: DocNode, start: number, end: number) => FakeRangeElementLike = () => {
  throw new Error('ranges.ts not loaded');
};
export function setRangeElementFactory(factory: typeof makeRangeElement): void {
  makeRangeElement = factory;
}

/** Docs' findText takes a regular expression (RE2: no look-around, no back-references), per text run. */
function findTextIn(env: FakeEnv, scope: DocNode, pattern: string, from: FakeRangeElementLike | null): FakeRangeElementLike | null {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'g');
  } catch {
    throw exception(env, `Invalid argument: searchPattern [fake: ${pattern} is not a regular expression]`);
  }
  const runs = preorder(scope).filter((n) => n.kind === 'TEXT');
  let started = from === null;
  for (const run of runs) {
    let searchFrom = 0;
    if (!started) {
      const fromNode = (from!.getElement() as FakeElement)._node;
      if (fromNode !== run) continue;
      started = true;
      searchFrom = from!.getEndOffsetInclusive() + 1;
    }
    re.lastIndex = searchFrom;
    const m = re.exec(run.chars);
    if (m && m[0].length > 0) return makeRangeElement(env, run, m.index, m.index + m[0].length - 1);
  }
  return null;
}

function textArg(env: FakeEnv, method: string, args: unknown[], v: unknown): string {
  if (typeof v !== 'string') throw badArgs(env, method, args);
  return v;
}

/** A detached element of the right kind, for insertParagraph(i, paragraph) and friends. */
function detachedArg(env: FakeEnv, method: string, args: unknown[], v: unknown, kind: NodeKind): DocNode {
  if (!(v instanceof FakeElement) || v._node.kind !== kind) throw badArgs(env, method, args);
  if (v._node.parent) throw exception(env, 'Element must be detached.');
  return v._node;
}

/** string[][] with at least one row, every row the same non-zero length, strings only. */
function cellsArg(env: FakeEnv, method: string, args: unknown[], cells: unknown): string[][] {
  if (!Array.isArray(cells) || !cells.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))) {
    throw badArgs(env, method, args, 'cells must be a string[][]');
  }
  const rows = cells as string[][];
  if (rows.length === 0 || rows[0]!.length === 0) {
    throw exception(env, 'Invalid argument: cells [fake: a table needs at least one row and one column]');
  }
  if (rows.some((r) => r.length !== rows[0]!.length)) {
    throw exception(env, 'Invalid argument: cells [fake: every row must have the same number of cells]');
  }
  return rows;
}

/** Body and TableCell: the containers that hold paragraphs, list items and tables. */
abstract class FakeSection extends FakeContainer {
  private _put(index: number, node: DocNode): DocNode {
    insertAt(this._node, index, node);
    // Docs always ends a section with a paragraph: a table put last gets an empty one after it.
    if (node.kind === 'TABLE' && this._node.children[this._node.children.length - 1] === node) {
      append(this._node, textBlock('PARAGRAPH', ''));
    }
    return node;
  }
  private _paragraphLike(method: string, kind: 'PARAGRAPH' | 'LIST_ITEM', args: unknown[], index: number, v: unknown): DocNode {
    if (typeof v === 'string') return this._put(index, textBlock(kind, v));
    return this._put(index, detachedArg(this.env, this._m(method), args, v, kind));
  }
  private _table(method: string, args: unknown[], index: number, v: unknown): DocNode {
    if (v === undefined || v === null) return this._put(index, tableNode([['']]));
    if (v instanceof FakeElement) return this._put(index, detachedArg(this.env, this._m(method), args, v, 'TABLE'));
    return this._put(index, tableNode(cellsArg(this.env, this._m(method), args, v)));
  }
  insertParagraph(childIndex: number, paragraph: string | FakeParagraph): FakeParagraph {
    const args = [childIndex, paragraph];
    return wrap(this.env, this._paragraphLike('insertParagraph', 'PARAGRAPH', args, this._insertIndex('insertParagraph', args), paragraph)) as FakeParagraph;
  }
  appendParagraph(paragraph: string | FakeParagraph): FakeParagraph {
    return wrap(this.env, this._paragraphLike('appendParagraph', 'PARAGRAPH', [paragraph], this._node.children.length, paragraph)) as FakeParagraph;
  }
  insertListItem(childIndex: number, listItem: string | FakeListItem): FakeListItem {
    const args = [childIndex, listItem];
    return wrap(this.env, this._paragraphLike('insertListItem', 'LIST_ITEM', args, this._insertIndex('insertListItem', args), listItem)) as FakeListItem;
  }
  appendListItem(listItem: string | FakeListItem): FakeListItem {
    return wrap(this.env, this._paragraphLike('appendListItem', 'LIST_ITEM', [listItem], this._node.children.length, listItem)) as FakeListItem;
  }
  insertTable(childIndex: number, cellsOrTable?: string[][] | FakeTable | null): FakeTable {
    const args = cellsOrTable === undefined ? [childIndex] : [childIndex, cellsOrTable];
    return wrap(this.env, this._table('insertTable', args, this._insertIndex('insertTable', args), cellsOrTable)) as FakeTable;
  }
  appendTable(cellsOrTable?: string[][] | FakeTable | null): FakeTable {
    const args = cellsOrTable === undefined ? [] : [cellsOrTable];
    return wrap(this.env, this._table('appendTable', args, this._node.children.length, cellsOrTable)) as FakeTable;
  }
  /** A horizontal rule lives in a paragraph: Apps Script makes a new one around it. */
  insertHorizontalRule(childIndex: number): FakeHorizontalRule {
    const index = this._insertIndex('insertHorizontalRule', [childIndex]);
    const holder = this._put(index, textBlock('PARAGRAPH', ''));
    return wrap(this.env, append(holder, newLeaf('HORIZONTAL_RULE'))) as FakeHorizontalRule;
  }
  appendHorizontalRule(): FakeHorizontalRule {
    const holder = this._put(this._node.children.length, textBlock('PARAGRAPH', ''));
    return wrap(this.env, append(holder, newLeaf('HORIZONTAL_RULE'))) as FakeHorizontalRule;
  }
  /** Replaces everything with one paragraph per line of `text`. */
  setText(text: string): this {
    textArg(this.env, this._m('setText'), [text], text);
    this._node.children.splice(0).forEach((c) => (c.parent = null));
    for (const line of text.split('\n')) append(this._node, textBlock('PARAGRAPH', line));
    return this;
  }
  clear(): this {
    this._node.children.splice(0).forEach((c) => (c.parent = null));
    append(this._node, textBlock('PARAGRAPH', ''));
    return this;
  }
}

function newLeaf(kind: 'HORIZONTAL_RULE' | 'PAGE_BREAK'): DocNode {
  return new DocNode(kind);
}

export class FakeBody extends FakeSection {
  getParagraphs(): FakeParagraph[] {
    return preorder(this._node).filter(isTextBlock).map((n) => wrap(this.env, n) as FakeParagraph);
  }
  getTables(): FakeTable[] {
    return preorder(this._node).filter((n) => n.kind === 'TABLE').map((n) => wrap(this.env, n) as FakeTable);
  }
  getListItems(): FakeListItem[] {
    return preorder(this._node).filter((n) => n.kind === 'LIST_ITEM').map((n) => wrap(this.env, n) as FakeListItem);
  }
  insertPageBreak(childIndex: number): FakePageBreak {
    const index = this._insertIndex('insertPageBreak', [childIndex]);
    const holder = textBlock('PARAGRAPH', '');
    insertAt(this._node, index, holder);
    return wrap(this.env, append(holder, newLeaf('PAGE_BREAK'))) as FakePageBreak;
  }
  appendPageBreak(): FakePageBreak {
    const holder = append(this._node, textBlock('PARAGRAPH', ''));
    return wrap(this.env, append(holder, newLeaf('PAGE_BREAK'))) as FakePageBreak;
  }
}
countElement(FakeBody, 'Body', ['removeFromParent']);

/** Paragraph and ListItem. */
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
      if (text._node.kind !== 'TEXT' || text._node.parent) throw exception(this.env, 'Element must be detached.');
      return wrap(this.env, append(this._node, text._node)) as FakeText;
    }
    const s = textArg(this.env, this._m('appendText'), [text], text).replace(/\n/g, '\r');
    const run = append(this._node, newRun(s));
    return wrap(this.env, run) as FakeText;
  }
  insertText(childIndex: number, text: string): FakeText {
    const args = [childIndex, text];
    const index = this._insertIndex('insertText', args);
    const s = textArg(this.env, this._m('insertText'), args, text).replace(/\n/g, '\r');
    return wrap(this.env, insertAt(this._node, index, newRun(s))) as FakeText;
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
    this._node.attrs.HEADING = heading.name() as HeadingName;
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
    return wrap(this.env, append(this._node, newLeaf('HORIZONTAL_RULE'))) as FakeHorizontalRule;
  }
  insertHorizontalRule(childIndex: number): FakeHorizontalRule {
    const index = this._insertIndex('insertHorizontalRule', [childIndex]);
    return wrap(this.env, insertAt(this._node, index, newLeaf('HORIZONTAL_RULE'))) as FakeHorizontalRule;
  }
  /** Page breaks cannot go inside a table (Apps Script refuses them in a paragraph of a cell). */
  private _pageBreakAllowed(method: string): void {
    for (let n = this._node.parent; n; n = n.parent) {
      if (n.kind === 'TABLE_CELL') throw exception(this.env, `Invalid argument: a page break cannot be inserted inside a table. [fake: ${this._m(method)}]`);
    }
  }
  appendPageBreak(): FakePageBreak {
    this._pageBreakAllowed('appendPageBreak');
    return wrap(this.env, append(this._node, newLeaf('PAGE_BREAK'))) as FakePageBreak;
  }
  insertPageBreak(childIndex: number): FakePageBreak {
    const index = this._insertIndex('insertPageBreak', [childIndex]);
    this._pageBreakAllowed('insertPageBreak');
    return wrap(this.env, insertAt(this._node, index, newLeaf('PAGE_BREAK'))) as FakePageBreak;
  }
}

function newRun(text: string): DocNode {
  return textNode(text);
}

export class FakeParagraph extends FakeTextBlock {}
countElement(FakeParagraph, 'Paragraph');

export class FakeListItem extends FakeTextBlock {
  getNestingLevel(): number {
    return (this._node.attrs.NESTING_LEVEL as number | undefined) ?? 0;
  }
  setNestingLevel(nestingLevel: number): this {
    if (!isWholeNumber(nestingLevel) || nestingLevel < 0 || nestingLevel > 8) throw this._bad('setNestingLevel', [nestingLevel]);
    this._node.attrs.NESTING_LEVEL = nestingLevel;
    return this;
  }
  getGlyphType(): EnumValue {
    return GlyphType[((this._node.attrs.GLYPH_TYPE as string | undefined) ?? 'BULLET') as keyof typeof GlyphType];
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

export class FakeTable extends FakeContainer {
  private _row(method: string, rowIndex: unknown, args: unknown[]): DocNode {
    if (!isWholeNumber(rowIndex)) throw this._bad(method, args);
    const row = this._node.children[rowIndex];
    if (!row || rowIndex < 0) throw childIndexError(this.env, rowIndex, this._node.children.length);
    return row;
  }
  getNumRows(): number {
    return this._node.children.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    return wrap(this.env, this._row('getRow', rowIndex, [rowIndex])) as FakeTableRow;
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    const args = [rowIndex, cellIndex];
    const row = this._row('getCell', rowIndex, args);
    if (!isWholeNumber(cellIndex)) throw this._bad('getCell', args);
    const cell = row.children[cellIndex];
    if (!cell || cellIndex < 0) throw childIndexError(this.env, cellIndex, row.children.length);
    return wrap(this.env, cell) as FakeTableCell;
  }
  appendTableRow(tableRow?: FakeTableRow): FakeTableRow {
    const node = tableRow === undefined ? emptyNode('TABLE_ROW') : detachedArg(this.env, this._m('appendTableRow'), [tableRow], tableRow, 'TABLE_ROW');
    return wrap(this.env, append(this._node, node)) as FakeTableRow;
  }
  insertTableRow(childIndex: number, tableRow?: FakeTableRow | null): FakeTableRow {
    const args = tableRow === undefined ? [childIndex] : [childIndex, tableRow];
    const index = this._insertIndex('insertTableRow', args);
    const node = tableRow === undefined || tableRow === null ? emptyNode('TABLE_ROW') : detachedArg(this.env, this._m('insertTableRow'), args, tableRow, 'TABLE_ROW');
    return wrap(this.env, insertAt(this._node, index, node)) as FakeTableRow;
  }
  removeRow(rowIndex: number): FakeTableRow {
    const row = this._row('removeRow', rowIndex, [rowIndex]);
    detach(row);
    return wrap(this.env, row) as FakeTableRow;
  }
  getBorderWidth(): number {
    return (this._node.attrs.BORDER_WIDTH as number | undefined) ?? 1;
  }
  setBorderWidth(width: number): this {
    if (typeof width !== 'number' || width < 0) throw this._bad('setBorderWidth', [width]);
    this._node.attrs.BORDER_WIDTH = width;
    return this;
  }
  getBorderColor(): string {
    return (this._node.attrs.BORDER_COLOR as string | undefined) ?? '#000000';
  }
  setBorderColor(color: string): this {
    if (typeof color !== 'string') throw this._bad('setBorderColor', [color]);
    if (!COLOR.test(color)) throw exception(this.env, "Invalid argument: color [fake: colours are '#rrggbb']");
    this._node.attrs.BORDER_COLOR = color;
    return this;
  }
  getColumnWidth(columnIndex: number): number | null {
    if (!isWholeNumber(columnIndex)) throw this._bad('getColumnWidth', [columnIndex]);
    return this._node.columnWidths[columnIndex] ?? null;
  }
  setColumnWidth(columnIndex: number, width: number): this {
    const args = [columnIndex, width];
    if (!isWholeNumber(columnIndex) || typeof width !== 'number' || width < 0) throw this._bad('setColumnWidth', args);
    const columns = Math.max(0, ...this._node.children.map((r) => r.children.length));
    if (columnIndex < 0 || columnIndex >= columns) throw childIndexError(this.env, columnIndex, columns);
    this._node.columnWidths[columnIndex] = width;
    return this;
  }
}
countElement(FakeTable, 'Table');

function emptyNode(kind: NodeKind): DocNode {
  return new DocNode(kind);
}

export class FakeTableRow extends FakeContainer {
  private _cellIndex(method: string, cellIndex: unknown): DocNode {
    if (!isWholeNumber(cellIndex)) throw this._bad(method, [cellIndex]);
    const cell = this._node.children[cellIndex];
    if (!cell || cellIndex < 0) throw childIndexError(this.env, cellIndex, this._node.children.length);
    return cell;
  }
  private _newCell(method: string, args: unknown[], v: unknown): DocNode {
    if (v === undefined || v === null) return cellNode('');
    if (typeof v === 'string') return cellNode(v);
    return detachedArg(this.env, this._m(method), args, v, 'TABLE_CELL');
  }
  getCell(cellIndex: number): FakeTableCell {
    return wrap(this.env, this._cellIndex('getCell', cellIndex)) as FakeTableCell;
  }
  getNumCells(): number {
    return this._node.children.length;
  }
  getParentTable(): FakeTable | null {
    const table = this._node.parent;
    return table ? (wrap(this.env, table) as FakeTable) : null;
  }
  appendTableCell(textContentsOrCell?: string | FakeTableCell | null): FakeTableCell {
    const args = textContentsOrCell === undefined ? [] : [textContentsOrCell];
    return wrap(this.env, append(this._node, this._newCell('appendTableCell', args, textContentsOrCell))) as FakeTableCell;
  }
  insertTableCell(childIndex: number, textContentsOrCell?: string | FakeTableCell | null): FakeTableCell {
    const args = textContentsOrCell === undefined ? [childIndex] : [childIndex, textContentsOrCell];
    const index = this._insertIndex('insertTableCell', args);
    return wrap(this.env, insertAt(this._node, index, this._newCell('insertTableCell', args, textContentsOrCell))) as FakeTableCell;
  }
  removeCell(cellIndex: number): FakeTableCell {
    const cell = this._cellIndex('removeCell', cellIndex);
    detach(cell);
    return wrap(this.env, cell) as FakeTableCell;
  }
  getMinimumHeight(): number {
    return (this._node.attrs.MINIMUM_HEIGHT as number | undefined) ?? 0;
  }
  setMinimumHeight(minHeight: number): this {
    if (typeof minHeight !== 'number' || minHeight < 0) throw this._bad('setMinimumHeight', [minHeight]);
    this._node.attrs.MINIMUM_HEIGHT = minHeight;
    return this;
  }
}
countElement(FakeTableRow, 'TableRow');

export class FakeTableCell extends FakeSection {
  private _setNumber(method: string, name: AttributeName, v: unknown): this {
    if (typeof v !== 'number' || v < 0) throw this._bad(method, [v]);
    this._node.attrs[name] = v;
    return this;
  }
  getParentRow(): FakeTableRow | null {
    const row = this._node.parent;
    return row ? (wrap(this.env, row) as FakeTableRow) : null;
  }
  getParentTable(): FakeTable | null {
    const table = this._node.parent?.parent;
    return table ? (wrap(this.env, table) as FakeTable) : null;
  }
  getBackgroundColor(): string | null {
    return (this._node.attrs.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  setBackgroundColor(color: string): this {
    if (typeof color !== 'string') throw this._bad('setBackgroundColor', [color]);
    if (!COLOR.test(color)) throw exception(this.env, "Invalid argument: color [fake: colours are '#rrggbb']");
    this._node.attrs.BACKGROUND_COLOR = color;
    return this;
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
  getWidth(): number | null {
    return (this._node.attrs.WIDTH as number | undefined) ?? null;
  }
  setWidth(width: number): this {
    return this._setNumber('setWidth', 'WIDTH', width);
  }
  getPaddingTop(): number | null {
    return (this._node.attrs.PADDING_TOP as number | undefined) ?? null;
  }
  setPaddingTop(paddingTop: number): this {
    return this._setNumber('setPaddingTop', 'PADDING_TOP', paddingTop);
  }
  getPaddingBottom(): number | null {
    return (this._node.attrs.PADDING_BOTTOM as number | undefined) ?? null;
  }
  setPaddingBottom(paddingBottom: number): this {
    return this._setNumber('setPaddingBottom', 'PADDING_BOTTOM', paddingBottom);
  }
  getPaddingLeft(): number | null {
    return (this._node.attrs.PADDING_LEFT as number | undefined) ?? null;
  }
  setPaddingLeft(paddingLeft: number): this {
    return this._setNumber('setPaddingLeft', 'PADDING_LEFT', paddingLeft);
  }
  getPaddingRight(): number | null {
    return (this._node.attrs.PADDING_RIGHT as number | undefined) ?? null;
  }
  setPaddingRight(paddingRight: number): this {
    return this._setNumber('setPaddingRight', 'PADDING_RIGHT', paddingRight);
  }
  getVerticalAlignment(): EnumValue | null {
    return fromModel('VERTICAL_ALIGNMENT', this._node.attrs.VERTICAL_ALIGNMENT) as EnumValue | null;
  }
  setVerticalAlignment(alignment: EnumValue): this {
    if (enumType(alignment) !== 'VerticalAlignment') throw this._bad('setVerticalAlignment', [alignment]);
    this._node.attrs.VERTICAL_ALIGNMENT = alignment.name();
    return this;
  }
}
countElement(FakeTableCell, 'TableCell');

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
      throw exception(this.env, `Index (${v}) must be less than ${inclusiveEnd ? '' : 'or equal to '}the content length (${length}).`);
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
    if (end < start) throw exception(this.env, `Invalid argument: endOffsetInclusive (${end}) is before startOffset (${start}).`);
    styleRange(this._node, start, end, { [name]: args[2] });
    return this;
  }
  private _read(method: string, args: unknown[], name: AttributeName): unknown {
    if (args.length === 0) {
      const values = new Set(layout(this._node).blocks.flatMap((b) => b.runs.flatMap((r) => r.node.styles.map((s) => s[name] ?? null))));
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
    } else {
      (wrap(this.env, this._node) as FakeSection).setText(text);
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
    if (end < start) throw exception(this.env, `Invalid argument: endOffsetInclusive (${end}) is before startOffset (${start}).`);
    if (deleteRange(this._node, start, end) === 'crosses-paragraphs') {
      throw exception(this.env, 'Invalid argument: endOffsetInclusive [fake: deleting across paragraphs is not modelled]');
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
    const style = offset === undefined ? styleAt(this._node, 0) : styleAt(this._node, this._offset('getAttributes', [offset], offset, true));
    for (const name of TEXT_ATTRIBUTES) out[name] = style?.[name] ?? null;
    return out;
  }
  setAttributes(...args: unknown[]): this {
    if (args.length === 1) return super.setAttributes(args[0] as Record<string, unknown>);
    const [start, end, attributes] = args;
    if (args.length !== 3 || typeof attributes !== 'object' || attributes === null) throw this._bad('setAttributes', args);
    const s = this._offset('setAttributes', args, start, true);
    const e = this._offset('setAttributes', args, end, true);
    const patch: CharStyle = {};
    for (const [key, value] of Object.entries(attributes as Record<string, unknown>)) {
      if (!(TEXT_ATTRIBUTES as readonly string[]).includes(key)) {
        if ((ATTRIBUTE_NAMES as readonly string[]).includes(key)) continue;
        throw this._bad('setAttributes', args, `unknown attribute ${key}`);
      }
      patch[key as AttributeName] = toModel(this.env, this._m('setAttributes'), attributes, key as AttributeName, value);
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
    return this._read('isStrikethrough', offset === undefined ? [] : [offset], 'STRIKETHROUGH') as boolean | null;
  }
  setForegroundColor(...args: unknown[]): this {
    this._colorCheck(args);
    return this._style('setForegroundColor', args, 'FOREGROUND_COLOR', isStringOrNull);
  }
  getForegroundColor(offset?: number): string | null {
    return this._read('getForegroundColor', offset === undefined ? [] : [offset], 'FOREGROUND_COLOR') as string | null;
  }
  setBackgroundColor(...args: unknown[]): this {
    this._colorCheck(args);
    return this._style('setBackgroundColor', args, 'BACKGROUND_COLOR', isStringOrNull);
  }
  getBackgroundColor(offset?: number): string | null {
    return this._read('getBackgroundColor', offset === undefined ? [] : [offset], 'BACKGROUND_COLOR') as string | null;
  }
  setLinkUrl(...args: unknown[]): this {
    return this._style('setLinkUrl', args, 'LINK_URL', isStringOrNull);
  }
  getLinkUrl(offset?: number): string | null {
    return this._read('getLinkUrl', offset === undefined ? [] : [offset], 'LINK_URL') as string | null;
  }
  setFontSize(...args: unknown[]): this {
    return this._style('setFontSize', args, 'FONT_SIZE', (v) => v === null || (typeof v === 'number' && v > 0));
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
    if (typeof color === 'string' && !COLOR.test(color)) throw exception(this.env, "Invalid argument: color [fake: colours are '#rrggbb']");
  }
  removeFromParent(): this {
    if (this._node.kind !== 'TEXT') throw exception(this.env, 'Element does not have a parent. [fake: the Text of editAsText() is a view, not a child element]');
    return super.removeFromParent();
  }
  copy(): FakeText {
    if (this._node.kind === 'TEXT') return wrap(this.env, cloneNode(this._node)) as FakeText;
    return new FakeText(this.env, cloneNode(this._node));
  }
}
countElement(FakeText, 'Text');

function isBoolOrNull(v: unknown): boolean {
  return v === null || typeof v === 'boolean';
}
function isStringOrNull(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

export class FakeHorizontalRule extends FakeElement {}
countElement(FakeHorizontalRule, 'HorizontalRule');

export class FakePageBreak extends FakeElement {}
countElement(FakePageBreak, 'PageBreak');

/**
 * Copies every method of the class chain (up to FakeElement) onto the concrete class, drops those the
 * Apps Script class lacks, then counts them under the Apps Script class name.
 */
function countElement(cls: { prototype: object; name: string }, typeName: string, absent: readonly string[] = []): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (let p = Object.getPrototypeOf(proto) as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === 'constructor' || Object.prototype.hasOwnProperty.call(proto, name)) continue;
      const desc = Object.getOwnPropertyDescriptor(p, name)!;
      Object.defineProperty(proto, name, desc);
    }
  }
  for (const name of absent) Object.defineProperty(proto, name, { value: undefined, configurable: true, writable: true });
  countMethods(cls, typeName);
}
