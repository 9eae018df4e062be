import { ACTIONS_TAB, CHECKINS_TAB, REQUIREMENTS_TAB } from '../../../../src/core/layout';
import { tableFromValues, type Table } from '../../../../src/core/table';
import { personFigures, type LinkedPlanTables } from '../../../../src/core/team/planFigures';

const TODAY = '2026-03-02';
const day = (d: string) => new Date(`${d}T00:00:00Z`);

function table(header: readonly string[], rows: Record<string, unknown>[]): Table {
  return tableFromValues([[...header], ...rows.map((r) => header.map((h) => r[h] ?? ''))]);
}

const requirements = table(REQUIREMENTS_TAB.headers, [
  {
    Key: 'req:r/x:forecasting',
    Role: 'Senior Analyst',
    Requirement: 'Forecasts',
    'Self rating': 'Not yet',
    'In target role': 'Yes',
  },
  {
    Key: 'req:r/x:sql',
    Role: 'Senior Analyst',
    Requirement: 'SQL',
    'Self rating': 'Meets',
    'Manager rating': 'Developing',
    Evidence: 'PRIVATE',
  },
  {
    Key: 'req:r/x:talks',
    Role: 'Senior Analyst',
    Requirement: 'Talks',
    'Self rating': 'Developing',
    'Manager rating': 'Exceeds',
  },
  { Key: 'req:r/x:docs', Role: 'Senior Analyst', Requirement: 'Docs' },
  {
    Key: 'req:r/old:gone',
    Role: 'Analyst',
    Requirement: 'Old',
    'Self rating': 'Not yet',
    'In target role': 'No',
  },
  { Requirement: 'A row I typed', 'Self rating': 'meets' },
]);

const actions = table(ACTIONS_TAB.headers, [
  { Action: 'PRIVATE one', Status: 'Done', 'Due date': day('2026-01-01') },
  { Action: 'PRIVATE two', Status: 'In progress', 'Due date': day('2026-03-01') },
  { Action: 'PRIVATE three', Status: 'Blocked', 'Due date': day('2026-03-02') },
  { Requirement: 'SQL', Status: 'Not started', 'Due date': 'next month' },
  { Action: 'PRIVATE five', Status: 'someday' },
]);

const checkIns = table(CHECKINS_TAB.headers, [
  { Date: '2026-02-16', Key: 'req:r/x:sql', Kind: 'Requirement', Rating: 'Meets' },
  { Date: '2026-01-12', Key: 'req:r/x:sql', Kind: 'Requirement', Rating: 'Developing' },
  { Date: '2026-02-16', Key: 'note', Kind: 'Note', Note: 'PRIVATE' },
]);

const summary = [
  ['Growth plan summary', ''],
  ['Current role', 'Analyst'],
  ['Target role', 'Senior Analyst'],
  ['Next check-in', day('2026-05-15')],
];

function plan(parts: Partial<LinkedPlanTables> = {}): LinkedPlanTables {
  return {
    requirements: { name: 'Role Requirements', table: requirements },
    actions: { name: 'Action Plan', table: actions },
    checkIns: { name: 'Check-ins', table: checkIns },
    summary,
    ...parts,
  };
}

