/**
 * A person editing text in the preview's document: the new text of one paragraph, list item or
 * table cell of the active tab goes in as their edit (editAsUser: uncounted, any auth mode), changing
 * only the characters that differ, as typing does, so the rest keeps its formatting and an inserted
 * section keeps its named range. The add-on then sees the section as edited and asks before
 * replacing it.
 */
import { editAsUser, type FakeDocument } from '../../fake/docs';
import { HttpError } from './http';

type Element = GoogleAppsScript.Document.Element;
type Text = GoogleAppsScript.Document.Text;

export interface TextEdit {
  /** The body element (index among the active tab's body children). */
  index: number;
  /** For a table: the cell, 0-based. */
  row?: number;
  column?: number;
  /** The whole new text (line breaks as \n). */
  text: string;
}

/** The request body as an edit, or a 400 saying what is wrong with it. */
export function textEditOf(body: Record<string, unknown>): TextEdit {
  const { index, row, column, text } = body;
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!whole(index) || typeof text !== 'string')
    throw new HttpError(400, 'Expected { index, text } (and row, column for a table cell)');
  if (row === undefined && column === undefined) return { index, text };
  if (!whole(row) || !whole(column))
    throw new HttpError(400, 'A table cell needs both row and column, from 0');
  return { index, row, column, text };
}

/** The text editing works on: a paragraph's or list item's, or a table cell's. */
function editableText(child: Element, edit: TextEdit): Text {
  const type = String(child.getType());
  if (type === 'PARAGRAPH') return child.asParagraph().editAsText();
  if (type === 'LIST_ITEM') return child.asListItem().editAsText();
  if (type === 'TABLE') {
    if (edit.row === undefined || edit.column === undefined)
      throw new HttpError(400, 'Say which cell of the table: row and column');
    const table = child.asTable();
    if (edit.row >= table.getNumRows()) throw new HttpError(400, 'The table has no such row');
    const row = table.getRow(edit.row);
    if (edit.column >= row.getNumCells()) throw new HttpError(400, 'The row has no such cell');
    return row.getCell(edit.column).editAsText();
  }
  throw new HttpError(400, `A ${type.toLowerCase().replace(/_/g, ' ')} has no text to edit`);
}

export function editDocumentText(document: FakeDocument, edit: TextEdit): void {
  editAsUser(
    document,
    (body) => {
      const size = body.getNumChildren();
      if (edit.index >= size) throw new HttpError(400, `The document has ${size} elements`);
      const text = editableText(body.getChild(edit.index) as unknown as Element, edit);
      const before = text.getText().replace(/\r/g, '\n');
      const after = edit.text;
      if (before === after) return;
      // Only what changed: the common start and end stay, with their formatting.
      let start = 0;
      while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
      let end = 0;
      while (
        end < before.length - start &&
        end < after.length - start &&
        before[before.length - 1 - end] === after[after.length - 1 - end]
      )
        end += 1;
      try {
        if (before.length - end > start) text.deleteText(start, before.length - end - 1);
        const inserted = after.slice(start, after.length - end);
        if (inserted !== '') text.insertText(start, inserted);
      } catch {
        // An edit across a cell's paragraphs: put the whole text in.
        text.setText(after);
      }
    },
    document._activeTab.id,
  );
}
