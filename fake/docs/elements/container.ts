/** The methods every element with children shares (Body, Paragraph, ListItem, Table, TableRow, TableCell). */
import type { FakeEnv } from '../../env';
import { exception, isWholeNumber } from '../../env';
import type { EnumValue } from '../../enums';
import { enumType } from '../../enums';
import type { DocNode } from '../model';
import { detach, preorder, textOf } from '../model';
import { checkRemovable, childIndexError, FakeElement, wrap } from './base';
import { FakeText } from './text';
import { at } from '../../must';

export abstract class FakeContainer extends FakeElement {
  protected _index(method: string, childIndex: unknown): number {
    if (!isWholeNumber(childIndex)) throw this._bad(method, [childIndex]);
    if (childIndex < 0 || childIndex >= this._node.children.length)
      throw childIndexError(this.env, childIndex, this._node.children.length);
    return childIndex;
  }
  /** insertX(childIndex, ...) takes 0 to getNumChildren() (the end appends), with Apps Script's message beyond. */
  protected _insertIndex(method: string, args: unknown[]): number {
    const childIndex = args[0];
    if (!isWholeNumber(childIndex)) throw this._bad(method, args);
    const count = this._node.children.length;
    if (childIndex < 0 || childIndex > count) {
      throw exception(
        this.env,
        `Child index (${childIndex}) must be less than or equal to the number of child elements (${count}).`,
      );
    }
    return childIndex;
  }
  protected _ownChild(method: string, child: unknown): DocNode {
    if (!(child instanceof FakeElement)) throw this._bad(method, [child]);
    if (child._node.parent !== this._node)
      throw exception(this.env, 'Element does not contain the specified child element.');
    return child._node;
  }
  getNumChildren(): number {
    return this._node.children.length;
  }
  getChild(childIndex: number): FakeElement {
    return wrap(this.env, at(this._node.children, this._index('getChild', childIndex), 'child'));
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
    checkRemovable(this.env, node, this._node);
    detach(node);
    return this;
  }
  findText(searchPattern: string, from?: FakeRangeElementLike | null): FakeRangeElementLike | null {
    if (typeof searchPattern !== 'string') throw this._bad('findText', [searchPattern, from]);
    return findTextIn(this.env, this._node, searchPattern, from ?? null);
  }
  /** The next descendant of a type, in document order, after `from` when given. */
  findElement(elementType: EnumValue, from?: FakeRangeElementLike | null): FakeRangeElementLike | null {
    if (enumType(elementType) !== 'ElementType') throw this._bad('findElement', [elementType, from]);
    const order = preorder(this._node).slice(1);
    const start = from ? order.indexOf(from.getElement()._node) + 1 : 0;
    const found = order.slice(start).find((n) => n.kind === elementType.name());
    return found ? makeRangeElement(this.env, found, -1, -1) : null;
  }
}

/** What findText returns; ranges.ts has the full RangeElement (kept structural here to avoid a cycle). */
export interface FakeRangeElementLike {
  getElement(): FakeElement;
  getStartOffset(): number;
  getEndOffsetInclusive(): number;
  isPartial(): boolean;
}

export let makeRangeElement: (
  env: FakeEnv,
  node: DocNode,
  start: number,
  end: number,
) => FakeRangeElementLike = () => {
  throw new Error('ranges.ts not loaded');
};
export function setRangeElementFactory(factory: typeof makeRangeElement): void {
  makeRangeElement = factory;
}

/** Docs' findText takes a regular expression (RE2: no look-around, no back-references), per text run. */
export function findTextIn(
  env: FakeEnv,
  scope: DocNode,
  pattern: string,
  from: FakeRangeElementLike | null,
): FakeRangeElementLike | null {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'g');
  } catch {
    throw exception(env, `Invalid argument: searchPattern [fake: ${pattern} is not a regular expression]`);
  }
  const runs = preorder(scope).filter((n) => n.kind === 'TEXT');
  // After `from`: runs before its run are skipped, and its run is searched after its end.
  let after = from;
  for (const run of runs) {
    let searchFrom = 0;
    if (after) {
      const fromNode = after.getElement()._node;
      if (fromNode !== run) continue;
      searchFrom = after.getEndOffsetInclusive() + 1;
      after = null;
    }
    re.lastIndex = searchFrom;
    const m = re.exec(run.chars);
    if (m && m[0].length > 0) return makeRangeElement(env, run, m.index, m.index + m[0].length - 1);
  }
  return null;
}
