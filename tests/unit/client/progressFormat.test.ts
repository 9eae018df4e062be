import type { CheckInFigures, NextCheckIn, ProgressChanges } from '../../../src/api/tracker';
import {
  actionFiguresText,
  changesHeading,
  dueText,
  moveText,
  nextCheckInText,
  recordedText,
  requirementFiguresText,
  safeCalendarUrl,
  shortDate,
} from '../../../src/client/sidebar/progressFormat';

function figures(overrides: Partial<CheckInFigures> = {}): CheckInFigures {
  return {
    date: '2027-03-03',
    requirements: 14,
    atMeetsOrAbove: 9,
    gaps: 3,
    unrated: 2,
    actions: 5,
    byStatus: { 'Not started': 1, 'In progress': 1, Blocked: 1, Done: 2 },
    overdue: 1,
    note: '',
    ...overrides,
  };
}

const next: NextCheckIn = {
  date: '2027-05-01',
  label: 'Formal career conversation (fiscal Q2)',
  chosen: false,
  calendarUrl: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Check-in',
  due: true,
};

const changes: ProgressChanges = {
  since: '2027-03-03',
  movedUp: [],
  movedDown: [],
  reachedMeets: 2,
  actionsDone: 3,
  overdue: 1,
  sentence: '2 requirements moved to Meets, 3 actions done, 1 overdue.',
};

describe('progress wording', () => {
  it('shows dates the way people read them', () => {
    expect(shortDate('2027-03-03')).toBe('Mar 3, 2027');
    expect(shortDate('2026-12-31')).toBe('Dec 31, 2026');
    expect(shortDate('not a date')).toBe('not a date');
    expect(shortDate('2027-13-01')).toBe('2027-13-01');
  });

  it("says a check-in's figures in a line each", () => {
    expect(requirementFiguresText(figures())).toBe('9 of 14 at Meets or above · 3 gaps · 2 unrated');
    expect(requirementFiguresText(figures({ gaps: 1, unrated: 0 }))).toBe(
      '9 of 14 at Meets or above · 1 gap',
    );
    expect(actionFiguresText(figures())).toBe('2 of 5 actions done · 1 overdue');
    expect(actionFiguresText(figures({ actions: 0 }))).toBe('No actions yet');
  });

  it('heads what changed with the check-in it is compared with', () => {
    expect(changesHeading(changes)).toBe('Since the check-in of Mar 3, 2027');
    expect(changesHeading({ ...changes, since: null })).toBe('Where you stand now');
    expect(moveText('Developing', 'Meets')).toBe('Developing → Meets');
    expect(moveText(null, 'Meets')).toBe('not rated → Meets');
  });

  it('says when the next check-in is and whether it is due', () => {
    expect(nextCheckInText(next)).toBe('Formal career conversation (fiscal Q2) · May 1, 2027 (proposed)');
    expect(nextCheckInText({ ...next, chosen: true })).toBe(
      'Formal career conversation (fiscal Q2) · May 1, 2027',
    );
    expect(dueText(next)).toBe('Formal career conversation (fiscal Q2) is due (planned for May 1, 2027).');
    expect(recordedText('2027-03-03', false)).toBe('Check-in recorded for Mar 3, 2027');
    expect(recordedText('2027-03-03', true)).toMatch(/recorded again/);
  });

  it('links only to Google Calendar over https', () => {
    expect(safeCalendarUrl(next.calendarUrl)).toBe(next.calendarUrl);
    expect(safeCalendarUrl('javascript:alert(1)')).toBeNull();
    expect(safeCalendarUrl('http://calendar.google.com/x')).toBeNull();
    expect(safeCalendarUrl('https://calendar.google.com.evil.example/x')).toBeNull();
    expect(safeCalendarUrl('not a url')).toBeNull();
  });
});
