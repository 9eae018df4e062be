/**
 * A tab's state: its body and its named ranges. Named ranges follow their elements: an element that
 * leaves the body leaves the range, a range left with no element disappears (as in Docs), and an
 * element inserted between two elements of a range joins it (content typed inside a range grows it).
 */
import type { BodyOwner } from './model';
import { DocNode, isInside } from './model';
import { at } from '../must';

export interface RangeEntry {
  node: DocNode;
  /** -1 for a whole element; character offsets for part of a Text element. */
  start: number;
  end: number;
}

export class NamedRangeRecord {
  removed = false;
  constructor(
    readonly id: string,
    readonly name: string,
    readonly entries: RangeEntry[],
  ) {}
}

export interface DocumentIds {
  _nextNamedRangeId(): string;
}

export class TabModel implements BodyOwner {
  readonly body = new DocNode('BODY_SECTION');
  namedRanges: NamedRangeRecord[] = [];
  children: TabModel[] = [];
  parent: TabModel | null = null;

  constructor(
    readonly id: string,
    public title: string,
    readonly ids: DocumentIds,
  ) {
    this.body.owner = this;
  }

  contains(node: DocNode): boolean {
    return isInside(node, this.body);
  }

  liveEntries(record: NamedRangeRecord): RangeEntry[] {
    return record.entries.filter((e) => this.contains(e.node));
  }

  /** The named ranges still in the tab (those whose elements are all gone are dropped here). */
  live(): NamedRangeRecord[] {
    for (const record of this.namedRanges) if (this.liveEntries(record).length === 0) record.removed = true;
    this.namedRanges = this.namedRanges.filter((r) => !r.removed);
    return this.namedRanges;
  }

  /** Removed content is deleted text in Docs: putting the element back later does not restore the range. */
  _afterDetach(node: DocNode): void {
    for (const record of this.namedRanges) {
      const kept = record.entries.filter((e) => !isInside(e.node, node));
      record.entries.splice(0, record.entries.length, ...kept);
      if (kept.length === 0) record.removed = true;
    }
    this.namedRanges = this.namedRanges.filter((r) => !r.removed);
  }

  _afterInsert(parent: DocNode, index: number): void {
    const inserted = at(parent.children, index, 'inserted child');
    const before = parent.children[index - 1];
    const after = parent.children[index + 1];
    if (!before || !after) return;
    for (const record of this.namedRanges) {
      const whole = (n: DocNode) => record.entries.some((e) => e.node === n && e.start < 0);
      if (whole(before) && whole(after)) record.entries.push({ node: inserted, start: -1, end: -1 });
    }
  }
}
