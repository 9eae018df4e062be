import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDiff } from '../../../scripts/catalog-diff';
import {
  compareCatalog,
  findPagePath,
  formatDriftReport,
  pagePathCandidates,
} from '../../../src/catalog/drift';
import type { Catalog, Family, Level } from '../../../src/core/catalog';
import { parseJobFamily } from '../../../src/core/jobFamily/parse';
import type { JobFamilyParseResult } from '../../../src/core/jobFamily/types';

const BASE = 'https://handbook.gitlab.com/job-families/';

function level(id: string, title: string, grade: number, url: string): Level {
  const requirements = Array.from({ length: 5 }, (_, i) => ({
    id: `${id}-${i}`,
    area: 'analysis' as const,
    text: `Skill ${i}`,
  }));
  return { id, title, grade, url, requirements };
}

function family(id: string, path: string, levels: Array<[string, string, number]>): Family {
  const url = `${BASE}${path}/`;
  return {
    id,
    name: id,
    team: 'Sales Operations',
    url,
    levels: levels.map(([levelId, title, grade]) =>
      level(levelId, title, grade, `${url}#${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`),
    ),
  };
}

const PAGE = [
  '---',
  'title: "Widget Desk"',
  '---',
  '## Levels',
  '### Widget Desk Analyst',
  '#### Widget Desk Analyst Job Grade',
  'The Widget Desk Analyst is a [grade 6](https://example.com).',
  '#### Widget Desk Analyst Requirements',
  '- Knows widgets',
  '- Ability to use GitLab',
  '### Senior Widget Desk Analyst',
  '#### Senior Widget Desk Analyst Job Grade',
  'The Senior Widget Desk Analyst is a [grade 8](https://example.com).',
  '#### Senior Widget Desk Analyst Requirements',
  '- Extends that of the Widget Desk Analyst requirements',
  '- Leads widget reviews',
  '### Widget Desk Lead',
  '#### Widget Desk Lead Requirements',
  '- Leads the desk',
].join('\n\n');

function pages(entries: Record<string, string>): Map<string, JobFamilyParseResult> {
  return new Map(Object.entries(entries).map(([path, markdown]) => [path, parseJobFamily(markdown)]));
}

