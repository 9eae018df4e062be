import {
  PLAN_CURRENT_ID,
  PLAN_TARGET_ID,
  picksPlanRoles,
  planRoleId,
  planRoles,
  summaryRoleTitles,
} from '../../../../src/core/conversation/planRoles';
import { tableFromValues } from '../../../../src/core/table';
import { sampleCatalog } from '../../../support/sampleCatalog';

const HEADER = [
  'Key',
  'Role',
  'Area',
  'Requirement',
  'Compared with current role',
  'Self rating',
  'Manager rating',
  'Evidence',
  'In target role',
];

/** A Role Requirements row: key, role title, requirement, comparison, in target role. */
const row = (key: string, role: string, text: string, compared = 'New', inTarget = 'Yes') => [
  key,
  role,
  'Process and policy',
  text,
  compared,
  '',
  '',
  '',
  inTarget,
];

/** The Summary's first rows as the Growth Plan writes them. */
const summary = (current: string, target: string) => [
  ['Growth plan summary', ''],
  ['Current role', current],
  ['Target role', target],
  ['Requirements', 3],
];

const SENIOR = 'ops/senior-analyst';
const ANALYST = 'ops/analyst';
const PLANNING = 'handbook:sales/planning-analyst#senior-planning-analyst';
const PLANNING_PAGE = 'https://handbook.gitlab.com/job-families/sales/planning-analyst/';
/** The sample catalog's Senior Operations Analyst links to sales/ops#senior. */
const OPS_SENIOR_LEVEL = 'handbook:sales/ops#senior';

const catalogRows = [
  row(
    `req:${SENIOR}:salesforce`,
    'Senior Operations Analyst',
    'Designs Salesforce changes',
    'Builds on current role',
  ),
  row(
    `req:${SENIOR}:reporting`,
    'Senior Operations Analyst',
    'Owns the forecast dashboards',
    'Builds on current role',
  ),
  row(`req:${SENIOR}:stakeholders`, 'Senior Operations Analyst', 'Aligns sales leaders'),
];

