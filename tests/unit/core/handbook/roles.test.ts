import { catalog } from '../../../../src/catalog';
import { AREAS } from '../../../../src/core/catalog';
import { areaOfText } from '../../../../src/core/handbook/areas';
import {
  catalogOfferForPage,
  roleNameKey,
  catalogRoleForLevel,
  handbookRequirementId,
  handbookRole,
  handbookRoleId,
  levelForCatalogRole,
  levelRequirements,
  levelSummaries,
} from '../../../../src/core/handbook/roles';
import { parseHandbookUrl, type HandbookPageRef } from '../../../../src/core/handbook/url';
import { HeaderMap } from '../../../../src/core/headers';
import { REQUIREMENTS_TAB } from '../../../../src/core/layout';
import { planRequirementsImport } from '../../../../src/core/requirementsImport';
import type { JobFamilyLevel, JobFamilyPage } from '../../../../src/core/jobFamily/types';

const item = (text: string, common = false) => ({ text, common });

function level(
  slug: string,
  title: string,
  grade: number | null,
  requirements: { text: string; common: boolean }[],
): JobFamilyLevel {
  return { slug, title, grade, requirements, responsibilities: [], performanceIndicators: [] };
}

const SPECIALIST = level('deal-desk-specialist', 'Deal Desk Specialist', 5, [
  item('Basic knowledge of a CPQ tool'),
  item('Excellent communicator, open to feedback'),
  item('You share our values, and work in accordance with those values', true),
]);
const ANALYST = level('deal-desk-analyst', 'Deal Desk Analyst', 6, [
  item('Basic knowledge of a CPQ tool.'),
  item('Strong understanding of revenue recognition'),
  item('Ability to thrive in a fully remote organization'),
  item('  Strong   understanding of revenue recognition '),
  item('=HYPERLINK("x")'),
]);
const PAGE: JobFamilyPage = {
  title: 'Deal Desk',
  levels: [SPECIALIST, ANALYST],
  specialties: [],
  responsibilities: [],
  requirements: [],
  performanceIndicators: [],
  careerLadder: [],
  warnings: [],
};

function ref(url: string): HandbookPageRef {
  const parsed = parseHandbookUrl(url);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.page;
}
const REF = ref('https://handbook.gitlab.com/job-families/sales/deal-desk/');

describe('handbook levels as importable roles', () => {
  it('gives the same text the same id whatever its case, spacing or final full stop; other text another id', () => {
    expect(handbookRequirementId('Basic knowledge of a CPQ tool')).toBe(
      handbookRequirementId('basic  knowledge of a CPQ tool.'),
    );
    expect(handbookRequirementId('It’s fine')).toBe(handbookRequirementId("It's fine"));
    expect(handbookRequirementId('Basic knowledge of a CPQ tool')).not.toBe(
      handbookRequirementId('Basic knowledge of two CPQ tools'),
    );
  });

  it('skips boilerplate, imports a repeated bullet once and labels areas', () => {
    const specialist = levelRequirements(SPECIALIST);
    expect(specialist.requirements.map((r) => r.text)).toEqual([
      'Basic knowledge of a CPQ tool',
      'Excellent communicator, open to feedback',
    ]);
    expect(specialist.skippedCommon).toBe(1);
    const analyst = levelRequirements(ANALYST);
    expect(analyst.requirements).toHaveLength(4);
    const labels = analyst.requirements.map((r) => r.areaLabel ?? AREAS[r.area]);
    expect(labels).toEqual(['Salesforce and systems', 'Deals and commercial', 'General', 'General']);
  });

  it('cuts a bullet longer than a cell should hold', () => {
    const long = levelRequirements(level('x', 'X', null, [item('a'.repeat(5000))]));
    expect(long.requirements[0]!.text).toHaveLength(1000);
    expect(long.requirements[0]!.text.endsWith('…')).toBe(true);
  });

  it('builds a role whose id names the page and level, and lists levels with their requirement ids', () => {
    const { role } = handbookRole(REF, PAGE, ANALYST);
    expect(role.id).toBe(handbookRoleId('sales/deal-desk', 'deal-desk-analyst'));
    expect(role.id).toBe('handbook:sales/deal-desk#deal-desk-analyst');
    expect(role.level.url).toBe(
      'https://handbook.gitlab.com/job-families/sales/deal-desk/#deal-desk-analyst',
    );
    const summaries = levelSummaries(PAGE);
    expect(summaries.map((s) => [s.slug, s.grade, s.requirementCount])).toEqual([
      ['deal-desk-specialist', 5, 2],
      ['deal-desk-analyst', 6, 4],
    ]);
    expect(summaries[1]!.requirementIds[0]).toBe(handbookRequirementId('Basic knowledge of a CPQ tool'));
  });

  it('merges with the comparison by text: a requirement of the current level is not new; formulas stay literal', () => {
    const target = handbookRole(REF, PAGE, ANALYST);
    const current = handbookRole(REF, PAGE, SPECIALIST);
    const table = { header: new HeaderMap([...REQUIREMENTS_TAB.headers]), rows: [] };
    const plan = planRequirementsImport(table, current.role, target.role);
    expect(plan.requirements).toBe(4);
    expect(plan.newComparedWithCurrent).toBe(3);
    const column = (name: string) => plan.newRows.map((row) => row[plan.header.column(name)]);
    expect(column('Requirement')).toContain('\'=HYPERLINK("x")');
    expect(column('Area')).toEqual(['Salesforce and systems', 'Deals and commercial', 'General', 'General']);
    expect(column('Compared with current role')).toEqual(['Builds on current role', 'New', 'New', 'New']);
    expect(String(column('Key')[0])).toBe(
      `req:handbook:sales/deal-desk#deal-desk-analyst:${handbookRequirementId('Basic knowledge of a CPQ tool')}`,
    );
  });

  it('classifies leadership before communication', () => {
    expect(areaOfText('Coach and mentor the team, with clear communication')).toBe('leadership');
    expect(areaOfText('BA/BS degree')).toBeNull();
  });
});

