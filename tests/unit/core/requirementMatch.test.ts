/**
 * The text match behind carrying ratings between wordings, on real pairs: the catalog's wording of
 * a level against the same level's bullets on its handbook page (tests/fixtures), plus pairs that
 * must not match and one-to-one conflicts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../../src/catalog';
import { findRole } from '../../../src/core/catalog';
import { levelForCatalogRole, levelRequirements } from '../../../src/core/handbook/roles';
import { parseJobFamily } from '../../../src/core/jobFamily/parse';
import {
  contentWords,
  matchRequirements,
  MATCH_THRESHOLD,
  skillsOfHandbookRequirements,
  textSimilarity,
} from '../../../src/core/requirementMatch';

const PAGES = join(__dirname, '../../fixtures/job-families');

/** A catalog role's requirements and its handbook level's, as the import reads them. */
function wordings(roleId: string, page: string) {
  const role = findRole(catalog, roleId);
  if (!role) throw new Error(`no catalog role ${roleId}`);
  const parsed = parseJobFamily(readFileSync(join(PAGES, page), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const level = levelForCatalogRole(parsed.page, role);
  if (!level) throw new Error(`no level for ${roleId}`);
  return {
    catalog: role.level.requirements,
    handbook: levelRequirements(level).requirements.map((r) => r.text),
  };
}

/** The matched pairs as [catalog skill id, handbook text]. */
function matched(roleId: string, page: string): [string, string][] {
  const { catalog: catalogSide, handbook } = wordings(roleId, page);
  return matchRequirements(
    catalogSide.map((r) => ({ text: r.text })),
    handbook.map((text) => ({ text })),
  ).map((pair) => [catalogSide[pair.from]!.id, handbook[pair.to]!]);
}

describe("matching the catalog's wording with the handbook's", () => {
  it('finds the revenue recognition and CPQ requirements of a Deal Desk Specialist', () => {
    const pairs = matched('deal-desk/specialist', 'sales/deal-desk.md');
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['revenue-recognition', 'Basic understanding of revenue recognition rules'],
        ['cpq-quoting', 'Basic knowledge and understanding of a CPQ tool'],
      ]),
    );
    // The seller-support queue has no requirement bullet on the page: it stays unmatched.
    expect(pairs.map(([skill]) => skill)).not.toContain('field-support');
  });

  it('finds contract negotiation for a Deal Desk Manager', () => {
    expect(matched('deal-desk/manager', 'sales/deal-desk.md')).toContainEqual([
      'contract-negotiation',
      expect.stringMatching(/^Strong experience in contract\/legal negotiations with enterprise customers/),
    ]);
  });

  it('reads SFDC as Salesforce and matches coaching and recruiting for a Senior Director, Sales Operations', () => {
    const pairs = matched('sales-operations/senior-director', 'sales/sales-operations/_index.md');
    expect(pairs).toEqual(
      expect.arrayContaining([
        [
          'org-leadership',
          'Ability to coach, motivate, performance manage and recruit Sales Operations teams',
        ],
        ['sales-tech-stack', 'Deep SFDC expertise and expert knowledge of enterprise sales tools'],
      ]),
    );
  });

  it('matches tool requirements for commissions and analytics analysts', () => {
    expect(matched('sales-commissions/junior-analyst', 'sales/sales-commissions.md')).toEqual([
      [expect.any(String), 'SFDC, Google Workspace and incentive compensation management tool experience'],
    ]);
    expect(matched('sales-analytics/junior-analyst', 'sales/sales-analytics-analyst-jf.md')).toContainEqual([
      expect.any(String),
      expect.stringMatching(/^Experience with BI Tools such as Sisense/),
    ]);
  });

  it('matches each of three Quote to Cash requirements to its own bullet', () => {
    const pairs = matched(
      'quote-to-cash/senior-manager',
      'sales/sales-operations/director-of-quote-to-cash.md',
    );
    const handbookTexts = pairs.map(([, text]) => text);
    expect(handbookTexts).toEqual(
      expect.arrayContaining([
        'Demonstrated proficiency in Deal Desk/Quoting Operations',
        'Strong knowledge of CPQ best practices and industry trends',
        'Thorough understanding of financial & legal bookings requirements',
      ]),
    );
    expect(new Set(handbookTexts).size).toBe(handbookTexts.length);
  });

  it('leaves a level whose two wordings share no skill unmatched', () => {
    // The catalog summarises what a Sales Operations Analyst does; the page lists traits.
    expect(matched('sales-operations/analyst', 'sales/sales-operations/_index.md')).toEqual([]);
  });

  it('gives the same pairs whichever side is matched against the other', () => {
    const { catalog: catalogSide, handbook } = wordings('deal-desk/senior-director', 'sales/deal-desk.md');
    const forward = matchRequirements(
      catalogSide.map((r) => ({ text: r.text })),
      handbook.map((text) => ({ text })),
    );
    const backward = matchRequirements(
      handbook.map((text) => ({ text })),
      catalogSide.map((r) => ({ text: r.text })),
    );
    expect(backward.map((p) => [p.to, p.from]).sort()).toEqual(forward.map((p) => [p.from, p.to]).sort());
    expect(forward.length).toBeGreaterThanOrEqual(2);
  });

  it('ties handbook requirements to the catalog skills they match', () => {
    const { catalog: catalogSide, handbook } = wordings('deal-desk/specialist', 'sales/deal-desk.md');
    const skills = skillsOfHandbookRequirements(handbook, catalogSide);
    expect(skills).toHaveLength(handbook.length);
    expect(skills[handbook.indexOf('Basic understanding of revenue recognition rules')]).toBe(
      'revenue-recognition',
    );
    expect(skills[handbook.indexOf('Ability to prioritize and effectively manage distractions')]).toBeNull();
  });
});

