/**
 * A block the Career Conversation add-on inserts, as plain data. The core decides every word and
 * cell; the document adapter only renders it, so what a block says is unit tested here.
 */

export const BLOCK_KINDS = ['agenda', 'requirements', 'actionPlan', 'sinceLast'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export type BlockElement =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  /** Header row plus data rows, every row as wide as the header. */
  | { type: 'table'; header: string[]; rows: string[][] };

export interface BlockSpec {
  kind: BlockKind;
  elements: BlockElement[];
}

/** How many top-level document elements the block becomes (a list is one element per item). */
export function elementCount(spec: BlockSpec): number {
  return spec.elements.reduce((n, e) => n + (e.type === 'list' ? e.items.length : 1), 0);
}

/** A table row padded or cut to the header's width, so the document gets a rectangular table. */
export function fitRow(row: readonly string[], width: number): string[] {
  return Array.from({ length: width }, (_, i) => row[i] ?? '');
}
