/**
 * Range, RangeBuilder, RangeElement, NamedRange and Position of the DocumentApp fake. Ranges hold whole
 * elements (or part of a Text element); getRangeElements lists them in document order.
 */
import { countMethods } from '../calls';
import type { FakeEnv } from '../env';
import { badArgs, exception, isWholeNumber } from '../env';
import { FakeElement, FakeText, setRangeElementFactory, wrap, wrapAs } from './elements';
import type { DocNode } from './model';
import { cloneNode, compareDocumentOrder, isInside, isTextBlock, preorder } from './model';
import type { NamedRangeRecord, RangeEntry, TabModel } from './tabModel';
import { insertText } from './textLayout';
import { at } from '../must';

export class FakeRangeElement {
  readonly _typeName = 'DocumentApp.RangeElement';
  constructor(
    private readonly env: FakeEnv,
    private readonly entry: RangeEntry,
  ) {}
  _calls() {
    return this.env.calls;
  }
  toString(): string {
    return 'RangeElement';
  }
  getElement(): FakeElement {
    return wrap(this.env, this.entry.node);
  }
  getStartOffset(): number {
    return this.entry.start;
  }
  getEndOffsetInclusive(): number {
    return this.entry.end;
  }
  isPartial(): boolean {
    return this.entry.start >= 0;
  }
}
countMethods(FakeRangeElement, 'RangeElement', ['toString']);
setRangeElementFactory((env, node, start, end) => new FakeRangeElement(env, { node, start, end }));

/** Sorted into document order; an element inside another whole element of the range is dropped. */
function normalise(entries: readonly RangeEntry[]): RangeEntry[] {
  const unique: RangeEntry[] = [];
  for (const e of entries) {
    if (!unique.some((u) => u.node === e.node && u.start === e.start && u.end === e.end)) unique.push(e);
  }
  const wholes = unique.filter((e) => e.start < 0).map((e) => e.node);
  return unique
    .filter((e) => !wholes.some((w) => w !== e.node && isInside(e.node, w)))
    .sort((a, b) => compareDocumentOrder(a.node, b.node) || a.start - b.start);
}

export class FakeDocRange {
  readonly _typeName = 'DocumentApp.Range';
  constructor(
    private readonly env: FakeEnv,
    readonly _entries: readonly RangeEntry[],
    readonly _tab: TabModel,
  ) {}
  _calls() {
    return this.env.calls;
  }
  toString(): string {
    return 'Range';
  }
  getRangeElements(): FakeRangeElement[] {
    return normalise(this._entries).map((e) => new FakeRangeElement(this.env, e));
  }
}
countMethods(FakeDocRange, 'Range', ['toString']);

const RB = 'DocumentApp.RangeBuilder';

export class FakeRangeBuilder {
  readonly _typeName = RB;
  private entries: RangeEntry[] = [];
  constructor(
    private readonly env: FakeEnv,
    private readonly tab: TabModel,
  ) {}
  _calls() {
    return this.env.calls;
  }
  toString(): string {
    return 'RangeBuilder';
  }
  /** The element must be in this tab's body: a removed element or one of another tab is refused. */
  private _inTab(method: string, args: unknown[], element: unknown): DocNode {
    if (!(element instanceof FakeElement)) throw badArgs(this.env, `${RB}.${method}`, args);
    if (!this.tab.contains(element._node)) {
      throw exception(
        this.env,
        `Invalid argument: element [fake: ${RB}.${method} got an element that is not in this tab's body (removed, a copy, or another tab)]`,
      );
    }
    return element._node;
  }
  private _textOffsets(method: string, args: unknown[], node: DocNode, start: unknown, end: unknown): void {
    if (node.kind !== 'TEXT' || !isWholeNumber(start) || !isWholeNumber(end))
      throw badArgs(this.env, `${RB}.${method}`, args);
    if (start < 0 || end < start || end >= node.chars.length) {
      throw exception(
        this.env,
        `Invalid argument: offsets (${start}, ${end}) for a text of length ${node.chars.length}`,
      );
    }
  }
  addElement(...args: unknown[]): this {
    const node = this._inTab('addElement', args, args[0]);
    if (args.length === 1) {
      this.entries.push({ node, start: -1, end: -1 });
    } else if (args.length === 3) {
      this._textOffsets('addElement', args, node, args[1], args[2]);
      this.entries.push({ node, start: args[1] as number, end: args[2] as number });
    } else {
      throw badArgs(this.env, `${RB}.addElement`, args);
    }
    return this;
  }
  addElementsBetween(...args: unknown[]): this {
    const partial = args.length === 4;
    if (args.length !== 2 && !partial) throw badArgs(this.env, `${RB}.addElementsBetween`, args);
    const first = this._inTab('addElementsBetween', args, args[0]);
    const last = this._inTab('addElementsBetween', args, partial ? args[2] : args[1]);
    if (compareDocumentOrder(first, last) > 0) {
      throw exception(this.env, 'Invalid argument: the start element must not come after the end element.');
    }
    const order = preorder(this.tab.body);
    const from = order.indexOf(first);
    let to = order.indexOf(last);
    while (to + 1 < order.length && isInside(at(order, to + 1), last)) to++;
    const picked = order.slice(from, to + 1).filter((n) => n !== this.tab.body);
    if (partial) {
      this._textOffsets('addElementsBetween', args, first, args[1], first.chars.length - 1);
      this._textOffsets('addElementsBetween', args, last, 0, args[3]);
    }
    for (const node of picked) {
      if (partial && node === first)
        this.entries.push({
          node,
          start: args[1] as number,
          end: first === last ? (args[3] as number) : node.chars.length - 1,
        });
      else if (partial && node === last) this.entries.push({ node, start: 0, end: args[3] as number });
      else this.entries.push({ node, start: -1, end: -1 });
    }
    return this;
  }
  addRange(range: FakeDocRange): this {
    if (!(range instanceof FakeDocRange)) throw badArgs(this.env, `${RB}.addRange`, [range]);
    if (range._tab !== this.tab)
      throw exception(this.env, 'Invalid argument: range [fake: the range belongs to another tab]');
    this.entries.push(...range._entries);
    return this;
  }
  getRangeElements(): FakeRangeElement[] {
    return normalise(this.entries).map((e) => new FakeRangeElement(this.env, e));
  }
  build(): FakeDocRange {
    return new FakeDocRange(this.env, normalise(this.entries), this.tab);
  }
}
countMethods(FakeRangeBuilder, 'RangeBuilder', ['toString']);

