/**
 * Puts a block into a tab: replaces the tab's block of the same kind where it stands, or inserts a
 * new one at the cursor (or the end). Either way the new elements get one named range whose name
 * carries the fingerprint of their text as the document reports it.
 */
import type { BlockSpec } from '../../core/conversation/block';
import { blockFingerprint, formatBlockName } from '../../core/conversation/blockName';
import type { FoundBlock } from './blocks';
import { insertionIndex } from './placement';
import { renderBlock, type Inserted } from './render';
import type { BlockHost } from './tabs';

type Body = GoogleAppsScript.Document.Body;
type Document = GoogleAppsScript.Document.Document;
type Element = GoogleAppsScript.Document.Element;

export interface WrittenBlock {
  status: 'inserted' | 'replaced';
  name: string;
}

/**
 * Removes a block's old elements. The body's last child is never removed (Docs refuses to remove
 * the last paragraph of a section); it is emptied instead, which it can only be after a person's edits.
 */
function removeElements(body: Body, elements: readonly Element[], indexes: readonly number[]): void {
  const lastChild = body.getNumChildren() - 1;
  elements.forEach((element, i) => {
    if (indexes[i] === lastChild && element.getType() === DocumentApp.ElementType.PARAGRAPH) {
      element.asParagraph().setText('');
    } else {
      element.removeFromParent();
    }
  });
}

function nameRange(
  tab: BlockHost,
  inserted: readonly Inserted[],
  spec: BlockSpec,
  params: readonly string[],
): string {
  const name = formatBlockName({
    kind: spec.kind,
    fingerprint: blockFingerprint(inserted),
    params: [...params],
  });
  const builder = tab.newRange();
  for (const { element } of inserted) builder.addElement(element);
  tab.addNamedRange(name, builder.build());
  return name;
}

/** Writes the block in place of `existing` (when it still has elements) or as a new block. */
export function writeBlock(
  document: Document,
  tab: BlockHost,
  body: Body,
  blocks: readonly FoundBlock[],
  spec: BlockSpec,
  params: readonly string[],
  existing: FoundBlock | undefined,
): WrittenBlock {
  const start = existing?.indexes[0];
  if (existing && start !== undefined) {
    // The name goes while its elements are still there (a range left empty vanishes by itself);
    // new elements go in before the old ones are removed, so the body is never left empty.
    existing.range.remove();
    const childrenBefore = body.getNumChildren();
    const inserted = renderBlock(body, start, spec);
    // Measured, not counted: the body may have gained more children than the block's elements.
    const shift = body.getNumChildren() - childrenBefore;
    removeElements(
      body,
      existing.elements,
      existing.indexes.map((i) => i + shift),
    );
    return { status: 'replaced', name: nameRange(tab, inserted, spec, params) };
  }
  // A range whose text a person deleted entirely is only a name now; drop it and start afresh.
  existing?.range.remove();
  const inserted = renderBlock(body, insertionIndex(document, body, blocks), spec);
  return { status: 'inserted', name: nameRange(tab, inserted, spec, params) };
}
