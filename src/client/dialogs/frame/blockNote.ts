/** What a dialog says about a block of its kind that is already in the document. */
import type { BlockInfo, BlockKind } from '../../../api/docs';

/** A sentence for the block of `kind` in the active tab, or null when there is none yet. */
export function existingBlockNote(
  blocks: readonly BlockInfo[],
  kind: BlockKind,
  what: string,
): string | null {
  const block = blocks.find((b) => b.kind === kind);
  if (!block) return null;
  return block.edited
    ? `This document already has ${what}, and someone edited it. You will be asked before it is replaced.`
    : `This document already has ${what}. It will be replaced where it is.`;
}
