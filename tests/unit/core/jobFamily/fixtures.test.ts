import { parseJobFamily } from '../../../../src/core/jobFamily/parse';
import type { JobFamilyItem, JobFamilyPage } from '../../../../src/core/jobFamily/types';
import { fixturePages, OTHER_FIXTURES, SALES_FIXTURES, STUB_PAGES } from './fixturePages';

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/;
const MARKDOWN_LINK = /\]\(|\]\[|\[[^\]]*\]\(/;

function allTexts(page: JobFamilyPage): string[] {
  const items: JobFamilyItem[] = [
    ...page.levels.flatMap((level) => [
      ...level.responsibilities,
      ...level.requirements,
      ...level.performanceIndicators,
    ]),
    ...page.specialties.flatMap((specialty) => specialty.items),
    ...page.performanceIndicators,
  ];
  return [
    page.title,
    ...page.levels.map((level) => level.title),
    ...page.specialties.map((specialty) => specialty.title),
    ...page.careerLadder,
    ...items.map((item) => item.text),
  ];
}

function parsedOk(markdown: string): JobFamilyPage {
  const result = parseJobFamily(markdown);
  if (!result.ok) throw new Error(result.error);
  return result.page;
}

describe.each([
  ['RSOE (sales) pages', SALES_FIXTURES],
  ['pages from other departments', OTHER_FIXTURES],
])('every %s', (_label, dir) => {
  const pages = fixturePages(dir).filter((page) => !STUB_PAGES.has(page.name));

  it('exist', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages.map((page) => [page.name, page.markdown]))(
    '%s reads as levels that each have items',
    (_name, markdown) => {
      const page = parsedOk(markdown);
      expect(page.title).not.toBe('');
      expect(page.levels.length).toBeGreaterThanOrEqual(1);
      for (const level of page.levels) {
        expect(level.responsibilities.length + level.requirements.length).toBeGreaterThan(0);
        expect(
          level.grade === null || (Number.isInteger(level.grade) && level.grade >= 4 && level.grade <= 20),
        ).toBe(true);
        expect(level.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
      expect(new Set(page.levels.map((level) => level.slug)).size).toBe(page.levels.length);
      expect(page.warnings.length).toBeLessThanOrEqual(3);
    },
  );

  it.each(pages.map((page) => [page.name, page.markdown]))(
    '%s has no markup, shortcodes or hiring steps in its texts',
    (_name, markdown) => {
      for (const text of allTexts(parsedOk(markdown))) {
        expect(text).not.toMatch(HTML_TAG);
        expect(text).not.toMatch(MARKDOWN_LINK);
        expect(text).not.toMatch(/\{\{|&amp;|&nbsp;|&rsquo;/);
        expect(text).not.toMatch(/screening call/i);
        // Template leftovers ("{* ...", "...}") are not the author's words.
        expect(text).not.toMatch(/^\{|\}$/);
        expect(text.trim()).toBe(text);
        expect(text).not.toBe('');
      }
    },
  );
});

describe('parsing real pages', () => {
  const sales = Object.fromEntries(
    fixturePages(SALES_FIXTURES).map((page) => [page.name, parsedOk(page.markdown)]),
  );
  const other = Object.fromEntries(
    fixturePages(OTHER_FIXTURES)
      .filter((page) => !STUB_PAGES.has(page.name))
      .map((page) => [page.name, parsedOk(page.markdown)]),
  );
  const level = (page: JobFamilyPage, slug: string) => {
    const found = page.levels.find((candidate) => candidate.slug === slug);
    if (!found) throw new Error(`no level ${slug} in ${page.levels.map((l) => l.slug).join(', ')}`);
    return found;
  };
  const texts = (items: JobFamilyItem[]) => items.map((item) => item.text);

  it('reads the Deal Desk levels, their grades from link text, and a level introduced only by its grade heading', () => {
    const page = sales['sales/deal-desk.md'] as JobFamilyPage;
    expect(page.title).toBe('Deal Desk');
    expect(page.levels.map((l) => [l.title, l.grade])).toEqual([
      ['Deal Desk Specialist', 5],
      ['Deal Desk Analyst', 6],
      ['Deal Desk Analyst (Alliances)', 6],
      ['Senior Deal Desk Analyst', 7],
      ['Manager, Deal Desk', 8],
      ['Senior Manager, Deal Desk', 9],
      ['Senior Director, Deal Desk', 11],
    ]);
  });

  it('gives a level that "extends that of" another the other level\'s list, transitively', () => {
    const page = sales['sales/deal-desk.md'] as JobFamilyPage;
    const specialist = level(page, 'deal-desk-specialist');
    const analyst = level(page, 'deal-desk-analyst');
    const senior = level(page, 'senior-deal-desk-analyst');
    for (const item of specialist.responsibilities) {
      expect(texts(analyst.responsibilities)).toContain(item.text);
      expect(texts(senior.responsibilities)).toContain(item.text);
    }
    const inherited = senior.responsibilities.filter((item) => item.inheritedFrom === 'deal-desk-specialist');
    expect(inherited.length).toBe(specialist.responsibilities.length);
    expect(texts(senior.responsibilities).some((text) => /^extends/i.test(text))).toBe(false);
    expect(senior.responsibilities.some((item) => item.inheritedFrom === undefined)).toBe(true);
  });

  it("resolves inheritance worded in other ways on other departments' pages", () => {
    const designer = other['product/product-designer.md'] as JobFamilyPage;
    const staff = level(designer, 'staff-product-designer');
    expect(
      staff.responsibilities.filter((item) => item.inheritedFrom === 'product-designer').length,
    ).toBeGreaterThan(5);
    const security = other['security/security-analyst.md'] as JobFamilyPage;
    const staffAnalyst = level(security, 'staff-analyst');
    expect(staffAnalyst.requirements.some((item) => item.inheritedFrom === 'analyst')).toBe(true);
    expect(texts(staffAnalyst.requirements).some((text) => /^all requirements/i.test(text))).toBe(false);
    const recruiting = other['people-group/talent-acquisition.md'] as JobFamilyPage;
    expect(
      level(recruiting, 'senior').requirements.some(
        (item) => item.inheritedFrom === 'recruiter-intermediate',
      ),
    ).toBe(true);
  });

  it('reads a page that is a single role as one level named after the page', () => {
    const page = sales['sales/sr-sales-operations-manager.md'] as JobFamilyPage;
    expect(page.levels).toHaveLength(1);
    expect(page.levels[0]?.title).toBe('Senior Sales Operations Manager');
    const intern = other['legal-and-corporate-affairs/legal-intern.md'] as JobFamilyPage;
    expect(intern.levels.map((l) => [l.title, l.grade])).toEqual([['Legal Intern', 4]]);
  });

  it('gives every level the page-wide responsibilities and requirements first', () => {
    const page = sales['sales/gtm-planning-and-operations.md'] as JobFamilyPage;
    expect(page.requirements.length).toBeGreaterThan(0);
    for (const each of page.levels) {
      const firstRequirements = each.requirements.slice(0, page.requirements.length);
      expect(texts(firstRequirements)).toEqual(texts(page.requirements));
      expect(firstRequirements.every((item) => item.inheritedFrom === 'page')).toBe(true);
    }
  });

  it("keeps nested bullets with their parent's words and drops a parent that only heads them", () => {
    const specialist = level(sales['sales/deal-desk.md'] as JobFamilyPage, 'deal-desk-specialist');
    expect(texts(specialist.performanceIndicators)).toContain('Field Satisfaction: Responsiveness to cases');
    expect(texts(specialist.performanceIndicators)).not.toContain('Field Satisfaction');
    expect(texts(specialist.responsibilities)).toContain(
      'Personal Growth / Projects: As time allows, focus on Quote to Cash process automation and improvement',
    );
  });

  it('marks boilerplate bullets as common instead of dropping them', () => {
    const specialist = level(sales['sales/deal-desk.md'] as JobFamilyPage, 'deal-desk-specialist');
    const common = specialist.requirements.filter((item) => item.common);
    expect(texts(common)).toEqual([
      'Interest in GitLab, and open source software, ability to use GitLab',
      'You share our values, and work in accordance with those values',
    ]);
    expect(specialist.requirements.filter((item) => !item.common).length).toBeGreaterThan(5);
  });

  it('reads a mermaid career ladder as edges', () => {
    const page = sales['sales/field-communications.md'] as JobFamilyPage;
    expect(page.careerLadder).toContain(
      'Associate Field Communications Specialist -> Field Communications Specialist',
    );
    expect(page.careerLadder).toContain(
      'Manager, Field Communications -> Senior Manager, Field Communications',
    );
  });

  it('collects specialties with their own lists', () => {
    const page = sales['sales/program-manager-field-enablement.md'] as JobFamilyPage;
    expect(page.specialties.map((s) => s.title)).toContain('Sales Enablement');
    const security = other['security/security-analyst.md'] as JobFamilyPage;
    const abuse = security.specialties.find((s) => /Anti-Abuse Security Analyst/.test(s.title));
    expect(abuse?.responsibilities.length).toBeGreaterThan(5);
  });

  it('reads the family description before "## Levels", unmarked lists and template leftovers', () => {
    const illustrator = other['marketing/illustrator.md'] as JobFamilyPage;
    expect(illustrator.levels.map((level) => [level.title, level.grade])).toEqual([
      ['Associate Illustrator', 5],
      ['Intermediate Illustrator', 6],
      ['Senior Illustrator', 7],
    ]);
    expect(
      illustrator.levels.every((level) =>
        level.responsibilities.some((item) => item.inheritedFrom === 'page'),
      ),
    ).toBe(true);
    const chiefOfStaff = other['finance/chief-of-staff-to-the-cfo.md'] as JobFamilyPage;
    expect(chiefOfStaff.levels).toHaveLength(1);
    expect(chiefOfStaff.levels[0]?.grade).toBe(11);
    expect(chiefOfStaff.levels[0]?.responsibilities.length).toBe(10);
    expect(chiefOfStaff.levels[0]?.requirements.length).toBe(15);
    // Its Performance Indicators section holds only "TBD": a note, not an indicator.
    expect(chiefOfStaff.performanceIndicators).toEqual([]);
    const tax = other['finance/vice-president-of-tax.md'] as JobFamilyPage;
    expect(tax.levels[0]?.requirements.map((item) => item.text)).toContain('Leadership at GitLab');
  });

  it('answers a clear error for a stub page that only points elsewhere', () => {
    const [stub] = fixturePages(OTHER_FIXTURES).filter((page) => STUB_PAGES.has(page.name));
    const result = parseJobFamily(stub?.markdown ?? '');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/No levels found/);
  });
});
