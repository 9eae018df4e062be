/**
 * The career tracker on the built bundle, with fake time: check-ins over months, the same day
 * recorded twice, a person's sorting and edits, the Summary's progress table, charts and next
 * check-in, the reminder on opening, and bad input.
 */
import { silently } from '../../fake/calls';
import type { CheckInSummary, NextCheckIn, Progress } from '../../src/api/tracker';
import { openPlan, setCells, tabValues, type Harness } from '../../scripts/harness/harness';
import {
  dayAt,
  dayText,
  openCalls,
  progressCalls,
  ratingsAt,
  recordAgainCalls,
  recordCheckInCalls,
  requirementCount,
  setNextCheckInCalls,
  trackedPlan,
  TRACKER_ROLE,
} from '../../scripts/harness/trackerScenarios';
import { callsBesidesPackDecodes, countOf, type CallCount } from '../../scripts/harness/callScenarios';
import { expectCommonFailure } from '../support/replies';
import { must } from '../../scripts/must';

type CheckInReply = { ok: true } & CheckInSummary;
type ProgressReply = { ok: true } & Progress;

function record(h: Harness, note?: string): CheckInReply {
  const reply = h.run('recordCheckIn', note === undefined ? {} : { note }) as CheckInReply;
  expect(reply).toMatchObject({ ok: true });
  return reply;
}

function progress(h: Harness): ProgressReply {
  const reply = h.run('getProgress') as ProgressReply;
  expect(reply).toMatchObject({ ok: true });
  return reply;
}

/** A plan imported and rated on the first day, with an action plan, and nothing recorded yet. */
function newPlan(): Harness {
  const h = trackedPlan(0);
  return h;
}

const sheetOf = (h: Harness, name: string) => must(h.spreadsheet.getSheetByName(name), `the tab ${name}`);

/** The Check-ins rows (header first) as the sheet holds them. */
const checkInRows = (h: Harness) => tabValues(h, 'Check-ins');

/** Rows of one day, as text. */
function rowsOf(h: Harness, day: string): unknown[][] {
  return checkInRows(h).filter((row) => row[0] === day);
}

function snapshotOf(h: Harness, tab: string) {
  return must(
    h.spreadsheet.snapshot().sheets.find((s) => s.name === tab),
    `the snapshot of ${tab}`,
  );
}

function expectNoReadAfterWrite(count: CallCount): void {
  expect(count.readsAfterWrite).toBe(0);
  expect(count.readsAfterFirstWrite).toBe(0);
}

