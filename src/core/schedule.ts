/**
 * When generated actions are due. A plan has a period (a quarter, or up to the next check-in when one
 * is set); the focus actions are spread over it and the later actions over the period after, each on
 * a weekday of its own, so nothing lands on a weekend and no two actions share a day.
 */

/** A quarter: GitLab's growth conversations come round about every three months. */
export const PERIOD_WEEKS = 13;
/** A check-in sooner than this is too close to plan towards; the period then runs a quarter past it. */
export const MIN_PERIOD_WEEKS = 4;
/** A check-in further away than this is not this period's; the period is then a quarter. */
export const MAX_PERIOD_WEEKS = 26;
/** Each focus gap starts a week after the one ranked above it, so their steps do not fall due together. */
export const STAGGER_DAYS = 7;

const DAY_MS = 86_400_000;

export interface PlanPeriod {
  start: Date;
  end: Date;
}

/** Days since 1970-01-01 of the calendar day `date` falls on where the script runs. */
export function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/**
 * The day `day` at noon: a spreadsheet whose time zone is within twelve hours of the script's
 * still shows the intended day.
 */
export function dateOfDay(day: number): Date {
  const utc = new Date(day * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 12);
}

/** A date `days` after `from`, at noon. */
export function addDays(from: Date, days: number): Date {
  return dateOfDay(dayNumber(from) + days);
}

function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The day itself when a weekday, else the Monday after. */
export function onWeekday(day: number): number {
  const weekday = weekdayOf(day);
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

/**
 * This period: from today to the next check-in when it is 4 to 26 weeks away; a quarter past it
 * when it is sooner; a quarter from today when there is none (or it is further, or past).
 */
export function planPeriod(today: Date, nextCheckIn: Date | null): PlanPeriod {
  const start = dateOfDay(dayNumber(today));
  const quarter = PERIOD_WEEKS * 7;
  if (nextCheckIn) {
    const ahead = dayNumber(nextCheckIn) - dayNumber(today);
    if (ahead >= MIN_PERIOD_WEEKS * 7 && ahead <= MAX_PERIOD_WEEKS * 7)
      return { start, end: dateOfDay(dayNumber(nextCheckIn)) };
    if (ahead > 0 && ahead < MIN_PERIOD_WEEKS * 7)
      return { start, end: dateOfDay(dayNumber(nextCheckIn) + quarter) };
  }
  return { start, end: addDays(start, quarter) };
}

export interface Schedule {
  /** Per focus track, the due date of each of its actions, in the order given. */
  focus: Date[][];
  /** The due date of each later action, in the order given. */
  later: Date[];
}

/**
 * Due dates for new actions.
 *
 * `focusTracks` holds, per focus gap, the `weeks` of its new actions in the order they are done, and
 * the gap's position among the focus gaps (`track`, 0 first). A track starts `track` weeks into the
 * period (at most half way) and its actions follow one another, each taking its weeks; a track that
 * would overrun the period is compressed to end on its last day.
 * `laterCount` later actions are spread evenly over the quarter after the period.
 * Every date then moves to a weekday no other action (new, or `taken` by the plan) is due on.
 */
export function scheduleDueDates(
  period: PlanPeriod,
  focusTracks: readonly { track: number; weeks: readonly number[] }[],
  laterCount: number,
  taken: Iterable<Date> = [],
): Schedule {
  const start = dayNumber(period.start);
  const end = Math.max(dayNumber(period.end), start + 1);
  const busy = new Set<number>();
  for (const date of taken) busy.add(dayNumber(date));
  const claim = (day: number): Date => {
    let free = onWeekday(day);
    while (busy.has(free)) free = onWeekday(free + 1);
    busy.add(free);
    return dateOfDay(free);
  };

  const focus = focusTracks.map(({ track, weeks }) => {
    const trackStart = start + Math.min(track * STAGGER_DAYS, Math.floor((end - start) / 2));
    const span = end - trackStart;
    const total = weeks.reduce((sum, w) => sum + w * 7, 0);
    const scale = total > span ? span / total : 1;
    let elapsed = 0;
    return weeks.map((w) => {
      elapsed += w * 7;
      return claim(trackStart + Math.max(1, Math.round(elapsed * scale)));
    });
  });

  const quarter = PERIOD_WEEKS * 7;
  const later = Array.from({ length: laterCount }, (_, j) =>
    claim(end + Math.round(((j + 1) * quarter) / (laterCount + 1))),
  );
  return { focus, later };
}
