/**
 * Our blocks in one document tab: found only through named ranges with our prefix, checked for a
 * person's edits by comparing the text now inside with the fingerprint kept in the range's name.
 *
 * Listing the blocks reads only the names. A block's elements are read when that block is the one
 * being written (or every block is, for a refresh); where another block only matters as a place the
 * cursor may be in, its extent costs a few calls whatever its size. So an insert costs the same
 * whether the tab holds other blocks or not, give or take a call per named range.
 */
import type { BlockKind } from '../../core/conversation/block';
import {
  blockFingerprint,
  parseBlockName,
  parseWritingName,
  type BlockName,
  type WritingName,
} from '../../core/conversation/blockName';
import { childIndexIfChild, readElement, topLevelElement, typeLabel, type ReadElement } from './elements';
import type { BlockHost } from './tabs';

type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;
type NamedRange = GoogleAppsScript.Document.NamedRange;

/** A named range of ours, before anything inside it is read. */
export interface BlockRef {
  kind: BlockKind;
  name: string;
  parsed: BlockName;
  range: NamedRange;
}

export interface FoundBlock extends BlockRef {
  /** The body children the range covers, in document order, each once, with type and text. */
  elements: ReadElement[];
  /** Child indexes of the first and the last of them (-1 when there are none). */
  first: number;
  last: number;
  /** True when the elements are exactly the body children first..last. */
  contiguous: boolean;
  /** True when the text inside differs from what the add-on wrote (or part of it was deleted). */
  edited: boolean;
}

/** A slot of ours: where a block was being written when its run stopped (./slot.ts). */
export interface SlotRef {
  kind: BlockKind;
  name: string;
  parsed: WritingName;
  range: NamedRange;
}

/** Our named ranges in the tab, blocks and slots, in no particular order: one call per named range. */
export function listRanges(tab: BlockHost): { blocks: BlockRef[]; slots: SlotRef[] } {
  const blocks: BlockRef[] = [];
  const slots: SlotRef[] = [];
  for (const range of tab.getNamedRanges()) {
    const name = range.getName();
    const parsed = parseBlockName(name);
    if (parsed) {
      blocks.push({ kind: parsed.kind, name, parsed, range });
      continue;
    }
    const writing = parseWritingName(name);
    if (writing) slots.push({ kind: writing.kind, name, parsed: writing, range });
  }
  return { blocks, slots };
}

/** Our blocks in the tab, in no particular order: one call per named range, for its name. */
export function listBlocks(tab: BlockHost): BlockRef[] {
  return listRanges(tab).blocks;
}

/** What reading a block's elements finds, before comparing them with its name. */
type Located = Pick<FoundBlock, 'elements' | 'first' | 'last' | 'contiguous'>;

/** The body child index of an element of ours, or null when it is not one (then the slow path reads). */
const childIndex = childIndexIfChild;

/**
 * Every range element mapped to the body child holding it (a range may hold part of a text, or an
 * element a person put inside a table): exact whatever the range holds, at a few calls per element.
 */
function readSlowly(body: Body, elements: readonly Element[]): Located {
  const byIndex = new Map<number, { element: Element; label: string }>();
  for (const element of elements) {
    const top = topLevelElement(element);
    if (!top) continue;
    const index = body.getChildIndex(top.element);
    if (!byIndex.has(index)) byIndex.set(index, top);
  }
  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b);
  const indexes = ordered.map(([i]) => i);
  const first = indexes[0] ?? -1;
  const last = indexes[indexes.length - 1] ?? -1;
  return {
    elements: ordered.map(([, top]) => readElement(top.element, top.label)),
    first,
    last,
    contiguous: indexes.length > 0 && last - first + 1 === indexes.length,
  };
}

/**
 * Reads one block: each element's type and text (four calls an element) and the child indexes of
 * its first and last. Elements that are not whole body children send it down the exact slow path.
 */
export function readBlock(body: Body, ref: BlockRef): FoundBlock {
  const raw = ref.range
    .getRange()
    .getRangeElements()
    .map((rangeElement) => rangeElement.getElement());
  let read: Located | null = null;
  const elements: ReadElement[] = [];
  for (const element of raw) {
    const label = typeLabel(element.getType());
    if (label === 'other') break;
    elements.push(readElement(element, label));
  }
  const head = elements[0];
  const tail = elements[elements.length - 1];
  if (head && tail && elements.length === raw.length) {
    const first = childIndex(body, head.element);
    const last = elements.length === 1 ? first : childIndex(body, tail.element);
    if (first !== null && last !== null && last - first + 1 === elements.length)
      read = { elements, first, last, contiguous: true };
  }
  read ??=
    raw.length === 0 ? { elements: [], first: -1, last: -1, contiguous: false } : readSlowly(body, raw);
  const texts = read.elements.map(({ type, text }) => ({ type, text }));
  const edited = read.elements.length > 0 && blockFingerprint(texts) !== ref.parsed.fingerprint;
  return { ...ref, ...read, edited };
}

/** Orders blocks as they stand in the document; a block reduced to nothing comes last. */
export function inDocumentOrder(a: FoundBlock, b: FoundBlock): number {
  return (a.first < 0 ? Infinity : a.first) - (b.first < 0 ? Infinity : b.first);
}

/** Every block of ours in the tab, read, in document order (a block reduced to nothing has no elements). */
export function readBlocks(tab: BlockHost, body: Body, refs = listBlocks(tab)): FoundBlock[] {
  return refs.map((ref) => readBlock(body, ref)).sort(inDocumentOrder);
}

/**
 * Where a block is, without reading what it says: the index of its first element, and of its last
 * reckoned from how many elements it has (ranges we name cover every element between their first
 * and last). Null for a block reduced to nothing. Four calls whatever the block's size.
 */
export function blockSpan(
  body: Body,
  ref: BlockRef,
): { first: number; last: number; exactLast: () => number } | null {
  const rangeElements = ref.range.getRange().getRangeElements();
  const head = rangeElements[0];
  const tail = rangeElements[rangeElements.length - 1];
  if (!head || !tail) return null;
  const element = head.getElement();
  const first = childIndex(body, element) ?? topIndex(body, element);
  if (first === null) return null;
  return {
    first,
    last: first + rangeElements.length - 1,
    // Asked of the document only when it matters (the cursor is inside the block): two more calls.
    exactLast: () => {
      const last = tail.getElement();
      return childIndex(body, last) ?? topIndex(body, last) ?? first + rangeElements.length - 1;
    },
  };
}

function topIndex(body: Body, element: Element): number | null {
  const top = topLevelElement(element);
  return top ? childIndex(body, top.element) : null;
}