describe('the catalog side', () => {
  it('finds the catalog role for a handbook level by its anchor or title, and the level for a catalog role', () => {
    const role = catalogRoleForLevel(catalog, 'sales/deal-desk', {
      slug: 'deal-desk-analyst',
      title: 'Deal Desk Analyst',
    });
    expect(role).not.toBeNull();
    expect(levelForCatalogRole(PAGE, role!)?.slug).toBe('deal-desk-analyst');
    expect(catalogRoleForLevel(catalog, 'engineering/backend', { slug: 'x', title: 'X' })).toBeNull();
  });

  it("offers the anchored catalog role when a page fails, else the page's first, else none", () => {
    expect(
      catalogOfferForPage(
        catalog,
        ref('https://handbook.gitlab.com/job-families/sales/deal-desk/#deal-desk-analyst'),
      )?.level.title,
    ).toMatch(/Analyst/);
    expect(catalogOfferForPage(catalog, REF)).not.toBeNull();
    expect(
      catalogOfferForPage(
        catalog,
        ref('https://handbook.gitlab.com/job-families/engineering/backend-engineer/'),
      ),
    ).toBeNull();
  });
});

describe('role names', () => {
  it('treat two spellings of the same title as one', () => {
    expect(roleNameKey('Sr. Sales Operations Analyst')).toBe(roleNameKey('Senior Sales Operations Analyst'));
    expect(roleNameKey('VP, Sales Strategy & Analytics')).toBe(
      roleNameKey('Vice President, Sales Strategy and Analytics'),
    );
    expect(roleNameKey('sr-sales-operations-analyst')).toBe(roleNameKey('senior-sales-operations-analyst'));
    expect(roleNameKey('Sales Operations Analyst')).not.toBe(roleNameKey('Senior Sales Operations Analyst'));
  });

  it('find a level whose heading is spelt differently from the catalog title', () => {
    const page: JobFamilyPage = {
      ...PAGE,
      levels: [level('sr-deal-desk-analyst', 'Sr. Deal Desk Analyst', 7, [item('x')])],
    };
    const senior = catalogRoleForLevel(catalog, 'sales/deal-desk', {
      slug: 'sr-deal-desk-analyst',
      title: 'Sr. Deal Desk Analyst',
    });
    expect(senior?.id).toBe('deal-desk/senior-analyst');
    expect(levelForCatalogRole({ ...page, levels: [...page.levels, ANALYST] }, senior!)?.slug).toBe(
      'sr-deal-desk-analyst',
    );
  });
});
