import {
  addDays,
  dayNumber,
  onWeekday,
  planPeriod,
  PERIOD_WEEKS,
  scheduleDueDates,
} from '../../../src/core/schedule';

// A Friday.
const today = new Date(2026, 11, 4, 9, 30);
const day = (d: Date) => dayNumber(d) - dayNumber(today);
const ymd = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

describe('planPeriod', () => {
  it.each([
    ['no check-in: a quarter', null, PERIOD_WEEKS * 7],
    ['a check-in six weeks away: up to it', addDays(today, 42), 42],
    ['a check-in next week: a quarter past it', addDays(today, 7), 7 + PERIOD_WEEKS * 7],
    ['a check-in a year away: a quarter', addDays(today, 365), PERIOD_WEEKS * 7],
    ['a check-in in the past: a quarter', addDays(today, -3), PERIOD_WEEKS * 7],
    ['a check-in today: a quarter past it', today, PERIOD_WEEKS * 7],
  ] as const)('%s', (_, nextCheckIn, days) => {
    const period = planPeriod(today, nextCheckIn);
    expect(day(period.start)).toBe(0);
    expect(day(period.end)).toBe(days);
    expect(period.end.getHours()).toBe(12);
  });
});

describe('scheduleDueDates', () => {
  const period = planPeriod(today, null);

  it('spreads focus actions over the period, each track in order, none on a weekend or a shared day', () => {
    const schedule = scheduleDueDates(
      period,
      [
        { track: 0, weeks: [4, 3, 6] },
        { track: 1, weeks: [2, 8] },
        { track: 2, weeks: [3, 10] },
      ],
      4,
    );
    const all = [...schedule.focus.flat(), ...schedule.later];
    expect(new Set(all.map(ymd)).size).toBe(all.length);
    for (const date of all) expect([0, 6]).not.toContain(date.getDay());
    for (const track of schedule.focus)
      for (let i = 1; i < track.length; i++)
        expect(track[i]!.getTime()).toBeGreaterThan(track[i - 1]!.getTime());
    // The first track: 4, then 7, then 13 weeks in (the last lands on the period's last day, a Friday).
    expect(schedule.focus[0]!.map(day)).toEqual([28, 49, 91]);
    // The second starts a week later: its first action, two weeks long, is due on day 21.
    expect(day(schedule.focus[1]![0]!)).toBe(7 + 14);
  });

  it('compresses a track that would overrun the period so it ends on its last day', () => {
    const { focus } = scheduleDueDates(period, [{ track: 0, weeks: [10, 10, 20] }], 0);
    const days = focus[0]!.map(day);
    expect(days[2]).toBeLessThanOrEqual(91 + 2);
    expect(days[0]).toBeLessThan(days[1]!);
    expect(days[1]).toBeLessThan(days[2]!);
  });

  it('puts later actions after the focus, spread over the next quarter', () => {
    const { focus, later } = scheduleDueDates(period, [{ track: 0, weeks: [2, 6] }], 6);
    const lastFocus = Math.max(...focus.flat().map(day));
    const laterDays = later.map(day);
    expect(Math.min(...laterDays)).toBeGreaterThan(lastFocus);
    expect(Math.max(...laterDays)).toBeLessThanOrEqual(91 * 2 + 2);
    expect(laterDays).toEqual([...laterDays].sort((a, b) => a - b));
  });

  it('never gives a day the plan already has a due date on', () => {
    const taken = [addDays(today, 28), addDays(today, 31)]; // a Friday and the Monday after
    const { focus } = scheduleDueDates(period, [{ track: 0, weeks: [4] }], 0, taken);
    expect(day(focus[0]![0]!)).toBe(32);
  });

  it('moves a weekend to the Monday after', () => {
    const saturday = dayNumber(new Date(2026, 11, 5));
    expect(onWeekday(saturday)).toBe(saturday + 2);
    expect(onWeekday(saturday + 1)).toBe(saturday + 2);
    expect(onWeekday(saturday + 2)).toBe(saturday + 2);
  });

  it('gives thirty actions thirty different days', () => {
    const tracks = Array.from({ length: 5 }, (_, track) => ({ track, weeks: [1, 1, 1] }));
    const { focus, later } = scheduleDueDates(period, tracks, 15);
    const all = [...focus.flat(), ...later].map(ymd);
    expect(new Set(all).size).toBe(30);
  });
});
