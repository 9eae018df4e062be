/**
 * "Since our last conversation" on the built Docs bundle: from the linked plan's check-ins, inserted,
 * re-inserted in place, refreshed, asked about when edited, and every bad plan or URL changing nothing.
 */
import { silently } from '../../../fake/calls';
import { FakeSpreadsheet } from '../../../fake/spreadsheet';
import type { NeedsConfirmation } from '../../../src/api/docs';
import { LINK_KEY } from '../../../src/docs/link';
import { expectCommonFailure, expectFailure } from '../../support/replies';
import {
  ACTIONS_HEADER,
  actionRows,
  blocksOf,
  bodyTexts,
  growthPlan,
  openConversation,
  PLAN_ID,
  PLAN_URL,
  range,
  REQUIREMENTS_HEADER,
} from './conversation';

const CHECKINS_HEADER = [
  'Date',
  'Key',
  'Kind',
  'Item',
  'Self rating',
  'Manager rating',
  'Rating',
  'Status',
  'Due date',
  'Note',
];
/** Heading, paragraph and six list items. */
const SECTION = 8;

type Row = unknown[];
const req = (date: unknown, key: string, item: string, rating: string): Row => [
  date,
  key,
  'Requirement',
  item,
  rating,
  '',
  rating,
  '',
  '',
  '',
];
const act = (date: unknown, key: string, item: string, status: string): Row => [
  date,
  key,
  'Action',
  item,
  '',
  '',
  '',
  status,
  '',
  '',
];
const note = (date: unknown, text: string): Row => [date, '', 'Note', '', '', '', '', '', '', text];

/** A check-in on `date`: Requirement 0 and 1 rated, Action 1 with `status`. */
function checkIn(date: unknown, ratings: [string, string], status: string, text = ''): Row[] {
  return [
    req(date, 'req:1', 'Requirement 0', ratings[0]),
    req(date, 'req:2', 'Requirement 1', ratings[1]),
    act(date, 'act:1', 'Action 1', status),
    ...(text ? [note(date, text)] : []),
  ];
}

function planTabs(checkIns: Row[] | null, extra: Record<string, Row[]> = {}): Record<string, Row[]> {
  const tabs: Record<string, Row[]> = {
    'Role Requirements': [
      REQUIREMENTS_HEADER,
      ['req:1', '', '', 'Requirement 0', '', 'Developing', '', '', 'Yes'],
      ['req:2', '', '', 'Requirement 1', '', 'Meets', 'Exceeds', '', 'Yes'],
    ],
    // Action 0 is overdue (due 2020, in progress); Action 1 is done.
    'Action Plan': [ACTIONS_HEADER, ...actionRows(2, 1)],
    ...extra,
  };
  if (checkIns) tabs['Check-ins'] = [CHECKINS_HEADER, ...checkIns];
  return tabs;
}

/** Two check-ins: 2026-08-14 as date cells, 2026-11-20 as text. */
function twoCheckIns(): Row[] {
  return [
    ...checkIn(new Date(2026, 7, 14), ['Not yet', 'Meets'], 'In progress'),
    ...checkIn('2026-11-20', ['Developing', 'Exceeds'], 'Done', 'We agreed on a mentor.'),
  ];
}

const SUMMARY = {
  Summary: [
    ['Growth plan summary', ''],
    ['Requirements', 2],
    ['Next check-in', new Date(2027, 1, 22)],
  ],
};

function conversationWith(tabs: Record<string, Row[]>, linked = false) {
  const plan = growthPlan({ tabs });
  const c = openConversation({
    content: ['Intro', 'Outro'],
    spreadsheets: [plan],
    cursor: { path: [0] },
    ...(linked ? { documentProperties: { [LINK_KEY]: PLAN_URL } } : {}),
  });
  return { c, plan };
}

