/**
 * Where a new block goes: after the top-level element holding the cursor (after the whole block
 * when the cursor is inside one of ours), or at the end of the body when there is no cursor in it.
 */
import { blockSpan, type BlockRef } from './blocks';
import { bodyIndexOf } from './elements';

type Body = GoogleAppsScript.Document.Body;
type Document = GoogleAppsScript.Document.Document;

/**
 * The child index right after the cursor's top-level element, or null without a usable cursor.
 * Other blocks are asked only where they are (blockSpan), never what they say.
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

/**
 * The index to insert at. Never the very end: Docs keeps a paragraph last in the body, so a block
 * that would end the body goes before a trailing empty paragraph, added first when there is none.
 */
export function insertionIndex(document: Document, body: Body, blocks: readonly BlockRef[]): number {
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
