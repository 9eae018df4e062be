import { createDocsFake, FakeDocument, snapshotDocument } from '../../../fake';
import type { FakeElement } from '../../../fake/docs';

function open(
  content: Parameters<typeof FakeDocument.fromContent>[0],
  options: Parameters<typeof FakeDocument.fromContent>[1] = {},
) {
  const document = FakeDocument.fromContent(content, options);
  const fake = createDocsFake({ document });
  const doc = fake.globals.DocumentApp.getActiveDocument()!;
  return { fake, document, doc, body: doc.getBody(), app: fake.globals.DocumentApp };
}

describe('body structure', () => {
  test('a fixture becomes body children with types, text and headings', () => {
    const { body, app } = open([
      { p: 'Career conversation', heading: 'TITLE' },
      'Intro',
      { li: 'first' },
      {
        table: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ]);
    expect(body.getNumChildren()).toBe(5); // a table never ends the body: an empty paragraph follows it
    expect(body.getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getChild(0).asParagraph().getHeading()).toBe(app.ParagraphHeading.TITLE);
    expect(body.getChild(1).asParagraph().getHeading()).toBe(app.ParagraphHeading.NORMAL);
    expect(body.getChild(2).getType()).toBe(app.ElementType.LIST_ITEM);
    const table = body.getChild(3).asTable();
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 0).getText()).toBe('c');
    expect(body.getChild(4).asParagraph().getText()).toBe('');
    expect(body.getText()).toBe('Career conversation\nIntro\nfirst\na\nb\nc\nd\n');
  });

  test('each fetch is a new handle (compare elements by index, never with ===)', () => {
    const { body } = open(['x']);
    expect(body.getChild(0)).not.toBe(body.getChild(0));
    expect(body.getChildIndex(body.getChild(0))).toBe(0);
  });

  test('insert and append paragraphs, list items, tables, rules', () => {
    const { body, app } = open(['one', 'two']);
    const p = body.insertParagraph(1, 'between').setHeading(app.ParagraphHeading.HEADING2);
    expect(p.getHeading()).toBe(app.ParagraphHeading.HEADING2);
    body.appendListItem('item').setNestingLevel(1);
    const table = body.insertTable(0, [
      ['h1', 'h2'],
      ['v1', 'v2'],
    ]);
    expect(table.getParent()!.getType()).toBe(app.ElementType.BODY_SECTION);
    const rule = body.insertHorizontalRule(2);
    expect(rule.getParent()!.getType()).toBe(app.ElementType.PARAGRAPH); // a rule lives in a new paragraph
    expect(snapshotDocument(open(['x']).document).tabs[0]!.body).toEqual([
      { type: 'PARAGRAPH', text: 'x', heading: 'NORMAL' },
    ]);
    const appended = body.appendTable([['last']]);
    expect(body.getChildIndex(appended)).toBe(body.getNumChildren() - 2);
    expect(
      body
        .getChild(body.getNumChildren() - 1)
        .asParagraph()
        .getText(),
    ).toBe('');
  });

  test('a paragraph inserted after a heading is a heading too unless told otherwise', () => {
    const { body, app } = open([{ p: 'Agenda', heading: 'HEADING1' }, 'text']);
    expect(body.insertParagraph(1, 'Aspirations').getHeading()).toBe(app.ParagraphHeading.HEADING1);
    expect(body.insertParagraph(2, 'prompt').setHeading(app.ParagraphHeading.NORMAL).getHeading()).toBe(
      app.ParagraphHeading.NORMAL,
    );
    expect(body.insertParagraph(0, 'first').getHeading()).toBe(app.ParagraphHeading.NORMAL);
    expect(body.appendParagraph('end').getHeading()).toBe(app.ParagraphHeading.NORMAL);
  });

  test('newlines in a paragraph become line breaks; in a cell they make paragraphs', () => {
    const { body } = open([]);
    expect(body.appendParagraph('a\nb').getText()).toBe('a\rb');
    const table = body.appendTable([['x\ny']]);
    expect(table.getCell(0, 0).getNumChildren()).toBe(2);
  });

  test('parent chains: text → paragraph → cell → row → table → body', () => {
    const { body, app } = open([{ table: [['a', 'b']] }]);
    const text = body.getChild(0).asTable().getCell(0, 1).getChild(0).asParagraph().getChild(0);
    const chain: string[] = [];
    for (let e: FakeElement | null = text; e; e = e.getParent()) chain.push(String(e.getType()));
    expect(chain).toEqual(['TEXT', 'PARAGRAPH', 'TABLE_CELL', 'TABLE_ROW', 'TABLE', 'BODY_SECTION']);
    expect(body.getChild(0).asTable().getCell(0, 1).getParentTable()!.getNumRows()).toBe(1);
    expect(body.getParent()).toBeNull();
    expect(app.ElementType.TEXT.toString()).toBe('TEXT');
  });

  test('table styling: header row bold and shaded, border and column width', () => {
    const { body, document } = open([]);
    const table = body.appendTable([
      ['Area', 'Requirement'],
      ['SQL', 'Joins'],
    ]);
    const header = table.getRow(0);
    for (let c = 0; c < header.getNumCells(); c++)
      header.getCell(c).setBackgroundColor('#eeeeee').editAsText().setBold(true);
    table.setBorderWidth(1).setColumnWidth(0, 120);
    expect(() => table.setColumnWidth(2, 10)).toThrow(
      'Child index (2) must be less than the number of child elements (2).',
    );
    expect(() => header.getCell(0).setBackgroundColor('grey')).toThrow(/Invalid argument: color/);
    const snap = snapshotDocument(document).tabs[0]!.body[1]!;
    expect(snap).toEqual({
      type: 'TABLE',
      cells: [
        ['Area', 'Requirement'],
        ['SQL', 'Joins'],
      ],
      backgrounds: [
        ['#eeeeee', '#eeeeee'],
        [null, null],
      ],
      bold: [
        [true, true],
        [false, false],
      ],
      borderWidth: 1,
    });
    table.appendTableRow().appendTableCell('new');
    table.removeRow(1);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getCell(0).getText()).toBe('new');
  });

  test('text: append returns the new run, ranged formatting, insert and delete', () => {
    const { body } = open(['Status: ']);
    const p = body.getChild(0).asParagraph();
    p.appendText('overdue').setBold(true);
    expect(p.getText()).toBe('Status: overdue');
    const t = p.editAsText();
    expect(t.isBold(0)).toBeNull();
    expect(t.isBold(8)).toBe(true);
    t.setItalic(0, 5, true).setForegroundColor('#cc0000').setLinkUrl(0, 5, 'https://example.com');
    expect(t.getLinkUrl(0)).toBe('https://example.com');
    t.insertText(0, '» ');
    t.deleteText(0, 1);
    expect(t.getText()).toBe('Status: overdue');
    expect(() => t.deleteText(3, 15)).toThrow('Index (15) must be less than the content length (15).');
    expect(() => t.deleteText(-1, 2)).toThrow(/must not be negative/);
    expect(() => t.deleteText(4, 2)).toThrow(/is before startOffset/);
    expect(() => t.insertText(16, 'x')).toThrow(/less than or equal to the content length/);
    expect(() => t.setBold(0, 99, true)).toThrow(/content length/);
  });

  test('attributes: enum keys, text attributes on containers, HEADING only on paragraphs', () => {
    const { body, app } = open(['a', { table: [['x']] }]);
    const style: Record<string, unknown> = {};
    style[String(app.Attribute.BOLD)] = true;
    style[String(app.Attribute.HORIZONTAL_ALIGNMENT)] = app.HorizontalAlignment.CENTER;
    const p = body.getChild(0).asParagraph().setAttributes(style);
    expect(p.getAttributes().BOLD).toBe(true); // all its text is bold
    expect(body.appendParagraph('plain').getAttributes().BOLD).toBeNull();
    expect(p.editAsText().isBold()).toBe(true);
    expect(p.getAlignment()).toBe(app.HorizontalAlignment.CENTER);
    const table = body.getChild(1).asTable();
    expect(() => table.setAttributes({ HEADING: app.ParagraphHeading.HEADING1 })).toThrow(
      /HEADING cannot be set on a TABLE/,
    );
    expect(() => table.asParagraph()).toThrow(/Cannot cast Table to Paragraph/);
    expect(() => p.setAttributes({ BOLDD: true })).toThrow(/unknown attribute BOLDD/);
    expect(() => p.setHeading('HEADING1' as never)).toThrow(
      /don't match the method signature for DocumentApp.Paragraph.setHeading/,
    );
  });
});