describe('"Since our last conversation"', () => {
  it('compares the last two check-ins and lists what moved, what is done and overdue, and the next check-in', () => {
    const { c } = conversationWith(planTabs(twoCheckIns(), SUMMARY));
    const result = c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
    expect(result).toMatchObject({
      ok: true,
      status: 'inserted',
      kind: 'sinceLast',
      spreadsheetUrl: PLAN_URL,
      checkIns: 2,
      lastCheckIn: '2026-11-20',
      previousCheckIn: '2026-08-14',
      changes: {
        since: '2026-08-14',
        movedUp: [
          { requirement: 'Requirement 0', from: 'Not yet', to: 'Developing' },
          { requirement: 'Requirement 1', from: 'Meets', to: 'Exceeds' },
        ],
        movedDown: [],
        reachedMeets: 0,
        actionsDone: 1,
        overdue: 1,
        sentence: '2 requirements moved up, 1 action done, 1 overdue.',
      },
      nextCheckIn: { date: '2027-02-22', chosen: true, due: false, reason: 'set in the growth plan' },
    });
    const texts = bodyTexts(c.snapshot());
    expect(texts[1]).toBe('Since our last conversation');
    expect(texts[2]).toMatch(
      /^From the growth plan "My growth plan", read on \d{4}-\d{2}-\d{2}\. The last of its 2 check-ins was on 2026-11-20; since the one before, on 2026-08-14: 2 requirements moved up, 1 action done, 1 overdue\.$/,
    );
    expect(texts.slice(3, 9)).toEqual([
      'Ratings that moved up (2): Requirement 0 (Not yet → Developing); Requirement 1 (Meets → Exceeds).',
      'Ratings that moved down: none.',
      'Actions done since 2026-08-14 (1): Action 1.',
      'Actions overdue now (1): Action 0 (due 2020-01-01, in progress).',
      'Next check-in: 2027-02-22, as set in the growth plan.',
      'Note at the last check-in: We agreed on a mentor.',
    ]);
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'sinceLast', covers: range(1, SECTION) }]);
    expect(c.outside()).toEqual(['Intro', 'Outro']);
    expect(c.fake.documentProperties.get(LINK_KEY)).toBe(PLAN_URL);
    expect(c.run('getConversationState')).toMatchObject({
      linkedSpreadsheetUrl: PLAN_URL,
      blocks: [{ kind: 'sinceLast', edited: false }],
    });
  });

  it('with one check-in, says what moved since the plan started', () => {
    const { c } = conversationWith(planTabs(checkIn('2026-11-20', ['Meets', ''], 'Done')));
    const result = c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
    expect(result).toMatchObject({ checkIns: 1, lastCheckIn: '2026-11-20', previousCheckIn: null });
    const texts = bodyTexts(c.snapshot());
    expect(texts[2]).toContain(
      'Its first check-in was on 2026-11-20; since the plan started: 1 requirement moved up (1 to Meets or above), 1 action done, 1 overdue.',
    );
    expect(texts[5]).toBe('Actions done since the plan started (1): Action 1.');
    // No Summary tab: the date GitLab's rhythm proposes, three months after the check-in.
    expect(texts[7]).toMatch(/^Next check-in: 2027-02-22, suggested \(quarterly career check-in/);
  });

  it('says so in the section when the plan has no Check-ins tab, or an empty one', () => {
    for (const checkIns of [null, []]) {
      const { c } = conversationWith(planTabs(checkIns));
      const result = c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
      expect(result).toMatchObject({ ok: true, status: 'inserted', checkIns: 0, lastCheckIn: null });
      const texts = bodyTexts(c.snapshot());
      expect(texts[2]).toContain('It has no check-ins yet');
      expect(texts[2]).toContain('Record check-in, in the Growth Plan sidebar or its menu');
      expect(texts[2]!.includes('(it has no Check-ins tab)')).toBe(checkIns === null);
      expect(texts[3]).toBe('Actions overdue now (1): Action 0 (due 2020-01-01, in progress).');
      expect(texts[4]).toMatch(/^Next check-in: \d{4}-\d{2}-\d{2}, suggested/);
      expect(blocksOf(c.snapshot())).toEqual([{ kind: 'sinceLast', covers: range(1, 4) }]);
    }
  });

  it('reads the plan’s date cells as days of the spreadsheet’s time zone, not the script’s (UTC)', () => {
    // Midnight in Auckland (UTC+12 in August, +13 in November) is the day before in UTC.
    const midnight = (y: number, m: number, d: number, offset: number) =>
      new Date(Date.UTC(y, m, d) - offset * 3_600_000);
    const rows = [
      ...checkIn(midnight(2026, 7, 14, 12), ['Not yet', 'Meets'], 'In progress'),
      ...checkIn(midnight(2026, 10, 20, 13), ['Developing', 'Meets'], 'Done'),
    ];
    const tabs = planTabs(rows, { Summary: [['Next check-in', midnight(2027, 1, 22, 13)]] });
    const plan = FakeSpreadsheet.fromTabs(tabs, {
      id: PLAN_ID,
      name: 'Kia ora',
      timeZone: 'Pacific/Auckland',
    });
    const c = openConversation({ content: ['Intro'], spreadsheets: [plan] });
    expect(c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL })).toMatchObject({
      lastCheckIn: '2026-11-20',
      previousCheckIn: '2026-08-14',
      nextCheckIn: { date: '2027-02-22', chosen: true },
    });
  });

  it('finds a renamed Check-ins tab by its headers, columns in any order', () => {
    const rows = twoCheckIns();
    const order = [9, 7, 6, 3, 1, 0, 2];
    const tabs = planTabs(null, {
      'Our meetings': [order.map((i) => CHECKINS_HEADER[i]), ...rows.map((r) => order.map((i) => r[i]))],
    });
    const { c } = conversationWith(tabs);
    expect(c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL })).toMatchObject({
      checkIns: 2,
      changes: {
        movedUp: [{ requirement: 'Requirement 0' }, { requirement: 'Requirement 1' }],
        actionsDone: 1,
      },
    });
  });

  it('needs no link once remembered, re-inserts in place with the plan’s new check-in, and refresh does the same', () => {
    const { c, plan } = conversationWith(planTabs(twoCheckIns(), SUMMARY));
    c.run('insertConversationAgenda');
    c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
    const blocks = blocksOf(c.snapshot());
    // A third check-in is recorded in the spreadsheet: Requirement 1 drops back to Meets.
    const addCheckIn = (date: string, ratings: [string, string]) => {
      silently(() => {
        const sheet = plan.getSheetByName('Check-ins')!;
        const rows = checkIn(date, ratings, 'Done');
        sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, CHECKINS_HEADER.length).setValues(rows);
      });
    };
    addCheckIn('2026-12-01', ['Developing', 'Meets']);

    expect(c.run('insertSinceLastConversation')).toMatchObject({
      status: 'replaced',
      checkIns: 3,
      previousCheckIn: '2026-11-20',
      changes: { movedUp: [], movedDown: [{ requirement: 'Requirement 1', from: 'Exceeds', to: 'Meets' }] },
    });
    let texts = bodyTexts(c.snapshot());
    expect(texts).toContain('Ratings that moved down (1): Requirement 1 (Exceeds → Meets).');
    expect(texts).toContain('Actions done since 2026-11-20: none.');
    expect(blocksOf(c.snapshot())).toEqual(blocks);

    addCheckIn('2026-12-03', ['Meets', 'Meets']);
    const refreshed = c.run('refreshInsertedSections') as { refreshed: { kind: string }[] };
    expect(refreshed.refreshed.map((b) => b.kind).sort()).toEqual(['agenda', 'sinceLast']);
    texts = bodyTexts(c.snapshot());
    expect(texts).toContain('Ratings that moved up (1): Requirement 0 (Developing → Meets).');
    expect(blocksOf(c.snapshot())).toEqual(blocks);
    expect(c.outside()).toEqual(['Intro', 'Outro']);
    expect(
      (c.run('getConversationState') as { blocks: { edited: boolean }[] }).blocks.map((b) => b.edited),
    ).toEqual([false, false]);
  });

  it('replaces the no-check-ins section once the first check-in is recorded, reading nothing after a write', () => {
    const { c, plan } = conversationWith(planTabs([]));
    c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'sinceLast', covers: range(1, 4) }]);
    silently(() => {
      const rows = checkIn('2026-11-20', ['Meets', 'Meets'], 'Done');
      plan.getSheetByName('Check-ins')!.getRange(2, 1, rows.length, CHECKINS_HEADER.length).setValues(rows);
    });
    c.fake.calls.reset();
    expect(c.run('insertSinceLastConversation')).toMatchObject({ status: 'replaced', checkIns: 1 });
    expect(c.fake.calls.readsAfterFirstWrite()).toBe(0);
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'sinceLast', covers: range(1, SECTION) }]);
    expect(c.outside()).toEqual(['Intro', 'Outro']);
  });

  it('asks before replacing a section someone edited, on insert and on refresh, and replaces it once they agree', () => {
    const { c } = conversationWith(planTabs(twoCheckIns(), SUMMARY));
    c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
    c.edit((body) => body.getChild(3).asListItem().appendText(' We celebrated.'));
    const edited = c.snapshot();

    const asked = expectFailure<NeedsConfirmation>(
      c.run('insertSinceLastConversation'),
      'needs-confirmation',
      'The "Since our last conversation" section in this document was edited since Career Growth wrote it. Replace it with a new one? What was changed inside it will be lost.',
    );
    expect(asked.edited).toMatchObject([{ kind: 'sinceLast', edited: true }]);
    expect(c.snapshot()).toEqual(edited);
    expectFailure(
      c.run('refreshInsertedSections'),
      'needs-confirmation',
      /"Since our last conversation" section/,
    );
    expect(c.snapshot()).toEqual(edited);
    expect(c.run('refreshInsertedSections', { skipEdited: true })).toMatchObject({ refreshed: [] });
    expect(c.snapshot()).toEqual(edited);

    expect(c.run('insertSinceLastConversation', { replaceEdited: true })).toMatchObject({
      status: 'replaced',
    });
    expect(bodyTexts(c.snapshot()).join('\n')).not.toContain('We celebrated.');
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'sinceLast', covers: range(1, SECTION) }]);
    expect(c.outside()).toEqual(['Intro', 'Outro']);
  });

  it('the agenda points to it, and inserting the agenda needs no linked plan', () => {
    const c = openConversation({ content: ['Intro'] });
    expect(c.run('insertConversationAgenda')).toMatchObject({ ok: true, status: 'inserted' });
    const texts = bodyTexts(c.snapshot());
    const at = texts.indexOf('Progress since last time');
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toContain('"Since our last conversation"');
    expect(texts[at + 1]).toContain('Insert since our last conversation');
  });
});

