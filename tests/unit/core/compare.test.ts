import { compareLevels, comparisonLabel } from '../../../src/core/compare';
import { findRole, listRoles } from '../../../src/core/catalog';
import { sampleCatalog, sampleRole } from '../../support/sampleCatalog';

describe('compareLevels', () => {
  it('marks target requirements whose skill the current role lacks as new', () => {
    const compared = compareLevels(sampleRole('ops/analyst').level, sampleRole('ops/senior-analyst').level);
    expect(compared.map((c) => [c.requirement.id, c.isNew])).toEqual([
      ['salesforce', false],
      ['reporting', false],
      ['stakeholders', true],
      ['mentoring', true],
    ]);
  });

  it('treats every requirement as new without a current role', () => {
    const compared = compareLevels(null, sampleRole('ops/analyst').level);
    expect(compared.every((c) => c.isNew)).toBe(true);
    expect(compared).toHaveLength(3);
  });

  it('labels the comparison for the sheet', () => {
    expect(comparisonLabel(true, true)).toBe('New');
    expect(comparisonLabel(false, true)).toBe('Builds on current role');
    expect(comparisonLabel(true, false)).toBe('No current role chosen');
  });
});

describe('role look-up', () => {
  it('finds roles by family and level id and lists them in order', () => {
    expect(listRoles(sampleCatalog).map((r) => r.id)).toEqual(['ops/analyst', 'ops/senior-analyst']);
    expect(findRole(sampleCatalog, 'ops/analyst')?.level.title).toBe('Operations Analyst');
  });

  it('returns undefined for unknown or malformed ids', () => {
    expect(findRole(sampleCatalog, 'ops/director')).toBeUndefined();
    expect(findRole(sampleCatalog, 'nope/analyst')).toBeUndefined();
    expect(findRole(sampleCatalog, 'analyst')).toBeUndefined();
    expect(findRole(sampleCatalog, '')).toBeUndefined();
  });
});
