/** Table, TableRow and TableCell. */
import { exception, isWholeNumber } from '../../env';
import type { EnumValue } from '../../enums';
import { enumType } from '../../enums';
import type { AttributeName } from '../enums';
import type { NodeKind } from '../model';
import { append, cellNode, DocNode, detach, insertAt } from '../model';
import {
  childIndexError,
  COLOR,
  countElement,
  detachedArg,
  fromModel,
  registerElement,
  wrapAs,
} from './base';
import { FakeContainer } from './container';
import { FakeSection } from './section';

export class FakeTable extends FakeContainer {
  copy(): FakeTable {
    return this._copyAs('TABLE');
  }
  private _row(method: string, rowIndex: unknown, args: unknown[]): DocNode {
    if (!isWholeNumber(rowIndex)) throw this._bad(method, args);
    const row = this._node.children[rowIndex];
    if (!row || rowIndex < 0) throw childIndexError(this.env, rowIndex, this._node.children.length);
    return row;
  }
  getNumRows(): number {
    return this._node.children.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    return wrapAs(this.env, this._row('getRow', rowIndex, [rowIndex]), 'TABLE_ROW');
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    const args = [rowIndex, cellIndex];
    const row = this._row('getCell', rowIndex, args);
    if (!isWholeNumber(cellIndex)) throw this._bad('getCell', args);
    const cell = row.children[cellIndex];
    if (!cell || cellIndex < 0) throw childIndexError(this.env, cellIndex, row.children.length);
    return wrapAs(this.env, cell, 'TABLE_CELL');
  }
  appendTableRow(tableRow?: FakeTableRow): FakeTableRow {
    const node =
      tableRow === undefined
        ? emptyNode('TABLE_ROW')
        : detachedArg(this.env, this._m('appendTableRow'), [tableRow], tableRow, 'TABLE_ROW');
    return wrapAs(this.env, append(this._node, node), 'TABLE_ROW');
  }
  insertTableRow(childIndex: number, tableRow?: FakeTableRow | null): FakeTableRow {
    const args = tableRow === undefined ? [childIndex] : [childIndex, tableRow];
    const index = this._insertIndex('insertTableRow', args);
    const node =
      tableRow === undefined || tableRow === null
        ? emptyNode('TABLE_ROW')
        : detachedArg(this.env, this._m('insertTableRow'), args, tableRow, 'TABLE_ROW');
    return wrapAs(this.env, insertAt(this._node, index, node), 'TABLE_ROW');
  }
  removeRow(rowIndex: number): FakeTableRow {
    const row = this._row('removeRow', rowIndex, [rowIndex]);
    detach(row);
    return wrapAs(this.env, row, 'TABLE_ROW');
  }
  getBorderWidth(): number {
    return (this._node.attrs.BORDER_WIDTH as number | undefined) ?? 1;
  }
  setBorderWidth(width: number): this {
    if (typeof width !== 'number' || width < 0) throw this._bad('setBorderWidth', [width]);
    this._node.attrs.BORDER_WIDTH = width;
    return this;
  }
  getBorderColor(): string {
    return (this._node.attrs.BORDER_COLOR as string | undefined) ?? '#000000';
  }
  setBorderColor(color: string): this {
    if (typeof color !== 'string') throw this._bad('setBorderColor', [color]);
    if (!COLOR.test(color))
      throw exception(this.env, "Invalid argument: color [fake: colours are '#rrggbb']");
    this._node.attrs.BORDER_COLOR = color;
    return this;
  }
  getColumnWidth(columnIndex: number): number | null {
    if (!isWholeNumber(columnIndex)) throw this._bad('getColumnWidth', [columnIndex]);
    return this._node.columnWidths[columnIndex] ?? null;
  }
  setColumnWidth(columnIndex: number, width: number): this {
    const args = [columnIndex, width];
    if (!isWholeNumber(columnIndex) || typeof width !== 'number' || width < 0)
      throw this._bad('setColumnWidth', args);
    const columns = Math.max(0, ...this._node.children.map((r) => r.children.length));
    if (columnIndex < 0 || columnIndex >= columns) throw childIndexError(this.env, columnIndex, columns);
    this._node.columnWidths[columnIndex] = width;
    return this;
  }
}
countElement(FakeTable, 'Table');
registerElement('TABLE', FakeTable);

function emptyNode(kind: NodeKind): DocNode {
  return new DocNode(kind);
}