describe('check-ins over months', () => {
  it('records three check-ins on different days; earlier rows stay exactly as they were, edits included', () => {
    const h = newPlan();
    const count = requirementCount(h);
    const first = record(h, 'Start of the year');
    expect(first).toMatchObject({ date: dayText(0), replaced: false, requirements: count });
    expect(first.actions).toBeGreaterThan(0);
    const firstRows = rowsOf(h, dayText(0));
    // One row per requirement, one per action, one for the note.
    expect(firstRows).toHaveLength(count + first.actions + 1);

    // A person annotates a row of the first check-in, with text and a formula of their own.
    silently(() => {
      const sheet = sheetOf(h, 'Check-ins');
      sheet.getRange(2, 10).setValue('Sam agreed');
      sheet.getRange(3, 10).setValue('=1+1');
    });
    const firstCells = () =>
      silently(() => sheetOf(h, 'Check-ins').getRange(2, 1, firstRows.length, 10).getValues());
    const before = firstCells();
    const formulasBefore = snapshotOf(h, 'Check-ins').formulas;

    h.fake.setClock(dayAt(100));
    setCells(h, 'Role Requirements', 'Self rating', ratingsAt(2, count));
    setCells(h, 'Action Plan', 'Status', ['Done', 'In progress']);
    const second = record(h);
    expect(second.replaced).toBe(false);
    h.fake.setClock(dayAt(190));
    setCells(h, 'Role Requirements', 'Self rating', ratingsAt(4, count));
    const third = record(h, 'Mid-year');

    expect(firstCells()).toEqual(before);
    expect(snapshotOf(h, 'Check-ins').formulas).toEqual(formulasBefore);
    expect(rowsOf(h, dayText(100))).toHaveLength(count + second.actions);
    expect(third.progress.checkIns.map((c) => c.date)).toEqual([dayText(0), dayText(100), dayText(190)]);
    expect(third.progress.checkIns.map((c) => c.atMeetsOrAbove)).toEqual([
      ratingsAt(0, count).filter((r) => r === 'Meets' || r === 'Exceeds').length,
      ratingsAt(2, count).filter((r) => r === 'Meets' || r === 'Exceeds').length,
      ratingsAt(4, count).filter((r) => r === 'Meets' || r === 'Exceeds').length,
    ]);
    expect(third.progress.changes.since).toBe(dayText(100));
    expect(third.progress.changes.reachedMeets).toBeGreaterThan(0);
    expect(third.progress.changes.sentence).toMatch(/^\d+ requirements? moved to Meets/);
    expect(third.progress.checkIns[2]?.note).toBe('Mid-year');
  });

  it('shows what changed since the last check-in before today, and the figures now', () => {
    const h = newPlan();
    const count = requirementCount(h);
    record(h);
    h.fake.setClock(dayAt(30));
    setCells(h, 'Role Requirements', 'Self rating', Array<string>(count).fill('Meets'));
    setCells(h, 'Action Plan', 'Status', ['Done', 'Done', 'Done']);
    const now = progress(h);
    expect(now.checkIns).toHaveLength(1);
    expect(now.now).toMatchObject({ date: dayText(30), atMeetsOrAbove: count, gaps: 0 });
    expect(now.changes.since).toBe(dayText(0));
    expect(now.changes.movedUp.length).toBeGreaterThan(0);
    expect(now.changes.actionsDone).toBe(3);
    expect(now.changes.sentence).toContain('3 actions done');
    // Recording today does not change what it is compared with.
    const recorded = record(h);
    expect(recorded.progress.changes).toEqual(now.changes);
    expect(progress(h).changes).toEqual(now.changes);
  });

  it("dates a check-in by the spreadsheet's time zone", () => {
    const h = newPlan();
    silently(() => {
      h.spreadsheet.setSpreadsheetTimeZone('Pacific/Auckland');
    });
    h.fake.setClock(new Date('2026-05-12T20:00:00Z'));
    expect(record(h).date).toBe('2026-05-13');
  });
});

describe('the same day recorded twice', () => {
  it('leaves one snapshot of that day, with the latest ratings, and keeps the earlier note', () => {
    const h = newPlan();
    const count = requirementCount(h);
    record(h, 'before the meeting');
    setCells(h, 'Role Requirements', 'Self rating', Array<string>(count).fill('Exceeds'));
    const again = record(h);
    expect(again.replaced).toBe(true);
    const today = rowsOf(h, dayText(0));
    expect(today).toHaveLength(count + again.actions + 1);
    expect(again.progress.checkIns).toHaveLength(1);
    expect(again.progress.checkIns[0]).toMatchObject({ atMeetsOrAbove: count, note: 'before the meeting' });
  });

  it('writes nothing to Check-ins when nothing changed since', () => {
    const h = newPlan();
    record(h);
    const before = snapshotOf(h, 'Check-ins');
    h.fake.calls.reset();
    expect(record(h).replaced).toBe(true);
    expect(h.fake.calls.count('Range.setNumberFormat')).toBe(0);
    expect(snapshotOf(h, 'Check-ins')).toEqual(before);
  });

  it("finds today's rows after a person sorted the tab, and touches no other day's row", () => {
    const h = newPlan();
    const count = requirementCount(h);
    record(h);
    h.fake.setClock(dayAt(60));
    record(h);
    // Sort by Key: the two days' rows interleave.
    silently(() => {
      const sheet = sheetOf(h, 'Check-ins');
      const rows = sheet.getDataRange().getValues();
      const [header, ...data] = rows;
      data.sort(
        (a, b) => String(a[1]).localeCompare(String(b[1])) || String(a[0]).localeCompare(String(b[0])),
      );
      sheet.getRange(1, 1, rows.length, header!.length).setValues([header!, ...data]);
    });
    const earlierDay = () =>
      checkInRows(h)
        .map((row, i) => [i, ...row])
        .filter((row) => row[1] === dayText(0));
    const before = earlierDay();
    setCells(h, 'Role Requirements', 'Self rating', Array<string>(count).fill('Not yet'));
    expect(record(h).replaced).toBe(true);
    expect(earlierDay()).toEqual(before);
    const today = rowsOf(h, dayText(60));
    expect(today.filter((row) => row[2] === 'Requirement').map((row) => row[6])).toEqual(
      Array<string>(count).fill('Not yet'),
    );
    expect(progress(h).checkIns).toHaveLength(2);
  });
});

