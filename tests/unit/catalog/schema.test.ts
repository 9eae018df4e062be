import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { catalog } from '../../../src/catalog';
import { checkCatalog, formatCounts, TEXT_MAX } from '../../../src/catalog/schema';
import type { Catalog, Family, Level } from '../../../src/core/catalog';

/** A deep copy of the real catalog, changed by `edit`, as plain data. */
function broken(edit: (data: Catalog) => void): unknown {
  const data = JSON.parse(JSON.stringify(catalog)) as Catalog;
  edit(data);
  return data;
}

function family(data: Catalog, id: string): Family {
  const found = data.families.find((f) => f.id === id);
  if (!found) throw new Error(`test setup: no family ${id}`);
  return found;
}

function level(data: Catalog, familyId: string, levelId: string): Level {
  const found = family(data, familyId).levels.find((l) => l.id === levelId);
  if (!found) throw new Error(`test setup: no level ${familyId}/${levelId}`);
  return found;
}

function errorsOf(data: unknown): string[] {
  const result = checkCatalog(data);
  if (result.ok) throw new Error('expected the catalog check to fail, but it passed');
  return result.errors;
}

describe('checkCatalog on the authored catalog', () => {
  it('accepts the catalog and counts its teams, families, levels and requirements', () => {
    const result = checkCatalog(catalog);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const levels = catalog.families.flatMap((f) => f.levels);
    expect(result.counts).toEqual({
      teams: 7,
      families: 24,
      levels: levels.length,
      requirements: levels.reduce((n, l) => n + l.requirements.length, 0),
    });
    expect(result.catalog.families.map((f) => f.id)).toEqual(catalog.families.map((f) => f.id));
  });

  it('accepts the catalog after a round trip through JSON', () => {
    expect(checkCatalog(JSON.parse(JSON.stringify(catalog))).ok).toBe(true);
  });
});

