import { summaryBlock, SUMMARY_STATUS_ROWS, SUMMARY_TITLE } from '../../../../src/core/summary';
import { HeaderMap } from '../../../../src/core/headers';
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../../../src/core/layout';
import { openReminder } from '../../../../src/core/tracker/openReminder';
import {
  decideNextCheckIn,
  nextCheckIn,
  NEXT_CHECKIN_ROW,
  progressTable,
  progressTableIsOurs,
  progressTableWrite,
} from '../../../../src/core/tracker/summaryTracker';
import type { CheckInFigures } from '../../../../src/core/tracker/types';

const figures = (date: string, atMeetsOrAbove: number, gaps: number, unrated: number): CheckInFigures => ({
  date,
  requirements: atMeetsOrAbove + gaps + unrated,
  atMeetsOrAbove,
  gaps,
  unrated,
  actions: 0,
  byStatus: { 'Not started': 0, 'In progress': 0, Blocked: 0, Done: 0 },
  overdue: 0,
  note: '',
});

describe('the Summary block and the rows the tracker uses', () => {
  it('has the status rows the chart draws, and the next check-in right below it', () => {
    const block = summaryBlock({
      requirementsTab: 'Role Requirements',
      requirementsHeader: new HeaderMap(REQUIREMENTS_TAB.headers),
      actionsTab: 'Action Plan',
      actionsHeader: new HeaderMap(ACTIONS_TAB.headers),
      currentRole: '',
      targetRole: '',
    });
    const labels = block.map((row) => row[0]);
    expect(
      labels.slice(SUMMARY_STATUS_ROWS.first - 1, SUMMARY_STATUS_ROWS.first - 1 + SUMMARY_STATUS_ROWS.count),
    ).toEqual(['Not started', 'In progress', 'Blocked', 'Done']);
    expect(NEXT_CHECKIN_ROW).toBe(block.length + 1);
    expect(labels[NEXT_CHECKIN_ROW - 2]).toBe('Overdue');
  });
});

describe('the next check-in', () => {
  const base = { proposed: null, lastCheckIn: '2026-05-12', today: '2026-05-12', recording: false };
  const cells = (value: string, label = 'Next check-in') => ({ label, value });

  it('proposes a date for an empty row, and writes it', () => {
    expect(decideNextCheckIn({ ...base, cells: cells('', '') })).toEqual({
      date: '2026-08-17',
      chosen: false,
      write: '2026-08-17',
    });
  });

  it("keeps a date a person chose, even when it is GitLab's proposal date", () => {
    expect(decideNextCheckIn({ ...base, cells: cells('2026-06-03') })).toEqual({
      date: '2026-06-03',
      chosen: true,
      write: null,
    });
    expect(decideNextCheckIn({ ...base, cells: cells('2026-08-17') })).toMatchObject({
      chosen: true,
      write: null,
    });
    // Recording a check-in before the chosen date keeps it.
    expect(decideNextCheckIn({ ...base, cells: cells('2026-06-03'), recording: true })).toMatchObject({
      date: '2026-06-03',
      chosen: true,
      write: null,
    });
  });

  it('tells our own proposal from a chosen date, and renews it when a check-in is recorded', () => {
    const ours = { ...base, cells: cells('2026-05-15'), proposed: '2026-05-15' };
    expect(decideNextCheckIn(ours)).toEqual({ date: '2026-05-15', chosen: false, write: null });
    expect(decideNextCheckIn({ ...ours, recording: true })).toEqual({
      date: '2026-08-17',
      chosen: false,
      write: '2026-08-17',
    });
  });

  it('takes the date a check-in proposes for its own when recording, as one that failed before remembering it left', () => {
    // Recorded on 2026-05-12, the proposal is 2026-08-17; the property still holds the one before.
    expect(
      decideNextCheckIn({ ...base, cells: cells('2026-08-17'), proposed: '2026-05-15', recording: true }),
    ).toEqual({ date: '2026-08-17', chosen: false, write: '2026-08-17' });
    // Not recording, the same date is still a person's choice.
    expect(decideNextCheckIn({ ...base, cells: cells('2026-08-17'), proposed: '2026-05-15' })).toMatchObject({
      chosen: true,
      write: null,
    });
  });

  it('a chosen date that a check-in reached is spent', () => {
    expect(decideNextCheckIn({ ...base, cells: cells('2026-05-12'), recording: true })).toEqual({
      date: '2026-08-17',
      chosen: false,
      write: '2026-08-17',
    });
  });

  it("never writes over a person's own text in the row", () => {
    expect(decideNextCheckIn({ ...base, cells: cells('after the offsite') })).toMatchObject({
      write: null,
      chosen: false,
    });
    expect(
      decideNextCheckIn({ ...base, cells: cells('2026-06-03', 'My notes'), recording: true }),
    ).toMatchObject({
      write: null,
    });
    expect(decideNextCheckIn({ ...base, cells: null })).toMatchObject({ date: '2026-08-17', write: null });
  });

  it('is due on its day and after, and links to a calendar event', () => {
    const next = nextCheckIn(
      '2026-05-15',
      true,
      '2026-05-15',
      'https://docs.google.com/spreadsheets/d/x/edit',
    );
    expect(next).toMatchObject({
      date: '2026-05-15',
      label: 'Formal career conversation (fiscal Q2)',
      chosen: true,
      due: true,
    });
    expect(new URL(next.calendarUrl).searchParams.get('details')).toContain(
      'https://docs.google.com/spreadsheets/d/x/edit',
    );
    expect(nextCheckIn('2026-05-15', false, '2026-05-14', '').due).toBe(false);
  });
});