describe('catalog drift', () => {
  it('finds a page by the URL path, as a file or a section index', () => {
    expect(pagePathCandidates(`${BASE}sales/deal-desk/#deal-desk-analyst`)).toEqual([
      'sales/deal-desk.md',
      'sales/deal-desk/_index.md',
      'sales/deal-desk/index.md',
    ]);
    const available = new Map([['sales/sales-operations/_index.md', null]]);
    expect(findPagePath(`${BASE}sales/sales-operations/`, available)).toBe(
      'sales/sales-operations/_index.md',
    );
    expect(findPagePath(`${BASE}sales/missing/`, available)).toBeNull();
  });

  it('reports a page that matches the catalog as in step', () => {
    const catalog: Catalog = {
      families: [
        family('widget-desk', 'sales/widget-desk', [
          ['analyst', 'Widget Desk Analyst', 6],
          ['senior-analyst', 'Senior Widget Desk Analyst', 8],
          ['lead', 'Widget Desk Lead', 8],
        ]),
      ],
    };
    const report = compareCatalog(catalog, pages({ 'sales/widget-desk.md': PAGE }));
    expect(report.structural).toBe(0);
    // The lead's grade is not on the page: a note, not drift.
    expect(report.families[0]?.findings.map((finding) => finding.kind)).toEqual(['grade-not-on-page']);
    expect(report.families[0]?.requirementCounts).toEqual([
      { level: 'analyst', catalog: 5, page: 2, pageCommon: 1 },
      { level: 'senior-analyst', catalog: 5, page: 3, pageCommon: 1 },
      { level: 'lead', catalog: 5, page: 1, pageCommon: 0 },
    ]);
  });

  it('calls missing pages, missing levels on either side and grade changes structural; title wording not', () => {
    const catalog: Catalog = {
      families: [
        family('widget-desk', 'sales/widget-desk', [
          ['analyst', 'Widget Desk Analyst', 5],
          ['senior-analyst', 'Sr. Widget Desk Analyst', 8],
          ['manager', 'Manager, Widget Desk', 9],
        ]),
        family('gadget-desk', 'sales/gadget-desk', [['analyst', 'Gadget Analyst', 6]]),
      ],
    };
    const report = compareCatalog(catalog, pages({ 'sales/widget-desk.md': PAGE, 'sales/other.md': PAGE }));
    const kinds = report.families.map((entry) =>
      entry.findings.map((finding) => [finding.kind, finding.structural]),
    );
    expect(kinds[0]).toEqual([
      ['grade-mismatch', true],
      ['title-differs', false],
      ['level-missing-on-page', true],
      ['level-missing-in-catalog', true],
    ]);
    expect(kinds[1]).toEqual([['missing-page', true]]);
    expect(report.structural).toBe(4);
    expect(report.other).toBe(1);
    expect(report.uncataloguedPages).toEqual(['sales/other.md']);
    const text = formatDriftReport(report).join('\n');
    expect(text).toMatch(/grade 5 in the catalog, 6 on the page/);
    expect(text).toMatch(/page level "Widget Desk Lead" on sales\/widget-desk.md is not in the catalog/);
    expect(text).toMatch(
      /Summary: 2 families, 4 structural difference\(s\), 1 other difference\(s\), 1 page\(s\) not in the catalog/,
    );
  });

  it('notes a page level that another family catalogues instead of calling it missing', () => {
    const catalog: Catalog = {
      families: [
        family('widget-desk', 'sales/widget-desk', [
          ['analyst', 'Widget Desk Analyst', 6],
          ['senior-analyst', 'Senior Widget Desk Analyst', 8],
        ]),
        family('widget-leads', 'sales/widget-leads', [['lead', 'Widget Desk Lead', 8]]),
      ],
    };
    const report = compareCatalog(
      catalog,
      pages({ 'sales/widget-desk.md': PAGE, 'sales/widget-leads.md': PAGE }),
    );
    const findings = report.families[0]?.findings ?? [];
    expect(findings.map((finding) => [finding.kind, finding.structural])).toEqual([
      ['level-catalogued-elsewhere', false],
    ]);
    expect(findings[0]?.message).toMatch(/catalogued as widget-leads\/lead/);
  });

  it('treats every difference as structural with strict, and a page without levels as unreadable', () => {
    const catalog: Catalog = {
      families: [family('widget-desk', 'sales/widget-desk', [['analyst', 'Widget Desk Analyst', 6]])],
    };
    const strict = compareCatalog(
      catalog,
      pages({
        'sales/widget-desk.md': PAGE.replace(
          'Widget Desk Analyst Job Grade',
          'Widget Desk Analyst Job Grade\n\nNo number',
        ),
      }),
      { strict: true },
    );
    expect(strict.other).toBe(0);
    const unreadable = compareCatalog(
      catalog,
      pages({ 'sales/widget-desk.md': '# Nothing\n\nSee another page.' }),
    );
    expect(unreadable.families[0]?.findings.map((finding) => finding.kind)).toEqual(['unreadable-page']);
    expect(unreadable.structural).toBe(1);
  });
});

describe('catalog:diff script', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'catalog-diff-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 when the pages match, 1 on structural drift, 2 on bad usage', () => {
    mkdirSync(join(dir, 'sales/widget-desk'), { recursive: true });
    writeFileSync(join(dir, 'sales/widget-desk/_index.md'), PAGE);
    const catalog: Catalog = {
      families: [
        family('widget-desk', 'sales/widget-desk', [
          ['analyst', 'Widget Desk Analyst', 6],
          ['senior-analyst', 'Senior Widget Desk Analyst', 8],
          ['lead', 'Widget Desk Lead', 8],
        ]),
      ],
    };
    const clean = runDiff([dir], catalog);
    expect(clean.code).toBe(0);
    expect(clean.output.join('\n')).toMatch(
      /widget-desk \(sales\/widget-desk\/_index.md\): 0 structural, 1 other/,
    );
    expect(runDiff([dir, '--strict'], catalog).code).toBe(1);
    const json = runDiff([dir, '--json'], catalog);
    expect((JSON.parse(json.output.join('\n')) as { structural: unknown }).structural).toBe(0);

    writeFileSync(join(dir, 'sales/widget-desk/_index.md'), PAGE.replace('grade 8', 'grade 9'));
    const drifted = runDiff([dir], catalog);
    expect(drifted.code).toBe(1);
    expect(drifted.output.join('\n')).toMatch(
      /DRIFT "Senior Widget Desk Analyst": grade 8 in the catalog, 9 on the page/,
    );

    expect(runDiff([], catalog).code).toBe(2);
    expect(runDiff([join(dir, 'nope')], catalog).code).toBe(2);
  });
});
