/**
 * Where a new block goes: after the top-level element holding the cursor (after the whole block
 * when the cursor is inside one of ours), or at the end of the body when there is no cursor in it.
 */
import type { FoundBlock } from './blocks';
import { topLevelElement } from './elements';

type Body = GoogleAppsScript.Document.Body;
type Document = GoogleAppsScript.Document.Document;

/** The child index right after the cursor's top-level element, or null without a usable cursor. */
function afterCursor(document: Document, body: Body, blocks: readonly FoundBlock[]): number | null {
  const cursor = document.getCursor();
  if (!cursor) return null;
  const top = topLevelElement(cursor.getElement());
  if (!top) return null;
  let index: number;
  try {
    index = body.getChildIndex(top.element);
  } catch {
    // The cursor is in another part of the tab (a header, a footnote): not a place in the body.
    return null;
  }
  const holder = blocks.find((b) => b.indexes.includes(index));
  return (holder ? Math.max(...holder.indexes) : index) + 1;
}

/**
 * The index to insert at. Never the very end: Docs keeps a paragraph last in the body, so a block
 * that would end the body goes before a trailing empty paragraph, added first when there is none.
 */
export function insertionIndex(document: Document, body: Body, blocks: readonly FoundBlock[]): number {
  const children = body.getNumChildren();
  const index = afterCursor(document, body, blocks) ?? children;
  if (index < children) return index;
  const last = body.getChild(children - 1);
  if (last.getType() === DocumentApp.ElementType.PARAGRAPH && last.asParagraph().getText() === '')
    return children - 1;
  // Set explicitly: a paragraph added after a heading would otherwise inherit it.
  body.appendParagraph('').setHeading(DocumentApp.ParagraphHeading.NORMAL);
  return children;
}
