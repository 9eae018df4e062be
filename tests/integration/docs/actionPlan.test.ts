/** The action-plan summary from the linked growth plan, its refresh, and every bad plan or URL. */
import { silently } from '../../../fake/calls';
import {
  ACTIONS_HEADER,
  actionRows,
  blocksOf,
  bodyTexts,
  CURRENT,
  growthPlan,
  openConversation,
  PLAN_ID,
  PLAN_URL,
  REQUIREMENTS_HEADER,
  TARGET,
} from './conversation';

import { LINK_KEY } from '../../../src/docs/link';
import { expectCommonFailure } from '../../support/replies';
type Table = { type: 'TABLE'; cells: string[][] };

function tableAt(c: ReturnType<typeof openConversation>, index: number): string[][] {
  const element = c.snapshot().tabs[0]!.body[index]!;
  expect(element.type).toBe('TABLE');
  return (element as Table).cells;
}

describe('action plan summary', () => {
  it('summarises the plan, lists open actions with overdue ones flagged, and remembers the URL', () => {
    const plan = growthPlan({ actions: actionRows(5, 2) });
    const c = openConversation({ content: ['Intro'], spreadsheets: [plan] });
    const result = c.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL }) as Record<string, unknown>;
    expect(result).toMatchObject({
      status: 'inserted',
      kind: 'actionPlan',
      spreadsheetUrl: PLAN_URL,
      requirements: { total: 3, rated: 2, unrated: 1, gaps: 1 },
      actions: {
        total: 5,
        byStatus: { 'Not started': 2, 'In progress': 2, Blocked: 0, Done: 1 },
        overdue: 2,
        percentDone: 20,
      },
      openActions: 4,
    });
    const texts = bodyTexts(c.snapshot());
    expect(texts.slice(1, 8)).toEqual([
      'Action plan: where it stands',
      'From the growth plan "My growth plan", read on ' + texts[2]!.slice(-11, -1) + '.',
      'Requirements: 3 (2 rated, 1 not rated yet)',
      'Gaps: 1',
      'Actions: 5 (not started 2, in progress 2, blocked 0, done 1)',
      'Done: 20%',
      'Overdue: 2',
    ]);
    const cells = tableAt(c, 9);
    expect(cells[0]).toEqual([
      'Priority',
      'Requirement',
      'Action',
      'Type',
      'Owner',
      'Due date',
      'Status',
      'Overdue',
    ]);
    expect(cells.slice(1).map((r) => [r[2], r[7]])).toEqual([
      ['Action 0', 'Overdue'],
      ['Action 1', 'Overdue'],
      ['Action 2', ''],
      ['Action 4', ''],
    ]);
    expect(c.fake.documentProperties.get(LINK_KEY)).toBe(PLAN_URL);
    expect(c.run('getConversationState')).toMatchObject({ linkedSpreadsheetUrl: PLAN_URL });

    // The URL may be left out once remembered.
    expect((c.run('insertActionPlanSummary') as { status: string }).status).toBe('replaced');
    expect((c.run('insertActionPlanSummary', {}) as { status: string }).status).toBe('replaced');
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'actionPlan', covers: [1, 2, 3, 4, 5, 6, 7, 8, 9] }]);
  });

  it('writes one row saying there is nothing open when every action is done or there are none', () => {
    const c = openConversation({ spreadsheets: [growthPlan({ actions: [] })] });
    c.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
    expect(tableAt(c, 8)).toEqual([
      ['Priority', 'Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status', 'Overdue'],
      ['No open actions', '', '', '', '', '', '', ''],
    ]);
  });

  it('finds renamed tabs by their headers and columns in any order', () => {
    const requirements = [
      ['Manager rating', 'Requirement', 'Self rating'],
      ['', 'Requirement 0', 'Not yet'],
    ];
    const actions = [
      ['Status', 'Due date', 'Owner', 'Type', 'Action', 'Requirement'],
      ['Blocked', '', 'Sam', 'Mentorship', 'Pair with a mentor', 'Requirement 0'],
    ];
    const plan = growthPlan({ tabs: { 'My skills': requirements, 'To do': actions } });
    const c = openConversation({ spreadsheets: [plan] });
    const result = c.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL }) as {
      actions: { byStatus: Record<string, number> };
      requirements: { gaps: number };
    };
    expect(result.requirements.gaps).toBe(1);
    expect(result.actions.byStatus.Blocked).toBe(1);
    expect(tableAt(c, 8)[1]).toEqual([
      '',
      'Requirement 0',
      'Pair with a mentor',
      'Mentorship',
      'Sam',
      '',
      'Blocked',
      '',
    ]);
  });

  it('refresh brings the summary up to date after the plan changed, in place', () => {
    const plan = growthPlan({ actions: actionRows(3, 1) });
    const c = openConversation({ content: ['Intro', 'Outro'], spreadsheets: [plan], cursor: { path: [0] } });
    c.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
    // Someone marks the overdue action done and adds one in the spreadsheet.
    silently(() => {
      const sheet = plan.getSheetByName('Action Plan')!;
      sheet.getRange(2, 9).setValue('Done');
      sheet
        .getRange(5, 1, 1, ACTIONS_HEADER.length)
        .setValues([
          ['', 'Requirement 9', '', 'New action', 'Learning', '', 'Me', '', 'Not started', '', ''],
        ]);
    });
    const result = c.run('refreshInsertedSections') as { status: string; refreshed: { kind: string }[] };
    expect(result).toMatchObject({ status: 'refreshed', refreshed: [{ kind: 'actionPlan' }] });
    const texts = bodyTexts(c.snapshot());
    expect(texts).toContain('Overdue: 0');
    expect(texts).toContain('Actions: 4 (not started 2, in progress 0, blocked 0, done 2)');
    expect(
      tableAt(c, 9)
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['Action 2', 'New action']);
    expect(c.outside()).toEqual(['Intro', 'Outro']);
  });

  it("lists this period's focus first, by Priority and marked, read from the plan's own columns", () => {
    const header = ['Priority', 'Focus', 'Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'];
    const actions = [
      header,
      [5, '', 'Later gap', 'A later action', 'Learning', 'Me', '', 'Not started'],
      [2, 'Yes', 'Second gap', 'Second gap project', 'Hands-on project', 'Me', '', 'Not started'],
      [1, 'Yes', 'First gap', 'First gap project', 'Hands-on project', 'Me', '', 'In progress'],
    ];
    const plan = growthPlan({ tabs: { 'Role Requirements': [REQUIREMENTS_HEADER], 'Action Plan': actions } });
    const c = openConversation({ spreadsheets: [plan] });
    c.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
    expect(
      tableAt(c, 8)
        .slice(1)
        .map((r) => [r[0], r[2]]),
    ).toEqual([
      ['1 (focus)', 'First gap project'],
      ['2 (focus)', 'Second gap project'],
      ['5', 'A later action'],
    ]);
  });

  it('fills the requirements table ratings from the linked plan by requirement text', () => {
    const c0 = openConversation();
    const roles = (c0.run('getRoles') as { roles: { id: string }[] }).roles;
    expect(roles.length).toBeGreaterThan(50);
    const requirementText = silently(() => {
      // The first requirement of the target role, as the catalog words it: read from a table inserted without a plan.
      c0.run('insertRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET });
      return (c0.snapshot().tabs[0]!.body[2] as Table).cells[1]![1]!;
    });
    const plan = growthPlan({
      requirements: [['req:x', '', '', requirementText.toUpperCase(), '', 'Developing', 'Meets', '', 'Yes']],
    });
    const c = openConversation({ spreadsheets: [plan], documentProperties: { [LINK_KEY]: PLAN_URL } });
    const result = c.run('insertRoleRequirements', {
      currentRoleId: CURRENT,
      targetRoleId: TARGET,
    }) as { ratedFromPlan: number; ratingsNote: string | null };
    expect(result).toMatchObject({ ratedFromPlan: 1, ratingsNote: null });
    expect((c.snapshot().tabs[0]!.body[2] as Table).cells[1]!.slice(3)).toEqual(['Developing', 'Meets']);
    expect(bodyTexts(c.snapshot())[1]).toMatch(/Ratings come from the linked growth plan \(1 of 7/);
  });

  it('leaves ratings blank with a note when the linked plan cannot be read, and still inserts the table', () => {
    const c = openConversation({ documentProperties: { [LINK_KEY]: PLAN_URL } });
    const result = c.run('insertRoleRequirements', { currentRoleId: null, targetRoleId: TARGET }) as {
      status: string;
      ratedFromPlan: number;
      ratingsNote: string;
    };
    expect(result.status).toBe('inserted');
    expect(result.ratingsNote).toMatch(/could not be read.*no access/);
  });
});

