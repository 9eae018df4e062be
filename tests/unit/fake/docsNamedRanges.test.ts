import { createDocsFake, editAsUser, FakeDocument, snapshotDocument, textOutside } from '../../../fake';
import type { FakeBody, FakeDocRange } from '../../../fake/docs';

function open(
  content: Parameters<typeof FakeDocument.fromContent>[0],
  options: Parameters<typeof FakeDocument.fromContent>[1] = {},
) {
  const document = FakeDocument.fromContent(content, options);
  const fake = createDocsFake({ document });
  const doc = fake.globals.DocumentApp.getActiveDocument()!;
  return { fake, document, doc, body: doc.getBody() };
}

/** Body child indices a named range covers, as the add-on would read them. */
function covered(body: FakeBody, range: FakeDocRange): number[] {
  return range.getRangeElements().map((e) => body.getChildIndex(e.getElement()));
}

describe('named ranges', () => {
  test('built from whole elements; elements come back in document order', () => {
    const { doc, body } = open(['before', 'a', 'b', 'c', 'after']);
    const range = doc
      .newRange()
      .addElement(body.getChild(3))
      .addElement(body.getChild(1))
      .addElement(body.getChild(2))
      .build();
    const named = doc.addNamedRange('careergrowth.agenda', range);
    expect(named.getName()).toBe('careergrowth.agenda');
    expect(doc.getNamedRangeById(named.getId())!.getName()).toBe('careergrowth.agenda');
    expect(covered(body, named.getRange())).toEqual([1, 2, 3]);
    expect(
      named
        .getRange()
        .getRangeElements()
        .every((e) => !e.isPartial() && e.getStartOffset() === -1),
    ).toBe(true);
    expect(doc.getNamedRanges('careergrowth.agenda')).toHaveLength(1);
    expect(doc.getNamedRanges('other')).toEqual([]);
    expect(doc.getNamedRanges()).toHaveLength(1);
  });

  test('addElementsBetween takes everything from start to end, tables whole', () => {
    const { doc, body } = open(['x', 'start', { table: [['t']] }, 'end', 'y']);
    const range = doc.newRange().addElementsBetween(body.getChild(1), body.getChild(3)).build();
    expect(covered(body, range)).toEqual([1, 2, 3]);
    expect(() => doc.newRange().addElementsBetween(body.getChild(3), body.getChild(1))).toThrow(
      /start element must not come after/,
    );
  });

  test('names must have 1 to 256 characters', () => {
    const { doc, body } = open(['a']);
    const range = doc.newRange().addElement(body.getChild(0)).build();
    expect(() => doc.addNamedRange('', range)).toThrow(/Invalid argument: name/);
    expect(() => doc.addNamedRange('x'.repeat(257), range)).toThrow(/Invalid argument: name/);
    expect(doc.addNamedRange('x'.repeat(256), range).getName()).toHaveLength(256);
  });

  test('follows its elements through inserts and removals elsewhere', () => {
    const { doc, body } = open(['intro', 'a', 'b', 'outro']);
    const named = doc.addNamedRange(
      'careergrowth.agenda',
      doc.newRange().addElement(body.getChild(1)).addElement(body.getChild(2)).build(),
    );
    body.insertParagraph(0, 'new first');
    body.appendParagraph('new last');
    body.getChild(body.getNumChildren() - 2).removeFromParent(); // 'outro'
    expect(covered(body, named.getRange())).toEqual([2, 3]);
    expect(body.getChild(2).asParagraph().getText()).toBe('a');
  });

  test('an element removed from the body leaves the range; when all are gone the range disappears', () => {
    const { doc, body } = open(['intro', 'a', 'b', 'outro']);
    const named = doc.addNamedRange(
      'careergrowth.agenda',
      doc.newRange().addElement(body.getChild(1)).addElement(body.getChild(2)).build(),
    );
    body.getChild(1).removeFromParent();
    expect(covered(body, named.getRange())).toEqual([1]);
    body.getChild(1).removeFromParent();
    expect(doc.getNamedRanges()).toEqual([]);
    expect(doc.getNamedRangeById(named.getId())).toBeNull();
    expect(() => named.getRange()).toThrow(/no longer exists/);
    named.remove(); // removing an already removed range does nothing
  });

  test('an element put back after removal does not rejoin its range (its text was deleted and typed anew)', () => {
    const { doc, body } = open(['a', 'b', 'c']);
    const named = doc.addNamedRange(
      'n',
      doc.newRange().addElement(body.getChild(0)).addElement(body.getChild(1)).build(),
    );
    const moved = body.getChild(1).asParagraph().removeFromParent();
    body.insertParagraph(2, moved);
    expect(covered(body, named.getRange())).toEqual([0]);
  });

  test('survives a person editing text inside it; grows when they add a paragraph inside it', () => {
    const { doc, body, document } = open(['intro', 'a', 'b', 'outro']);
    const named = doc.addNamedRange(
      'careergrowth.agenda',
      doc.newRange().addElement(body.getChild(1)).addElement(body.getChild(2)).build(),
    );
    editAsUser(document, (b) => {
      b.getChild(1).asParagraph().appendText(' (typed)');
      b.insertParagraph(2, 'typed between');
      b.insertParagraph(4, 'typed after the block');
    });
    expect(covered(body, named.getRange())).toEqual([1, 2, 3]);
    expect(snapshotDocument(document).tabs[0]!.namedRanges).toEqual([
      { id: named.getId(), name: 'careergrowth.agenda', covers: [1, 2, 3] },
    ]);
    expect(textOutside(document, 'careergrowth.')).toEqual(['intro', 'typed after the block', 'outro']);
  });

  test('remove() drops the name, not the content', () => {
    const { doc, body } = open(['a']);
    const named = doc.addNamedRange('n', doc.newRange().addElement(body.getChild(0)).build());
    named.remove();
    expect(doc.getNamedRanges()).toEqual([]);
    expect(body.getText()).toBe('a');
  });

  test('ranges refuse removed elements, copies and elements of another tab', () => {
    const document = new FakeDocument({
      tabs: [
        { title: 'One', content: ['a', 'b'] },
        { title: 'Two', content: ['c'] },
      ],
    });
    const doc = createDocsFake({ document }).globals.DocumentApp.getActiveDocument()!;
    const body = doc.getBody();
    const removed = body.getChild(0).removeFromParent();
    expect(() => doc.newRange().addElement(removed)).toThrow(/not in this tab's body/);
    expect(() => doc.newRange().addElement(body.getChild(0).copy())).toThrow(/not in this tab's body/);
    const two = doc.getTabs()[1]!.asDocumentTab();
    expect(() => doc.newRange().addElement(two.getBody().getChild(0))).toThrow(/not in this tab's body/);
    const rangeInTwo = two.newRange().addElement(two.getBody().getChild(0)).build();
    expect(() => doc.addNamedRange('x', rangeInTwo)).toThrow(/built in another tab/);
    two.addNamedRange('careergrowth.agenda', rangeInTwo);
    expect(doc.getNamedRanges()).toEqual([]); // named ranges are per tab
    expect(two.getNamedRanges('careergrowth.agenda')).toHaveLength(1);
  });

  test('partial text ranges and findText', () => {
    const { doc, body } = open(['Next conversation: 2026-12-01']);
    const found = body.findText('\\d{4}-\\d{2}-\\d{2}')!;
    expect(found.isPartial()).toBe(true);
    expect([found.getStartOffset(), found.getEndOffsetInclusive()]).toEqual([19, 28]);
    const range = doc.newRange().addElement(found.getElement().asText(), 19, 28).build();
    expect(range.getRangeElements()[0]!.isPartial()).toBe(true);
    expect(body.findText('nothing')).toBeNull();
    expect(() => doc.newRange().addElement(found.getElement().asText(), 5, 99)).toThrow(/offsets/);
  });
});

describe('cursor and selection', () => {
  test('no cursor → null', () => {
    const { doc } = open(['a']);
    expect(doc.getCursor()).toBeNull();
    expect(doc.getSelection()).toBeNull();
  });

  test('in a paragraph with text the cursor sits in the Text element, offset in characters', () => {
    const { doc, fake } = open(['intro', 'Hello world'], { cursor: { path: [1], offset: 5 } });
    const cursor = doc.getCursor()!;
    expect(cursor.getElement().getType()).toBe(fake.globals.DocumentApp.ElementType.TEXT);
    expect(cursor.getOffset()).toBe(5);
    expect(cursor.getSurroundingText().getText()).toBe('Hello world');
    expect(cursor.getSurroundingTextOffset()).toBe(5);
    expect(doc.getBody().getChildIndex(cursor.getElement().getParent()!)).toBe(1);
  });

  test('in an empty paragraph the cursor is on the paragraph itself', () => {
    const { doc, fake } = open(['a', ''], { cursor: { path: [1] } });
    const element = doc.getCursor()!.getElement();
    expect(element.getType()).toBe(fake.globals.DocumentApp.ElementType.PARAGRAPH);
    expect(doc.getBody().getChildIndex(element)).toBe(1);
  });

  test('in a table cell or list item the cursor gives the inner element: the add-on climbs to the body child', () => {
    const { doc, body } = open(['a', { table: [['x', 'cell text']] }, { li: 'item' }], {
      cursor: { path: [1, 0, 1, 0], offset: 2 },
    });
    const element = doc.getCursor()!.getElement();
    expect(() => body.getChildIndex(element)).toThrow(
      'Element does not contain the specified child element.',
    );
    let top = element;
    while (top.getParent()!.getType().toString() !== 'BODY_SECTION') top = top.getParent()!;
    expect(body.getChildIndex(top)).toBe(1);
    const inList = open(['a', { li: 'item' }], { cursor: { path: [1], offset: 0 } })
      .doc.getCursor()!
      .getElement();
    expect(inList.getParent()!.getType().toString()).toBe('LIST_ITEM');
  });

  test('the cursor goes when its element is removed; setCursor/newPosition check their element', () => {
    const { doc, body } = open(['a', 'b'], { cursor: { path: [0] } });
    body.getChild(0).removeFromParent();
    expect(doc.getCursor()).toBeNull();
    const position = doc.newPosition(body.getChild(0).asParagraph().getChild(0), 1);
    doc.setCursor(position);
    expect(doc.getCursor()!.getOffset()).toBe(1);
    expect(() => doc.newPosition(body.getChild(0), 5)).toThrow(/offset \(5\) must be between 0 and 1/);
  });

  test('Position.insertText types at the cursor', () => {
    const { doc, body } = open(['Hello'], { cursor: { path: [0], offset: 5 } });
    doc.getCursor()!.insertText(' there');
    expect(body.getChild(0).asParagraph().getText()).toBe('Hello there');
  });

  test('a selection of whole elements', () => {
    const { doc, body } = open(['a', 'b', 'c'], { selection: [[1], [2]] });
    expect(covered(body, doc.getSelection()!)).toEqual([1, 2]);
  });
});

describe('snapshot and textOutside', () => {
  test('the snapshot lists every element, the cursor, named ranges and properties, and is not counted', () => {
    const document = new FakeDocument({
      name: 'Career Conversation — Sam',
      tabs: [
        {
          title: 'Conversation',
          content: [
            { p: 'Agenda', heading: 'HEADING1' },
            { li: 'aspirations', nesting: 1 },
            { hr: true },
            { table: [['a']] },
          ],
        },
        { title: 'Notes', content: ['free text'] },
      ],
      cursor: { path: [1], offset: 3 },
      namedRanges: [{ name: 'careergrowth.agenda', children: [0, 1] }],
      documentProperties: { k: 'v' },
    });
    const fake = createDocsFake({ document });
    expect(fake.snapshot()).toEqual({
      id: document._id(),
      name: 'Career Conversation — Sam',
      activeTab: 't.0',
      cursor: { path: '1/0', offset: 3 },
      tabs: [
        {
          id: 't.0',
          title: 'Conversation',
          body: [
            { type: 'PARAGRAPH', text: 'Agenda', heading: 'HEADING1' },
            { type: 'LIST_ITEM', text: 'aspirations', nesting: 1, glyph: 'BULLET' },
            { type: 'PARAGRAPH', text: '', heading: 'NORMAL', contains: ['HORIZONTAL_RULE'] },
            { type: 'TABLE', cells: [['a']] },
            { type: 'PARAGRAPH', text: '', heading: 'NORMAL' },
          ],
          namedRanges: [{ id: 'kix.fake1', name: 'careergrowth.agenda', covers: [0, 1] }],
          children: [],
        },
        {
          id: 't.1',
          title: 'Notes',
          body: [{ type: 'PARAGRAPH', text: 'free text', heading: 'NORMAL' }],
          namedRanges: [],
          children: [],
        },
      ],
      documentProperties: { k: 'v' },
    });
    expect(textOutside(document, 'careergrowth.')).toEqual([
      'Conversation: ',
      'Conversation: a',
      'Conversation: ',
      'Notes: free text',
    ]);
    expect(fake.calls.total).toBe(0);
  });
});
