import type { RoleOption } from '../../../src/api/sheets';
import {
  findRoleOption,
  groupRolesByTeam,
  hasSearchWords,
  matchRole,
  normalizeForSearch,
  roleDetail,
  safeHttpUrl,
  searchRoles,
  searchWords,
  type RoleMatch,
} from '../../../src/client/common/roles';

function role(
  id: string,
  title: string,
  team: string,
  grade: number,
  familyName = 'Sales Strategy',
): RoleOption {
  return {
    id,
    title,
    familyId: id.split('/')[0] ?? id,
    familyName,
    team,
    grade,
    url: 'https://handbook.gitlab.com/job-families/',
    requirementCount: 10,
  };
}

const roles: RoleOption[] = [
  role('strategy/analyst', 'Sales Strategy Analyst', 'Strategy', 6),
  role('strategy/senior', 'Senior Sales Strategy Analyst', 'Strategy', 7),
  role('ops/analyst', 'Sales Operations Analyst', 'Operations', 6, 'Sales Operations'),
  role('ops/manager', 'Manager, Sales Operations', 'Operations', 8, 'Sales Operations'),
  role('enablement/pm', 'Enablement Program Manager', 'Enablement', 12, 'Field Enablement'),
  role('deal-desk/specialist', 'Déal Desk Spécialiste', 'Operations', 6, 'Deal Desk'),
];

describe('searchRoles', () => {
  it('returns every role in the given order for an empty or blank query', () => {
    expect(searchRoles(roles, '')).toEqual(roles);
    expect(searchRoles(roles, '   ')).toEqual(roles);
  });

  it('matches every typed word against the starts of words in the title or family, ignoring case', () => {
    expect(searchRoles(roles, 'ANALYST senior').map((r) => r.id)).toEqual(['strategy/senior']);
    expect(searchRoles(roles, 'operations').map((r) => r.id)).toEqual(['ops/analyst', 'ops/manager']);
  });

  it('matches the family name, not only the title, but not the team', () => {
    expect(searchRoles(roles, 'field enablement').map((r) => r.id)).toEqual(['enablement/pm']);
    // "Operations" is the deal desk specialist's team, not a word of its title or family.
    expect(searchRoles(roles, 'operations specialiste')).toEqual([]);
  });

  it('ignores accents on either side', () => {
    expect(searchRoles(roles, 'specialiste').map((r) => r.id)).toEqual(['deal-desk/specialist']);
    expect(searchRoles(roles, 'déal').map((r) => r.id)).toEqual(['deal-desk/specialist']);
  });

  it('filters by exact grade with "grade 7" or "g7"', () => {
    expect(searchRoles(roles, 'grade 6').map((r) => r.id)).toEqual([
      'strategy/analyst',
      'ops/analyst',
      'deal-desk/specialist',
    ]);
    expect(searchRoles(roles, 'g1').map((r) => r.id)).toEqual([]);
    expect(searchRoles(roles, 'grade 12').map((r) => r.id)).toEqual(['enablement/pm']);
    expect(searchRoles(roles, 'sales g6').map((r) => r.id)).toEqual(['strategy/analyst', 'ops/analyst']);
  });

  it('returns nothing when a word matches no role', () => {
    expect(searchRoles(roles, 'analyst astronaut')).toEqual([]);
  });

  it('treats regex and HTML characters as plain text', () => {
    const odd = [role('x/y', 'Analyst <img src=x onerror=alert(1)> (.*)', 'Ops', 6)];
    expect(searchRoles(odd, '(.*)')).toHaveLength(1);
    expect(searchRoles(odd, '<img')).toHaveLength(1);
    expect(searchRoles(roles, 'sales.*x')).toEqual([]);
    // Punctuation alone is no word to search for: the whole list stays.
    expect(searchRoles(roles, '.*')).toEqual(roles);
  });
});

/** A slice of the RSOE catalog, in catalog order, with the titles people search for. */
const catalog: RoleOption[] = [
  role('deal-desk/specialist', 'Deal Desk Specialist', 'Sales Operations', 5, 'Deal Desk'),
  role('deal-desk/analyst', 'Deal Desk Analyst', 'Sales Operations', 6, 'Deal Desk'),
  role('deal-desk/senior-analyst', 'Senior Deal Desk Analyst', 'Sales Operations', 7, 'Deal Desk'),
  role('deal-desk/manager', 'Manager, Deal Desk', 'Sales Operations', 8, 'Deal Desk'),
  role('deal-desk/senior-manager', 'Senior Manager, Deal Desk', 'Sales Operations', 9, 'Deal Desk'),
  role('sales-operations/analyst', 'Sales Operations Analyst', 'Sales Operations', 6, 'Sales Operations'),
  role('sales-operations/manager', 'Manager, Sales Operations', 'Sales Operations', 8, 'Sales Operations'),
  role('sales-operations/director', 'Director, Sales Operations', 'Sales Operations', 10, 'Sales Operations'),
  role(
    'sales-commissions/junior-analyst',
    'Junior Sales Commissions Analyst',
    'Sales Operations',
    5,
    'Sales Commissions',
  ),
  role('sales-strategy/vp', 'VP, Sales Strategy & Analytics', 'Sales Strategy', 12, 'Sales Strategy'),
  role(
    'business-systems-engineer/senior',
    'Senior Business Systems Engineer',
    'Sales Systems',
    7,
    'Business Systems Engineer',
  ),
  role(
    'pm/associate',
    'Associate Program Manager',
    'Field Enablement',
    5,
    'Program Manager, Field Enablement',
  ),
  role('pm/program-manager', 'Program Manager', 'Field Enablement', 6, 'Program Manager, Field Enablement'),
  role(
    'vp-revenue-operations/vp',
    'Vice President, Revenue Operations',
    'RSOE Leadership',
    12,
    'VP Revenue Operations',
  ),
];