describe('bad growth plans and URLs change nothing', () => {
  const cases: { label: string; tabs?: Record<string, Row[]>; request: unknown; message: RegExp }[] = [
    {
      label: 'a Google Docs URL',
      request: { spreadsheetUrl: `https://docs.google.com/document/d/${PLAN_ID}/edit` },
      message: /not a Google Sheets URL/,
    },
    { label: 'a URL that is not text', request: { spreadsheetUrl: 7 }, message: /must be text/ },
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
      tabs: { 'Check-ins': [CHECKINS_HEADER, ...twoCheckIns()] },
      request: { spreadsheetUrl: PLAN_URL },
      message: /no "Action Plan" tab/,
    },
    {
      label: 'a Check-ins tab whose Rating column was renamed',
      tabs: planTabs(null, {
        'Check-ins': [CHECKINS_HEADER.map((h) => (h === 'Rating' ? 'Score' : h)), ...twoCheckIns()],
      }),
      request: { spreadsheetUrl: PLAN_URL },
      message:
        /^The "Check-ins" tab of the growth plan has no "Rating" column \(renamed or removed\?\), so its check-ins cannot be compared\. Rename it back in the spreadsheet\.$/,
    },
    {
      label: 'replaceEdited that is not a boolean',
      request: { spreadsheetUrl: PLAN_URL, replaceEdited: 'yes' },
      message: /^Invalid request: Whether to replace edited text must be yes or no\.$/,
    },
  ];

  it.each(cases)('$label', ({ tabs, request, message }) => {
    const c = openConversation({
      content: ['Intro', 'Outro'],
      spreadsheets: tabs ? [growthPlan({ tabs })] : [],
      cursor: { path: [0] },
    });
    c.run('insertConversationAgenda');
    const before = c.snapshot();
    expectCommonFailure(c.run('insertSinceLastConversation', request), 'invalid', message);
    expect(c.snapshot()).toEqual(before);
    expect(c.fake.documentProperties.get(LINK_KEY)).toBeNull();
    expect(c.fake.locksHeld()).toEqual([]);
  });

  it('keeps the earlier link and section when a new URL fails; refresh without a link says what to do', () => {
    const { c } = conversationWith(planTabs(twoCheckIns()));
    c.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
    const before = c.snapshot();
    expectCommonFailure(
      c.run('insertSinceLastConversation', {
        spreadsheetUrl:
          'https://docs.google.com/spreadsheets/d/1NotSharedWithMe_abcdefghijklmnABCDEFGHIJKLM/edit',
      }),
      'invalid',
      /no access/,
    );
    expect(c.snapshot()).toEqual(before);
    expect(c.fake.documentProperties.get(LINK_KEY)).toBe(PLAN_URL);

    c.fake.documentProperties.delete(LINK_KEY);
    const unlinked = c.snapshot();
    expectCommonFailure(
      c.run('refreshInsertedSections'),
      'invalid',
      /"Since our last conversation" section but no linked growth plan/,
    );
    expect(c.snapshot()).toEqual(unlinked);
  });
});

