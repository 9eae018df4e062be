/**
 * The document tree behind the DocumentApp fake. Apps Script hands out a NEW wrapper object each time
 * an element is fetched (so `body.getChild(0) === body.getChild(0)` is false there too); the wrappers
 * in elements.ts are thin handles over these nodes, which hold the state.
 *
 * Text is stored per character with its own style, so ranged formatting (`setBold(2, 5, true)`),
 * inserts and deletes need no run bookkeeping.
 */
import type { AttributeName } from './enums';
import { at } from '../must';

export type NodeKind =
  | 'BODY_SECTION'
  | 'PARAGRAPH'
  | 'LIST_ITEM'
  | 'TABLE'
  | 'TABLE_ROW'
  | 'TABLE_CELL'
  | 'TEXT'
  | 'HORIZONTAL_RULE'
  | 'PAGE_BREAK';

/** Character-level style: the text attributes of one character (absent = default). */
export type CharStyle = Partial<Record<AttributeName, unknown>>;

/** What a tab's body knows about its place: the tab's named ranges live there. */
export interface BodyOwner {
  /** Called after a node was inserted as a child of `parent` at `index`. */
  _afterInsert(parent: DocNode, index: number): void;
  /** Called after `node` left the body: its content is gone from the document (and from its named ranges). */
  _afterDetach(node: DocNode): void;
}

let nextUid = 1;

export class DocNode {
  readonly uid = nextUid++;
  parent: DocNode | null = null;
  children: DocNode[] = [];
  /** Element-level attributes (HEADING, BACKGROUND_COLOR of a cell, BORDER_WIDTH, ...). */
  attrs: Partial<Record<AttributeName, unknown>> = {};
  /** TEXT only. */
  chars = '';
  styles: CharStyle[] = [];
  /** TABLE only: widths set with setColumnWidth, by column index. */
  columnWidths: Record<number, number> = {};
  /** BODY_SECTION of a tab only. */
  owner: BodyOwner | null = null;

  constructor(readonly kind: NodeKind) {}
}

export const BLOCK_KINDS: readonly NodeKind[] = ['PARAGRAPH', 'LIST_ITEM', 'TABLE'];
export const isTextBlock = (n: DocNode): boolean => n.kind === 'PARAGRAPH' || n.kind === 'LIST_ITEM';

export function textNode(text: string, style: CharStyle = {}): DocNode {
  const n = new DocNode('TEXT');
  n.chars = text;
  n.styles = Array.from({ length: text.length }, () => ({ ...style }));
  return n;
}

/** A paragraph or list item holding `text` (newlines become line breaks, as in Docs). */
export function textBlock(kind: 'PARAGRAPH' | 'LIST_ITEM', text: string): DocNode {
  const n = new DocNode(kind);
  const clean = text.replace(/\n/g, '\r');
  if (clean !== '') append(n, textNode(clean));
  if (kind === 'LIST_ITEM') {
    // A list Apps Script starts is numbered (live: getGlyphType() is NUMBER) until told otherwise.
    n.attrs.NESTING_LEVEL = 0;
    n.attrs.GLYPH_TYPE = 'NUMBER';
    n.attrs.LIST_ID = `kix.list${n.uid}`;
  }
  return n;
}

/** A cell holds at least one paragraph; text with newlines becomes several paragraphs. */
export function cellNode(text: string): DocNode {
  const cell = new DocNode('TABLE_CELL');
  for (const line of text.split('\n')) append(cell, textBlock('PARAGRAPH', line));
  return cell;
}

export function tableNode(cells: readonly (readonly string[])[]): DocNode {
  const table = new DocNode('TABLE');
  for (const rowCells of cells) {
    const row = new DocNode('TABLE_ROW');
    for (const text of rowCells) append(row, cellNode(text));
    append(table, row);
  }
  return table;
}

export function append(parent: DocNode, child: DocNode): DocNode {
  return insertAt(parent, parent.children.length, child);
}

export function insertAt(parent: DocNode, index: number, child: DocNode): DocNode {
  parent.children.splice(index, 0, child);
  child.parent = parent;
  rootOf(parent).owner?._afterInsert(parent, index);
  return child;
}

export function detach(child: DocNode): void {
  const parent = child.parent;
  if (!parent) return;
  const owner = rootOf(parent).owner;
  parent.children.splice(parent.children.indexOf(child), 1);
  child.parent = null;
  owner?._afterDetach(child);
}

export function rootOf(node: DocNode): DocNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

/** True when the node is inside a tab's body (not removed, not a detached copy). */
export function isAttached(node: DocNode): boolean {
  return rootOf(node).owner !== null;
}

export function isInside(node: DocNode, ancestor: DocNode): boolean {
  for (let n: DocNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

/** Child indices from the root to the node: [3] is the body's 4th child, [2, 0, 1, 0] a paragraph in a cell. */
export function pathOf(node: DocNode): number[] {
  const path: number[] = [];
  for (let n = node; n.parent; n = n.parent) path.unshift(n.parent.children.indexOf(n));
  return path;
}

export function compareDocumentOrder(a: DocNode, b: DocNode): number {
  const pa = pathOf(a);
  const pb = pathOf(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return at(pa, i) - at(pb, i);
  return pa.length - pb.length;
}

export function preorder(node: DocNode, out: DocNode[] = []): DocNode[] {
  out.push(node);
  for (const c of node.children) preorder(c, out);
  return out;
}

export function cloneNode(node: DocNode): DocNode {
  const copy = new DocNode(node.kind);
  copy.attrs = { ...node.attrs };
  copy.chars = node.chars;
  copy.styles = node.styles.map((s) => ({ ...s }));
  copy.columnWidths = { ...node.columnWidths };
  for (const c of node.children) {
    const cc = cloneNode(c);
    cc.parent = copy;
    copy.children.push(cc);
  }
  return copy;
}

/** The paragraphs and list items under a node (itself when it is one), in document order. */
export function textBlocks(scope: DocNode): DocNode[] {
  return preorder(scope).filter(isTextBlock);
}

/** The text Apps Script's getText() gives: a block's text runs; blocks joined by newlines. */
export function textOf(node: DocNode): string {
  if (node.kind === 'TEXT') return node.chars;
  if (isTextBlock(node)) return node.children.map((c) => (c.kind === 'TEXT' ? c.chars : '')).join('');
  return textBlocks(node).map(textOf).join('\n');
}