describe('calls', () => {
  it.each([
    ['recording a check-in', recordCheckInCalls],
    ['recording again the same day', recordAgainCalls],
    ['reading progress', progressCalls],
    ['choosing the next check-in', setNextCheckInCalls],
    ['opening the spreadsheet', openCalls],
  ] as const)(
    '%s costs exactly the same with 1 and 20 earlier check-ins, and reads nothing after a write',
    (_name, calls) => {
      // From the second check-in on: the first makes the Check-ins tab, the progress table and the
      // charts (its own test below).
      const one = calls(1);
      const many = calls(20);
      expect(many.byMethod).toEqual(one.byMethod);
      expectNoReadAfterWrite(one);
      expectNoReadAfterWrite(many);
    },
  );

  it('the first check-in makes the Check-ins tab, the progress table and the charts, reading nothing after a write', () => {
    const first = recordCheckInCalls(0);
    expectNoReadAfterWrite(first);
    expect(first.byMethod['Spreadsheet.insertSheet']).toBe(1);
    expect(first.byMethod['Sheet.insertChart']).toBe(2);
    expect(callsBesidesPackDecodes(first)).toBeLessThanOrEqual(80);
    // Before it, progress finds no Check-ins tab (looking for a renamed one too) and reads only.
    const before = progressCalls(0);
    expectNoReadAfterWrite(before);
    expect(before.byMethod['Range.setValues']).toBeUndefined();
  });

  it('stays within its budget', () => {
    // Besides the engine's pack decode (docs/bundles.md); onOpen runs in the shell and decodes nothing.
    expect(callsBesidesPackDecodes(recordCheckInCalls(20))).toBeLessThanOrEqual(50);
    expect(callsBesidesPackDecodes(progressCalls(20))).toBeLessThanOrEqual(25);
    expect(callsBesidesPackDecodes(setNextCheckInCalls(20))).toBeLessThanOrEqual(20);
    expect(openCalls(20).total).toBeLessThanOrEqual(16);
  });

  it('a first check-in into a new workbook, creating Check-ins and Summary, reads nothing after a write', () => {
    const h = openPlan();
    h.fake.setClock(dayAt(0));
    h.call('importRoleRequirements', { currentRoleId: null, targetRoleId: TRACKER_ROLE });
    silently(() => {
      const summary = h.spreadsheet.getSheetByName('Summary');
      if (summary) h.spreadsheet.deleteSheet(summary);
    });
    h.fake.calls.reset();
    record(h);
    expect(countOf(h.fake.calls).readsAfterFirstWrite).toBe(0);
    expect(h.fake.calls.count('Spreadsheet.insertSheet')).toBe(2);
    expect(snapshotOf(h, 'Summary').charts).toHaveLength(2);
  });
});

