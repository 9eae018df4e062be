/**
 * The team overview on the built bundle: a manager's workbook listing five growth plans (one not
 * shared, one with a renamed tab, one without Check-ins), each its own spreadsheet the fake opens
 * read-only, as the manifest's spreadsheets.readonly scope allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { silently } from '../../fake';
import type { FakeSpreadsheet } from '../../fake';
import { BUILD_DIR, openPlan, tabValues, type Harness } from '../../scripts/harness/harness';
import {
  fiveLinkedPlans,
  growthPlanFile,
  openFiveLinkedPlans,
  planId,
  planUrl,
  PRIVATE,
  refreshCalls,
  teamOf,
  teamWorkbook,
  TEAM_NOW,
} from '../../scripts/harness/teamScenarios';
import { callsBesidesPackDecodes } from '../../scripts/harness/callScenarios';
import { workbookState } from '../../scripts/harness/sheetsSweeps';
import { expectCommonFailure, expectFailure } from '../support/replies';

type Row = Record<string, unknown>;

const FIGURES = [
  'Current role',
  'Target role',
  'Requirements',
  'Rated',
  'Gaps',
  'Share at Meets or above',
  'Manager rated',
  'Actions',
  'Not started',
  'In progress',
  'Blocked',
  'Done',
  'Overdue',
  'Last check-in',
  'Next check-in',
  'Refresh note',
];

/** A tab's rows as objects keyed by header. */
function rowsOf(h: Harness, tab: string): Row[] {
  const [header = [], ...rows] = tabValues(h, tab);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

function refresh(h: Harness): Record<string, unknown> {
  const reply = h.run('refreshTeamOverview') as Record<string, unknown>;
  expect(reply).toMatchObject({ ok: true });
  return reply;
}

function snapshots(plans: FakeSpreadsheet[]): unknown[] {
  return plans.map((p) => silently(() => p.snapshot()));
}

describe('the team overview of five linked plans', () => {
  it('fills each person’s figures, a clear note where a plan cannot be read, and reads a renamed tab', () => {
    const h = openFiveLinkedPlans();
    const reply = refresh(h);
    const rows = rowsOf(h, 'Team');
    const figures = (name: string) => {
      const row = rows.find((r) => r.Name === name)!;
      return Object.fromEntries(FIGURES.map((f) => [f, row[f]]));
    };
    expect(figures('Ana Costa')).toEqual({
      'Current role': 'Sales Operations Analyst',
      'Target role': 'Senior Sales Operations Analyst',
      Requirements: 7,
      Rated: 7,
      Gaps: 4,
      'Share at Meets or above': 3 / 7,
      'Manager rated': '2 of 7',
      Actions: 4,
      'Not started': 2,
      'In progress': 1,
      Blocked: 0,
      Done: 1,
      Overdue: 1,
      'Last check-in': '2026-02-16',
      'Next check-in': '2026-05-15',
      'Refresh note': '',
    });
    // Ben renamed his Action Plan tab "My actions": found by its headers. His next check-in is past.
    expect(figures('Ben Okafor')).toMatchObject({
      Gaps: 4,
      'Manager rated': 'Yes',
      Actions: 2,
      Blocked: 1,
      Done: 1,
      Overdue: 1,
      'Last check-in': '2026-02-02',
      'Next check-in': '2026-02-23 (due)',
      'Refresh note': '',
    });
    // Chloe has no Check-ins tab, and a requirement she typed herself.
    expect(figures('Chloe Martin')).toMatchObject({
      'Current role': '',
      Requirements: 8,
      Gaps: 4,
      'Share at Meets or above': 0.5,
      'Manager rated': 'No',
      'Last check-in': '',
      'Next check-in': '2026-05-15 (proposed)',
      'Refresh note': 'No check-in recorded yet.',
    });
    expect(figures('Dev Patel')).toEqual({
      ...Object.fromEntries(FIGURES.map((f) => [f, ''])),
      'Refresh note':
        'The growth plan could not be opened: it does not exist, or it is not shared with you. Ask Dev Patel to share it with you (view access is enough).',
    });
    expect(figures('Eva Lindqvist')).toMatchObject({
      'Target role': 'Senior Manager, Deal Desk',
      Gaps: 3,
      Actions: 0,
    });
    expect(reply).toMatchObject({ people: 5, read: 4, withNotes: 1, teamTab: 'Team', gapsTab: 'Team gaps' });
  });

  it('lists the gaps two or more people share, matched by skill across roles, with who, how severe and a pair', () => {
    const h = openFiveLinkedPlans();
    refresh(h);
    const gaps = rowsOf(h, 'Team gaps');
    expect(gaps.map((g) => [g['Shared gap'], g.People, g['Not yet'], g.Developing])).toEqual([
      ['Process improvement', 3, 1, 2],
      ['Go-to-market policy', 2, 1, 1],
      ['Process documentation', 2, 1, 1],
      ['Stakeholder alignment', 2, 1, 1],
      ['Training delivery', 2, 1, 1],
      ['Operating cadence', 2, 0, 2],
    ]);
    const process = gaps[0]!;
    expect(process.Who).toBe('Ana Costa (Not yet), Ben Okafor (Developing), Eva Lindqvist (Developing)');
    expect(process['At Meets or above']).toBe('Chloe Martin (Meets)');
    expect(process.Pairing).toMatch(/^Pair Chloe Martin \(Meets\) with Ana Costa \(Not yet\)/);
    expect(process.Workshop).toMatch(/^For the 3 of them, as a group: \S/);
    expect(process['Shared stretch project']).toMatch(/^One project the 3 of them share: \S/);
    // Chloe typed "Runs enablement sessions that teach sellers new tools": matched to training delivery by its words.
    const training = gaps.find((g) => g['Shared gap'] === 'Training delivery')!;
    expect(training.Who).toBe('Eva Lindqvist (Not yet), Chloe Martin (Developing)');
    expect(training.Requirements).toContain('Runs enablement sessions that teach sellers new tools');
    expect(training.Pairing).toMatch(/^Pair Ana Costa \(Exceeds\) with Eva Lindqvist \(Not yet\)/);
  });

  it('draws readiness per person in one chart, pointed at the Team tab’s names and shares', () => {
    const h = openFiveLinkedPlans();
    refresh(h);
    const gapsTab = h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team gaps')!;
    expect(gapsTab.charts).toHaveLength(1);
    expect(gapsTab.charts[0]).toMatchObject({
      type: 'BAR',
      ranges: ['Team!A1:A6', 'Team!H1:H6'],
      position: { row: 10, col: 1 },
      options: { title: 'Readiness: share of requirements at Meets or above', 'hAxis.format': 'percent' },
    });
    const team = h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team')!;
    expect(team.formats.H2?.numberFormat ?? team.formats['H2:H6']?.numberFormat).toBe('0%');
  });

  it('copies no evidence, note or action text from the plans', () => {
    const h = openFiveLinkedPlans();
    const reply = refresh(h);
    expect(JSON.stringify(h.spreadsheet.snapshot())).not.toContain(PRIVATE);
    expect(JSON.stringify(reply)).not.toContain(PRIVATE);
  });

  it('never writes into a linked plan: they are opened read-only, and stay exactly as they were', () => {
    const h = openFiveLinkedPlans();
    const before = snapshots(h.plans);
    refresh(h);
    refresh(h);
    expect(snapshots(h.plans)).toEqual(before);
    const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.readonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    // The fake enforces those scopes: a plan opened by the bundle refuses writes.
    const opened = h.fake.globals.SpreadsheetApp.openByUrl(planUrl(planId('ana')));
    expect(() => opened.getSheets()[0]!.getRange(1, 1).setValue('x')).toThrow(/not sufficient/);
  });
});

describe('a second refresh', () => {
  it('after changes in the plans updates only the add-on’s columns', () => {
    const h = openFiveLinkedPlans(['Name', 'Growth plan', 'My 1:1 notes']);
    silently(() => {
      const team = h.spreadsheet.getSheetByName('Team')!;
      team.getRange('C2').setValue('Talk about the Q2 project');
      team.getRange('A8:C8').setValues([['', '', 'Hiring a sixth person in Q3']]);
    });
    refresh(h);
    const first = rowsOf(h, 'Team');
    const [ana, ben] = h.plans;
    silently(() => {
      const reqs = ana!.getSheetByName('Role Requirements')!;
      reqs.getRange('F2').setValue('Meets'); // Ana's process improvement: Not yet -> Meets (self)
      reqs.getRange('G2').setValue('Meets'); // and her manager agrees
      reqs.getRange('G3').setValue('Meets'); // the manager rates sales tech stack: Developing -> Meets
      ben!.getSheetByName('My actions')!.getRange('M2').setValue('Done');
    });
    // Dev shares his plan at last.
    h.fake.registerSpreadsheet(
      growthPlanFile({ id: planId('dev'), targetRoleId: 'sales-operations/senior-analyst', self: ['Meets'] }),
    );
    const teamBefore = h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team')!;
    refresh(h);
    const second = rowsOf(h, 'Team');
    const teamAfter = h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team')!;
    // Only cells under our headers changed.
    const header = teamAfter.values[0] as string[];
    const changed = teamAfter.values.flatMap((row, r) =>
      row.flatMap((v, c) =>
        JSON.stringify(v) === JSON.stringify(teamBefore.values[r]?.[c]) ? [] : [header[c]],
      ),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(new Set(changed).size).toBeLessThanOrEqual(FIGURES.length);
    for (const name of changed) expect(FIGURES).toContain(name);
    expect(second[0]).toMatchObject({
      Gaps: 2,
      'Manager rated': '3 of 7',
      'My 1:1 notes': 'Talk about the Q2 project',
    });
    expect(first[0]).toMatchObject({ Gaps: 4 });
    expect(second[1]).toMatchObject({ Blocked: 0, Done: 2, Overdue: 0 });
    expect(second[3]).toMatchObject({
      Requirements: 7,
      Rated: 1,
      'Refresh note': 'No check-in recorded yet.',
    });
    expect(second[6]).toMatchObject({ 'My 1:1 notes': 'Hiring a sixth person in Q3' });
    const gapsTab = h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team gaps')!;
    expect(gapsTab.charts).toHaveLength(1);
  });
});

describe('the manager’s own cells and columns', () => {
  it('survive every refresh: names, URLs, a column between ours, notes below and beside the table', () => {
    const { rows, plans } = fiveLinkedPlans();
    const spreadsheet = teamWorkbook(rows, [
      'Name',
      'Growth plan',
      'Current role',
      'Gaps',
      'Since',
      'Target role',
    ]);
    silently(() => {
      const team = spreadsheet.getSheetByName('Team')!;
      team.getRange('E2:E6').setValues([['2021'], ['2023'], ['=YEAR(TODAY())'], ['2019'], ['2024']]);
      team.insertRowsAfter(3, 1);
      // A note of the manager's, in a row without a person, right under one of our columns.
      team.getRange('D4').setNote('typed');
      team.getRange('A4:F4').setValues([['', '', '', '=1+1', 'Team offsite in May', '']]);
      team.getRange('H1').setValue('Beyond the table');
    });
    const h = openPlan({}, { spreadsheet, otherSpreadsheets: plans });
    h.fake.setClock(TEAM_NOW);
    const mine = () => {
      const sheet = silently(() => h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team')!);
      const values = sheet.values.map((row) => [row[0], row[1], row[4], row[7]]);
      return { values, formulas: sheet.formulas, notes: sheet.notes };
    };
    const before = mine();
    refresh(h);
    refresh(h);
    expect(mine().values).toEqual(before.values);
    expect(mine().formulas).toMatchObject({ E5: '=YEAR(TODAY())', D4: '=1+1' });
    expect(mine().notes).toMatchObject({ D4: 'typed' });
    const header = tabValues(h, 'Team')[0]!;
    // The figures it lacked went after the last column (H), in our order.
    expect(header.slice(0, 9)).toEqual([
      'Name',
      'Growth plan',
      'Current role',
      'Gaps',
      'Since',
      'Target role',
      '',
      'Beyond the table',
      'Requirements',
    ]);
    expect(rowsOf(h, 'Team')[0]).toMatchObject({
      'Current role': 'Sales Operations Analyst',
      Gaps: 4,
      Since: 2021,
    });
    // The other tab of the manager's is untouched.
    expect(tabValues(h, 'My notes')).toEqual([['Quarter plan'], ['Hire a sixth analyst']]);
  });

  it('skips a row without a URL with a note, and leaves a row of notes alone', () => {
    const h = openPlan(
      {},
      {
        spreadsheet: teamWorkbook([
          { name: 'Ana', url: planUrl(planId(0)) },
          { name: 'New joiner', url: '' },
          { name: 'Typo', url: 'docs.google.com/spreadsheets/d/abc' },
        ]),
        otherSpreadsheets: teamOf(1).plans,
      },
    );
    h.fake.setClock(TEAM_NOW);
    refresh(h);
    const rows = rowsOf(h, 'Team');
    expect(rows[1]).toMatchObject({
      Name: 'New joiner',
      Requirements: '',
      'Refresh note': 'No growth plan URL in this row: add the address of their growth plan to include them.',
    });
    expect(rows[2]!['Refresh note']).toMatch(/^The growth plan URL is not a Google Sheets address/);
  });
});

describe('calls per refresh', () => {
  it('grow only with the number of plans: exactly the same calls for each plan more, none read after a write', () => {
    const one = refreshCalls(1);
    const five = refreshCalls(5);
    const thirty = refreshCalls(30);
    const perPlan = Object.fromEntries(
      Object.keys(thirty.byMethod).map((k) => [k, ((thirty.byMethod[k] ?? 0) - (one.byMethod[k] ?? 0)) / 29]),
    );
    for (const [k, n] of Object.entries(perPlan)) {
      expect(Number.isInteger(n)).toBe(true);
      expect((five.byMethod[k] ?? 0) - (one.byMethod[k] ?? 0)).toBe(4 * n);
    }
    expect(Object.fromEntries(Object.entries(perPlan).filter(([, n]) => n > 0))).toEqual({
      'SpreadsheetApp.openByUrl': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getName': 4,
      'Sheet.getDataRange': 4,
      'Range.getValues': 4,
    });
    expect(thirty.total - one.total).toBe(29 * 14);
    // The rest (the Team tab, Team gaps, the chart, the status) within the bench's budget of 50.
    expect(callsBesidesPackDecodes(one) - 14).toBeLessThanOrEqual(50);
    for (const count of [one, five, thirty]) {
      expect(count.readsAfterWrite).toBe(0);
      expect(count.readsAfterFirstWrite).toBe(0);
    }
  });

  it('read nothing after a write, also the first time (new tab and chart) and when setting up', () => {
    const first = refreshCalls(5, true);
    expect([first.readsAfterWrite, first.readsAfterFirstWrite]).toEqual([0, 0]);
    const h = openPlan({ Budget: [['Item']] });
    h.fake.calls.reset();
    h.run('setUpTeamOverview');
    expect([h.fake.calls.readsAfterWrite(), h.fake.calls.readsAfterFirstWrite()]).toEqual([0, 0]);
  });

  it('reads a plan in the same number of calls whatever its size', () => {
    const small = teamOf(2);
    const big = teamOf(2);
    silently(() => {
      const reqs = big.plans[1]!.getSheetByName('Action Plan')!;
      reqs.insertRowsAfter(5, 400);
      reqs
        .getRange(6, 1, 400, 3)
        .setValues(Array.from({ length: 400 }, (_, i) => [`act:x${i}`, 1, `Requirement ${i}`]));
    });
    const calls = (team: ReturnType<typeof teamOf>) => {
      const h = openPlan({}, { spreadsheet: teamWorkbook(team.rows), otherSpreadsheets: team.plans });
      h.fake.setClock(TEAM_NOW);
      refresh(h);
      h.fake.calls.reset();
      refresh(h);
      return h.fake.calls.byMethod;
    };
    expect(calls(big)).toEqual(calls(small));
  });

  it('reads at most 50 plans in one refresh, and says so on the rows left out', () => {
    const team = teamOf(52);
    const h = openPlan({}, { spreadsheet: teamWorkbook(team.rows), otherSpreadsheets: team.plans });
    h.fake.setClock(TEAM_NOW);
    h.fake.calls.reset();
    const reply = refresh(h);
    expect(h.fake.calls.byMethod['SpreadsheetApp.openByUrl']).toBe(50);
    expect(reply).toMatchObject({ people: 52, read: 50, withNotes: 2 });
    expect(rowsOf(h, 'Team')[51]!['Refresh note']).toMatch(
      /^Not refreshed: one refresh reads at most 50 growth plans/,
    );
  });
});

describe('bad input and a missing Team tab', () => {
  function unchanged(h: Harness, name: string, ...args: unknown[]) {
    const before = h.spreadsheet.snapshot();
    const reply = h.run(name, ...args);
    expect(h.spreadsheet.snapshot()).toEqual(before);
    return reply;
  }

  it('a workbook without a Team tab says how to make one, and changes nothing', () => {
    const h = openPlan({ Budget: [['Item', 'Cost']] });
    expectCommonFailure(
      unchanged(h, 'refreshTeamOverview'),
      'invalid',
      'This spreadsheet has no Team tab. Choose Extensions > Career Growth > Team overview to add one, then list each person with the URL of their growth plan.',
    );
  });

  it('a Team tab without its Growth plan column, or listing nobody, says what to fix', () => {
    const renamed = openPlan({
      Team: [
        ['Name', 'Plan link'],
        ['Ana', planUrl(planId(0))],
      ],
    });
    // Not a Team tab at all without both headers: the tab named Team is not ours.
    expectCommonFailure(unchanged(renamed, 'refreshTeamOverview'), 'invalid', /has no Team tab/);
    const empty = openPlan({ Team: [['Name', 'Growth plan', 'Refresh note']] });
    expectCommonFailure(
      unchanged(empty, 'refreshTeamOverview'),
      'invalid',
      'The "Team" tab lists nobody yet: add each person\'s name and the URL of their growth plan from row 2 down, then refresh again.',
    );
  });

  it('finds a renamed Team tab by its headers', () => {
    const { rows, plans } = fiveLinkedPlans();
    const spreadsheet = teamWorkbook(rows);
    silently(() => spreadsheet.getSheetByName('Team')!.setName('My people'));
    const h = openPlan({}, { spreadsheet, otherSpreadsheets: plans });
    h.fake.setClock(TEAM_NOW);
    expect(refresh(h)).toMatchObject({ teamTab: 'My people', read: 4 });
    const chart = h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team gaps')!.charts[0]!;
    expect(chart.ranges).toEqual(["'My people'!A1:A6", "'My people'!H1:H6"]);
  });

  it('a busy workbook answers busy and changes nothing', () => {
    const h = openFiveLinkedPlans();
    h.fake.lockBusy = true;
    const before = snapshots(h.plans);
    expectCommonFailure(unchanged(h, 'refreshTeamOverview'), 'busy', /Someone else is updating/);
    expectCommonFailure(unchanged(h, 'setUpTeamOverview'), 'busy', /Someone else is updating/);
    expect(h.fake.calls.byMethod['SpreadsheetApp.openByUrl']).toBeUndefined();
    expect(snapshots(h.plans)).toEqual(before);
    expect(h.fake.locksHeld()).toEqual([]);
  });
});

describe('a refresh stopped half way, then run again (the sweep in recovery.test.ts tries every call)', () => {
  const uninterrupted = () => {
    const h = openFiveLinkedPlans();
    refresh(h);
    return workbookState(h);
  };

  it('a Google service failing while a plan is read stops the refresh before its first write: no note blames the plan', () => {
    const h = openFiveLinkedPlans();
    const before = silently(() => h.spreadsheet.snapshot());
    // Ben's plan, the second one read.
    h.fake.failOn('SpreadsheetApp.openByUrl', 2);
    expectFailure(h.run('refreshTeamOverview'), 'interrupted', /Run it again to finish it/);
    expect(silently(() => h.spreadsheet.snapshot())).toEqual(before);
    h.fake.failOn('Sheet.getDataRange', 3);
    expectFailure(h.run('refreshTeamOverview'), 'interrupted', /Run it again to finish it/);
    expect(silently(() => h.spreadsheet.snapshot())).toEqual(before);

    expect(refresh(h)).toMatchObject({ read: 4, withNotes: 1 });
    expect(workbookState(h)).toEqual(uninterrupted());
  });

  it('a Team gaps tab made but left without headers is set up in full, wrapped, by the next refresh', () => {
    const h = openFiveLinkedPlans();
    h.fake.failOn('Range.setWrap');
    expectFailure(h.run('refreshTeamOverview'), 'interrupted', /Run it again to finish it/);
    expect(tabValues(h, 'Team gaps')).toEqual([]);
    refresh(h);
    expect(workbookState(h)).toEqual(uninterrupted());
  });

  it('Team headers go in after their formats, so a set-up stopped before the frozen header row finishes it', () => {
    const h = openFiveLinkedPlans();
    h.fake.failOn('Sheet.setFrozenRows');
    expectFailure(h.run('setUpTeamOverview'), 'interrupted', /Run it again to finish it/);
    expect(tabValues(h, 'Team')[0]).toEqual(['Name', 'Growth plan']);
    expect(h.run('setUpTeamOverview')).toMatchObject({ ok: true });
    expect(silently(() => h.spreadsheet.getSheetByName('Team')!.getFrozenRows())).toBe(1);
    expect(tabValues(h, 'Team')[0]).toEqual(['Name', 'Growth plan', ...FIGURES]);
  });
});

describe('setting up the Team tab', () => {
  it('adds a Team tab with its headers and how to use it, then leaves it as it is', () => {
    const h = openPlan({ Budget: [['Item', 'Cost']] });
    expect(h.run('setUpTeamOverview')).toEqual({
      ok: true,
      tab: 'Team',
      created: true,
      appended: ['Name', 'Growth plan', ...FIGURES],
    });
    const team = h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team')!;
    expect(team.values).toEqual([['Name', 'Growth plan', ...FIGURES]]);
    expect(team.notes.A1).toMatch(/^One person per row/);
    expect(team.frozenRows).toBe(1);
    expect(h.spreadsheet.snapshot().activeSheet).toBe('Team');
    silently(() =>
      h.spreadsheet
        .getSheetByName('Team')!
        .getRange('A2:B2')
        .setValues([['Ana', 'x']]),
    );
    const before = h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team');
    expect(h.run('setUpTeamOverview')).toEqual({ ok: true, tab: 'Team', created: false, appended: [] });
    expect(h.spreadsheet.snapshot().sheets.find((s) => s.name === 'Team')).toEqual(before);
  });

  it('never takes over a tab of the manager’s called Team', () => {
    const h = openPlan({ Team: [['Who is on call'], ['Ana']] });
    expect(h.run('setUpTeamOverview')).toMatchObject({ ok: true, tab: 'Team 2', created: true });
    expect(tabValues(h, 'Team')).toEqual([['Who is on call'], ['Ana']]);
  });

  it('shows the team overview in the sidebar’s state once set up, and its figures once refreshed', () => {
    const h = openFiveLinkedPlans();
    expect((h.run('getPlannerState') as { team: unknown }).team).toBeNull();
    h.run('setUpTeamOverview');
    expect((h.run('getPlannerState') as { team: unknown }).team).toEqual({
      refreshedOn: null,
      people: 0,
      read: 0,
      withNotes: 0,
      sharedGaps: 0,
    });
    refresh(h);
    expect((h.run('getPlannerState') as { team: unknown }).team).toEqual({
      refreshedOn: '2026-03-02',
      people: 5,
      read: 4,
      withNotes: 1,
      sharedGaps: 6,
    });
  });
});

describe('the menu items', () => {
  it('Team overview says how to use the tab; Refresh says what it did, or why not', () => {
    const h = openFiveLinkedPlans();
    h.call('menuTeamOverview');
    expect(h.fake.ui.alerts.at(-1)!.prompt).toMatch(
      /^The "Team" tab got the columns it lacked: Current role, .*\n\nOne person per row/s,
    );
    h.call('menuRefreshTeamOverview');
    expect(h.fake.ui.alerts.at(-1)!.prompt).toBe(
      [
        '4 people of 5 filled in from their growth plan.',
        '1 row has a note: Dev Patel (row 5).',
        'Shared gaps: Process improvement (3), Go-to-market policy (2), Process documentation (2), Stakeholder alignment (2) and 2 more.',
        'See the "Team" and "Team gaps" tabs.',
      ].join('\n\n'),
    );
    const none = openPlan();
    none.call('menuRefreshTeamOverview');
    expect(none.fake.ui.alerts.at(-1)!.prompt).toMatch(/^This spreadsheet has no Team tab/);
  });
});
