import {
  calendarLink,
  checkInLabel,
  fiscalQuarterOf,
  milestoneOnOrAfter,
  proposeNextCheckIn,
} from '../../../../src/core/tracker/cadence';
import { addDays, cellDay, isDay, weekday, weekdayOnOrAfter } from '../../../../src/core/tracker/days';

describe('days', () => {
  it('knows real calendar days and moves by whole days across months and years', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('12/05/2026')).toBe(false);
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekday('2026-05-16')).toBe(6);
    expect(weekdayOnOrAfter('2026-05-16')).toBe('2026-05-18');
    expect(weekdayOnOrAfter('2026-11-15')).toBe('2026-11-16');
    expect(weekdayOnOrAfter('2026-05-15')).toBe('2026-05-15');
  });

  it('reads a day from text as it is and from a date cell as the nearest midnight', () => {
    expect(cellDay(' 2026-05-12 ')).toBe('2026-05-12');
    expect(cellDay('May 12')).toBeNull();
    expect(cellDay('')).toBeNull();
    // Midnight in London summer time (UTC+1) and in New York (UTC-4).
    expect(cellDay(new Date('2026-05-11T23:00:00Z'))).toBe('2026-05-12');
    expect(cellDay(new Date('2026-05-12T04:00:00Z'))).toBe('2026-05-12');
    expect(cellDay(42)).toBeNull();
  });
});

describe("GitLab's rhythm", () => {
  it('counts fiscal quarters from February', () => {
    expect(
      ['2026-01-31', '2026-02-01', '2026-04-30', '2026-05-01', '2026-08-01', '2026-11-01'].map(
        fiscalQuarterOf,
      ),
    ).toEqual([4, 1, 1, 2, 3, 4]);
  });

  it('labels the four milestones and the months between', () => {
    expect(checkInLabel('2026-02-16')).toBe('Plan refresh (fiscal Q1)');
    expect(checkInLabel('2026-03-10')).toBe('Quarterly check-in');
    expect(checkInLabel('2026-05-15')).toBe('Formal career conversation (fiscal Q2)');
    expect(checkInLabel('2026-07-01')).toBe('Formal career conversation (fiscal Q2)');
    expect(checkInLabel('2026-08-17')).toBe('Mid-year review (fiscal Q3)');
    expect(checkInLabel('2026-10-01')).toBe('Quarterly check-in');
    expect(checkInLabel('2026-11-16')).toBe('Formal career conversation (fiscal Q4)');
    expect(checkInLabel('2027-01-20')).toBe('Formal career conversation (fiscal Q4)');
  });

  it('puts each milestone on the 15th of the quarter, or the Monday after a weekend', () => {
    expect(milestoneOnOrAfter('2026-01-01')).toEqual({
      date: '2026-02-16',
      label: 'Plan refresh (fiscal Q1)',
    });
    expect(milestoneOnOrAfter('2026-02-17').date).toBe('2026-05-15');
    expect(milestoneOnOrAfter('2026-05-16').date).toBe('2026-08-17');
    expect(milestoneOnOrAfter('2026-08-18').date).toBe('2026-11-16');
    expect(milestoneOnOrAfter('2026-11-17')).toEqual({
      date: '2027-02-15',
      label: 'Plan refresh (fiscal Q1)',
    });
    expect(milestoneOnOrAfter('2026-05-15').date).toBe('2026-05-15');
  });

  it('proposes the first milestone at least two weeks after the last check-in', () => {
    expect(proposeNextCheckIn('2026-02-10', '2026-02-10').date).toBe('2026-05-15');
    // Held a few days before the milestone, the check-in counts for it.
    expect(proposeNextCheckIn('2026-05-05', '2026-05-05').date).toBe('2026-08-17');
    // Across the year's end.
    expect(proposeNextCheckIn('2026-11-20', '2026-11-20')).toEqual({
      date: '2027-02-15',
      label: 'Plan refresh (fiscal Q1)',
    });
    expect(proposeNextCheckIn('2026-12-31', '2027-01-02').date).toBe('2027-02-15');
    // Exactly two weeks before a milestone still reaches it.
    expect(proposeNextCheckIn('2026-05-01', '2026-05-01').date).toBe('2026-05-15');
  });

  it('keeps a proposal from the last check-in even when it has passed: the check-in is then due', () => {
    expect(proposeNextCheckIn('2026-01-10', '2026-06-20').date).toBe('2026-02-16');
  });

  it('before any check-in, proposes the first milestone from today on', () => {
    expect(proposeNextCheckIn(null, '2026-03-02').date).toBe('2026-05-15');
    expect(proposeNextCheckIn(null, '2026-05-15').date).toBe('2026-05-15');
    expect(proposeNextCheckIn(null, '2027-01-31').date).toBe('2027-02-15');
  });
});

describe('calendar link', () => {
  it('opens a filled-in all-day event template, every value encoded', () => {
    const url = calendarLink('2026-12-31', 'Career check-in: A & B', 'Plan: https://x.example/?a=1&b=2');
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(parsed.searchParams.get('action')).toBe('TEMPLATE');
    expect(parsed.searchParams.get('text')).toBe('Career check-in: A & B');
    expect(parsed.searchParams.get('dates')).toBe('20261231/20270101');
    expect(parsed.searchParams.get('details')).toBe('Plan: https://x.example/?a=1&b=2');
    expect([...parsed.searchParams.keys()]).toEqual(['action', 'text', 'dates', 'details']);
  });
});
