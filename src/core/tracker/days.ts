/**
 * Calendar days as `yyyy-mm-dd` text, the form check-ins store and the wire carries. Arithmetic is
 * done on UTC midnights, so it never depends on the time zone the code runs in.
 */
import { isDate } from '../cells';

/** A calendar day, `yyyy-mm-dd`. */
export type Day = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day as a UTC midnight, or null when the text is not a real calendar day. */
function utc(day: string): Date | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === day ? date : null;
}

/** True for `yyyy-mm-dd` text naming a real calendar day (not 2026-02-30). */
export function isDay(text: string): boolean {
  return utc(text) !== null;
}

function fromUtc(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  const date = utc(day);
  if (!date) throw new Error(`Not a day: ${day}`);
  return fromUtc(new Date(date.getTime() + days * MS_PER_DAY));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: Day): number {
  const date = utc(day);
  if (!date) throw new Error(`Not a day: ${day}`);
  return date.getUTCDay();
}

/** The day of a year, month (1-12) and day of month. */
export function dayOf(year: number, month: number, date: number): Day {
  return fromUtc(new Date(Date.UTC(year, month - 1, date)));
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/** 1-12. */
export function monthOf(day: Day): number {
  return Number(day.slice(5, 7));
}

/** The day itself, or the Monday after when it falls on a weekend. */
export function weekdayOnOrAfter(day: Day): Day {
  const d = weekday(day);
  return d === 6 ? addDays(day, 2) : d === 0 ? addDays(day, 1) : day;
}

/**
 * The day a cell holds: `yyyy-mm-dd` text as it is, or a date value. Sheets hands a date cell over
 * as midnight in the spreadsheet's time zone, which is the nearest UTC midnight for any zone
 * within twelve hours of UTC; that is the day taken. Anything else is null.
 */
export function cellDay(value: unknown): Day | null {
  if (typeof value === 'string') {
    const text = value.trim();
    return isDay(text) ? text : null;
  }
  if (isDate(value))
    return fromUtc(new Date(Math.floor((value.getTime() + MS_PER_DAY / 2) / MS_PER_DAY) * MS_PER_DAY));
  return null;
}

/** `yyyymmdd`, as calendar links want a day. */
export function compactDay(day: Day): string {
  return day.replace(/-/g, '');
}
