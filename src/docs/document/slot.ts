/**
 * Failing half way (docs/architecture.md): every write of a block, an insert, a replace or a
 * refresh, happens inside a slot, so that a run stopped half way leaves nothing the next run cannot
 * recognise.
 *
 * A slot is a named range `careergrowth.writing.<kind>...` (core/conversation/blockName.ts) over
 * the two elements on either side of where the block stands: the one before it (a person's
 * paragraph, another block's last element) and the one after it. It is the first thing a write
 * adds and the last thing it removes. In between, everything the write inserts lands between the
 * two anchors, and Docs grows a named range over what is inserted inside it, so at every moment
 * the elements strictly between the anchors are exactly the block's: old ones not yet removed, new
 * ones already written. A run that finds a slot therefore knows where a block was being written and
 * that everything inside is ours: it removes it and writes the block there again, without asking
 * whether a person edited it (nobody has seen a finished block there).
 *
 * At the very top of the body there is nothing before the block: the slot then covers only the
 * element after it, and the block is everything above that element (`head`). A block that would end
 * the body first gets an empty paragraph after it, as Docs keeps a paragraph last in a body anyway.
 */
import { formatWritingName } from '../../core/conversation/blockName';
import type { BlockKind } from '../../core/conversation/block';
import type { SlotRef } from './blocks';
import { childIndexIfChild } from './elements';
import type { BlockHost } from './tabs';

type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;
type NamedRange = GoogleAppsScript.Document.NamedRange;

/** A slot found in the tab, with the body children it holds. */
export interface FoundSlot extends SlotRef {
  /** The half-written block is body children from..to; to < from when it holds none. */
  from: number;
  to: number;
  /** The elements either side (`before` null at the head of the body). */
  anchors: { before: Element | null; after: Element };
}

/**
 * Where a slot's block is: the index of its anchors, from the range's first and last elements
 * (a few calls whatever the block holds). Null for a slot whose anchors are gone, which is left be.
 */
export function readSlot(body: Body, ref: SlotRef): FoundSlot | null {
  const elements = ref.range.getRange().getRangeElements();
  const last = elements[elements.length - 1];
  const first = elements[0];
  if (!first || !last) return null;
  const afterElement = last.getElement();
  const after = childIndexIfChild(body, afterElement);
  if (after === null) return null;
  if (ref.parsed.head)
    return { ...ref, from: 0, to: after - 1, anchors: { before: null, after: afterElement } };
  const beforeElement = elements.length === 1 ? afterElement : first.getElement();
  const before = elements.length === 1 ? after : childIndexIfChild(body, beforeElement);
  if (before === null) return null;
  return { ...ref, from: before + 1, to: after - 1, anchors: { before: beforeElement, after: afterElement } };
}

/**
 * Removes what a slot holds and the slot itself: the unfinished block of another kind, when the
 * block next to it is about to be written afresh (its anchor would go, and the slot lose track of
 * its block). That block is written again by its own insert, at the cursor.
 */
export function clearSlot(body: Body, slot: FoundSlot): void {
  for (let i = slot.to; i >= slot.from; i--) body.getChild(i).removeFromParent();
  slot.range.remove();
}

/** The elements either side of body children from..to; `after` is null when they end the body. */
export interface Anchors {
  before: Element | null;
  after: Element | null;
}

/** Reads the anchors of body children from..to (to = from - 1 for a place between two children). */
export function readAnchors(body: Body, from: number, to: number, children: number): Anchors {
  return {
    before: from > 0 ? body.getChild(from - 1) : null,
    after: to + 1 < children ? body.getChild(to + 1) : null,
  };
}

/** True when a block of ours (an old one being replaced, say) starts inside what the slot holds. */
export function holds(slot: FoundSlot, block: { first: number }): boolean {
  return block.first >= slot.from && block.first <= slot.to;
}

/** The slots of a tab with where they are; reads only when there are any (a run stopped half way). */
export function readSlots(body: Body, refs: readonly SlotRef[]): FoundSlot[] {
  return refs.flatMap((ref) => readSlot(body, ref) ?? []).sort((a, b) => a.from - b.from);
}

/** True when a block inserted at `index` would land inside the slot's block. */
export function insideSlot(slot: FoundSlot, index: number): boolean {
  return slot.from <= index && index <= slot.to + 1;
}

/**
 * Opens a slot over the anchors (adding the paragraph after when the block would end the body):
 * the first write of every block write. Returns its range, to remove once the block is named.
 */
export function openSlot(
  tab: BlockHost,
  body: Body,
  anchors: Anchors,
  slot: { kind: BlockKind; params: readonly string[]; replacing: boolean },
): NamedRange {
  // Set explicitly: a paragraph added after a heading would otherwise inherit it.
  const after = anchors.after ?? body.appendParagraph('').setHeading(DocumentApp.ParagraphHeading.NORMAL);
  const head = anchors.before === null;
  const builder = tab.newRange();
  const range = anchors.before
    ? builder.addElementsBetween(anchors.before, after)
    : builder.addElement(after);
  const name = formatWritingName({ ...slot, head, params: [...slot.params] });
  return tab.addNamedRange(name, range.build());
}