describe('searching the catalog: what people type and what comes first', () => {
  it.each<[string, string[]]>([
    // A partial last word only starts words: "an" is not inside "Manager".
    ['senior deal desk an', ['deal-desk/senior-analyst']],
    ['sr deal desk analyst', ['deal-desk/senior-analyst']],
    ['deal desk analyst', ['deal-desk/analyst', 'deal-desk/senior-analyst']],
    // Words in any order; whole words before starts of words; fewer other words first.
    [
      'desk deal',
      [
        'deal-desk/specialist',
        'deal-desk/analyst',
        'deal-desk/manager',
        'deal-desk/senior-analyst',
        'deal-desk/senior-manager',
      ],
    ],
    ['deal desk mgr', ['deal-desk/manager', 'deal-desk/senior-manager']],
    ['dir sales ops', ['sales-operations/director']],
    ['jr commissions', ['sales-commissions/junior-analyst']],
    ['assoc program', ['pm/associate']],
    ['sr eng', ['business-systems-engineer/senior']],
    // "vp" finds both the title that says VP and the one that says Vice President, and back.
    ['vp', ['vp-revenue-operations/vp', 'sales-strategy/vp']],
    ['vice president', ['vp-revenue-operations/vp', 'sales-strategy/vp']],
    ['vp revenue', ['vp-revenue-operations/vp']],
    // A match in the title comes before one only in the family.
    ['program manager', ['pm/program-manager', 'pm/associate']],
    ['revenue ops', ['vp-revenue-operations/vp']],
    ['desk an', ['deal-desk/analyst', 'deal-desk/senior-analyst']],
    // Equally good matches keep catalog order.
    ['sales an', ['sales-operations/analyst', 'sales-commissions/junior-analyst', 'sales-strategy/vp']],
    ['manager desk senior', ['deal-desk/senior-manager']],
    ['nager', []],
    ['desk g7', ['deal-desk/senior-analyst']],
  ])('%j finds %j', (query, ids) => {
    expect(searchRoles(catalog, query).map((r) => r.id)).toEqual(ids);
  });
});

describe('matchRole', () => {
  const senior = catalog[2]!; // Senior Deal Desk Analyst
  it.each<[string[], RoleMatch | null]>([
    [['senior', 'deal', 'desk', 'analyst'], { exactWords: 4, titleWords: 4, extraWords: 0 }],
    [['sr', 'deal', 'desk', 'an'], { exactWords: 3, titleWords: 4, extraWords: 0 }],
    [['deal', 'desk'], { exactWords: 2, titleWords: 2, extraWords: 2 }],
    [['desk', 'manager'], null],
    [['se'], { exactWords: 0, titleWords: 1, extraWords: 3 }],
  ])('%j against Senior Deal Desk Analyst gives %j', (words, expected) => {
    expect(matchRole(senior, words)).toEqual(expected);
  });

  it('counts a word found only in the family as not in the title', () => {
    const programManager = catalog[11]!; // Associate Program Manager, family "Program Manager, Field Enablement"
    expect(matchRole(programManager, ['field'])).toEqual({ exactWords: 1, titleWords: 0, extraWords: 3 });
  });
});

describe('hasSearchWords', () => {
  it.each<[string, boolean]>([
    ['', false],
    ['  ', false],
    ['g7', false],
    ['grade 7', false],
    ['deal', true],
    ['deal g7', true],
  ])('%j: %s', (query, expected) => {
    expect(hasSearchWords(query)).toBe(expected);
  });
});

describe('groupRolesByTeam', () => {
  it('groups by team in order of first appearance, keeping role order', () => {
    const groups = groupRolesByTeam(roles);
    expect(groups.map((g) => g.team)).toEqual(['Strategy', 'Operations', 'Enablement']);
    expect(groups[1]?.roles.map((r) => r.id)).toEqual(['ops/analyst', 'ops/manager', 'deal-desk/specialist']);
  });

  it('puts roles without a team under "Other roles"', () => {
    expect(groupRolesByTeam([role('a/b', 'A', '  ', 5)]).map((g) => g.team)).toEqual(['Other roles']);
  });

  it('returns no groups for no roles', () => {
    expect(groupRolesByTeam([])).toEqual([]);
  });
});

describe('role helpers', () => {
  it('describes a role by grade and family', () => {
    expect(roleDetail(roles[1]!)).toBe('Grade 7 · Sales Strategy');
  });

  it('finds a role by id, and null for null or unknown ids', () => {
    expect(findRoleOption(roles, 'ops/manager')?.title).toBe('Manager, Sales Operations');
    expect(findRoleOption(roles, null)).toBeNull();
    expect(findRoleOption(roles, 'nope/nope')).toBeNull();
  });

  it('normalizes text for search', () => {
    expect(normalizeForSearch('  Señor   ANALYST ')).toBe('senor analyst');
  });

  it('splits text into search words at anything not a letter or digit', () => {
    expect(searchWords('VP, Sales Strategy & Analytics')).toEqual(['vp', 'sales', 'strategy', 'analytics']);
    expect(searchWords('Go-to-Market (Intermediate)')).toEqual(['go', 'to', 'market', 'intermediate']);
    expect(searchWords(' ,& ')).toEqual([]);
  });

  it('keeps only http and https links', () => {
    expect(safeHttpUrl('https://handbook.gitlab.com/a#b')).toBe('https://handbook.gitlab.com/a#b');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});
