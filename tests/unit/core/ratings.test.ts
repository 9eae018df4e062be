import { effectiveRating, isGapRating, parseRating } from '../../../src/core/ratings';

describe('ratings', () => {
  it('reads ratings case- and space-insensitively', () => {
    expect(parseRating(' not  YET ')).toBe('Not yet');
    expect(parseRating('Exceeds')).toBe('Exceeds');
    expect(parseRating('great')).toBeNull();
    expect(parseRating('')).toBeNull();
    expect(parseRating(3)).toBeNull();
  });

  it('prefers the manager rating over the self rating', () => {
    expect(effectiveRating('Developing', 'Meets')).toBe('Meets');
    expect(effectiveRating('Meets', 'Not yet')).toBe('Not yet');
    expect(effectiveRating('Developing', '')).toBe('Developing');
    expect(effectiveRating('', '')).toBeNull();
  });

  it('falls back to the self rating when the manager wrote something that is not a rating', () => {
    expect(effectiveRating('Developing', 'ask me later')).toBe('Developing');
  });

  it('counts Not yet and Developing as gaps, and unrated as no gap', () => {
    expect(isGapRating('Not yet')).toBe(true);
    expect(isGapRating('Developing')).toBe(true);
    expect(isGapRating('Meets')).toBe(false);
    expect(isGapRating('Exceeds')).toBe(false);
    expect(isGapRating(null)).toBe(false);
  });
});