describe('checkCatalog names the bad entry in each error', () => {
  it('reports a duplicate requirement id within a level', () => {
    const data = broken((c) => {
      const analyst = level(c, 'deal-desk', 'analyst');
      analyst.requirements[3]!.id = analyst.requirements[1]!.id;
      analyst.requirements[3]!.area = analyst.requirements[1]!.area;
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "analyst": duplicate requirement id "quote-approval" (requirements 2 and 4)',
    ]);
  });

  it('reports a duplicate level id within a family', () => {
    const data = broken((c) => {
      level(c, 'deal-desk', 'senior-analyst').id = 'analyst';
    });
    expect(errorsOf(data)).toEqual(['family "deal-desk": duplicate level id "analyst" (levels 2 and 3)']);
  });

  it('reports a duplicate family id', () => {
    const data = broken((c) => {
      family(c, 'order-management').id = 'deal-desk';
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk": duplicate family id "deal-desk" (families 2 and 3)',
    ]);
  });

  it('reports a missing grade', () => {
    const data = broken((c) => {
      delete (level(c, 'sales-strategy', 'manager') as Partial<Level>).grade;
    });
    expect(errorsOf(data)).toEqual(['family "sales-strategy" level "manager": grade is missing']);
  });

  it('reports a null grade as missing', () => {
    const data = broken((c) => {
      (level(c, 'sales-strategy', 'manager') as unknown as { grade: null }).grade = null;
    });
    expect(errorsOf(data)).toEqual(['family "sales-strategy" level "manager": grade is missing']);
  });

  it('reports a grade outside 5 to 12 or not a whole number', () => {
    const data = broken((c) => {
      level(c, 'sales-strategy', 'manager').grade = 13;
      level(c, 'sales-strategy', 'director').grade = 9.5;
    });
    expect(errorsOf(data)).toEqual([
      'family "sales-strategy" level "manager": grade must be a whole number from 5 to 12 (got 13)',
      'family "sales-strategy" level "director": grade must be a whole number from 5 to 12 (got 9.5)',
    ]);
  });

  it('reports an unknown area', () => {
    const data = broken((c) => {
      (level(c, 'deal-desk', 'analyst').requirements[2] as { area: string }).area = 'sales';
    });
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^family "deal-desk" level "analyst" requirement 3 \("revenue-recognition"\): area "sales" is not one of systems, analysis, /,
    );
  });

  it('reports empty and whitespace-only text', () => {
    const data = broken((c) => {
      level(c, 'deal-desk', 'analyst').requirements[2]!.text = '';
      level(c, 'deal-desk', 'manager').requirements[0]!.text = '   ';
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "analyst" requirement 3 ("revenue-recognition"): text is empty',
      'family "deal-desk" level "manager" requirement 1 ("team-leadership"): text is empty',
    ]);
  });

  it('reports text with spaces around it', () => {
    const data = broken((c) => {
      level(c, 'deal-desk', 'analyst').requirements[0]!.text = ' Structures deals for sellers with care ';
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "analyst" requirement 1 ("deal-structuring"): text has spaces at the start or end',
    ]);
  });

  it('reports text longer than the limit, and accepts text exactly at it', () => {
    const atLimit = broken((c) => {
      level(c, 'deal-desk', 'analyst').requirements[0]!.text = 'x'.repeat(TEXT_MAX);
    });
    expect(checkCatalog(atLimit).ok).toBe(true);

    const tooLong = broken((c) => {
      level(c, 'deal-desk', 'analyst').requirements[0]!.text = 'x'.repeat(TEXT_MAX + 1);
    });
    expect(errorsOf(tooLong)).toEqual([
      'family "deal-desk" level "analyst" requirement 1 ("deal-structuring"): text is 121 characters long (at most 120 allowed)',
    ]);
  });

  it('reports a level with fewer than 5 requirements', () => {
    const data = broken((c) => {
      const analyst = level(c, 'deal-desk', 'analyst');
      analyst.requirements = analyst.requirements.slice(0, 4);
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "analyst": has 4 requirements (5 to 7 needed)',
    ]);
  });

  it('reports a level with more than 7 requirements', () => {
    const data = broken((c) => {
      const manager = level(c, 'deal-desk', 'manager');
      manager.requirements.push({
        id: 'pricing',
        area: 'commercial',
        text: 'Approves discounts within the agreed limits',
      });
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "manager": has 8 requirements (5 to 7 needed)',
    ]);
  });

  it('still counts requirements when one of them is also malformed', () => {
    const data = broken((c) => {
      const analyst = level(c, 'deal-desk', 'analyst');
      analyst.requirements = analyst.requirements.slice(0, 3);
      analyst.requirements[0]!.text = '';
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "analyst" requirement 1 ("deal-structuring"): text is empty',
      'family "deal-desk" level "analyst": has 3 requirements (5 to 7 needed)',
    ]);
  });

  it('reports ids that are not kebab-case', () => {
    const data = broken((c) => {
      level(c, 'deal-desk', 'analyst').id = 'Deal Analyst';
      level(c, 'deal-desk', 'manager').requirements[0]!.id = 'team_leadership';
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "Deal Analyst": id "Deal Analyst" is not kebab-case (lowercase words joined by "-")',
      'family "deal-desk" level "manager" requirement 1 ("team_leadership"): id "team_leadership" is not kebab-case (lowercase words joined by "-")',
    ]);
  });

  it('reports a url outside the handbook job-families tree', () => {
    const data = broken((c) => {
      level(c, 'deal-desk', 'analyst').url = 'https://example.com/deal-desk';
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "analyst": url must start with https://handbook.gitlab.com/job-families/ (got "https://example.com/deal-desk")',
    ]);
  });

  it('reports an unknown team', () => {
    const data = broken((c) => {
      family(c, 'deal-desk').team = 'Deal Desk';
    });
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^family "deal-desk": team "Deal Desk" is not one of "Sales Operations", /);
  });

  it('reports a family without levels', () => {
    const data = broken((c) => {
      family(c, 'data-intelligence').levels = [];
    });
    expect(errorsOf(data)).toEqual(['family "data-intelligence": has no levels (at least 1 needed)']);
  });

  it('reports a misspelt field instead of ignoring it', () => {
    const data = broken((c) => {
      const analyst = level(c, 'deal-desk', 'analyst') as unknown as Record<string, unknown>;
      analyst.grades = analyst.grade;
      delete analyst.grade;
    });
    expect(errorsOf(data)).toEqual([
      'family "deal-desk" level "analyst": grade is missing',
      'family "deal-desk" level "analyst": has unknown field "grades"',
    ]);
  });

  it('names entries by position when their id is missing', () => {
    const data = broken((c) => {
      delete (family(c, 'deal-desk').levels[1]!.requirements[0] as Partial<{ id: string }>).id;
    });
    expect(errorsOf(data)).toEqual(['family "deal-desk" level "analyst" requirement 1: id is missing']);
  });

  it('reports a skill id used with two different areas', () => {
    const data = broken((c) => {
      const analyst = level(c, 'deal-desk', 'analyst');
      analyst.requirements[0]!.area = 'process';
    });
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^family "deal-desk" level "analyst" requirement 1 \("deal-structuring"\): area "process" differs from area "commercial" that skill "deal-structuring" has in family "deal-desk" level "specialist"/,
    );
  });

  it('lists every problem at once, not just the first', () => {
    const data = broken((c) => {
      delete (level(c, 'sales-strategy', 'manager') as Partial<Level>).grade;
      level(c, 'deal-desk', 'analyst').requirements[2]!.text = '';
      level(c, 'deal-desk', 'senior-analyst').id = 'analyst';
    });
    expect(errorsOf(data)).toHaveLength(3);
  });

  it('rejects data that is not a catalog at all', () => {
    expect(errorsOf(null)).toEqual(['catalog: must be an object with a "families" list (got null)']);
    expect(errorsOf({})).toEqual(['catalog: families is missing']);
    expect(errorsOf({ families: [] })).toEqual(['catalog: has no families (at least 1 needed)']);
    expect(errorsOf({ families: ['deal-desk'] })).toEqual([
      'family 1: must be an object with id, name, team, url and levels (got "deal-desk")',
    ]);
  });
});