describe('where Apps Script throws', () => {
  test('child index out of range', () => {
    const { body } = open(['a', 'b']);
    expect(() => body.getChild(2)).toThrow(
      'Child index (2) must be less than the number of child elements (2).',
    );
    expect(() => body.getChild(-1)).toThrow(/Child index \(-1\)/);
    expect(() => body.insertParagraph(3, 'x')).toThrow(
      'Child index (3) must be less than or equal to the number of child elements (2).',
    );
    expect(() => body.getChild(1.5)).toThrow(/don't match the method signature/);
    expect(() => body.getChild(0).asParagraph().getChild(1)).toThrow(/Child index \(1\)/);
  });

  test("the last paragraph of a body or cell can't be removed", () => {
    const { body } = open(['a', 'b', { table: [['x']] }]);
    expect(() => body.getChild(3).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    expect(() => body.removeChild(body.getChild(3))).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    expect(() => body.getChild(2).asTable().getCell(0, 0).getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph",
    );
    body.getChild(0).removeFromParent();
    expect(body.getNumChildren()).toBe(3);
  });

  test('a removed element is detached: no parent, not a child, cannot be removed again, can be re-inserted', () => {
    const { body } = open(['a', 'b', 'c']);
    const removed = body.getChild(1).asParagraph().removeFromParent();
    expect(removed.getParent()).toBeNull();
    expect(removed.getText()).toBe('b');
    expect(() => body.getChildIndex(removed)).toThrow(
      'Element does not contain the specified child element.',
    );
    expect(() => removed.removeFromParent()).toThrow(/Element does not have a parent/);
    expect(() => body.appendParagraph(body.getChild(0).asParagraph())).toThrow('Element must be detached.');
    body.insertParagraph(0, removed);
    expect(body.getChild(0).asParagraph().getText()).toBe('b');
  });

  test('insertTable takes strings only; an empty array is a table with no rows, ragged rows stay ragged', () => {
    const { body, document } = open([]);
    expect(() => body.insertTable(0, [[1 as unknown as string]])).toThrow(
      /don't match the method signature for DocumentApp.Body.insertTable/,
    );
    expect(body.appendTable().getNumRows()).toBe(0); // Apps Script's appendTable() is a stub with no rows
    expect(body.appendTable([]).getNumRows()).toBe(0);
    body.appendTable([['a', 'b'], ['c']]);
    const tables = snapshotDocument(document).tabs[0]!.body.filter((e) => e.type === 'TABLE');
    expect(tables.map((t) => t.cells)).toEqual([[], [], [['a', 'b'], ['c']]]);
  });

  test('insertX takes 0 to getNumChildren() (the end appends); beyond it throws', () => {
    const { body } = open(['a']);
    expect(body.insertParagraph(1, 'end').getText()).toBe('end');
    expect(body.getNumChildren()).toBe(2);
    expect(() => body.insertParagraph(3, 'x')).toThrow(
      'Child index (3) must be less than or equal to the number of child elements (2).',
    );
    const table = body.insertTable(0, [['x']]);
    expect(() => table.insertTableRow(2)).toThrow(/Child index \(2\) must be less than or equal/);
    expect(table.getRow(0).insertTableCell(1, 'y').getText()).toBe('y');
    const p = body.getChild(1).asParagraph();
    p.insertText(1, ' more');
    expect(p.getText()).toBe('a more');
  });

  test("clear() keeps the last paragraph, emptied; a body ending in a list item can't be cleared", () => {
    const { body } = open(['a', { li: 'last' }]);
    expect(() => body.clear()).toThrow("Can't remove the last paragraph in a document section.");
    const first = body.getChild(0);
    const kept = body.appendParagraph('kept');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChildIndex(kept)).toBe(0);
    expect(kept.getText()).toBe('');
    expect(() => body.getChildIndex(first)).toThrow('Element does not contain the specified child element.');
    body.setText('one\ntwo');
    expect(body.getText()).toBe('one\ntwo');
    expect(body.getChildIndex(kept)).toBe(0);
  });

  test('a table copy can be inserted; the original stays', () => {
    const { body } = open([{ table: [['a']] }]);
    const copy = body.getChild(0).asTable().copy();
    copy.getCell(0, 0).setText('b');
    body.insertTable(0, copy);
    expect(body.getChild(0).asTable().getCell(0, 0).getText()).toBe('b');
    expect(body.getChild(1).asTable().getCell(0, 0).getText()).toBe('a');
  });

  test('findElement finds the next descendant of a type', () => {
    const { body, app } = open(['a', { table: [['x']] }, { table: [['y']] }]);
    const first = body.findElement(app.ElementType.TABLE)!;
    expect(first.getElement().asTable().getCell(0, 0).getText()).toBe('x');
    const second = body.findElement(app.ElementType.TABLE, first)!;
    expect(second.getElement().asTable().getCell(0, 0).getText()).toBe('y');
    expect(body.findElement(app.ElementType.TABLE, second)).toBeNull();
    expect(body.findElement(app.ElementType.LIST_ITEM)).toBeNull();
  });

  test('objects print as in Apps Script, uncounted', () => {
    const { body, doc, fake } = open(['a']);
    fake.calls.reset();
    expect([
      String(body),
      String(body.getChild(0)),
      String(doc),
      String(doc.newRange()),
      String(doc.newRange().build()),
    ]).toEqual(['DocumentBodySection', 'Paragraph', 'Document', 'RangeBuilder', 'Range']);
    expect(fake.calls.byMethod).toEqual({
      'Body.getChild': 1,
      'Document.newRange': 2,
      'RangeBuilder.build': 1,
    });
  });

  test('a detached page break can be inserted; it gets its own paragraph', () => {
    const { body } = open(['a', 'b']);
    const copy = body.appendPageBreak().copy();
    const inserted = body.insertPageBreak(1, copy);
    expect(inserted.getParent()!.getParent()!.getType().toString()).toBe('BODY_SECTION');
    expect(body.getChildIndex(inserted.getParent()!)).toBe(1);
    expect(() => body.insertPageBreak(1, inserted)).toThrow('Element must be detached.');
  });

  test('no page break inside a table; body has no removeFromParent', () => {
    const { body } = open([{ table: [['a']] }]);
    const cellParagraph = body.getChild(0).asTable().getCell(0, 0).getChild(0);
    expect(() => cellParagraph.asParagraph().appendPageBreak()).toThrow(
      /page break cannot be inserted inside a table/,
    );
    expect((body as unknown as { removeFromParent?: unknown }).removeFromParent).toBeUndefined();
  });
});

describe('tabs', () => {
  const tabs = {
    tabs: [
      { title: 'Notes', content: ['first tab'] },
      { title: 'Conversation', content: ['second tab'], children: [{ title: 'Archive', content: ['old'] }] },
    ],
    activeTab: 'Conversation',
  };

  test('getTabs, child tabs, active tab; Document methods act on the first tab by default', () => {
    const document = new FakeDocument(tabs);
    const fake = createDocsFake({ document });
    const app = fake.globals.DocumentApp;
    const doc = app.getActiveDocument()!;
    expect(doc.getTabs().map((t) => t.getTitle())).toEqual(['Notes', 'Conversation']);
    expect(doc.getTabs()[1]!.getChildTabs()[0]!.getTitle()).toBe('Archive');
    expect(doc.getActiveTab().getTitle()).toBe('Conversation');
    expect(doc.getActiveTab().getType()).toBe(app.TabType.DOCUMENT_TAB);
    expect(doc.getActiveTab().asDocumentTab().getBody().getText()).toBe('second tab');
    expect(doc.getBody().getText()).toBe('first tab');
    expect(doc.getTab(doc.getTabs()[1]!.getChildTabs()[0]!.getId())!.getIndex()).toBe(0);
  });

  test("documentMethodsTab: 'active' follows the active tab", () => {
    const document = new FakeDocument({ ...tabs, documentMethodsTab: 'active' });
    const doc = createDocsFake({ document }).globals.DocumentApp.getActiveDocument()!;
    expect(doc.getBody().getText()).toBe('second tab');
  });
});

describe('lists', () => {
  test('a new list is numbered; items appended after it continue the same list', () => {
    const { body, app } = open(['a']);
    const first = body.appendListItem('one');
    expect(first.getGlyphType()).toBe(app.GlyphType.NUMBER);
    first.setGlyphType(app.GlyphType.BULLET);
    const second = body.appendListItem('two');
    expect(second.getListId()).toBe(first.getListId());
    expect(second.getGlyphType()).toBe(app.GlyphType.BULLET);
    body.appendParagraph('break');
    expect(body.appendListItem('new list').getListId()).not.toBe(first.getListId());
  });
});
