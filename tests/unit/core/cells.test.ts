import { cellText, fingerprint, isDate, literal, normalizeText } from '../../../src/core/cells';
import { columnLetter } from '../../../src/core/a1';
import { HeaderMap } from '../../../src/core/headers';
import * as vm from 'node:vm';

describe('cells', () => {
  it('keeps text that would start a formula literal', () => {
    expect(literal('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(literal('+1 555')).toBe("'+1 555");
    expect(literal('-not a number')).toBe("'-not a number");
    expect(literal('@mention')).toBe("'@mention");
    expect(literal("'quoted")).toBe("''quoted");
    expect(literal('Plain text')).toBe('Plain text');
  });

  it('recognises dates from another realm', () => {
    const foreign: unknown = vm.runInNewContext('new Date(2026, 0, 2)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(isDate('2026-01-02')).toBe(false);
    expect(isDate(new Date('nonsense'))).toBe(false);
  });

  it('turns cell values into trimmed text', () => {
    expect(cellText('  a ')).toBe('a');
    expect(cellText(null)).toBe('');
    expect(cellText(0)).toBe('0');
    expect(cellText(false)).toBe('false');
  });

  it('normalises and fingerprints text stably', () => {
    expect(normalizeText('  Builds   Reports ')).toBe('builds reports');
    expect(fingerprint('abc')).toBe(fingerprint('abc'));
    expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
    expect(fingerprint('abc')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('names columns in A1 notation', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});

describe('HeaderMap', () => {
  it('finds columns by header text whatever the case, spacing or position', () => {
    const header = HeaderMap.fromRow(['My notes', ' self RATING ', 'Requirement', 42]);
    expect(header.column('Self rating')).toBe(1);
    expect(header.column('requirement')).toBe(2);
    expect(header.column('Evidence')).toBe(-1);
    expect(header.missing(['Requirement', 'Evidence', 'Manager rating'])).toEqual([
      'Evidence',
      'Manager rating',
    ]);
  });

  it('lets the first of two equal headers win', () => {
    expect(HeaderMap.fromRow(['Status', 'status']).column('Status')).toBe(0);
  });

  it('appends headers after every column read', () => {
    const header = HeaderMap.fromRow(['A', '', 'B', '']).withAppended(['Key']);
    expect(header.headers).toEqual(['A', '', 'B', '', 'Key']);
    expect(header.column('Key')).toBe(4);
  });
});
