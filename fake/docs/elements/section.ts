/** Body and TableCell: the sections that hold paragraphs, list items and tables. */
import type { FakeEnv } from '../../env';
import { badArgs, exception } from '../../env';
import { append, detach, DocNode, insertAt, isTextBlock, preorder, tableNode, textBlock } from '../model';
import { replaceBlockText } from '../textLayout';
import { countElement, detachedArg, FakeElement, registerElement, textArg, wrapAs } from './base';
import { FakeContainer } from './container';
import type { FakeListItem, FakeParagraph } from './paragraph';
import type { FakeTable } from './table';
import type { FakeHorizontalRule, FakePageBreak } from './leaves';

/**
 * Strings only. Apps Script documents no check on the shape and builds what it is given: `[]` is a
 * table stub with no rows (as `appendTable()` is) and ragged rows stay ragged; the snapshot shows both.
 */
function cellsArg(env: FakeEnv, method: string, args: unknown[], cells: unknown): string[][] {
  if (
    !Array.isArray(cells) ||
    !cells.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))
  ) {
    throw badArgs(env, method, args, 'cells must be a string[][]');
  }
  return cells;
}

/** Body and TableCell: the containers that hold paragraphs, list items and tables. */
export abstract class FakeSection extends FakeContainer {
  private _put(index: number, node: DocNode): DocNode {
    insertAt(this._node, index, node);
    // Docs always ends a section with a paragraph: a table put last gets an empty one after it.
    if (node.kind === 'TABLE' && this._node.children[this._node.children.length - 1] === node) {
      append(this._node, textBlock('PARAGRAPH', ''));
    }
    return node;
  }
  private _paragraphLike(
    method: string,
    kind: 'PARAGRAPH' | 'LIST_ITEM',
    args: unknown[],
    index: number,
    v: unknown,
  ): DocNode {
    if (typeof v === 'string') {
      const node = textBlock(kind, v);
      // Apps Script is known to carry the previous paragraph's heading over to a new one; the fake
      // always does, so code that wants a normal paragraph next to a heading has to say so.
      const before = this._node.children[index - 1];
      if (kind === 'PARAGRAPH' && before && isTextBlock(before) && before.attrs.HEADING !== undefined)
        node.attrs.HEADING = before.attrs.HEADING;
      // A list item right after another continues its list (same list id and glyph), as appended items do.
      if (kind === 'LIST_ITEM' && before?.kind === 'LIST_ITEM') {
        node.attrs.LIST_ID = before.attrs.LIST_ID;
        node.attrs.GLYPH_TYPE = before.attrs.GLYPH_TYPE;
      }
      return this._put(index, node);
    }
    return this._put(index, detachedArg(this.env, this._m(method), args, v, kind));
  }
  private _table(method: string, args: unknown[], index: number, v: unknown): DocNode {
    if (v === undefined || v === null) return this._put(index, tableNode([]));
    if (v instanceof FakeElement)
      return this._put(index, detachedArg(this.env, this._m(method), args, v, 'TABLE'));
    const cells = cellsArg(this.env, this._m(method), args, v);
    if (this.env.tableSpacer && method === 'insertTable' && index < this._node.children.length) {
      this._put(index, textBlock('PARAGRAPH', ''));
      return this._put(index + 1, tableNode(cells));
    }
    return this._put(index, tableNode(cells));
  }
  insertParagraph(childIndex: number, paragraph: string | FakeParagraph): FakeParagraph {
    const args = [childIndex, paragraph];
    return wrapAs(
      this.env,
      this._paragraphLike(
        'insertParagraph',
        'PARAGRAPH',
        args,
        this._insertIndex('insertParagraph', args),
        paragraph,
      ),
      'PARAGRAPH',
    );
  }
  appendParagraph(paragraph: string | FakeParagraph): FakeParagraph {
    return wrapAs(
      this.env,
      this._paragraphLike('appendParagraph', 'PARAGRAPH', [paragraph], this._node.children.length, paragraph),
      'PARAGRAPH',
    );
  }
  insertListItem(childIndex: number, listItem: string | FakeListItem): FakeListItem {
    const args = [childIndex, listItem];
    return wrapAs(
      this.env,
      this._paragraphLike(
        'insertListItem',
        'LIST_ITEM',
        args,
        this._insertIndex('insertListItem', args),
        listItem,
      ),
      'LIST_ITEM',
    );
  }
  appendListItem(listItem: string | FakeListItem): FakeListItem {
    return wrapAs(
      this.env,
      this._paragraphLike('appendListItem', 'LIST_ITEM', [listItem], this._node.children.length, listItem),
      'LIST_ITEM',
    );
  }
  insertTable(childIndex: number, cellsOrTable?: string[][] | FakeTable | null): FakeTable {
    const args = cellsOrTable === undefined ? [childIndex] : [childIndex, cellsOrTable];
    return wrapAs(
      this.env,
      this._table('insertTable', args, this._insertIndex('insertTable', args), cellsOrTable),
      'TABLE',
    );
  }
  appendTable(cellsOrTable?: string[][] | FakeTable | null): FakeTable {
    const args = cellsOrTable === undefined ? [] : [cellsOrTable];
    return wrapAs(
      this.env,
      this._table('appendTable', args, this._node.children.length, cellsOrTable),
      'TABLE',
    );
  }
  /** A horizontal rule lives in a paragraph: Apps Script makes a new one around it. */
  insertHorizontalRule(childIndex: number): FakeHorizontalRule {
    const index = this._insertIndex('insertHorizontalRule', [childIndex]);
    const holder = this._put(index, textBlock('PARAGRAPH', ''));
    return wrapAs(this.env, append(holder, newLeaf('HORIZONTAL_RULE')), 'HORIZONTAL_RULE');
  }
  appendHorizontalRule(): FakeHorizontalRule {
    const holder = this._put(this._node.children.length, textBlock('PARAGRAPH', ''));
    return wrapAs(this.env, append(holder, newLeaf('HORIZONTAL_RULE')), 'HORIZONTAL_RULE');
  }
  /**
   * Keeps the section's last paragraph, emptied, and removes everything else (Apps Script does the
   * same: a handle to that paragraph stays valid). A body ending in a list item refuses, as Docs does.
   */
  private _emptyToLastParagraph(): DocNode {
    const last = this._node.children[this._node.children.length - 1];
    if (!last || !isTextBlock(last) || (this._node.kind === 'BODY_SECTION' && last.kind === 'LIST_ITEM')) {
      throw exception(this.env, "Can't remove the last paragraph in a document section.");
    }
    for (const child of [...this._node.children]) if (child !== last) detach(child);
    for (const child of [...last.children]) detach(child);
    return last;
  }
  /** Empties the section, then writes one paragraph per line of `text` (the first line into the kept paragraph). */
  setText(text: string): this {
    textArg(this.env, this._m('setText'), [text], text);
    const kept = this._emptyToLastParagraph();
    const [first = '', ...rest] = text.split('\n');
    replaceBlockText(kept, first);
    for (const line of rest) append(this._node, textBlock('PARAGRAPH', line));
    return this;
  }
  clear(): this {
    this._emptyToLastParagraph();
    return this;
  }
}

