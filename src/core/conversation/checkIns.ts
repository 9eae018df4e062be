/**
 * The growth plan's Check-ins tab as plain data: one snapshot per day, each holding the ratings of
 * the requirements and the statuses of the actions on that day, and the day's note. Dates may be
 * date cells or yyyy-mm-dd text; rows of one day are one check-in, wherever they stand in the tab.
 */
import { isDate, normalizeText } from '../cells';
import { CHECKIN_KINDS, CHK } from '../layout';
import { effectiveRating, parseRating, type Rating } from '../ratings';
import { parseStatus } from '../progress';
import { isEmptyRow, textAt, valueAt, type Table } from '../table';
import type { Status } from '../vocabulary';
import { dayFromIso, isoDate } from './cadence';

/** Columns without which the check-ins cannot be compared (DESIGN.md's required Check-ins headers). */
export const CHECKINS_NEEDED: readonly string[] = [CHK.date, CHK.key, CHK.rating, CHK.status];

export interface CheckedRequirement {
  /** The row's Key, or the requirement's text when the key is blank. */
  key: string;
  requirement: string;
  /** The effective rating on that day. */
  rating: Rating | null;
}

export interface CheckedAction {
  key: string;
  action: string;
  status: Status | null;
  /** yyyy-mm-dd, the text as written, or ''. */
  due: string;
}

export interface CheckIn {
  /** yyyy-mm-dd. */
  date: string;
  requirements: CheckedRequirement[];
  actions: CheckedAction[];
  note: string;
}

export type CheckInsRead = { ok: true; checkIns: CheckIn[] } | { ok: false; message: string };

/** Reads the day a cell names, as yyyy-mm-dd; null for anything that is no day. */
export type DayReader = (value: unknown) => string | null;

/**
 * The reader of days of a spreadsheet whose time zone is `timeZone` (IANA). A date cell is midnight
 * of its day in the spreadsheet's zone, which in the script's zone (UTC for the Docs add-on) may be
 * the day before; so its day is taken in the spreadsheet's zone, and in the script's own when the
 * zone is unknown. yyyy-mm-dd text is read as it is written.
 */
export function daysIn(timeZone: string | null): DayReader {
  let format: Intl.DateTimeFormat | null = null;
  if (timeZone) {
    try {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      format = null;
    }
  }
  return (value) => {
    if (isDate(value)) {
      if (!format) return isoDate(value);
      const parts = new Map(format.formatToParts(value).map((p) => [p.type, p.value]));
      const day = `${parts.get('year') ?? ''}-${parts.get('month') ?? ''}-${parts.get('day') ?? ''}`;
      return dayFromIso(day) ? day : isoDate(value);
    }
    if (typeof value !== 'string') return null;
    const day = dayFromIso(value);
    return day ? isoDate(day) : null;
  };
}

/** The day a Date cell (in the script's time zone) or a yyyy-mm-dd text names; null for anything else. */
export const dayOf: DayReader = daysIn(null);

type Kind = (typeof CHECKIN_KINDS)[keyof typeof CHECKIN_KINDS];

const KINDS = new Map<string, Kind>(Object.values(CHECKIN_KINDS).map((k) => [normalizeText(k), k]));

/**
 * What a row records. The Kind column says so; where it is blank (or a person removed it) the
 * key's prefix, then the cells filled in, tell a requirement from an action.
 */
function kindOf(table: Table, row: readonly unknown[], key: string): Kind | null {
  const named = KINDS.get(normalizeText(textAt(table, row, CHK.kind)));
  if (named) return named;
  if (key.startsWith('req:')) return CHECKIN_KINDS.requirement;
  if (key.startsWith('act:')) return CHECKIN_KINDS.action;
  if (textAt(table, row, CHK.status) !== '' || textAt(table, row, CHK.due) !== '')
    return CHECKIN_KINDS.action;
  if ([CHK.rating, CHK.self, CHK.manager].some((h) => textAt(table, row, h) !== ''))
    return CHECKIN_KINDS.requirement;
  return textAt(table, row, CHK.note) !== '' ? CHECKIN_KINDS.note : null;
}

/**
 * The check-ins of the tab, oldest first, or a message naming the columns it lacks. Within a day
 * the first row of a key counts; rows without a day are left out. `dayOf` reads the days of date
 * cells (daysIn with the spreadsheet's time zone).
 */
export function readCheckIns(table: Table, tabName: string, dayOf: DayReader = daysIn(null)): CheckInsRead {
  const missing = table.header.missing(CHECKINS_NEEDED);
  if (missing.length > 0) {
    const list = missing.map((h) => `"${h}"`).join(', ');
    return {
      ok: false,
      message: `The "${tabName}" tab of the growth plan has no ${list} column${missing.length > 1 ? 's' : ''} (renamed or removed?), so its check-ins cannot be compared. Rename it back in the spreadsheet.`,
    };
  }
  const days = new Map<string, CheckIn & { seen: Set<string> }>();
  for (const row of table.rows) {
    if (isEmptyRow(row)) continue;
    const date = dayOf(valueAt(table, row, CHK.date));
    if (!date) continue;
    const item = textAt(table, row, CHK.item);
    const key = textAt(table, row, CHK.key) || (item ? `item:${normalizeText(item)}` : '');
    const kind = kindOf(table, row, key);
    if (!kind) continue;
    let day = days.get(date);
    if (!day) {
      day = { date, requirements: [], actions: [], note: '', seen: new Set() };
      days.set(date, day);
    }
    if (kind === CHECKIN_KINDS.note) {
      day.note ||= textAt(table, row, CHK.note);
      continue;
    }
    if (!key || day.seen.has(`${kind}\u241f${key}`)) continue;
    day.seen.add(`${kind}\u241f${key}`);
    if (kind === CHECKIN_KINDS.requirement) {
      const rating =
        parseRating(valueAt(table, row, CHK.rating)) ??
        effectiveRating(valueAt(table, row, CHK.self), valueAt(table, row, CHK.manager));
      day.requirements.push({ key, requirement: item || key, rating });
    } else {
      day.actions.push({
        key,
        action: item || key,
        status: parseStatus(textAt(table, row, CHK.status)),
        due: dayOf(valueAt(table, row, CHK.due)) ?? textAt(table, row, CHK.due),
      });
    }
  }
  const checkIns = [...days.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map(({ seen: _seen, ...checkIn }) => checkIn);
  return { ok: true, checkIns };
}