describe('the figures of one growth plan', () => {
  it('counts the target role’s requirements by effective rating, and what the manager rated', () => {
    const { figures, problems } = personFigures(plan(), TODAY);
    expect(problems).toEqual([]);
    expect(figures.requirements).toEqual({
      total: 5,
      rated: 4,
      gaps: 2,
      atMeetsOrAbove: 2,
      share: 2 / 5,
      managerRated: 2,
    });
  });

  it('counts actions by status and the overdue ones (due before today, not done)', () => {
    expect(personFigures(plan(), TODAY).figures.actions).toEqual({
      total: 5,
      byStatus: { 'Not started': 1, 'In progress': 1, Blocked: 1, Done: 1 },
      overdue: 1,
    });
  });

  it('takes the roles and the next check-in from the Summary, and the last check-in from Check-ins', () => {
    const { figures } = personFigures(plan(), TODAY);
    expect(figures).toMatchObject({
      currentRole: 'Analyst',
      targetRole: 'Senior Analyst',
      lastCheckIn: '2026-02-16',
      nextCheckIn: { date: '2026-05-15', chosen: true, due: false },
    });
    const due = personFigures(plan({ summary: [['Next check-in', '2026-02-23']] }), TODAY).figures;
    expect(due.nextCheckIn).toEqual({ date: '2026-02-23', chosen: true, due: true });
  });

  it('proposes the next check-in from GitLab’s rhythm when the Summary names none, and reads the role from the rows', () => {
    const { figures } = personFigures(plan({ summary: null }), TODAY);
    expect(figures.currentRole).toBe('');
    expect(figures.targetRole).toBe('Senior Analyst');
    // The first milestone at least two weeks after the last check-in (16 February): 15 May.
    expect(figures.nextCheckIn).toEqual({ date: '2026-05-15', chosen: false, due: false });
  });

  it('hands on each requirement’s rating for the shared gaps, and nothing of the evidence', () => {
    const { ratings } = personFigures(plan(), TODAY);
    expect(ratings).toEqual([
      { key: 'req:r/x:forecasting', requirement: 'Forecasts', area: '', rating: 'Not yet' },
      { key: 'req:r/x:sql', requirement: 'SQL', area: '', rating: 'Developing' },
      { key: 'req:r/x:talks', requirement: 'Talks', area: '', rating: 'Exceeds' },
      { key: 'req:r/x:docs', requirement: 'Docs', area: '', rating: null },
      { key: '', requirement: 'A row I typed', area: '', rating: 'Meets' },
    ]);
    expect(JSON.stringify(personFigures(plan(), TODAY))).not.toContain('PRIVATE');
  });

  it('says when there is no check-in yet, with or without a Check-ins tab', () => {
    expect(personFigures(plan({ checkIns: null }), TODAY)).toMatchObject({
      problems: [{ kind: 'no-check-ins' }],
      figures: { lastCheckIn: null },
    });
    const empty = { name: 'Check-ins', table: table(CHECKINS_TAB.headers, []) };
    expect(personFigures(plan({ checkIns: empty }), TODAY).problems).toEqual([{ kind: 'no-check-ins' }]);
  });

  it('leaves out the figures of a missing tab or a tab lacking a column, and names what is missing', () => {
    const noActions = personFigures(plan({ actions: null }), TODAY);
    expect(noActions.figures.actions).toBeNull();
    expect(noActions.figures.requirements).not.toBeNull();
    expect(noActions.problems).toEqual([{ kind: 'missing-tab', tab: 'Action Plan' }]);

    const renamed = table(['Requirement', 'Self rating', 'Mgr rating'], [{ Requirement: 'SQL' }]);
    const lacking = personFigures(plan({ requirements: { name: 'My reqs', table: renamed } }), TODAY);
    expect(lacking.figures.requirements).toBeNull();
    expect(lacking.ratings).toEqual([]);
    expect(lacking.problems).toEqual([
      { kind: 'missing-columns', tab: 'My reqs', columns: ['Manager rating'] },
    ]);

    const undated = {
      name: 'Check-ins',
      table: table(['When', 'Key', 'Rating', 'Status'], [{ When: '2026-01-01' }]),
    };
    expect(personFigures(plan({ checkIns: undated }), TODAY).problems).toEqual([
      { kind: 'missing-columns', tab: 'Check-ins', columns: ['Date'] },
    ]);
  });

  it('gives a file with neither plan tab no figures at all, and no check-in to propose', () => {
    const none = personFigures({ requirements: null, actions: null, checkIns: null, summary: null }, TODAY);
    expect(none.figures).toEqual({
      currentRole: '',
      targetRole: '',
      requirements: null,
      actions: null,
      lastCheckIn: null,
      nextCheckIn: null,
    });
    expect(none.problems.map((p) => p.kind)).toEqual(['missing-tab', 'missing-tab', 'no-check-ins']);
  });
});