export function newLeaf(kind: 'HORIZONTAL_RULE' | 'PAGE_BREAK'): DocNode {
  return new DocNode(kind);
}

export class FakeBody extends FakeSection {
  copy(): FakeBody {
    return this._copyAs('BODY_SECTION');
  }
  /** Every paragraph, list items included (as in Apps Script, where a ListItem is a kind of paragraph). */
  getParagraphs(): (FakeParagraph | FakeListItem)[] {
    return preorder(this._node).flatMap((n) =>
      n.kind === 'PARAGRAPH' || n.kind === 'LIST_ITEM' ? [wrapAs(this.env, n, n.kind)] : [],
    );
  }
  getTables(): FakeTable[] {
    return preorder(this._node)
      .filter((n) => n.kind === 'TABLE')
      .map((n) => wrapAs(this.env, n, 'TABLE'));
  }
  getListItems(): FakeListItem[] {
    return preorder(this._node)
      .filter((n) => n.kind === 'LIST_ITEM')
      .map((n) => wrapAs(this.env, n, 'LIST_ITEM'));
  }
  /** A page break (new, or a detached one) goes into a new paragraph, as in Apps Script. */
  private _pageBreak(method: string, args: unknown[], index: number, pageBreak: unknown): FakePageBreak {
    const leaf =
      pageBreak === undefined || pageBreak === null
        ? newLeaf('PAGE_BREAK')
        : detachedArg(this.env, this._m(method), args, pageBreak, 'PAGE_BREAK');
    const holder = textBlock('PARAGRAPH', '');
    insertAt(this._node, index, holder);
    return wrapAs(this.env, append(holder, leaf), 'PAGE_BREAK');
  }
  insertPageBreak(childIndex: number, pageBreak?: FakePageBreak | null): FakePageBreak {
    const args = pageBreak === undefined ? [childIndex] : [childIndex, pageBreak];
    return this._pageBreak('insertPageBreak', args, this._insertIndex('insertPageBreak', args), pageBreak);
  }
  appendPageBreak(pageBreak?: FakePageBreak): FakePageBreak {
    return this._pageBreak(
      'appendPageBreak',
      pageBreak === undefined ? [] : [pageBreak],
      this._node.children.length,
      pageBreak,
    );
  }
}
countElement(FakeBody, 'Body', ['removeFromParent']);
registerElement('BODY_SECTION', FakeBody);
