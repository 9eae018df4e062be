/**
 * Writes a BlockSpec into a body at a child index. Calls are bounded by the spec's element count
 * and the tables' column counts: a table, whatever its rows, is one insertTable with every cell,
 * and its header row is styled once for the row's text plus once per column for the background.
 * Nothing written is read back except what only the document can tell: where a table landed (an
 * editor may keep a paragraph before it) and a table's text as the document reports it.
 */
import { fitRow, type BlockElement, type BlockSpec } from '../../core/conversation/block';
import { reportedText } from '../../core/conversation/blockUpdate';
import { readElement, type ReadElement } from './elements';

type Body = GoogleAppsScript.Document.Body;

export const HEADER_BACKGROUND = '#e8eaf6';

function headingOf(level: 1 | 2 | 3): GoogleAppsScript.Document.ParagraphHeading {
  const headings = DocumentApp.ParagraphHeading;
  return level === 1 ? headings.HEADING1 : level === 2 ? headings.HEADING2 : headings.HEADING3;
}

/** A body child the block became, with its text as the document reports it (for the fingerprint). */
export type Inserted = ReadElement;

/** What a write put into the body, and the index right after it. */
export interface Rendered {
  elements: Inserted[];
  next: number;
}

/**
 * Inserts a table at index, styles its header row, and returns what the body gained: the table,
 * after any paragraph the editor put in before it (read, as part of the block's text). What the
 * document must tell (where the table landed, its text, its header cells) is all asked before the
 * styling is written, so the new table costs one round trip, not one per header cell.
 */
export function insertTable(
  body: Body,
  index: number,
  table: { header: readonly string[]; rows: readonly (readonly string[])[] },
): Rendered {
  const width = table.header.length;
  const inserted = body.insertTable(
    index,
    [table.header, ...table.rows].map((row) => fitRow(row, width)),
  );
  // Asked, not counted: an editor may keep a paragraph before a table inserted between children.
  const at = body.getChildIndex(inserted);
  const spacers = Array.from({ length: at - index }, (_, i) => readElement(body.getChild(index + i)));
  const text = inserted.getText();
  const header = inserted.getRow(0);
  const cells = Array.from({ length: width }, (_, column) => header.getCell(column));
  header.editAsText().setBold(true);
  for (const cell of cells) cell.setBackgroundColor(HEADER_BACKGROUND);
  return { elements: [...spacers, { type: 'table', text, element: inserted }], next: at + 1 };
}

/** A paragraph's text as the document reports it: what was written, unless only the document can say. */
function textOf(written: string, element: { getText(): string }): string {
  return reportedText(written) ?? element.getText();
}

/** Inserts one spec element at index. */
function insertElement(body: Body, index: number, element: BlockElement): Rendered {
  switch (element.type) {
    case 'heading': {
      const paragraph = body.insertParagraph(index, element.text).setHeading(headingOf(element.level));
      return {
        elements: [{ type: 'paragraph', text: textOf(element.text, paragraph), element: paragraph }],
        next: index + 1,
      };
    }
    case 'paragraph': {
      // Set explicitly: a paragraph inserted next to a heading must not pass for one.
      const paragraph = body
        .insertParagraph(index, element.text)
        .setHeading(DocumentApp.ParagraphHeading.NORMAL);
      return {
        elements: [{ type: 'paragraph', text: textOf(element.text, paragraph), element: paragraph }],
        next: index + 1,
      };
    }
    case 'list': {
      const elements = element.items.map((item, i): Inserted => {
        const listItem = body.insertListItem(index + i, item);
        // An item inserted right after another continues its list, glyph included: set it once.
        if (i === 0) listItem.setGlyphType(DocumentApp.GlyphType.BULLET);
        return { type: 'listItem', text: textOf(item, listItem), element: listItem };
      });
      return { elements, next: index + elements.length };
    }
    case 'table':
      return insertTable(body, index, element);
  }
}

/** Inserts the whole block so its first element lands at index; returns its elements in order. */
export function renderBlock(body: Body, index: number, spec: BlockSpec): Rendered {
  const elements: Inserted[] = [];
  let next = index;
  for (const element of spec.elements) {
    const added = insertElement(body, next, element);
    elements.push(...added.elements);
    next = added.next;
  }
  return { elements, next };
}