describe('bad growth plans and URLs change nothing', () => {
  const cases: {
    label: string;
    plan?: () => ReturnType<typeof growthPlan>;
    request: unknown;
    message: RegExp;
  }[] = [
    {
      label: 'a Google Docs URL',
      request: { spreadsheetUrl: `https://docs.google.com/document/d/${PLAN_ID}/edit` },
      message: /not a Google Sheets URL/,
    },
    {
      label: 'text that is not a URL',
      request: { spreadsheetUrl: 'my growth plan' },
      message: /not a Google Sheets URL/,
    },
    { label: 'a URL that is not text', request: { spreadsheetUrl: 42 }, message: /must be text/ },
    {
      label: 'a request that is not an object',
      request: 'https://docs.google.com/spreadsheets/d/x',
      message: /^Invalid request: Paste the growth plan's address\.$/,
    },
    { label: 'no URL and none remembered', request: {}, message: /Paste the URL/ },
    {
      label: 'a spreadsheet without access',
      request: {
        spreadsheetUrl:
          'https://docs.google.com/spreadsheets/d/1SomeoneElsesSpreadsheet_abcdefghijABCDEFGHI/edit',
      },
      message: /no access/,
    },
    {
      label: 'a spreadsheet without the Action Plan tab',
      plan: () => growthPlan({ tabs: { 'Role Requirements': [REQUIREMENTS_HEADER], Notes: [['Anything']] } }),
      request: { spreadsheetUrl: PLAN_URL },
      message: /no "Action Plan" tab/,
    },
    {
      label: 'a spreadsheet without any plan tab',
      plan: () => growthPlan({ tabs: { Sheet1: [] } }),
      request: { spreadsheetUrl: PLAN_URL },
      message: /no "Role Requirements" tab/,
    },
    {
      label: 'a renamed Status column',
      plan: () =>
        growthPlan({
          tabs: {
            'Role Requirements': [REQUIREMENTS_HEADER],
            'Action Plan': [ACTIONS_HEADER.map((h) => (h === 'Status' ? 'State' : h))],
          },
        }),
      request: { spreadsheetUrl: PLAN_URL },
      message: /"Action Plan" tab of the growth plan has no "Status" column/,
    },
    {
      label: 'a renamed Manager rating column',
      plan: () =>
        growthPlan({
          tabs: {
            'Role Requirements': [
              REQUIREMENTS_HEADER.map((h) => (h === 'Manager rating' ? 'Boss rating' : h)),
            ],
            'Action Plan': [ACTIONS_HEADER],
          },
        }),
      request: { spreadsheetUrl: PLAN_URL },
      message: /no "Manager rating" column/,
    },
    {
      label: 'replaceEdited that is not a boolean',
      request: { spreadsheetUrl: PLAN_URL, replaceEdited: 'yes' },
      message: /^Invalid request: Whether to replace edited text must be yes or no\.$/,
    },
  ];

  it.each(cases)('$label', ({ plan, request, message }) => {
    const c = openConversation({
      content: ['Intro', 'Outro'],
      spreadsheets: plan ? [plan()] : [],
      cursor: { path: [0] },
    });
    const before = c.snapshot();
    expectCommonFailure(c.run('insertActionPlanSummary', request), 'invalid', message);
    expect(c.snapshot()).toEqual(before);
    expect(c.fake.documentProperties.get(LINK_KEY)).toBeNull();
    expect(c.fake.locksHeld()).toEqual([]);
  });

  it('keeps the earlier link and block when a new URL fails, and refresh fails cleanly when the plan became unreadable', () => {
    const plan = growthPlan();
    const c = openConversation({ content: ['Intro'], spreadsheets: [plan] });
    c.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
    const before = c.snapshot();
    expectCommonFailure(
      c.run('insertActionPlanSummary', {
        spreadsheetUrl:
          'https://docs.google.com/spreadsheets/d/1NotSharedWithMe_abcdefghijklmnABCDEFGHIJKLM/edit',
      }),
      'invalid',
      /no access/,
    );
    expect(c.snapshot()).toEqual(before);
    expect(c.fake.documentProperties.get(LINK_KEY)).toBe(PLAN_URL);

    silently(() => plan.getSheetByName('Action Plan')!.getRange(1, 9).setValue('Progress'));
    expectCommonFailure(c.run('refreshInsertedSections'), 'invalid', /no "Status" column/);
    expect(c.snapshot()).toEqual(before);
  });
});