export class FakeNamedRange {
  readonly _typeName = 'DocumentApp.NamedRange';
  constructor(
    private readonly env: FakeEnv,
    private readonly tab: TabModel,
    readonly _record: NamedRangeRecord,
  ) {}
  _calls() {
    return this.env.calls;
  }
  toString(): string {
    return 'NamedRange';
  }
  getId(): string {
    return this._record.id;
  }
  getName(): string {
    return this._record.name;
  }
  /** Only the elements still in the tab; once none is left the named range is gone. */
  getRange(): FakeDocRange {
    this.tab.live();
    if (this._record.removed) {
      throw exception(
        this.env,
        `Invalid argument: the named range ${this._record.id} no longer exists. [fake: it was removed, or all its elements were]`,
      );
    }
    return new FakeDocRange(this.env, this.tab.liveEntries(this._record), this.tab);
  }
  /** Removing a named range leaves its content; removing it twice does nothing (as documented). */
  remove(): void {
    this._record.removed = true;
    this.tab.namedRanges = this.tab.namedRanges.filter((r) => r !== this._record);
  }
}
countMethods(FakeNamedRange, 'NamedRange', ['toString']);

/** The paragraph or list item holding a node (itself when it is one), or null. */
function enclosingBlock(node: DocNode): DocNode | null {
  for (let n: DocNode | null = node; n; n = n.parent) if (isTextBlock(n)) return n;
  return null;
}

export class FakePosition {
  readonly _typeName = 'DocumentApp.Position';
  constructor(
    private readonly env: FakeEnv,
    readonly _node: DocNode,
    readonly _offset: number,
  ) {}
  _calls() {
    return this.env.calls;
  }
  toString(): string {
    return 'Position';
  }
  /** A Text element (offset in characters) or a container (offset in child elements). */
  getElement(): FakeElement {
    return wrap(this.env, this._node);
  }
  getOffset(): number {
    return this._offset;
  }
  /** A detached copy of the enclosing paragraph's text ("artificial" in the reference): edits do not reach the document. */
  getSurroundingText(): FakeText {
    const block = enclosingBlock(this._node);
    return new FakeText(this.env, cloneNode(block ?? this._node));
  }
  getSurroundingTextOffset(): number {
    const block = enclosingBlock(this._node);
    if (!block) return 0;
    let offset = 0;
    for (const child of block.children) {
      if (child === this._node || isInside(this._node, child))
        return offset + (this._node.kind === 'TEXT' ? this._offset : 0);
      if (this._node === block && block.children.indexOf(child) >= this._offset) return offset;
      if (child.kind === 'TEXT') offset += child.chars.length;
    }
    return offset;
  }
  /** Inserts text at the position; null where text cannot go (between blocks of a body or cell). */
  insertText(text: string): FakeText | null {
    if (typeof text !== 'string') throw badArgs(this.env, 'DocumentApp.Position.insertText', [text]);
    if (this._node.kind === 'TEXT') {
      insertText(this._node, this._offset, text.replace(/\n/g, '\r'));
      return wrapAs(this.env, this._node, 'TEXT');
    }
    if (this._node.kind === 'PARAGRAPH' || this._node.kind === 'LIST_ITEM') {
      const block = wrapAs(this.env, this._node, this._node.kind);
      return block.insertText(Math.min(this._offset, this._node.children.length), text);
    }
    return null;
  }
}
countMethods(FakePosition, 'Position', ['toString']);
