/**
 * The one write path of the inserts: under the document lock, find the active tab's block of this
 * kind; if a person edited it and did not confirm, change nothing and say so; else replace it
 * where it stands, or insert a new block at the cursor. A block of this kind that a failed run left
 * half written (its slot, document/slot.ts) is finished where it was, whatever the cursor says.
 */
import type { NeedsConfirmation } from '../api/docs';
import { inDocumentOrder, listRanges, readBlock, type BlockRef, type FoundBlock } from './document/blocks';
import { insertionPoint } from './document/placement';
import { holds, readAnchors, readSlots, type FoundSlot } from './document/slot';
import { activeHost, activeTabTitle } from './document/tabs';
import { writeBlock, type BlockTarget, type WrittenBlock } from './document/writeBlock';
import { withDocumentLock } from './lock';
import { KIND_LABELS, type Section } from './sections';

/** What an insert says it did. */
export type Placed = Pick<WrittenBlock, 'status' | 'name'>;

export function editedMessage(label: string): string {
  return `The ${label} in this document was edited since Career Growth wrote it. Replace it with a new one? What was changed inside it will be lost.`;
}

export function placeBlock<S>(
  section: Section<S>,
  replaceEdited: boolean,
  after?: () => void,
): Placed | NeedsConfirmation {
  const kind = section.spec.kind;
  return withDocumentLock(() => {
    const document = DocumentApp.getActiveDocument();
    const tab = activeHost(document);
    const body = tab.getBody();
    const { blocks: refs, slots: slotRefs } = listRanges(tab);
    const slots = readSlots(body, slotRefs);
    // Only this kind's blocks are read in full; the others matter only as places the cursor may be.
    const ours = refs.filter((b) => b.kind === kind).map((b) => readBlock(body, b));
    const slot = slots.find((s) => s.kind === kind);
    const target = slot
      ? // A block of this kind was being written when a run stopped: finish it there, unasked.
        ({ kind: 'slot', slot, inside: ours.filter((b) => holds(slot, b)) } as const)
      : chooseTarget(document, body, refs, slots, ours, replaceEdited);
    if ('ok' in target) return target;
    const { status, name } = writeBlock(tab, body, section.spec, section.params, target);
    after?.();
    return { status, name };
  });
}

/** The tab's block of this kind to replace, or a new place at the cursor; reads only. */
function chooseTarget(
  document: GoogleAppsScript.Document.Document,
  body: GoogleAppsScript.Document.Body,
  refs: readonly BlockRef[],
  slots: readonly FoundSlot[],
  ours: FoundBlock[],
  replaceEdited: boolean,
): BlockTarget | NeedsConfirmation {
  // Should the tab hold two of this kind, the first in the document is the one replaced.
  const existing = [...ours].sort(inDocumentOrder)[0];
  if (existing?.edited && !replaceEdited) {
    return {
      ok: false,
      kind: 'needs-confirmation',
      message: editedMessage(KIND_LABELS[existing.kind]),
      edited: [{ kind: existing.kind, name: existing.name, edited: true, tab: activeTabTitle(document) }],
    };
  }
  if (existing && existing.elements.length > 0) {
    const anchors = readAnchors(body, existing.first, existing.last, body.getNumChildren());
    // A half-written block of another kind anchored on this one would lose its anchor: cleared first.
    const above = slots.find((s) => s.to + 1 === existing.first);
    const below = slots.find((s) => s.from - 1 === existing.last);
    return { kind: 'replace', block: existing, anchors, neighbours: { above, below } };
  }
  const others = refs.filter((b) => b.range !== existing?.range);
  const point = insertionPoint(document, body, others, slots);
  return { kind: 'insert', ...point, ...(existing ? { stale: existing.range } : {}) };
}