describe('the Summary: progress table and charts', () => {
  it('come with the first check-in: set-up before it makes no progress table and no chart', () => {
    const h = newPlan();
    h.call('setUpGrowthPlan');
    const before = snapshotOf(h, 'Summary');
    expect(before.charts).toEqual([]);
    expect(before.values.map((row) => row.slice(8, 12)).filter((row) => row.some((v) => v !== ''))).toEqual(
      [],
    );
    expect(h.spreadsheet.getSheetByName('Check-ins')).toBeNull();
    expect(progress(h).checkIns).toEqual([]);

    record(h);
    const after = snapshotOf(h, 'Summary');
    expect(after.charts.map((c) => [c.type, c.ranges, c.options.title])).toEqual([
      ['LINE', ['Summary!I1:L2'], 'Ratings over check-ins'],
      ['PIE', ['Summary!A10:B13'], 'Actions by status'],
    ]);
    expect(after.values[0]?.slice(8, 12)).toEqual(['Date', 'At Meets or above', 'Gaps', 'Unrated']);
  });

  it('adds a row per check-in at I1:L and points the ratings chart at all of them, never a second chart', () => {
    const h = newPlan();
    const summary = () => snapshotOf(h, 'Summary');
    record(h);
    const charts = summary().charts;
    expect(charts.map((c) => [c.type, c.ranges, c.options.title])).toEqual([
      ['LINE', ['Summary!I1:L2'], 'Ratings over check-ins'],
      ['PIE', ['Summary!A10:B13'], 'Actions by status'],
    ]);
    h.fake.setClock(dayAt(50));
    record(h);
    h.fake.setClock(dayAt(51));
    record(h);
    record(h);
    const after = summary();
    expect(after.charts.map((c) => [c.id, c.ranges])).toEqual([
      [charts[0]!.id, ['Summary!I1:L4']],
      [charts[1]!.id, ['Summary!A10:B13']],
    ]);
    expect(after.charts[0]!.position).toEqual({ row: 19, col: 1, offsetX: 0, offsetY: 0 });
    const table = after.values.map((row) => row.slice(8, 12));
    expect(table.slice(0, 4)).toEqual([
      ['Date', 'At Meets or above', 'Gaps', 'Unrated'],
      [dayText(0), expect.any(Number), expect.any(Number), expect.any(Number)],
      [dayText(50), expect.any(Number), expect.any(Number), expect.any(Number)],
      [dayText(51), expect.any(Number), expect.any(Number), expect.any(Number)],
    ]);
  });

  it('never touches a chart a person added, finds ours when retitled, and leaves D1:G6 alone', () => {
    const h = newPlan();
    record(h);
    h.fake.setClock(dayAt(1));
    silently(() => {
      const sheet = sheetOf(h, 'Summary');
      sheet.getRange('D1:G6').setValues(Array.from({ length: 6 }, (_, i) => [`d${i}`, i, i, i]));
      const [ratings] = sheet.getCharts();
      sheet.updateChart(ratings!.modify().setOption('title', 'How I am doing').build());
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(h.fake.globals.Charts.ChartType.BAR)
          .addRange(sheet.getRange('I1:J3'))
          .setOption('title', 'Mine')
          .build(),
      );
    });
    const before = snapshotOf(h, 'Summary');
    record(h);
    h.call('setUpGrowthPlan');
    const after = snapshotOf(h, 'Summary');
    expect(after.charts).toHaveLength(3);
    expect(after.charts[2]).toEqual(before.charts[2]);
    expect(after.charts[0]).toMatchObject({
      ranges: ['Summary!I1:L3'],
      options: { title: 'How I am doing' },
    });
    expect(after.values.slice(0, 6).map((row) => row.slice(3, 7))).toEqual(
      before.values.slice(0, 6).map((row) => row.slice(3, 7)),
    );
  });

  it('set-up makes the charts again when a person deleted them, and no more than one of each', () => {
    const h = newPlan();
    record(h);
    silently(() => {
      const sheet = sheetOf(h, 'Summary');
      for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    });
    h.call('setUpGrowthPlan');
    h.call('setUpGrowthPlan');
    expect(snapshotOf(h, 'Summary').charts.map((c) => c.options.title)).toEqual([
      'Ratings over check-ins',
      'Actions by status',
    ]);
  });
});