describe('pairs that must not match', () => {
  it.each([
    [
      'Strong interpersonal skills',
      'Interprets go-to-market policy for unusual cases and explains the reasoning to sellers',
    ],
    ['BA/BS degree', 'Builds Salesforce dashboards and ad hoc analyses that sales leaders use for decisions'],
    ['Strong ability and proven experience', 'Demonstrated ability and strong experience required'],
    [
      'Excellent communicator, open to feedback',
      'Negotiates contract and legal terms with enterprise customers',
    ],
    ['Highly organized with strong attention to details', 'Designs and monitors sales compensation plans'],
    ['Ability to thrive in a fast-paced environment', 'Experience with Python, SQL'],
  ])('%j and %j', (a, b) => {
    expect(matchRequirements([{ text: a }], [{ text: b }])).toEqual([]);
  });

  it('weighs nothing for words every requirement list uses', () => {
    expect(contentWords('Strong ability, demonstrated experience and excellent skills')).toEqual([]);
    expect(textSimilarity('Strong experience', 'Strong experience')).toBe(0);
  });

  it('stems lightly and reads common spellings alike', () => {
    expect(contentWords('Coaches recruits')).toEqual(contentWords('coaching, recruiting'));
    expect(contentWords('organisation')).toEqual(contentWords('organization'));
    expect(contentWords('Quote-to-Cash in SFDC')).toEqual(contentWords('quote to cash in Salesforce.com'));
    expect(contentWords('go-to-market')).toEqual(contentWords('GTM'));
    expect(contentWords('revenue')).not.toEqual(contentWords('reporting'));
  });
});

describe('one to one', () => {
  it('gives a shared counterpart to the closer text only; the other takes its next best or nothing', () => {
    const pairs = matchRequirements(
      [
        { text: 'Builds revenue recognition reports for Finance' },
        { text: 'Understands revenue recognition rules' },
        { text: 'Reports deal desk volumes to Finance' },
      ],
      [
        { text: 'Basic understanding of revenue recognition rules' },
        { text: 'Reporting on deal volumes for Finance' },
      ],
    );
    expect(pairs.map((p) => [p.from, p.to])).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  it('pairs the same catalog skill first, whatever the texts say', () => {
    const pairs = matchRequirements(
      [
        { text: 'Understands revenue recognition rules', skillId: 'revenue-recognition' },
        { text: 'Structures non-standard deals', skillId: 'deal-structuring' },
      ],
      [
        { text: 'Knows how deals are structured', skillId: 'revenue-recognition' },
        { text: 'Strong understanding of revenue recognition rules' },
      ],
    );
    expect(pairs.map((p) => [p.from, p.to])).toEqual([[0, 0]]);
    expect(pairs[0]!.score).toBeGreaterThanOrEqual(1);
  });

  it('never pairs below the threshold, and is the same on every run', () => {
    const from = [{ text: 'Leads the sales data governance model' }, { text: 'Sets data governance rules' }];
    const to = [{ text: 'Data governance experience' }, { text: 'Governs sales data' }];
    const first = matchRequirements(from, to);
    expect(first.every((p) => p.score >= MATCH_THRESHOLD)).toBe(true);
    expect(matchRequirements(from, to)).toEqual(first);
    expect(matchRequirements([], to)).toEqual([]);
    expect(matchRequirements(from, [])).toEqual([]);
  });
});
