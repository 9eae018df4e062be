/**
 * Writes a BlockSpec into a body at a child index. Calls are bounded by the spec's element count
 * and the tables' column counts: a table, whatever its rows, is one insertTable with every cell,
 * and its header row is styled once for the row's text plus once per column for the background.
 */
import { fitRow, type BlockElement, type BlockSpec } from '../../core/conversation/block';
import type { ElementText } from '../../core/conversation/blockName';

type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;
type Table = GoogleAppsScript.Document.Table;

export const HEADER_BACKGROUND = '#e8eaf6';

function headingOf(level: 1 | 2 | 3): GoogleAppsScript.Document.ParagraphHeading {
  const headings = DocumentApp.ParagraphHeading;
  return level === 1 ? headings.HEADING1 : level === 2 ? headings.HEADING2 : headings.HEADING3;
}

function styleHeaderRow(table: Table, columns: number): void {
  const header = table.getRow(0);
  header.editAsText().setBold(true);
  for (let column = 0; column < columns; column++)
    header.getCell(column).setBackgroundColor(HEADER_BACKGROUND);
}

/** A body child the block became, with its text as the document reports it (for the fingerprint). */
export interface Inserted extends ElementText {
  element: Element;
}

/** Inserts one spec element at index; returns the body children it became, in order. */
function insertElement(body: Body, index: number, element: BlockElement): Inserted[] {
  switch (element.type) {
    case 'heading': {
      const paragraph = body.insertParagraph(index, element.text).setHeading(headingOf(element.level));
      return [{ element: paragraph, type: 'paragraph', text: paragraph.getText() }];
    }
    case 'paragraph': {
      // Set explicitly: a paragraph inserted next to a heading must not pass for one.
      const paragraph = body
        .insertParagraph(index, element.text)
        .setHeading(DocumentApp.ParagraphHeading.NORMAL);
      return [{ element: paragraph, type: 'paragraph', text: paragraph.getText() }];
    }
    case 'list':
      return element.items.map((item, i) => {
        const listItem = body.insertListItem(index + i, item).setGlyphType(DocumentApp.GlyphType.BULLET);
        return { element: listItem, type: 'listItem', text: listItem.getText() };
      });
    case 'table': {
      const width = element.header.length;
      const table = body.insertTable(
        index,
        [element.header, ...element.rows].map((row) => fitRow(row, width)),
      );
      styleHeaderRow(table, width);
      return [{ element: table, type: 'table', text: table.getText() }];
    }
  }
}

/**
 * Inserts the whole block so its first element lands at index; returns its elements in order.
 * After a table the next index is asked of the body rather than counted: an editor may keep a
 * paragraph beside a table, and counting would then put the rest of the block in the wrong place.
 */
export function renderBlock(body: Body, index: number, spec: BlockSpec): Inserted[] {
  const inserted: Inserted[] = [];
  let next = index;
  for (const element of spec.elements) {
    const added = insertElement(body, next, element);
    inserted.push(...added);
    const last = added[added.length - 1];
    next = element.type === 'table' && last ? body.getChildIndex(last.element) + 1 : next + added.length;
  }
  return inserted;
}
