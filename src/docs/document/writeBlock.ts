/**
 * Puts a block into a tab: replaces the tab's block of the same kind where it stands, or inserts a
 * new one at the cursor (or the end). Either way the new elements get one named range whose name
 * carries the fingerprint of their text as the document reports it.
 *
 * A block whose elements still have the spec's shape (the same types in the same order) is
 * updated in place: changed texts are set, tables put in anew, everything else left as it is. Any
 * other block is written afresh before its old elements go.
 */
import type { BlockSpec } from '../../core/conversation/block';
import { blockFingerprint, formatBlockName } from '../../core/conversation/blockName';
import { planInPlace, reportedText, type UpdateStep } from '../../core/conversation/blockUpdate';
import type { BlockRef, FoundBlock } from './blocks';
import { insertionIndex } from './placement';
import { insertTable, renderBlock, type Inserted } from './render';
import type { BlockHost } from './tabs';

type Body = GoogleAppsScript.Document.Body;
type Document = GoogleAppsScript.Document.Document;

export interface WrittenBlock {
  status: 'inserted' | 'replaced';
  name: string;
}

/**
 * Removes a block's old elements. The body's last child is never removed (Docs refuses to remove
 * the last paragraph of a section); it is emptied instead, which it can only be after a person's edits.
 * `endsBody`: the block's last element was the body's last child before anything was written.
 */
function removeElements(elements: readonly Inserted[], endsBody: boolean): void {
  elements.forEach((read, i) => {
    if (endsBody && i === elements.length - 1 && read.type === 'paragraph') read.element.setText('');
    else read.element.removeFromParent();
  });
}

/** One named range over the block's elements, first to last; its name carries their fingerprint. */
function nameRange(
  tab: BlockHost,
  elements: readonly Inserted[],
  spec: BlockSpec,
  params: readonly string[],
): string {
  const name = formatBlockName({
    kind: spec.kind,
    fingerprint: blockFingerprint(elements.map(({ type, text }) => ({ type, text }))),
    params: [...params],
  });
  const first = elements[0];
  const last = elements[elements.length - 1];
  if (!first || !last) throw new Error(`A ${spec.kind} block with no elements cannot be named.`);
  tab.addNamedRange(name, tab.newRange().addElementsBetween(first.element, last.element).build());
  return name;
}

/** Applies the steps of planInPlace to the block's elements, last first so earlier indexes hold. */
function updateInPlace(body: Body, block: FoundBlock, steps: readonly UpdateStep[]): Inserted[] {
  const elements = [...block.elements];
  for (const step of [...steps].reverse()) {
    if (step.kind === 'text') {
      const read = elements[step.at];
      // planInPlace matched this position with a paragraph or list item.
      if (read?.type !== 'paragraph' && read?.type !== 'listItem') continue;
      read.element.setText(step.text);
      elements[step.at] = { ...read, text: reportedText(step.text) ?? read.element.getText() };
    } else {
      // The old table (and the paragraph an editor kept before it) go first, so the new one lands
      // where they were, with whatever paragraph the editor keeps before it this time.
      removeElements(elements.slice(step.from, step.to + 1), false);
      const table = insertTable(body, block.first + step.from, step);
      elements.splice(step.from, step.to - step.from + 1, ...table.elements);
    }
  }
  return elements;
}

/** Writes the block in place of `existing` (when it still has elements) or as a new block. */
export function writeBlock(
  document: Document,
  tab: BlockHost,
  body: Body,
  others: readonly BlockRef[],
  spec: BlockSpec,
  params: readonly string[],
  existing: FoundBlock | undefined,
): WrittenBlock {
  if (existing && existing.elements.length > 0) {
    // An edited block gets here only with the person's consent; if only its texts changed, setting
    // them back is the same as writing it afresh.
    const steps = existing.contiguous
      ? planInPlace(
          existing.elements.map(({ type, text }) => ({ type, text })),
          spec,
        )
      : null;
    // Asked before the first write, so that writing afresh costs no read after a write.
    const endsBody = steps ? false : existing.last === body.getNumChildren() - 1;
    // The name goes while its elements are still there (a range left empty vanishes by itself).
    existing.range.remove();
    if (steps)
      return { status: 'replaced', name: nameRange(tab, updateInPlace(body, existing, steps), spec, params) };
    // New elements go in before the old ones are removed, so the body is never left empty.
    const rendered = renderBlock(body, existing.first, spec);
    removeElements(existing.elements, endsBody);
    return { status: 'replaced', name: nameRange(tab, rendered.elements, spec, params) };
  }
  // A range whose text a person deleted entirely is only a name now; drop it and start afresh.
  existing?.range.remove();
  const rendered = renderBlock(body, insertionIndex(document, body, others), spec);
  return { status: 'inserted', name: nameRange(tab, rendered.elements, spec, params) };
}
