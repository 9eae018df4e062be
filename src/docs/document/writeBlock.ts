/**
 * Puts a block into a tab: replaces the tab's block of the same kind where it stands, inserts a
 * new one where placement.ts says, or finishes a block a failed run left half written. Either way
 * the new elements get one named range whose name carries the fingerprint of their text as the
 * document reports it, and all of it happens inside a slot (./slot.ts), so that a run stopped at
 * any call leaves the next run a block it recognises and replaces, never an orphan.
 *
 * A block whose elements still have the spec's shape (the same types in the same order) is
 * updated in place: changed texts are set, tables put in anew, everything else left as it is. Any
 * other block is written afresh before its old elements go.
 */
import type { BlockSpec } from '../../core/conversation/block';
import { blockFingerprint, formatBlockName } from '../../core/conversation/blockName';
import { planInPlace, reportedText, type UpdateStep } from '../../core/conversation/blockUpdate';
import type { BlockRef, FoundBlock } from './blocks';
import { insertTable, renderBlock, type Inserted } from './render';
import { clearSlot, openSlot, type Anchors, type FoundSlot } from './slot';
import type { BlockHost } from './tabs';

type Body = GoogleAppsScript.Document.Body;
type NamedRange = GoogleAppsScript.Document.NamedRange;

export interface WrittenBlock {
  status: 'inserted' | 'replaced';
  name: string;
  /** The block's elements as written, first to last. */
  elements: Inserted[];
}

/** Removes a block's old elements (the slot's anchor after them keeps the body from ending empty). */
function removeElements(elements: readonly Inserted[]): void {
  for (const read of elements) read.element.removeFromParent();
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
      removeElements(elements.slice(step.from, step.to + 1));
      const table = insertTable(body, block.first + step.from, step);
      elements.splice(step.from, step.to - step.from + 1, ...table.elements);
    }
  }
  return elements;
}

/** What a write replaces, and where. Everything in it was read before the action's first write. */
export type BlockTarget =
  /** A new block at `index`, between its anchors; `stale` is a range of this kind left with no text. */
  | { kind: 'insert'; index: number; anchors: Anchors; stale?: NamedRange }
  /**
   * The tab's block of this kind, replaced where it stands. `neighbours`: slots of other kinds that
   * lean on it (their anchor is its first or last element); they are cleared first (clearSlot).
   */
  | {
      kind: 'replace';
      block: FoundBlock;
      anchors: Anchors;
      neighbours?: { above?: FoundSlot; below?: FoundSlot };
    }
  /** A block a failed run was writing: what its slot holds (with `inside`, our ranges there) goes. */
  | { kind: 'slot'; slot: FoundSlot; inside: readonly BlockRef[] };

/** Writes the block into its target inside a slot, and names it. Only writes, but in recovery. */
export function writeBlock(
  tab: BlockHost,
  body: Body,
  spec: BlockSpec,
  params: readonly string[],
  target: BlockTarget,
): WrittenBlock {
  const replacing = target.kind === 'replace' || (target.kind === 'slot' && target.slot.parsed.replacing);
  const place = target.kind === 'replace' ? replacement(body, spec, target) : target;
  const slot =
    place.kind === 'slot'
      ? place.slot.range
      : openSlot(tab, body, place.anchors, { kind: spec.kind, params, replacing });
  const elements = writeInside(body, spec, place);
  const name = nameRange(tab, elements, spec, params);
  // Last: with the block named, the slot has nothing left to say.
  slot.remove();
  return { status: replacing ? 'replaced' : 'inserted', name, elements };
}

/** A replace, decided: in place (the steps) or afresh (null), its neighbours cleared where needed. */
type Replacement = Extract<BlockTarget, { kind: 'replace' }> & { steps: UpdateStep[] | null };

/**
 * Decides how the block is replaced, then clears the slots of other kinds that lean on an element
 * the replace removes (its first or last): below it first, so its indexes hold. Says where the
 * block and its anchors are once they are gone.
 */
function replacement(
  body: Body,
  spec: BlockSpec,
  target: Extract<BlockTarget, { kind: 'replace' }>,
): Replacement {
  let { block, anchors } = target;
  // An edited block gets here only with the person's consent; if only its texts changed, setting
  // them back is the same as writing it afresh.
  const steps = block.contiguous
    ? planInPlace(
        block.elements.map(({ type, text }) => ({ type, text })),
        spec,
      )
    : null;
  const lastAt = block.elements.length - 1;
  const removes = (at: number) =>
    !steps || steps.some((step) => step.kind === 'table' && step.from <= at && at <= step.to);
  const { above, below } = target.neighbours ?? {};
  if (below && removes(lastAt)) {
    clearSlot(body, below);
    anchors = { ...anchors, after: below.anchors.after };
  }
  if (above && removes(0)) {
    clearSlot(body, above);
    const removed = above.to - above.from + 1;
    block = { ...block, first: block.first - removed, last: block.last - removed };
    anchors = { ...anchors, before: above.anchors.before };
  }
  return { kind: 'replace', block, anchors, steps };
}

/** The block's elements written between the slot's anchors, the old ones (and their name) gone. */
function writeInside(
  body: Body,
  spec: BlockSpec,
  target: Exclude<BlockTarget, { kind: 'replace' }> | Replacement,
): Inserted[] {
  switch (target.kind) {
    case 'insert':
      // A range whose text a person deleted entirely is only a name now; drop it and start afresh.
      target.stale?.remove();
      return renderBlock(body, target.index, spec).elements;
    case 'slot': {
      // Everything the slot holds is ours and unfinished: a run stopped while writing it.
      for (const ref of target.inside) ref.range.remove();
      for (let i = target.slot.to; i >= target.slot.from; i--) body.getChild(i).removeFromParent();
      return renderBlock(body, target.slot.from, spec).elements;
    }
    case 'replace': {
      const existing = target.block;
      existing.range.remove();
      if (target.steps) return updateInPlace(body, existing, target.steps);
      // New elements go in before the old ones are removed, right where the old block began.
      const rendered = renderBlock(body, existing.first, spec);
      removeElements(existing.elements);
      return rendered.elements;
    }
  }
}
