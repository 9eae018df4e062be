import { copyDocument, createDocsFake, FakeDocument, snapshotDocument } from '../../../fake/docs';
import { silently } from '../../../fake/calls';

describe('copyDocument', () => {
  const original = () =>
    FakeDocument.fromContent(
      ['Intro', { p: 'Agenda', heading: 'HEADING1' }, { li: 'aspirations' }, 'Outro'],
      {
        cursor: { path: [0], offset: 2 },
        namedRanges: [{ name: 'careergrowth.agenda.x', children: [1, 2] }],
        documentProperties: { link: 'https://example.com' },
      },
    );

  it('copies body, named ranges, cursor and properties', () => {
    const document = original();
    expect(snapshotDocument(copyDocument(document))).toEqual(snapshotDocument(document));
  });

  it('gives a copy that changes apart from the original, in its own execution environment', () => {
    const document = original();
    const before = snapshotDocument(document);
    const copy = copyDocument(document);
    const fake = createDocsFake({ document: copy });
    silently(() => {
      copy.getBody().insertParagraph(2, 'Joins the range');
      copy.getBody().getChild(0).asParagraph().setText('Changed');
    });
    fake.documentProperties.set('link', 'elsewhere');
    expect(snapshotDocument(document)).toEqual(before);
    const after = snapshotDocument(copy);
    expect(after.tabs[0]!.namedRanges[0]!.covers).toEqual([1, 2, 3]);
    expect(after.tabs[0]!.body[0]).toMatchObject({ text: 'Changed' });
    expect(after.documentProperties).toEqual({ link: 'elsewhere' });
  });
});