describe('the next check-in', () => {
  const nextOf = (h: Harness): NextCheckIn => progress(h).next;
  const b16 = (h: Harness) => silently(() => sheetOf(h, 'Summary').getRange('A16:B16').getDisplayValues()[0]);

  it("is proposed from GitLab's rhythm in the Summary, renewed by each check-in, and links to a calendar", () => {
    const h = newPlan();
    // Set up on Monday 2 February 2026: the plan refresh of 16 February comes first.
    expect(b16(h)).toEqual(['Next check-in', '2026-02-16']);
    expect(nextOf(h)).toMatchObject({
      date: '2026-02-16',
      chosen: false,
      due: false,
      label: 'Plan refresh (fiscal Q1)',
    });
    // Recorded a week before the refresh, the check-in counts for it: May's formal conversation is next.
    h.fake.setClock(dayAt(7));
    const recorded = record(h);
    expect(recorded.progress.next).toMatchObject({ date: '2026-05-15', chosen: false });
    expect(b16(h)).toEqual(['Next check-in', '2026-05-15']);
    const link = new URL(recorded.progress.next.calendarUrl);
    expect(link.searchParams.get('dates')).toBe('20260515/20260516');
    expect(link.searchParams.get('text')).toBe('Career check-in: Formal career conversation (fiscal Q2)');
    h.fake.setClock(dayAt(200));
    expect(nextOf(h)).toMatchObject({ date: '2026-05-15', due: true });
  });

  it('keeps a date a person chose (in the sidebar or typed in the sheet) through set-up and check-ins before it', () => {
    const h = newPlan();
    const set = h.run('setNextCheckIn', { date: '2026-03-20' }) as { ok: true; next: NextCheckIn };
    expect(set).toMatchObject({
      ok: true,
      next: { date: '2026-03-20', chosen: true, label: 'Quarterly check-in' },
    });
    h.call('setUpGrowthPlan');
    expect(b16(h)).toEqual(['Next check-in', '2026-03-20']);
    expect(record(h).progress.next).toMatchObject({ date: '2026-03-20', chosen: true });

    // Typed in the sheet, in a format of the person's own.
    silently(() => {
      const cell = sheetOf(h, 'Summary').getRange('B16');
      cell.setNumberFormat('dd/mm/yyyy');
      cell.setValue('2026-04-01');
    });
    h.call('setUpGrowthPlan');
    expect(nextOf(h)).toMatchObject({ date: '2026-04-01', chosen: true });
    // A check-in on or after the chosen day spends it: the rhythm proposes the next.
    h.fake.setClock(dayAt(60));
    expect(record(h).progress.next).toMatchObject({ date: '2026-05-15', chosen: false });
  });

  it("never writes over a person's own text in the row", () => {
    const h = newPlan();
    silently(() => sheetOf(h, 'Summary').getRange('B16').setValue('after the offsite'));
    record(h);
    h.call('setUpGrowthPlan');
    expect(b16(h)).toEqual(['Next check-in', 'after the offsite']);
    expect(nextOf(h).chosen).toBe(false);
  });

  it.each([
    ['no date', {}, /Choose a date for the next check-in/],
    ['a date that does not exist', { date: '2026-02-30' }, /2026-02-30 is not a date/],
    ['another format', { date: '16/02/2026' }, /yyyy-mm-dd/],
    ['a past date', { date: '2026-01-31' }, /today or a later date/],
  ])('refuses %s and changes nothing', (_name, request, message) => {
    const h = newPlan();
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(h.run('setNextCheckIn', request), 'invalid', message);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });
});

describe('the reminder on opening', () => {
  /** Sheets computes the Summary's Overdue formula; the fake cannot, so the test puts its value there. */
  const overdue = (h: Harness, count: number) =>
    silently(() => sheetOf(h, 'Summary').getRange('B15').setValue(count));

  it('shows a toast when the check-in is due or actions are overdue, in FULL and LIMITED', () => {
    for (const mode of ['FULL', 'LIMITED'] as const) {
      const h = newPlan();
      h.fake.setClock(dayAt(14));
      h.fake.setAuthMode(mode);
      overdue(h, 2);
      h.call('onOpen', h.fake.events.onOpen());
      expect(h.fake.ui.toasts.at(-1)).toEqual({
        title: 'Career Growth',
        message:
          'Your check-in is due (Plan refresh (fiscal Q1), planned for 2026-02-16), and 2 actions are overdue. Record it from Extensions > Career Growth.',
        timeoutSeconds: 10,
      });
    }
  });

  it('shows nothing when nothing is due, and touches nothing but the menu in NONE', () => {
    const h = newPlan();
    h.fake.ui.reset();
    overdue(h, 0);
    h.call('onOpen', h.fake.events.onOpen());
    expect(h.fake.ui.toasts).toEqual([]);

    h.fake.setClock(dayAt(30));
    overdue(h, 3);
    h.fake.setAuthMode('NONE');
    h.fake.calls.reset();
    h.call('onOpen', h.fake.events.onOpen());
    expect(h.fake.ui.toasts).toEqual([]);
    expect(
      Object.keys(h.fake.calls.byMethod).every((k) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(k)),
    ).toBe(true);
  });

  it('never fails onOpen: the menu comes first, a failure to read is logged', () => {
    const h = newPlan();
    silently(() => {
      const summary = sheetOf(h, 'Summary');
      summary.deleteRows(12, summary.getMaxRows() - 12);
    });
    h.fake.ui.reset();
    h.call('onOpen', h.fake.events.onOpen());
    expect(h.fake.ui.addonMenu?.items.length).toBeGreaterThan(0);
    expect(h.fake.ui.toasts).toEqual([]);
    expect(h.fake.logs.some((l) => l.level === 'error' && l.message.includes('reminder'))).toBe(true);
  });
});