describe('the progress table', () => {
  it('has a header and one row per check-in, dates as text', () => {
    expect(progressTable([figures('2026-02-16', 1, 4, 2)])).toEqual([
      ['Date', 'At Meets or above', 'Gaps', 'Unrated'],
      ["'2026-02-16", 1, 4, 2],
    ]);
  });

  it('writes from the first row that differs from what the sheet shows, blanking a longer old table', () => {
    const shown = [
      ['Date', 'At Meets or above', 'Gaps', 'Unrated'],
      ['2026-02-16', '1', '4', '2'],
    ];
    expect(progressTableWrite(shown, [figures('2026-02-16', 1, 4, 2)])).toBeNull();
    expect(
      progressTableWrite(shown, [figures('2026-02-16', 1, 4, 2), figures('2026-05-12', 3, 2, 2)]),
    ).toEqual({
      first: 3,
      rows: [["'2026-05-12", 3, 2, 2]],
    });
    expect(progressTableWrite([], [])).toEqual({
      first: 1,
      rows: [['Date', 'At Meets or above', 'Gaps', 'Unrated']],
    });
    expect(
      progressTableWrite([...shown, ['2026-05-12', '3', '2', '2']], [figures('2026-02-16', 1, 4, 2)]),
    ).toEqual({
      first: 3,
      rows: [['', '', '', '']],
    });
  });

  it("is ours when I1:L1 is empty or holds our header, and a person's otherwise", () => {
    expect(progressTableIsOurs([])).toBe(true);
    expect(progressTableIsOurs(['date', 'AT MEETS OR ABOVE', 'Gaps', 'Unrated'])).toBe(true);
    expect(progressTableIsOurs(['Budget'])).toBe(false);
  });
});

describe('the reminder on opening', () => {
  const summary = (overdue: string, next: string) => [
    [SUMMARY_TITLE, ''],
    ...Array.from({ length: 13 }, () => ['x', '1']),
    ['Overdue', overdue],
    ['Next check-in', next],
  ];
  const today = () => '2026-05-15';

  it('says a check-in is due and actions are overdue, in one short text', () => {
    expect(openReminder(summary('2', '2026-05-15'), today)).toBe(
      'Your check-in is due (Formal career conversation (fiscal Q2), planned for 2026-05-15), and 2 actions are overdue. Record it from Extensions > Career Growth.',
    );
    expect(openReminder(summary('0', '2026-05-01'), today)).toBe(
      'Your check-in is due: Formal career conversation (fiscal Q2), planned for 2026-05-01. Record it from Extensions > Career Growth.',
    );
    expect(openReminder(summary('1', '2026-08-17'), today)).toBe('1 action is overdue in your growth plan.');
  });

  it('says nothing when nothing is due, or the tab is not our Summary', () => {
    expect(openReminder(summary('0', '2026-08-17'), today)).toBeNull();
    expect(openReminder(summary('#FORMULA', ''), today)).toBeNull();
    expect(openReminder([['My summary', '']], today)).toBeNull();
    let asked = false;
    expect(
      openReminder(summary('0', ''), () => {
        asked = true;
        return '2026-05-15';
      }),
    ).toBeNull();
    expect(asked).toBe(false);
  });
});
