import type { RoleOption } from '../../../src/api/sheets';
import {
  filterRoles,
  findRoleOption,
  groupRolesByTeam,
  normalizeForSearch,
  roleDetail,
  safeHttpUrl,
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

describe('filterRoles', () => {
  it('returns every role for an empty or blank query', () => {
    expect(filterRoles(roles, '')).toEqual(roles);
    expect(filterRoles(roles, '   ')).toEqual(roles);
  });

  it('matches every word anywhere in title, family or team, ignoring case', () => {
    expect(filterRoles(roles, 'ANALYST senior').map((r) => r.id)).toEqual(['strategy/senior']);
    expect(filterRoles(roles, 'operations').map((r) => r.id)).toEqual([
      'ops/analyst',
      'ops/manager',
      'deal-desk/specialist',
    ]);
  });

  it('matches the family name and team, not only the title', () => {
    expect(filterRoles(roles, 'field enablement').map((r) => r.id)).toEqual(['enablement/pm']);
  });

  it('ignores accents on either side', () => {
    expect(filterRoles(roles, 'specialiste').map((r) => r.id)).toEqual(['deal-desk/specialist']);
    expect(filterRoles(roles, 'déal').map((r) => r.id)).toEqual(['deal-desk/specialist']);
  });

  it('filters by exact grade with "grade 7" or "g7"', () => {
    expect(filterRoles(roles, 'grade 6').map((r) => r.id)).toEqual([
      'strategy/analyst',
      'ops/analyst',
      'deal-desk/specialist',
    ]);
    expect(filterRoles(roles, 'g1').map((r) => r.id)).toEqual([]);
    expect(filterRoles(roles, 'grade 12').map((r) => r.id)).toEqual(['enablement/pm']);
    expect(filterRoles(roles, 'sales g6').map((r) => r.id)).toEqual(['strategy/analyst', 'ops/analyst']);
  });

  it('returns nothing when a word matches no role', () => {
    expect(filterRoles(roles, 'analyst astronaut')).toEqual([]);
  });

  it('treats regex and HTML characters as plain text', () => {
    const odd = [role('x/y', 'Analyst <img src=x onerror=alert(1)> (.*)', 'Ops', 6)];
    expect(filterRoles(odd, '(.*)')).toHaveLength(1);
    expect(filterRoles(odd, '<img')).toHaveLength(1);
    expect(filterRoles(roles, '.*')).toEqual([]);
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

  it('keeps only http and https links', () => {
    expect(safeHttpUrl('https://handbook.gitlab.com/a#b')).toBe('https://handbook.gitlab.com/a#b');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});
