import type { RatingRow } from '../../../src/api/tracker';
import { RatingDrafts } from '../../../src/client/sidebar/ratingDrafts';

function row(key: string, overrides: Partial<RatingRow> = {}): RatingRow {
  return {
    key,
    requirement: `Requirement ${key}`,
    area: 'Systems',
    self: null,
    manager: null,
    evidence: '',
    version: `${key}-v1`,
    ...overrides,
  };
}

const rows = () => [
  row('a', { self: 'Developing', manager: 'Meets' }),
  row('b', { evidence: 'Shipped X' }),
  row('c'),
];

describe('RatingDrafts', () => {
  it('shows the sheet values until the person edits, then theirs', () => {
    const drafts = new RatingDrafts(rows(), 'self');
    expect(drafts.values('a')).toEqual({ rating: 'Developing', evidence: '' });
    drafts.setRating('a', 'Meets');
    drafts.setEvidence('b', 'Shipped X and Y');
    expect(drafts.values('a')).toEqual({ rating: 'Meets', evidence: '' });
    expect(drafts.values('b')).toEqual({ rating: null, evidence: 'Shipped X and Y' });
    expect(drafts.count).toBe(2);
    expect(drafts.rated).toBe(1);
  });

  it("edits the rater's own column: a manager sees and changes Manager rating", () => {
    const drafts = new RatingDrafts(rows(), 'manager');
    expect(drafts.values('a').rating).toBe('Meets');
    drafts.setRating('a', 'Exceeds');
    expect(drafts.changes()).toEqual([{ key: 'a', rating: 'Exceeds', evidence: '', version: 'a-v1' }]);
  });

  it('forgets an edit taken back to what the sheet holds', () => {
    const drafts = new RatingDrafts(rows(), 'self');
    drafts.setRating('a', 'Meets');
    drafts.setRating('a', 'Developing');
    drafts.setEvidence('b', 'Shipped X ');
    expect(drafts.count).toBe(0);
    expect(drafts.changes()).toEqual([]);
  });

  it('sends every edited row once, in sheet order, at the version it was read', () => {
    const drafts = new RatingDrafts(rows(), 'self');
    drafts.setEvidence('c', 'Mentored two analysts');
    drafts.setRating('a', null);
    drafts.setRating('c', 'Meets');
    expect(drafts.changes()).toEqual([
      { key: 'a', rating: '', evidence: '', version: 'a-v1' },
      { key: 'c', rating: 'Meets', evidence: 'Mentored two analysts', version: 'c-v1' },
    ]);
  });

  it('after a save, keeps only what was edited while it ran', () => {
    const drafts = new RatingDrafts(rows(), 'self');
    drafts.setRating('a', 'Meets');
    drafts.setRating('c', 'Exceeds');
    const sent = drafts.changes();
    drafts.setRating('c', 'Developing'); // changed again while saving
    drafts.saved(
      [
        row('a', { self: 'Meets', manager: 'Meets', version: 'a-v2' }),
        rows()[1]!,
        row('c', { self: 'Exceeds', version: 'c-v2' }),
      ],
      sent,
    );
    expect(drafts.isChanged('a')).toBe(false);
    expect(drafts.changes()).toEqual([{ key: 'c', rating: 'Developing', evidence: '', version: 'c-v2' }]);
  });

  it("keeping the sheet's values drops those edits and takes the rows as they are now", () => {
    const drafts = new RatingDrafts(rows(), 'self');
    drafts.setRating('a', 'Meets');
    drafts.setRating('b', 'Meets');
    const now = [row('a', { self: 'Exceeds', version: 'a-v2' }), rows()[1]!, row('c')];
    drafts.keepSheets(['a'], now);
    expect(drafts.values('a').rating).toBe('Exceeds');
    expect(drafts.changes()).toEqual([{ key: 'b', rating: 'Meets', evidence: 'Shipped X', version: 'b-v1' }]);
  });

  it('new rows keep the edits that still differ, at the new versions, and drop rows that are gone', () => {
    const drafts = new RatingDrafts(rows(), 'self');
    drafts.setRating('a', 'Meets');
    drafts.setRating('c', 'Meets');
    // The evidence of a changed in the sheet meanwhile: the person did not edit it, so it is the sheet's.
    const gone = drafts.replaceRows([
      row('a', { self: 'Developing', evidence: 'Typed in the sheet', version: 'a-v2' }),
      rows()[1]!,
    ]);
    expect(gone).toEqual(['c']);
    expect(drafts.changes()).toEqual([
      { key: 'a', rating: 'Meets', evidence: 'Typed in the sheet', version: 'a-v2' },
    ]);
  });

  it('an edit the sheet now agrees with is no edit', () => {
    const drafts = new RatingDrafts(rows(), 'self');
    drafts.setRating('c', 'Meets');
    drafts.replaceRows([rows()[0]!, rows()[1]!, row('c', { self: 'Meets', version: 'c-v2' })]);
    expect(drafts.count).toBe(0);
  });

  it('changes who rates only while nothing is unsaved', () => {
    const drafts = new RatingDrafts(rows(), 'self');
    drafts.setRater('manager');
    expect(drafts.values('a').rating).toBe('Meets');
    drafts.setRating('a', 'Exceeds');
    expect(() => {
      drafts.setRater('self');
    }).toThrow(/Save or discard/);
  });
});
