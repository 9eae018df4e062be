/**
 * The one write path of the inserts: under the document lock, find the active tab's block of this
 * kind; if a person edited it and did not confirm, change nothing and say so; else replace it
 * where it stands, or insert a new block at the cursor.
 */
import type { NeedsConfirmation } from '../api/docs';
import { inDocumentOrder, listBlocks, readBlock } from './document/blocks';
import { activeHost, activeTabTitle } from './document/tabs';
import { writeBlock, type WrittenBlock } from './document/writeBlock';
import { withDocumentLock } from './lock';
import { KIND_LABELS, type Section } from './sections';

export function editedMessage(label: string): string {
  return `The ${label} in this document was edited since Career Growth wrote it. Replace it with a new one? What was changed inside it will be lost.`;
}

export function placeBlock<S>(
  section: Section<S>,
  replaceEdited: boolean,
  after?: () => void,
): WrittenBlock | NeedsConfirmation {
  const kind = section.spec.kind;
  return withDocumentLock(() => {
    const document = DocumentApp.getActiveDocument();
    const tab = activeHost(document);
    const body = tab.getBody();
    // Only this kind's block is read in full; the others matter only as places the cursor may be.
    const refs = listBlocks(tab);
    // Should the tab hold two of this kind, the first in the document is the one replaced.
    const existing = refs
      .filter((b) => b.kind === kind)
      .map((b) => readBlock(body, b))
      .sort(inDocumentOrder)[0];
    if (existing?.edited && !replaceEdited) {
      return {
        ok: false,
        kind: 'needs-confirmation',
        message: editedMessage(KIND_LABELS[kind]),
        edited: [{ kind, name: existing.name, edited: true, tab: activeTabTitle(document) }],
      };
    }
    const others = refs.filter((b) => b.range !== existing?.range);
    const written = writeBlock(document, tab, body, others, section.spec, section.params, existing);
    after?.();
    return written;
  });
}
