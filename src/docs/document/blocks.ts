/**
 * Our blocks in one document tab: found only through named ranges with our prefix, checked for a
 * person's edits by comparing the text now inside with the fingerprint kept in the range's name.
 */
import type { BlockKind } from '../../core/conversation/block';
import { blockFingerprint, parseBlockName, type BlockName } from '../../core/conversation/blockName';
import { elementText, topLevelElement } from './elements';
import type { BlockHost } from './tabs';

type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;
type NamedRange = GoogleAppsScript.Document.NamedRange;

export interface FoundBlock {
  kind: BlockKind;
  name: string;
  parsed: BlockName;
  range: NamedRange;
  /** The body children the range covers, in document order, each once. */
  elements: Element[];
  /** Their child indexes in the body, same order. */
  indexes: number[];
  /** True when the text inside differs from what the add-on wrote (or part of it was deleted). */
  edited: boolean;
}

function coveredElements(
  body: Body,
  range: NamedRange,
): { elements: Element[]; indexes: number[]; texts: { type: string; text: string }[] } {
  const byIndex = new Map<number, { element: Element; label: string }>();
  for (const rangeElement of range.getRange().getRangeElements()) {
    const top = topLevelElement(rangeElement.getElement());
    if (!top) continue;
    const index = body.getChildIndex(top.element);
    if (!byIndex.has(index)) byIndex.set(index, top);
  }
  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b);
  const indexes = ordered.map(([i]) => i);
  const found = ordered.map(([, top]) => top);
  const texts = found.map(({ element, label }) => ({ type: label, text: elementText(element, label) }));
  return { elements: found.map((f) => f.element), indexes, texts };
}

/** Every block of ours in the tab, in document order (a block reduced to nothing has no elements). */
export function readBlocks(tab: BlockHost, body: Body): FoundBlock[] {
  const found: FoundBlock[] = [];
  for (const range of tab.getNamedRanges()) {
    const name = range.getName();
    const parsed = parseBlockName(name);
    if (!parsed) continue;
    const { elements, indexes, texts } = coveredElements(body, range);
    const edited = elements.length > 0 && blockFingerprint(texts) !== parsed.fingerprint;
    found.push({ kind: parsed.kind, name, parsed, range, elements, indexes, edited });
  }
  return found.sort((a, b) => (a.indexes[0] ?? Infinity) - (b.indexes[0] ?? Infinity));
}