describe('planRoles', () => {
  it('reads a catalog role from the keys and the current role from the Summary', () => {
    const roles = planRoles(
      tableFromValues([HEADER, ...catalogRows]),
      summary('Operations Analyst', 'Senior Operations Analyst'),
      sampleCatalog,
    );
    expect(roles).toEqual({
      target: { catalogRoleId: SENIOR, title: 'Senior Operations Analyst', handbookUrl: null },
      current: { catalogRoleId: ANALYST, title: 'Operations Analyst', handbookUrl: null },
      requirements: 3,
    });
    expect(planRoleId(roles!.target, 'target')).toBe(SENIOR);
    expect(picksPlanRoles(roles!, SENIOR, ANALYST)).toBe(true);
    expect(picksPlanRoles(roles!, SENIOR, null)).toBe(false);
    expect(picksPlanRoles(roles!, ANALYST, SENIOR)).toBe(false);
  });

  it('reads a handbook page’s level, titled by its Role column, compared with a level of the same page', () => {
    const rows = [
      row(
        `req:${PLANNING}:hb-1a2b3c4d`,
        'Senior Planning Analyst',
        'Leads the yearly capacity planning cycle',
      ),
      row(
        `req:${PLANNING}:hb-5e6f7a8b`,
        'Senior Planning Analyst',
        'Builds territory models',
        'Builds on current role',
      ),
    ];
    const roles = planRoles(
      tableFromValues([HEADER, ...rows]),
      summary('Planning Analyst', 'Senior Planning Analyst'),
      sampleCatalog,
    );
    expect(roles).toEqual({
      target: {
        catalogRoleId: null,
        title: 'Senior Planning Analyst',
        handbookUrl: `${PLANNING_PAGE}#senior-planning-analyst`,
      },
      current: { catalogRoleId: null, title: 'Planning Analyst', handbookUrl: PLANNING_PAGE },
      requirements: 2,
    });
    expect(planRoleId(roles!.target, 'target')).toBe(PLAN_TARGET_ID);
    expect(planRoleId(roles!.current!, 'current')).toBe(PLAN_CURRENT_ID);
    expect(picksPlanRoles(roles!, PLAN_TARGET_ID, PLAN_CURRENT_ID)).toBe(true);
    expect(picksPlanRoles(roles!, PLAN_TARGET_ID, null)).toBe(false);
  });

  it('reads a catalog role imported in the handbook’s wording as that catalog role, with its page', () => {
    const rows = [
      row(`req:${OPS_SENIOR_LEVEL}:hb-00000001`, 'Senior Ops Analyst', 'Designs Salesforce flows'),
      row(`req:${OPS_SENIOR_LEVEL}:hb-00000002`, 'Senior Ops Analyst', 'Owns reporting'),
    ];
    const table = tableFromValues([HEADER, ...rows]);
    const worded = planRoles(
      table,
      summary('Operations Analyst', 'Senior Operations Analyst'),
      sampleCatalog,
    );
    expect(worded?.target).toEqual({
      catalogRoleId: SENIOR,
      title: 'Senior Operations Analyst',
      handbookUrl: 'https://handbook.gitlab.com/job-families/sales/ops/',
    });
    expect(worded?.current?.catalogRoleId).toBe(ANALYST);
    // The same rows imported by pasting the page: the Summary names the page's own title.
    const pasted = planRoles(table, summary('', 'Senior Ops Analyst'), sampleCatalog);
    expect(pasted?.target).toEqual({
      catalogRoleId: null,
      title: 'Senior Ops Analyst',
      handbookUrl: 'https://handbook.gitlab.com/job-families/sales/ops/#senior',
    });
    expect(pasted?.current).toBeNull();
  });

  it('is null when the plan has no requirements in its target role', () => {
    expect(planRoles(tableFromValues([HEADER]), summary('', ''), sampleCatalog)).toBeNull();
    expect(planRoles(tableFromValues([]), null, sampleCatalog)).toBeNull();
    const gone = [row(`req:${SENIOR}:salesforce`, 'Senior Operations Analyst', 'Old text', 'New', 'No')];
    expect(planRoles(tableFromValues([HEADER, ...gone, row('', '', '')]), null, sampleCatalog)).toBeNull();
  });

  it('finds columns by header in any order, and rows no longer in the target or added by a person do not decide the role', () => {
    const order = [8, 3, 0, 6, 5, 1, 4, 2, 7];
    const rows = [
      row(`req:${ANALYST}:salesforce`, 'Operations Analyst', 'Keeps records clean', 'New', 'No'),
      row(`req:${ANALYST}:reporting`, 'Operations Analyst', 'Builds reports', 'New', 'No'),
      row('', '', 'My own requirement', ''),
      ...catalogRows.slice(0, 1),
    ];
    const table = tableFromValues([order.map((i) => HEADER[i]), ...rows.map((r) => order.map((i) => r[i]))]);
    const roles = planRoles(table, summary('', 'Senior Operations Analyst'), sampleCatalog);
    expect(roles?.target.catalogRoleId).toBe(SENIOR);
    expect(roles?.current).toBeNull();
    // The person's own row is part of the plan's requirements.
    expect(roles?.requirements).toBe(2);
  });

  it('takes the role most active rows carry, the first in the sheet on a tie', () => {
    const mixed = [
      row(`req:${ANALYST}:salesforce`, 'Operations Analyst', 'Keeps records clean'),
      ...catalogRows,
    ];
    expect(planRoles(tableFromValues([HEADER, ...mixed]), null, sampleCatalog)?.target.catalogRoleId).toBe(
      SENIOR,
    );
    const tie = [row(`req:${ANALYST}:salesforce`, '', 'Keeps records clean'), catalogRows[0]!];
    expect(planRoles(tableFromValues([HEADER, ...tie]), null, sampleCatalog)?.target.catalogRoleId).toBe(
      ANALYST,
    );
  });

  it('falls back to the Summary’s title, then the Role column, when the keys were cleared', () => {
    const unkeyed = catalogRows.map((r) => ['', ...r.slice(1)]);
    const bySummary = planRoles(
      tableFromValues([HEADER, ...unkeyed]),
      summary('Operations Analyst', 'senior  operations analyst'),
      sampleCatalog,
    );
    expect(bySummary?.target).toEqual({
      catalogRoleId: SENIOR,
      title: 'Senior Operations Analyst',
      handbookUrl: null,
    });
    expect(bySummary?.current?.catalogRoleId).toBe(ANALYST);
    const byRoleColumn = planRoles(tableFromValues([HEADER, ...unkeyed]), null, sampleCatalog);
    expect(byRoleColumn?.target.catalogRoleId).toBe(SENIOR);
    // Without keys, titles or a Role column, nothing names the target.
    const bare = unkeyed.map((r) => ['', '', ...r.slice(2)]);
    expect(planRoles(tableFromValues([HEADER, ...bare]), null, sampleCatalog)).toBeNull();
  });

  it('keeps a title the catalog does not have as a role only the plan holds', () => {
    const roles = planRoles(
      tableFromValues([HEADER, ...catalogRows]),
      summary('Revenue Wrangler', 'Senior Operations Analyst'),
      sampleCatalog,
    );
    expect(roles?.current).toEqual({ catalogRoleId: null, title: 'Revenue Wrangler', handbookUrl: null });
    expect(picksPlanRoles(roles!, SENIOR, PLAN_CURRENT_ID)).toBe(true);
    // A role id no catalog has (a removed role): its title from the Summary.
    const removed = [row('req:ops/retired:salesforce', 'Old title', 'Old requirement')];
    expect(
      planRoles(tableFromValues([HEADER, ...removed]), summary('', 'Retired Analyst'), sampleCatalog)?.target,
    ).toEqual({ catalogRoleId: null, title: 'Retired Analyst', handbookUrl: null });
  });

  it('with no Summary, tells from the rows whether they were compared with a current role', () => {
    const compared = planRoles(tableFromValues([HEADER, ...catalogRows]), null, sampleCatalog);
    expect(compared?.current).toEqual({ catalogRoleId: null, title: '', handbookUrl: null });
    const none = catalogRows.map((r) => [...r.slice(0, 4), 'No current role chosen', ...r.slice(5)]);
    expect(planRoles(tableFromValues([HEADER, ...none]), null, sampleCatalog)?.current).toBeNull();
  });

  it('ignores a handbook role id that names no job-family page', () => {
    const odd = [row('req:handbook:../../etc#x:hb-1', 'Odd Role', 'Something')];
    expect(planRoles(tableFromValues([HEADER, ...odd]), null, sampleCatalog)?.target).toEqual({
      catalogRoleId: null,
      title: 'Odd Role',
      handbookUrl: null,
    });
  });
});

describe('summaryRoleTitles', () => {
  it('finds the titles by their labels wherever the rows are', () => {
    const moved = [['Growth plan summary'], ['Notes', 'x'], ['target role', 'B'], ['CURRENT ROLE', 'A']];
    expect(summaryRoleTitles(moved)).toEqual({ current: 'A', target: 'B' });
  });

  it('reads B2 and B3 when a person renamed the labels of our Summary', () => {
    const renamed = [
      ['Growth plan summary', ''],
      ['Where I am', 'A'],
      ['Where I go', 'B'],
    ];
    expect(summaryRoleTitles(renamed)).toEqual({ current: 'A', target: 'B' });
  });

  it('reads nothing from a Summary tab that is not ours and names no roles', () => {
    expect(summaryRoleTitles([['My summary'], ['Where I am', 'A']])).toEqual({ current: null, target: null });
    expect(summaryRoleTitles(null)).toEqual({ current: null, target: null });
  });

  it('reads an empty title as no role', () => {
    expect(summaryRoleTitles(summary('', 'B'))).toEqual({ current: '', target: 'B' });
  });
});