describe('formatCounts', () => {
  it('writes the counts as one line, teams first', () => {
    expect(formatCounts({ teams: 7, families: 24, levels: 92, requirements: 545 })).toBe(
      '7 teams, 24 families, 92 levels, 545 requirements',
    );
  });

  it('uses the singular for a count of one', () => {
    expect(formatCounts({ teams: 1, families: 1, levels: 1, requirements: 1 })).toBe(
      '1 team, 1 family, 1 level, 1 requirement',
    );
  });
});

describe('npm run catalog:check (scripts/catalog-check.ts)', () => {
  const root = resolve(__dirname, '../../..');
  const script = join(root, 'scripts/catalog-check.ts');
  const tsx = join(root, 'node_modules/.bin/tsx');
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'catalog-check-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function run(args: string[]): { status: number; stdout: string; stderr: string } {
    try {
      const stdout = execFileSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, stdout, stderr: '' };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('prints the counts and a line per team for the authored catalog, and exits 0', () => {
    const result = run([]);
    expect(result.status).toBe(0);
    const result0 = checkCatalog(catalog);
    if (!result0.ok) throw new Error('catalog invalid');
    expect(result.stdout).toContain(`Catalog OK: ${formatCounts(result0.counts)}`);
    expect(result.stdout).toMatch(/^ {2}Sales Operations: \d+ families, \d+ levels, \d+ requirements$/m);
    expect(result.stdout).toMatch(/^ {2}RSOE Leadership: 2 families, 2 levels, \d+ requirements$/m);
  });

  it('checks a JSON file given as argument and exits 1 with each problem named', () => {
    const file = join(dir, 'bad.json');
    const data = broken((c) => {
      delete (level(c, 'sales-strategy', 'manager') as Partial<Level>).grade;
      level(c, 'deal-desk', 'analyst').requirements[2]!.text = '';
    });
    writeFileSync(file, JSON.stringify(data));
    const result = run([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('2 problems');
    expect(result.stderr).toContain('family "sales-strategy" level "manager": grade is missing');
    expect(result.stderr).toContain(
      'family "deal-desk" level "analyst" requirement 3 ("revenue-recognition"): text is empty',
    );
  });

  it('exits 0 for a valid JSON file', () => {
    const file = join(dir, 'good.json');
    writeFileSync(file, JSON.stringify(catalog));
    const result = run([file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Catalog OK: 7 teams, 24 families');
  });

  it('exits 1 when the file is not JSON', () => {
    const file = join(dir, 'not.json');
    writeFileSync(file, '{ families: ');
    const result = run([file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('as JSON');
  });
});
