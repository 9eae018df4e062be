/**
 * Where a new block goes: after the top-level element holding the cursor (after the whole block
 * when the cursor is inside one of ours), or at the end of the body when there is no cursor in it.
 */
import { blockSpan, type BlockRef } from './blocks';
import { bodyIndexOf } from './elements';
import { insideSlot, readAnchors, type Anchors, type FoundSlot } from './slot';

type Body = GoogleAppsScript.Document.Body;
type Document = GoogleAppsScript.Document.Document;

/**
 * The child index right after the cursor's top-level element, or null without a cursor in the
 * body. Other blocks are asked only where they are (blockSpan), never what they say. A cursor the
 * document cannot locate is a failure (thrown), not a reason to put the block somewhere else.
 */
function afterCursor(document: Document, body: Body, blocks: readonly BlockRef[]): number | null {
  const cursor = document.getCursor();
  if (!cursor) return null;
  const index = bodyIndexOf(body, cursor.getElement());
  if (index === null) return null;
  for (const block of blocks) {
    const span = blockSpan(body, block);
    if (span && span.first <= index && index <= span.last) return span.exactLast() + 1;
  }
  return index + 1;
}

/** Where a new block goes and the elements either side of it (the slot's anchors), read only. */
export interface InsertionPoint {
  index: number;
  anchors: Anchors;
}

/**
 * The index to insert at, and its anchors. Never the very end: Docs keeps a paragraph last in the
 * body, so a block that would end the body goes before a trailing empty paragraph, or gets one
 * after it (openSlot adds it). Never inside a slot another kind's block was being written in: the
 * new block goes after it, so finishing that block later cannot take this one with it.
 */
export function insertionPoint(
  document: Document,
  body: Body,
  blocks: readonly BlockRef[],
  slots: readonly FoundSlot[],
): InsertionPoint {
  const children = body.getNumChildren();
  let index = afterCursor(document, body, blocks) ?? children;
  if (index >= children) {
    const last = body.getChild(children - 1);
    const emptyLast =
      last.getType() === DocumentApp.ElementType.PARAGRAPH && last.asParagraph().getText() === '';
    index = emptyLast ? children - 1 : children;
  }
  for (const slot of [...slots].sort((a, b) => a.from - b.from))
    if (insideSlot(slot, index)) index = slot.to + 2;
  return { index, anchors: readAnchors(body, index, index - 1, children) };
}
