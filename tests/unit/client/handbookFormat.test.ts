import {
  canImportLevel,
  EMPTY_LEVEL_NOTE,
  handbookPreviewText,
  handbookSummaryLines,
  levelLabel,
  newAgainst,
  noImportableLevelLine,
} from '../../../src/client/sidebar/handbookFormat';
import type { HandbookLevelOption, ImportSummary } from '../../../src/api/sheets';

const level = (title: string, grade: number | null, ids: string[]): HandbookLevelOption => ({
  slug: title.toLowerCase().replace(/ /g, '-'),
  title,
  grade,
  requirementCount: ids.length,
  requirementIds: ids,
  catalogRoleId: null,
});

const analyst = level('Analyst', 6, ['a', 'b']);
const senior = level('Senior Analyst', 7, ['a', 'c', 'd']);

describe('handbook wording in the sidebar', () => {
  it('labels a level with its grade and count, and without a grade when the page gives none', () => {
    expect(levelLabel(senior)).toBe('Senior Analyst · grade 7 · 3 requirements');
    expect(levelLabel(level('Lead', null, ['x']))).toBe('Lead · 1 requirement');
  });

  it('counts what is new by requirement ids', () => {
    expect(newAgainst(senior, analyst)).toBe(2);
    expect(newAgainst(senior, null)).toBe(3);
    expect(handbookPreviewText(senior, analyst)).toBe('3 requirements · 2 new compared with Analyst');
    expect(handbookPreviewText(senior, level('Other', 5, ['z']))).toBe(
      '3 requirements · all new compared with Other',
    );
    expect(handbookPreviewText(senior, null)).toBe('3 requirements · no current level to compare with');
    expect(handbookPreviewText(level('Empty', 5, []), null)).toMatch(/lists no requirements/);
  });

  it('says where the wording came from and what was left out', () => {
    const summary = { wording: 'handbook', skippedCommon: 2 } as ImportSummary;
    expect(handbookSummaryLines(summary)).toEqual([
      'Worded as the handbook page reads today',
      '2 lines every job family shares (values, using GitLab) left out',
    ]);
    expect(handbookSummaryLines({ ...summary, wording: 'catalog' })).toEqual([]);
  });

  it('lists a level without requirements but says it cannot be imported, and when no level can', () => {
    const empty = level('Senior Director', 11, []);
    expect(canImportLevel(senior)).toBe(true);
    expect(canImportLevel(empty)).toBe(false);
    expect(levelLabel(empty)).toBe('Senior Director · grade 11 · 0 requirements');
    expect(EMPTY_LEVEL_NOTE).toMatch(
      /^This level lists no requirements on the page \(.+\), so it cannot be imported\.$/,
    );
    expect(noImportableLevelLine([analyst, empty])).toBeNull();
    expect(noImportableLevelLine([empty])).toMatch(/^Its only level lists no requirements/);
    expect(noImportableLevelLine([empty, empty])).toMatch(/^None of its levels lists requirements/);
  });
});
