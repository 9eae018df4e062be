import { dayFromIso, isoDate, proposedNextCheckIn } from '../../../../src/core/conversation/cadence';
import { checkInChanges, compareCheckIns } from '../../../../src/core/conversation/checkInChanges';
import { dayOf, daysIn, readCheckIns, type CheckIn } from '../../../../src/core/conversation/checkIns';
import { nextCheckInFromSummary, plannedNextCheckIn } from '../../../../src/core/conversation/nextCheckIn';
import { sinceLastBlock, SINCE_LAST_TITLE } from '../../../../src/core/conversation/sinceLastBlock';
import { elementCount, type BlockSpec } from '../../../../src/core/conversation/block';
import { HeaderMap } from '../../../../src/core/headers';
import { ACTIONS_TAB, CHECKINS_TAB, REQUIREMENTS_TAB } from '../../../../src/core/layout';
import { tableFromValues, type Table } from '../../../../src/core/table';

const HEADER = [
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
const ACTIONS = ['Key', 'Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'];
const TODAY = new Date(2026, 11, 4, 15);

const requirement = (date: unknown, key: string, item: string, self: string, manager = '') => [
  date,
  key,
  'Requirement',
  item,
  self,
  manager,
  manager || self,
  '',
  '',
  '',
];
const action = (date: unknown, key: string, item: string, status: string, due: unknown = '') => [
  date,
  key,
  'Action',
  item,
  '',
  '',
  '',
  status,
  due,
  '',
];
const note = (date: unknown, text: string) => [date, '', 'Note', '', '', '', '', '', '', text];

/** Two check-ins: 14 August (dates as Date cells) and 20 November (dates as text). */
function twoCheckIns(): unknown[][] {
  const august = new Date(2026, 7, 14);
  return [
    HEADER,
    requirement(august, 'req:a', 'Stakeholder management', 'Developing'),
    requirement(august, 'req:b', 'SQL reporting', 'Not yet'),
    requirement(august, 'req:c', 'Forecasting', 'Meets'),
    requirement(august, 'req:d', 'Pipeline hygiene', ''),
    action(august, 'act:1', 'Shadow a deal review', 'In progress', new Date(2026, 8, 1)),
    action(august, 'act:2', 'Take the SQL course', 'Done', new Date(2026, 7, 1)),
    action(august, 'act:3', 'Build the pipeline dashboard', 'Not started'),
    note(august, 'First review.'),
    requirement('2026-11-20', 'req:a', 'Stakeholder management', 'Developing', 'Meets'),
    requirement('2026-11-20', 'req:b', 'SQL reporting', 'Developing'),
    requirement('2026-11-20', 'req:c', 'Forecasting', 'Meets', 'Developing'),
    requirement('2026-11-20', 'req:d', 'Pipeline hygiene', ''),
    action('2026-11-20', 'act:1', 'Shadow a deal review', 'Done', '2026-09-01'),
    action('2026-11-20', 'act:2', 'Take the SQL course', 'Done', '2026-08-01'),
    action('2026-11-20', 'act:3', 'Build the pipeline dashboard', 'Done'),
    note('2026-11-20', 'Good quarter.\nKeep going.'),
  ];
}

function checkInsOf(values: unknown[][]): CheckIn[] {
  const read = readCheckIns(tableFromValues(values), 'Check-ins');
  if (!read.ok) throw new Error(read.message);
  return read.checkIns;
}

/** An Action Plan with one action overdue today, one due later and one overdue but done. */
function actionPlan(): Table {
  return tableFromValues([
    ACTIONS,
    [
      'act:4',
      'Forecasting',
      'Pair with the forecast lead',
      'Mentorship',
      'Me',
      new Date(2026, 10, 2),
      'Blocked',
    ],
    ['act:5', 'SQL reporting', 'Write three reports', 'Hands-on project', 'Me', new Date(2027, 0, 5), ''],
    [
      'act:1',
      'Stakeholder management',
      'Shadow a deal review',
      'Mentorship',
      'Me',
      new Date(2026, 8, 1),
      'Done',
    ],
  ]);
}

function listItems(spec: BlockSpec): string[] {
  return spec.elements.flatMap((e) => (e.type === 'list' ? e.items : []));
}

function paragraphs(spec: BlockSpec): string[] {
  return spec.elements.flatMap((e) => (e.type === 'paragraph' ? [e.text] : []));
}

describe('reading the Check-ins tab', () => {
  it('groups rows by day, oldest first, whether the day is a date cell or yyyy-mm-dd text', () => {
    const rows = twoCheckIns();
    // A person sorted the tab newest first: the day, not the row order, decides.
    const [header, ...data] = rows;
    const checkIns = checkInsOf([header!, ...data.reverse()]);
    expect(checkIns.map((c) => c.date)).toEqual(['2026-08-14', '2026-11-20']);
    expect(checkIns[1]!.requirements.map((r) => [r.key, r.rating])).toEqual([
      ['req:d', null],
      ['req:c', 'Developing'],
      ['req:b', 'Developing'],
      ['req:a', 'Meets'],
    ]);
    expect(checkIns[1]!.actions.find((a) => a.key === 'act:1')).toEqual({
      key: 'act:1',
      action: 'Shadow a deal review',
      status: 'Done',
      due: '2026-09-01',
    });
    expect(checkIns[0]!.actions.find((a) => a.key === 'act:1')!.due).toBe('2026-09-01');
    expect(checkIns[0]!.note).toBe('First review.');
  });

  it('reads days the same from Date cells and text, and refuses text that is no day', () => {
    expect(dayOf(new Date(2026, 1, 3, 0, 0))).toBe('2026-02-03');
    expect(dayOf(' 2026-02-03 ')).toBe('2026-02-03');
    expect(dayOf('2026-02-30')).toBeNull();
    expect(dayOf('03/02/2026')).toBeNull();
    expect(dayOf(46000)).toBeNull();
    expect(dayFromIso('2026-13-01')).toBeNull();
  });

  it('takes the day of a date cell in the spreadsheet’s time zone, whatever the script’s', () => {
    // Midnight of 14 August in Berlin is 22:00 UTC on the 13th; midnight in New York is 04:00 UTC.
    const berlin = new Date(Date.UTC(2026, 7, 13, 22));
    const newYork = new Date(Date.UTC(2026, 7, 14, 4));
    expect(daysIn('Europe/Berlin')(berlin)).toBe('2026-08-14');
    expect(daysIn('America/New_York')(newYork)).toBe('2026-08-14');
    expect(daysIn('America/New_York')(berlin)).toBe('2026-08-13');
    // Text is read as written; an unknown zone falls back to the script's.
    expect(daysIn('Europe/Berlin')('2026-08-14')).toBe('2026-08-14');
    expect(daysIn('Not/AZone')(berlin)).toBe(isoDate(berlin));
    const values = [HEADER, requirement(berlin, 'req:a', 'A', 'Meets')];
    const read = readCheckIns(tableFromValues(values), 'Check-ins', daysIn('Europe/Berlin'));
    expect(read.ok && read.checkIns.map((c) => c.date)).toEqual(['2026-08-14']);
  });

  it('finds columns by header in any order, with columns of a person’s own, and tells kinds without a Kind column', () => {
    const values = [
      ['Status', 'My notes', 'Rating', 'Item', 'Key', 'Date'],
      ['', 'hello', 'Meets', 'Forecasting', 'req:c', '2026-11-20'],
      ['In progress', '', '', 'Shadow a deal review', 'act:1', '2026-11-20'],
      ['', '', 'Developing', 'A row a person added', '', '2026-11-20'],
      ['Done', '', '', 'Their own action', 'own-1', '2026-11-20'],
      ['', '', '', '', '', ''],
      ['', '', 'Meets', 'No day', 'req:x', 'someday'],
    ];
    const [checkIn, ...others] = checkInsOf(values);
    expect(others).toEqual([]);
    expect(checkIn!.requirements.map((r) => [r.key, r.requirement, r.rating])).toEqual([
      ['req:c', 'Forecasting', 'Meets'],
      ['item:a row a person added', 'A row a person added', 'Developing'],
    ]);
    expect(checkIn!.actions.map((a) => [a.key, a.status])).toEqual([
      ['act:1', 'In progress'],
      ['own-1', 'Done'],
    ]);
  });

  it('finds a renamed Check-ins tab by its headers, and no other plan tab passes for it', () => {
    const reordered = HeaderMap.fromRow(['Note', 'Status', 'Rating', 'key', 'DATE', 'Mine']);
    expect(reordered.matches(CHECKINS_TAB)).toBe(true);
    expect(HeaderMap.fromRow(HEADER).matches(CHECKINS_TAB)).toBe(true);
    for (const layout of [REQUIREMENTS_TAB, ACTIONS_TAB]) {
      expect(HeaderMap.fromRow(layout.headers).matches(CHECKINS_TAB)).toBe(false);
      expect(HeaderMap.fromRow(HEADER).matches(layout)).toBe(false);
    }
  });

  it('says which column is missing when the Rating column was renamed', () => {
    const values = [HEADER.map((h) => (h === 'Rating' ? 'Score' : h))];
    expect(readCheckIns(tableFromValues(values), 'My check-ins')).toEqual({
      ok: false,
      message:
        'The "My check-ins" tab of the growth plan has no "Rating" column (renamed or removed?), so its check-ins cannot be compared. Rename it back in the spreadsheet.',
    });
    expect(readCheckIns(tableFromValues([['Key', 'Item']]), 'Check-ins')).toMatchObject({
      ok: false,
      message: expect.stringContaining('no "Date", "Rating", "Status" columns') as unknown,
    });
  });

  it('takes the effective rating from Self and Manager rating when Rating is blank', () => {
    const values = [
      HEADER,
      ['2026-11-20', 'req:a', 'Requirement', 'A', 'Developing', 'Meets', '', '', '', ''],
    ];
    expect(checkInsOf(values)[0]!.requirements[0]!.rating).toBe('Meets');
  });
});

describe('what changed between two check-ins', () => {
  it('lists requirements that moved up or down with from and to, and actions that became Done', () => {
    const [august, november] = checkInsOf(twoCheckIns());
    const comparison = compareCheckIns(august!, november!);
    expect(comparison.since).toBe('2026-08-14');
    expect(comparison.movedUp).toEqual([
      { requirement: 'Stakeholder management', from: 'Developing', to: 'Meets' },
      { requirement: 'SQL reporting', from: 'Not yet', to: 'Developing' },
    ]);
    expect(comparison.movedDown).toEqual([{ requirement: 'Forecasting', from: 'Meets', to: 'Developing' }]);
    expect(comparison.reachedMeets).toBe(1);
    // The SQL course was done already in August.
    expect(comparison.done.map((a) => a.key)).toEqual(['act:1', 'act:3']);
    expect(checkInChanges(comparison, 1)).toEqual({
      since: '2026-08-14',
      movedUp: comparison.movedUp,
      movedDown: comparison.movedDown,
      reachedMeets: 1,
      actionsDone: 2,
      overdue: 1,
      sentence: '2 requirements moved up (1 to Meets or above), 1 moved down, 2 actions done, 1 overdue.',
    });
  });

  it('counts everything rated and done at the first check-in as moved since the plan started', () => {
    const [august] = checkInsOf(twoCheckIns());
    const comparison = compareCheckIns(null, august!);
    expect(comparison.since).toBeNull();
    expect(comparison.movedUp.map((m) => [m.from, m.to])).toEqual([
      [null, 'Developing'],
      [null, 'Not yet'],
      [null, 'Meets'],
    ]);
    expect(comparison.done.map((a) => a.key)).toEqual(['act:2']);
  });

  it('says so when nothing moved', () => {
    const [august] = checkInsOf(twoCheckIns());
    const changes = checkInChanges(compareCheckIns(august!, { ...august!, date: '2026-09-01' }), 0);
    expect(changes.sentence).toBe('Nothing moved.');
    expect(checkInChanges(compareCheckIns(august!, { ...august!, date: '2026-09-01' }), 2).sentence).toBe(
      '2 actions overdue.',
    );
  });
});

describe('next check-in', () => {
  it('reads the Summary row labelled Next check-in, wherever it is, as a date cell or text', () => {
    const summary = [
      ['Growth plan summary', ''],
      ['Requirements', 4],
      ['  next CHECK-IN ', new Date(2027, 1, 22)],
    ];
    expect(nextCheckInFromSummary(summary)).toBe('2027-02-22');
    expect(nextCheckInFromSummary([['Next check-in', '2027-02-22']])).toBe('2027-02-22');
    expect(nextCheckInFromSummary([['Next check-in', '']])).toBeNull();
    expect(nextCheckInFromSummary([['Requirements', 4]])).toBeNull();
    expect(nextCheckInFromSummary(null)).toBeNull();
  });

  it('proposes one from GitLab’s rhythm, counted from the last check-in, with the agenda’s rule', () => {
    // 20 November + 3 months = 20 February 2027, a Saturday: Monday 22 February, fiscal Q1.
    expect(proposedNextCheckIn(new Date(2026, 10, 20, 12), TODAY)).toEqual({
      date: '2027-02-22',
      reason: 'quarterly career check-in; refresh the growth plan in February',
    });
    expect(plannedNextCheckIn(null, '2026-11-20', TODAY)).toMatchObject({
      date: '2027-02-22',
      chosen: false,
      due: false,
    });
    // Without check-ins, from today: 4 December + 3 months = 4 March 2027 (fiscal Q1).
    expect(plannedNextCheckIn(null, null, TODAY).date).toBe('2027-03-04');
    // A check-in long ago makes the proposal due now.
    expect(plannedNextCheckIn(null, '2026-01-10', TODAY)).toMatchObject({ date: '2026-04-10', due: true });
    expect(plannedNextCheckIn('2027-01-15', '2026-11-20', TODAY)).toEqual({
      date: '2027-01-15',
      reason: 'set in the growth plan',
      chosen: true,
      due: false,
    });
  });
});

describe('the "Since our last conversation" block', () => {
  it('compares the last two check-ins, lists what moved, what is done and overdue, and the next check-in', () => {
    const block = sinceLastBlock({
      planName: 'Sam’s growth plan',
      checkIns: checkInsOf(twoCheckIns()),
      actions: actionPlan(),
      nextFromSummary: '2027-01-15',
      today: TODAY,
    });
    expect(block.spec.kind).toBe('sinceLast');
    expect(block.spec.elements[0]).toEqual({ type: 'heading', level: 2, text: SINCE_LAST_TITLE });
    expect(paragraphs(block.spec)).toEqual([
      'From the growth plan "Sam’s growth plan", read on 2026-12-04. The last of its 2 check-ins was on 2026-11-20; since the one before, on 2026-08-14: 2 requirements moved up (1 to Meets or above), 1 moved down, 2 actions done, 1 overdue.',
    ]);
    expect(listItems(block.spec)).toEqual([
      'Ratings that moved up (2): Stakeholder management (Developing → Meets); SQL reporting (Not yet → Developing).',
      'Ratings that moved down (1): Forecasting (Meets → Developing).',
      'Actions done since 2026-08-14 (2): Shadow a deal review; Build the pipeline dashboard.',
      'Actions overdue now (1): Pair with the forecast lead (due 2026-11-02, blocked).',
      'Next check-in: 2027-01-15, as set in the growth plan.',
      'Note at the last check-in: Good quarter. Keep going.',
    ]);
    expect(block).toMatchObject({
      checkIns: 2,
      lastCheckIn: '2026-11-20',
      previousCheckIn: '2026-08-14',
      changes: { since: '2026-08-14', actionsDone: 2, overdue: 1, reachedMeets: 1 },
      next: { date: '2027-01-15', chosen: true },
    });
  });

  it('with one check-in, says what moved since the plan started and proposes the next check-in', () => {
    const august = twoCheckIns().filter((row, i) => i === 0 || row[0] instanceof Date);
    const block = sinceLastBlock({
      planName: 'Plan',
      checkIns: checkInsOf(august),
      actions: actionPlan(),
      nextFromSummary: null,
      today: TODAY,
    });
    expect(paragraphs(block.spec)[0]).toContain(
      'Its first check-in was on 2026-08-14; since the plan started: 3 requirements moved up (1 to Meets or above), 1 action done, 1 overdue.',
    );
    expect(listItems(block.spec)).toEqual([
      'Ratings that moved up (3): Stakeholder management (rated Developing); SQL reporting (rated Not yet); Forecasting (rated Meets).',
      'Ratings that moved down: none.',
      'Actions done since the plan started (1): Take the SQL course.',
      'Actions overdue now (1): Pair with the forecast lead (due 2026-11-02, blocked).',
      // 14 August + 3 months = 14 November, before today: due.
      'Next check-in: 2026-11-16, suggested (formal career conversation (fiscal Q4)); the growth plan sets none yet: due now.',
      'Note at the last check-in: First review.',
    ]);
    expect(block.previousCheckIn).toBeNull();
    expect(block.changes.since).toBeNull();
  });

  it('without check-ins, says so and how to record one, rather than failing', () => {
    for (const checkIns of [[], null]) {
      const block = sinceLastBlock({
        planName: 'Plan',
        checkIns,
        actions: actionPlan(),
        nextFromSummary: null,
        today: TODAY,
      });
      const [text] = paragraphs(block.spec);
      expect(text).toContain('It has no check-ins yet');
      expect(text).toContain('Record check-in, in the Growth Plan sidebar or its menu');
      expect(text!.includes('(it has no Check-ins tab)')).toBe(checkIns === null);
      expect(listItems(block.spec)).toEqual([
        'Actions overdue now (1): Pair with the forecast lead (due 2026-11-02, blocked).',
        'Next check-in: 2027-03-04, suggested (quarterly career check-in; refresh the growth plan in February); the growth plan sets none yet.',
      ]);
      expect(block).toMatchObject({
        checkIns: 0,
        lastCheckIn: null,
        changes: { overdue: 1, actionsDone: 0 },
      });
    }
  });

  it('keeps one shape whatever the plan holds, and puts text from the plan on one line', () => {
    const shape = (values: unknown[][]) =>
      sinceLastBlock({
        planName: 'Plan\nname',
        checkIns: checkInsOf(values),
        actions: tableFromValues([ACTIONS]),
        nextFromSummary: null,
        today: TODAY,
      }).spec;
    const small = shape([HEADER, requirement('2026-11-20', 'req:a', 'A', 'Meets')]);
    const many: unknown[][] = [HEADER];
    for (let day = 1; day <= 20; day++)
      for (let i = 0; i < 30; i++)
        many.push(
          requirement(
            `2026-10-${String(day).padStart(2, '0')}`,
            `req:${i}`,
            `Line one\nline two ${i}`,
            day % 2 ? 'Developing' : 'Meets',
          ),
        );
    const large = shape(many);
    expect(elementCount(large)).toBe(elementCount(small));
    expect(large.elements.map((e) => e.type)).toEqual(small.elements.map((e) => e.type));
    const texts = [...paragraphs(large), ...listItems(large)];
    expect(texts.some((t) => /[\n\r]/.test(t))).toBe(false);
    expect(listItems(large)[0]).toContain('Line one line two 0 (Developing → Meets)');
  });
});