export class FakeTableRow extends FakeContainer {
  copy(): FakeTableRow {
    return this._copyAs('TABLE_ROW');
  }
  private _cellIndex(method: string, cellIndex: unknown): DocNode {
    if (!isWholeNumber(cellIndex)) throw this._bad(method, [cellIndex]);
    const cell = this._node.children[cellIndex];
    if (!cell || cellIndex < 0) throw childIndexError(this.env, cellIndex, this._node.children.length);
    return cell;
  }
  private _newCell(method: string, args: unknown[], v: unknown): DocNode {
    if (v === undefined || v === null) return cellNode('');
    if (typeof v === 'string') return cellNode(v);
    return detachedArg(this.env, this._m(method), args, v, 'TABLE_CELL');
  }
  getCell(cellIndex: number): FakeTableCell {
    return wrapAs(this.env, this._cellIndex('getCell', cellIndex), 'TABLE_CELL');
  }
  getNumCells(): number {
    return this._node.children.length;
  }
  getParentTable(): FakeTable | null {
    const table = this._node.parent;
    return table ? wrapAs(this.env, table, 'TABLE') : null;
  }
  appendTableCell(textContentsOrCell?: string | FakeTableCell | null): FakeTableCell {
    const args = textContentsOrCell === undefined ? [] : [textContentsOrCell];
    return wrapAs(
      this.env,
      append(this._node, this._newCell('appendTableCell', args, textContentsOrCell)),
      'TABLE_CELL',
    );
  }
  insertTableCell(childIndex: number, textContentsOrCell?: string | FakeTableCell | null): FakeTableCell {
    const args = textContentsOrCell === undefined ? [childIndex] : [childIndex, textContentsOrCell];
    const index = this._insertIndex('insertTableCell', args);
    return wrapAs(
      this.env,
      insertAt(this._node, index, this._newCell('insertTableCell', args, textContentsOrCell)),
      'TABLE_CELL',
    );
  }
  removeCell(cellIndex: number): FakeTableCell {
    const cell = this._cellIndex('removeCell', cellIndex);
    detach(cell);
    return wrapAs(this.env, cell, 'TABLE_CELL');
  }
  getMinimumHeight(): number {
    return (this._node.attrs.MINIMUM_HEIGHT as number | undefined) ?? 0;
  }
  setMinimumHeight(minHeight: number): this {
    if (typeof minHeight !== 'number' || minHeight < 0) throw this._bad('setMinimumHeight', [minHeight]);
    this._node.attrs.MINIMUM_HEIGHT = minHeight;
    return this;
  }
}
countElement(FakeTableRow, 'TableRow');
registerElement('TABLE_ROW', FakeTableRow);

export class FakeTableCell extends FakeSection {
  copy(): FakeTableCell {
    return this._copyAs('TABLE_CELL');
  }
  private _setNumber(method: string, name: AttributeName, v: unknown): this {
    if (typeof v !== 'number' || v < 0) throw this._bad(method, [v]);
    this._node.attrs[name] = v;
    return this;
  }
  getParentRow(): FakeTableRow | null {
    const row = this._node.parent;
    return row ? wrapAs(this.env, row, 'TABLE_ROW') : null;
  }
  getParentTable(): FakeTable | null {
    const table = this._node.parent?.parent;
    return table ? wrapAs(this.env, table, 'TABLE') : null;
  }
  getBackgroundColor(): string | null {
    return (this._node.attrs.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  setBackgroundColor(color: string): this {
    if (typeof color !== 'string') throw this._bad('setBackgroundColor', [color]);
    if (!COLOR.test(color))
      throw exception(this.env, "Invalid argument: color [fake: colours are '#rrggbb']");
    this._node.attrs.BACKGROUND_COLOR = color;
    return this;
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
  getWidth(): number | null {
    return (this._node.attrs.WIDTH as number | undefined) ?? null;
  }
  setWidth(width: number): this {
    return this._setNumber('setWidth', 'WIDTH', width);
  }
  getPaddingTop(): number | null {
    return (this._node.attrs.PADDING_TOP as number | undefined) ?? null;
  }
  setPaddingTop(paddingTop: number): this {
    return this._setNumber('setPaddingTop', 'PADDING_TOP', paddingTop);
  }
  getPaddingBottom(): number | null {
    return (this._node.attrs.PADDING_BOTTOM as number | undefined) ?? null;
  }
  setPaddingBottom(paddingBottom: number): this {
    return this._setNumber('setPaddingBottom', 'PADDING_BOTTOM', paddingBottom);
  }
  getPaddingLeft(): number | null {
    return (this._node.attrs.PADDING_LEFT as number | undefined) ?? null;
  }
  setPaddingLeft(paddingLeft: number): this {
    return this._setNumber('setPaddingLeft', 'PADDING_LEFT', paddingLeft);
  }
  getPaddingRight(): number | null {
    return (this._node.attrs.PADDING_RIGHT as number | undefined) ?? null;
  }
  setPaddingRight(paddingRight: number): this {
    return this._setNumber('setPaddingRight', 'PADDING_RIGHT', paddingRight);
  }
  getVerticalAlignment(): EnumValue | null {
    return fromModel('VERTICAL_ALIGNMENT', this._node.attrs.VERTICAL_ALIGNMENT) as EnumValue | null;
  }
  setVerticalAlignment(alignment: EnumValue): this {
    if (enumType(alignment) !== 'VerticalAlignment') throw this._bad('setVerticalAlignment', [alignment]);
    this._node.attrs.VERTICAL_ALIGNMENT = alignment.name();
    return this;
  }
}
countElement(FakeTableCell, 'TableCell');
registerElement('TABLE_CELL', FakeTableCell);
