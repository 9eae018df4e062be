/**
 * What every element class of the DocumentApp fake shares: the handle over a DocNode, casts, parent
 * and siblings, attributes, copy and removal; and countElement, which counts each method under the
 * Apps Script class name even when it is inherited from a base class here.
 */
import { countMethods } from '../../calls';
import type { FakeEnv } from '../../env';
import { badArgs, exception, isRecord } from '../../env';
import type { EnumValue } from '../../enums';
import type { AttributeName } from '../enums';
import {
  ATTRIBUTE_NAMES,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  VerticalAlignment,
} from '../enums';
import type { CharStyle, DocNode, NodeKind } from '../model';
import { cloneNode, detach, isAttached, isTextBlock, preorder } from '../model';
import { styleRange } from '../textLayout';
import type { FakeHorizontalRule, FakePageBreak } from './leaves';
import type { FakeListItem, FakeParagraph } from './paragraph';
import type { FakeBody } from './section';
import type { FakeTable, FakeTableCell, FakeTableRow } from './table';
import type { FakeText } from './text';

export const TEXT_ATTRIBUTES: readonly AttributeName[] = [
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
  'FONT_FAMILY',
  'FONT_SIZE',
  'CODE',
];

/** Element-level attributes each kind keeps (the rest of a setAttributes call styles its text). */
const ELEMENT_ATTRIBUTES: Partial<Record<NodeKind, readonly AttributeName[]>> = {
  PARAGRAPH: [
    'HEADING',
    'HORIZONTAL_ALIGNMENT',
    'INDENT_END',
    'INDENT_FIRST_LINE',
    'INDENT_START',
    'LINE_SPACING',
    'SPACING_AFTER',
    'SPACING_BEFORE',
    'LEFT_TO_RIGHT',
  ],
  LIST_ITEM: [
    'HEADING',
    'HORIZONTAL_ALIGNMENT',
    'INDENT_END',
    'INDENT_FIRST_LINE',
    'INDENT_START',
    'LINE_SPACING',
    'SPACING_AFTER',
    'SPACING_BEFORE',
    'LEFT_TO_RIGHT',
    'NESTING_LEVEL',
    'GLYPH_TYPE',
    'LIST_ID',
  ],
  TABLE: ['BORDER_COLOR', 'BORDER_WIDTH'],
  TABLE_ROW: ['MINIMUM_HEIGHT'],
  TABLE_CELL: [
    'BACKGROUND_COLOR',
    'WIDTH',
    'PADDING_BOTTOM',
    'PADDING_LEFT',
    'PADDING_RIGHT',
    'PADDING_TOP',
    'VERTICAL_ALIGNMENT',
  ],
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

export const COLOR = /^#[0-9a-fA-F]{6}$/;

/** The element class that wraps each node kind (the classes register themselves, see registerElement). */
export interface ElementOf {
  BODY_SECTION: FakeBody;
  PARAGRAPH: FakeParagraph;
  LIST_ITEM: FakeListItem;
  TABLE: FakeTable;
  TABLE_ROW: FakeTableRow;
  TABLE_CELL: FakeTableCell;
  TEXT: FakeText;
  HORIZONTAL_RULE: FakeHorizontalRule;
  PAGE_BREAK: FakePageBreak;
}

type ElementClasses = { [K in NodeKind]?: new (env: FakeEnv, node: DocNode) => ElementOf[K] };
const classes: ElementClasses = {};

/** Each element module registers its class for the node kind it wraps. */
export function registerElement<K extends NodeKind>(kind: K, cls: NonNullable<ElementClasses[K]>): void {
  classes[kind] = cls;
}

/**
 * Wraps a node of kind `kind` in a new handle of its class, typed as that class. The node must be of
 * that kind: callers name the kind of a node they made or checked, so a mismatch is a fake bug.
 */
export function wrapAs<K extends NodeKind>(env: FakeEnv, node: DocNode, kind: K): ElementOf[K] {
  if (node.kind !== kind) throw new Error(`Fake: expected a ${kind} node, got a ${node.kind}`);
  const cls = classes[kind];
  if (!cls)
    throw new Error(
      `Fake: no element class registered for ${kind} (import ../elements, not a single module)`,
    );
  return new cls(env, node);
}

/** Wraps a node in a new handle of its class. */
export function wrap(env: FakeEnv, node: DocNode): FakeElement {
  return wrapAs(env, node, node.kind);
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
  protected _cast<K extends NodeKind>(kind: K): ElementOf[K] {
    if (this._node.kind !== kind) {
      throw exception(
        this.env,
        `Cannot cast ${TYPE_NAMES[this._node.kind]} to ${TYPE_NAMES[kind]}. [fake: as${TYPE_NAMES[kind]}() on a ${this._node.kind}]`,
      );
    }
    return wrapAs(this.env, this._node, kind);
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
  /** What Apps Script prints for the object (not counted). */
  toString(): string {
    return this._node.kind === 'BODY_SECTION' ? 'DocumentBodySection' : TYPE_NAMES[this._node.kind];
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
    for (let n = this._node; n.parent; n = n.parent)
      if (n.parent.children[n.parent.children.length - 1] !== n) return false;
    return true;
  }
  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const own = ELEMENT_ATTRIBUTES[this._node.kind] ?? [];
    for (const name of own) out[name] = fromModel(name, this._node.attrs[name]);
    // A text attribute reads as set when every character of the element has it (null otherwise).
    const styles = preorder(this._node).flatMap((n) => (n.kind === 'TEXT' ? n.styles : []));
    for (const name of TEXT_ATTRIBUTES) {
      if (name in out) continue;
      const first = styles[0]?.[name] ?? null;
      out[name] = first !== null && styles.every((s) => s[name] === first) ? first : null;
    }
    return out;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    if (!isRecord(attributes)) throw this._bad('setAttributes', [attributes]);
    applyAttributes(this.env, this._node, this._m('setAttributes'), attributes);
    return this;
  }
  copy(): FakeElement {
    return wrap(this.env, cloneNode(this._node));
  }
  /** copy() typed as the element's own class, which each class's copy() returns in Apps Script. */
  protected _copyAs<K extends NodeKind>(kind: K): ElementOf[K] {
    return wrapAs(this.env, cloneNode(this._node), kind);
  }
  removeFromParent(): this {
    const parent = this._node.parent;
    if (!parent)
      throw exception(
        this.env,
        `Element does not have a parent. [fake: ${TYPE_NAMES[this._node.kind]} was already removed]`,
      );
    checkRemovable(this.env, this._node, parent);
    detach(this._node);
    return this;
  }
}

/** Every attribute value is checked the way Apps Script would reject it (wrong type, unknown name). */
function applyAttributes(
  env: FakeEnv,
  node: DocNode,
  method: string,
  attributes: Record<string, unknown>,
): void {
  const own = ELEMENT_ATTRIBUTES[node.kind] ?? [];
  const textPatch: CharStyle = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!(ATTRIBUTE_NAMES as readonly string[]).includes(key))
      throw badArgs(env, method, [attributes], `unknown attribute ${key}`);
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

export function toModel(
  env: FakeEnv,
  method: string,
  attributes: unknown,
  name: AttributeName,
  value: unknown,
): unknown {
  if (value === null) return null;
  const enumOf = ENUM_ATTRIBUTES[name];
  if (enumOf) {
    if (!Object.values(enumOf).includes(value as EnumValue))
      throw badArgs(env, method, [attributes], `${name} must be a DocumentApp enum value`);
    return (value as EnumValue).name();
  }
  if (['BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'LEFT_TO_RIGHT', 'CODE'].includes(name)) {
    if (typeof value !== 'boolean') throw badArgs(env, method, [attributes], `${name} must be a boolean`);
    return value;
  }
  if (name.endsWith('_COLOR')) {
    if (typeof value !== 'string' || !COLOR.test(value))
      throw exception(env, `Invalid argument: ${name.toLowerCase()} [fake: colours are '#rrggbb']`);
    return value;
  }
  if (name === 'LINK_URL' || name === 'FONT_FAMILY' || name === 'LIST_ID') {
    if (typeof value !== 'string') throw badArgs(env, method, [attributes], `${name} must be a string`);
    return value;
  }
  if (typeof value !== 'number' || Number.isNaN(value))
    throw badArgs(env, method, [attributes], `${name} must be a number`);
  return value;
}

export function fromModel(name: AttributeName, value: unknown): unknown {
  if (value === undefined || value === null) {
    if (name === 'HEADING') return ParagraphHeading.NORMAL;
    return null;
  }
  const enumOf = ENUM_ATTRIBUTES[name];
  return enumOf ? (enumOf[value as string] ?? null) : value;
}

/** Docs keeps a paragraph at the end of every section (body, cell): that one cannot go. */
export function checkRemovable(env: FakeEnv, node: DocNode, parent: DocNode): void {
  const last = parent.children[parent.children.length - 1] === node;
  if (last && isTextBlock(node) && (parent.kind === 'BODY_SECTION' || parent.kind === 'TABLE_CELL')) {
    throw exception(env, "Can't remove the last paragraph in a document section.");
  }
}

export function childIndexError(env: FakeEnv, index: unknown, count: number): Error {
  return exception(
    env,
    `Child index (${String(index)}) must be less than the number of child elements (${count}).`,
  );
}

export function textArg(env: FakeEnv, method: string, args: unknown[], v: unknown): string {
  if (typeof v !== 'string') throw badArgs(env, method, args);
  return v;
}

/** A detached element of the right kind, for insertParagraph(i, paragraph) and friends. */
export function detachedArg(
  env: FakeEnv,
  method: string,
  args: unknown[],
  v: unknown,
  kind: NodeKind,
): DocNode {
  if (!(v instanceof FakeElement) || v._node.kind !== kind) throw badArgs(env, method, args);
  if (v._node.parent) throw exception(env, 'Element must be detached.');
  return v._node;
}

/** string[][] with at least one row, every row the same non-zero length, strings only. */

/**
 * Copies every method of the class chain (up to FakeElement) onto the concrete class, drops those the
 * Apps Script class lacks, then counts them under the Apps Script class name.
 */
export function countElement(
  cls: { prototype: object; name: string },
  typeName: string,
  absent: readonly string[] = [],
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (
    let p = Object.getPrototypeOf(proto) as object | null;
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p) as object | null
  ) {
    for (const [name, desc] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
      if (name === 'constructor' || Object.prototype.hasOwnProperty.call(proto, name)) continue;
      Object.defineProperty(proto, name, desc);
    }
  }
  for (const name of absent)
    Object.defineProperty(proto, name, { value: undefined, configurable: true, writable: true });
  countMethods(cls, typeName, ['toString']);
}
