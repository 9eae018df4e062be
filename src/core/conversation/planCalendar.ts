/**
 * Days as the growth plan's spreadsheet counts them. The Docs add-on runs in UTC, and a date cell of
 * a spreadsheet in another time zone is midnight of its day there: read with the script's clock it
 * may be the day before, and "today" may not be the spreadsheet's today either. Every date the Docs
 * sections take from the plan (check-ins, due dates, overdue) goes through one calendar built from
 * the spreadsheet's time zone.
 */
import { isDate } from '../cells';
import type { Status } from '../vocabulary';
import { isoDate } from './cadence';
import { daysIn, type DayReader } from './checkIns';

export interface PlanCalendar {
  /** yyyy-mm-dd: today, in the spreadsheet's time zone. */
  today: string;
  /** Reads a cell's day (a date cell, or yyyy-mm-dd text) as the spreadsheet shows it. */
  dayOf: DayReader;
}

/** The calendar of a spreadsheet whose days `dayOf` reads (daysIn(its time zone)), at the moment `now`. */
export function planCalendar(now: Date, dayOf: DayReader = daysIn(null)): PlanCalendar {
  return { today: dayOf(now) ?? isoDate(now), dayOf };
}

/** The day a due-date cell names when it holds a date, as the spreadsheet shows it; null otherwise. */
export function dueDay(calendar: PlanCalendar, value: unknown): string | null {
  return isDate(value) ? calendar.dayOf(value) : null;
}

/** Not done and due (a date cell) before the spreadsheet's today: an action due today is not late yet. */
export function isOverdueIn(calendar: PlanCalendar, value: unknown, status: Status | null): boolean {
  const due = dueDay(calendar, value);
  return status !== 'Done' && due !== null && due < calendar.today;
}
