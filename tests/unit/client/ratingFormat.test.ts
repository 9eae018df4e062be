import type { RatingRow } from '../../../src/api/tracker';
import {
  changedCells,
  comparisonText,
  conflictSideText,
  conflictTitle,
  differenceText,
  positionText,
  ratingDifference,
  savedText,
  unsavedText,
} from '../../../src/client/sidebar/ratingFormat';

function row(overrides: Partial<RatingRow> = {}): RatingRow {
  return {
    key: 'k',
    requirement: 'Builds dashboards',
    area: 'Systems',
    self: null,
    manager: null,
    evidence: '',
    version: 'v1',
    ...overrides,
  };
}

describe('the two ratings side by side', () => {
  it('counts steps from the self rating to the manager rating', () => {
    expect(ratingDifference('Developing', 'Meets')).toBe(1);
    expect(ratingDifference('Exceeds', 'Not yet')).toBe(-3);
    expect(ratingDifference('Meets', 'Meets')).toBe(0);
    expect(ratingDifference(null, 'Meets')).toBeNull();
    expect(ratingDifference('Meets', null)).toBeNull();
  });

  it('writes the difference with a sign, and a true minus', () => {
    expect(differenceText(1)).toBe('+1');
    expect(differenceText(-2)).toBe('\u22122');
    expect(differenceText(0)).toBe('same');
  });

  it('reads as "Self: Developing, Manager: Meets, +1"', () => {
    expect(comparisonText('Developing', 'Meets')).toBe('Self: Developing, Manager: Meets, +1');
    expect(comparisonText('Meets', 'Developing')).toBe('Self: Meets, Manager: Developing, \u22121');
    expect(comparisonText('Meets', 'Meets')).toBe('Self: Meets, Manager: Meets, same');
    expect(comparisonText('Developing', null)).toBe('Self: Developing, Manager: not rated');
    expect(comparisonText(null, null)).toBe('Self: not rated, Manager: not rated');
  });
});

describe('the walk and the save bar', () => {
  it('says where the person is and what is unsaved', () => {
    expect(positionText(0, 14)).toBe('Requirement 1 of 14');
    expect(unsavedText(0)).toBe('No unsaved changes');
    expect(unsavedText(1)).toBe('1 unsaved change');
    expect(unsavedText(3)).toBe('3 unsaved changes');
    expect(savedText(2)).toBe('Saved 2 requirements');
    expect(savedText(0)).toBe('The sheet already had these values');
  });
});

describe('conflicts', () => {
  it('show each side as rating and a short quote of the evidence', () => {
    expect(conflictSideText({ rating: 'Meets', evidence: '  Ran the QBR ' })).toBe('Meets · “Ran the QBR”');
    expect(conflictSideText({ rating: null, evidence: '' })).toBe('not rated · no evidence');
    const long = conflictSideText({ rating: 'Meets', evidence: 'x'.repeat(200) });
    expect(long.length).toBeLessThan(100);
    expect(long.endsWith('…”')).toBe(true);
  });

  it('have a headline for one and for several', () => {
    expect(conflictTitle(1)).toBe('This requirement changed in the sheet since you opened it');
    expect(conflictTitle(3)).toBe('3 requirements changed in the sheet since you opened them');
  });

  it('say which cells changed in the sheet', () => {
    expect(changedCells(row(), row({ manager: 'Meets' }))).toEqual(['Manager rating: not rated → Meets']);
    expect(
      changedCells(row({ self: 'Developing', evidence: 'a' }), row({ self: 'Meets', evidence: 'b' })),
    ).toEqual(['Self rating: Developing → Meets', 'Evidence edited']);
    expect(changedCells(row({ evidence: 'a' }), row({ evidence: ' a ' }))).toEqual([]);
    expect(changedCells(row(), undefined)).toEqual([]);
  });
});