describe('the menu item', () => {
  it('inserts from the linked plan, and asks before replacing an edited section', () => {
    const { c } = conversationWith(planTabs(twoCheckIns()), true);
    c.call('onOpen', c.fake.events.onOpen());
    c.runMenuItem('Insert since our last conversation');
    expect(blocksOf(c.snapshot())).toEqual([{ kind: 'sinceLast', covers: range(1, SECTION) }]);
    expect(c.fake.ui.alerts).toEqual([]);

    c.edit((body) => body.getChild(3).asListItem().appendText(' Mine.'));
    const edited = c.snapshot();
    c.fake.ui.queueResponse('NO');
    c.runMenuItem('Insert since our last conversation');
    expect(c.fake.ui.alerts.at(-1)).toMatchObject({ buttons: 'YES_NO', response: 'NO' });
    expect(c.snapshot()).toEqual(edited);
    c.fake.ui.queueResponse('YES');
    c.runMenuItem('Insert since our last conversation');
    expect(bodyTexts(c.snapshot()).join('\n')).not.toContain('Mine.');
    expect(c.fake.ui.alerts.map((a) => a.buttons)).toEqual(['YES_NO', 'YES_NO']);
  });

  it('opens the dialog asking for the growth plan when none is linked, changing nothing', () => {
    const { c } = conversationWith(planTabs(twoCheckIns()));
    c.call('onOpen', c.fake.events.onOpen());
    const before = c.snapshot();
    c.runMenuItem('Insert since our last conversation');
    expect(c.fake.ui.lastDialog).toMatchObject({ modal: true, title: 'Insert since our last conversation' });
    expect(c.fake.ui.lastDialog!.html).toContain('Growth plan spreadsheet');
    expect(c.fake.ui.alerts).toEqual([]);
    expect(c.snapshot()).toEqual(before);
  });

  it('alerts a plan that cannot be read any more', () => {
    const c = openConversation({ content: ['Intro'], documentProperties: { [LINK_KEY]: PLAN_URL } });
    c.call('onOpen', c.fake.events.onOpen());
    const before = c.snapshot();
    c.runMenuItem('Insert since our last conversation');
    expect(c.fake.ui.alerts.at(-1)).toMatchObject({ title: 'Career Growth', buttons: 'OK' });
    expect(c.fake.ui.alerts.at(-1)!.prompt).toMatch(/could not be opened/);
    expect(c.snapshot()).toEqual(before);
  });
});