describe('the menu item', () => {
  it('records a check-in and says so in an alert', () => {
    const h = newPlan();
    h.fake.setClock(dayAt(7));
    h.call('onOpen', h.fake.events.onOpen());
    const item = must(
      h.fake.ui.menuItems().find((i) => i.caption === 'Record check-in'),
      'the menu item',
    );
    h.fake.ui.reset();
    h.call(item.functionName);
    expect(h.fake.ui.alerts).toHaveLength(1);
    expect(h.fake.ui.alerts[0]?.prompt).toMatch(
      /^Check-in recorded for 2026-02-09: \d+ requirements and \d+ actions\./,
    );
    expect(h.fake.ui.alerts[0]?.prompt).toContain(
      'Next check-in: 2026-05-15 (Formal career conversation (fiscal Q2), proposed).',
    );
    expect(rowsOf(h, '2026-02-09').length).toBeGreaterThan(0);
  });

  it('alerts a failure', () => {
    const h = openPlan();
    h.call('menuRecordCheckIn');
    expect(h.fake.ui.alerts[0]?.prompt).toMatch(/nothing to record yet/);
  });
});

describe('bad input and broken plans change nothing', () => {
  it.each([
    ['a note that is not text', { note: 42 }, /note must be text/],
    ['a note too long', { note: 'x'.repeat(2001) }, /too long/],
    ['a string instead of an object', 'hello', /optional note/],
  ])('recordCheckIn with %s', (_name, request, message) => {
    const h = newPlan();
    record(h);
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(h.call('recordCheckIn', request), 'invalid', message);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('refuses a plan without requirements, and a Check-ins tab whose Date column was renamed', () => {
    const empty = openPlan();
    const before = empty.spreadsheet.snapshot();
    expectCommonFailure(
      empty.run('recordCheckIn'),
      'invalid',
      /Import your target role's requirements first/,
    );
    expect(empty.spreadsheet.snapshot()).toEqual(before);

    const h = newPlan();
    record(h);
    silently(() => sheetOf(h, 'Check-ins').getRange('A1').setValue('When'));
    const renamed = h.spreadsheet.snapshot();
    expectCommonFailure(h.run('recordCheckIn'), 'invalid', /"Check-ins" tab has no "Date" column/);
    expectCommonFailure(h.run('getProgress'), 'invalid', /"Check-ins" tab has no "Date" column/);
    expect(h.spreadsheet.snapshot()).toEqual(renamed);
    // Set-up adds the column back; the renamed one keeps what it holds.
    h.call('setUpGrowthPlan');
    expect(checkInRows(h)[0]?.at(-1)).toBe('Date');
  });

  it('records a plan whose Owner column a person renamed, and refuses one without Status', () => {
    const h = newPlan();
    const header = () =>
      silently(() => {
        const sheet = sheetOf(h, 'Action Plan');
        return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
      });
    const column = (name: string) => header().indexOf(name) + 1;
    silently(() => sheetOf(h, 'Action Plan').getRange(1, column('Owner')).setValue('Who'));
    expect(record(h).actions).toBeGreaterThan(0);
    silently(() => sheetOf(h, 'Action Plan').getRange(1, column('Status')).setValue('State'));
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(h.run('recordCheckIn'), 'invalid', /"Action Plan" tab has no "Status" column/);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('a taken lock is busy and changes nothing', () => {
    const h = newPlan();
    const before = h.spreadsheet.snapshot();
    h.fake.lockBusy = true;
    expectCommonFailure(h.run('recordCheckIn'), 'busy', /Someone else/);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });
});

describe('the Check-ins tab', () => {
  it('is made by the first check-in with headers and formats, without dropdowns, its Date column plain text', () => {
    const h = newPlan();
    expect(h.spreadsheet.getSheetByName('Check-ins')).toBeNull();
    record(h);
    const tab = snapshotOf(h, 'Check-ins');
    expect(tab.values[0]).toEqual([
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
    ]);
    expect(tab.validations).toEqual({});
    expect(tab.conditionalFormats).toEqual([]);
    expect(tab.frozenRows).toBe(1);
    expect(tab.columns.B).toEqual({ hidden: true });
    expect(tab.formats['A2:A1000']).toMatchObject({ numberFormat: '@' });
    expect(tab.formats['I2:I1000']).toMatchObject({ numberFormat: 'yyyy-mm-dd' });
  });
});
