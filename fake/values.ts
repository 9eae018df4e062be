/**
 * What a cell holds and how Sheets turns what a script writes into it: formulas, apostrophe text,
 * numbers, booleans, dates, and what getValues/getDisplayValues give back.
 */
import { isDate } from './env';
import { at, must } from './must';

/** A stored value. Dates are host-realm Date objects, never mutated. */
export type Scalar = string | number | boolean | Date;

export interface CellFormat {
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  background?: string;
  fontColor?: string;
  wrap?: boolean;
  numberFormat?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

/** The parse result of one written value. */
export type Written =
  /** `format`: the number format Sheets gives a cell that has none when this is typed ("70%"). */
  | { kind: 'value'; value: Scalar; format?: string }
  | { kind: 'formula'; formula: string; error?: string }
  | { kind: 'invalid'; reason: string };

/** Sheets' limit on the characters in one cell. */
export const MAX_CELL_CHARS = 50000;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))\s*%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const CURRENCY = /^[$£€]\s?([+-]?(\d+\.?\d*|\.\d+|\d{1,3}(,\d{3})+(\.\d*)?))$/;

/**
 * Interprets a value written by setValue(s) the way Sheets does (`USER_ENTERED`-like input, which is
 * what Range.setValue(s) does). `plainText` is true when the cell's number format is `@`. Dates typed
 * with slashes follow the locale (en_US: m/d, otherwise d/m; no year means this year); `10:30` is a
 * time (a Date on 1899-12-30); `$5`, `£5`, `€5` are numbers.
 */
export function parseWritten(
  input: unknown,
  timeZone: string,
  plainText: boolean,
  locale = 'en_GB',
): Written {
  if (input === null) return { kind: 'value', value: '' };
  if (input === undefined) return { kind: 'invalid', reason: 'undefined' };
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? { kind: 'value', value: input }
      : { kind: 'invalid', reason: String(input) };
  }
  if (typeof input === 'boolean') return { kind: 'value', value: input };
  if (isDate(input)) {
    const ms = input.getTime();
    return Number.isNaN(ms)
      ? { kind: 'invalid', reason: 'Invalid Date' }
      : { kind: 'value', value: new Date(ms) };
  }
  if (typeof input !== 'string')
    return { kind: 'invalid', reason: `a ${Array.isArray(input) ? 'array' : typeof input}` };
  if (input.length > MAX_CELL_CHARS) return { kind: 'invalid', reason: 'too long' };
  if (plainText || input === '') return { kind: 'value', value: input };
  if (input.startsWith("'")) return { kind: 'value', value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', formula: input };
  const text = input.trim();
  if (NUMBER.test(text)) return { kind: 'value', value: Number(text) };
  if (GROUPED.test(text)) return { kind: 'value', value: Number(text.replace(/,/g, '')) };
  const pct = PERCENT.exec(text);
  // Sheets formats the cell as a percentage too: "70%" as 0%, "12.5%" as 0.00%.
  if (pct)
    return { kind: 'value', value: Number(pct[1]) / 100, format: pct[1]?.includes('.') ? '0.00%' : '0%' };
  if (/^(true|false)$/i.test(text)) return { kind: 'value', value: text.toUpperCase() === 'TRUE' };
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const part = (i: number): number => {
      const p = iso[i];
      return p === undefined ? 0 : Number(p);
    };
    const [y, m, d] = [part(1), part(2), part(3)];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      return { kind: 'value', value: new Date(zonedToUtc(timeZone, y, m, d, part(4), part(5), part(6))) };
    }
  }
  const slash = SLASH_DATE.exec(text);
  if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    const [m, d] = locale === 'en_US' ? [a, b] : [b, a];
    let y = slash[3] === undefined ? zonedParts(Date.now(), timeZone).year : Number(slash[3]);
    if (slash[3]?.length === 2) y += y < 30 ? 2000 : 1900;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
      return { kind: 'value', value: new Date(zonedToUtc(timeZone, y, m, d)) };
  }
  const time = TIME.exec(text);
  if (time && Number(time[1]) < 24) {
    return {
      kind: 'value',
      value: new Date(
        zonedToUtc(timeZone, 1899, 12, 30, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)),
      ),
    };
  }
  const money = CURRENCY.exec(text);
  if (money) return { kind: 'value', value: Number(at(money, 1).replace(/,/g, '')) };
  // Sheets reads text starting with + or - as a formula; text like "- Learn X" fails to parse.
  if ((input.startsWith('+') || input.startsWith('-')) && input.length > 1) {
    return { kind: 'formula', formula: `=${input}`, error: '#ERROR!' };
  }
  return { kind: 'value', value: input };
}

// ---------------------------------------------------------------------------------------------
// Time zones and dates

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError for an unknown zone id (Intl validates it). */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, fmt);
  }
  const parts: Record<string, string> = {};
  for (const p of fmt.formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
  };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    zonedParts(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The instant of a wall-clock time in a zone. */
export function zonedToUtc(timeZone: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const p = zonedParts(guess, timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += wall - seen;
  }
  return guess;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Java SimpleDateFormat patterns, as Utilities.formatDate takes them: y M d E H h m s S a Z X and
 * 'quoted text'.
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date.getTime(), timeZone);
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = at(pattern, i);
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    out += javaField(ch, n, p, date, timeZone, pad);
  }
  return out;
}

function javaField(
  ch: string,
  n: number,
  p: ZonedParts,
  date: Date,
  timeZone: string,
  pad: (n: number, w: number) => string,
): string {
  switch (ch) {
    case 'y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
      if (n >= 4) return at(MONTHS, p.month - 1, 'month');
      if (n === 3) return at(MONTHS, p.month - 1, 'month').slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'E':
      return n >= 4 ? at(DAYS, p.weekday, 'day') : at(DAYS, p.weekday, 'day').slice(0, 3);
    case 'H':
      return pad(p.hour, n);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(date.getTime() % 1000, n);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'Z':
    case 'X': {
      const offsetMin = Math.round(
        (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) -
          Math.floor(date.getTime() / 1000) * 1000) /
          60000,
      );
      if (ch === 'X' && offsetMin === 0) return 'Z';
      const sign = offsetMin < 0 ? '-' : '+';
      const abs = Math.abs(offsetMin);
      const sep = ch === 'X' && n >= 3 ? ':' : '';
      return `${sign}${pad(Math.floor(abs / 60), 2)}${sep}${pad(abs % 60, 2)}`;
    }
    case 'z':
      return timeZone;
    default:
      throw new RangeError(`Illegal pattern character '${ch}'`);
  }
}

/** Sheets number-format date patterns (yyyy-mm-dd, d mmm yyyy, hh:mm:ss, am/pm, "text"). */
function formatSheetsDate(date: Date, timeZone: string, format: string): string {
  const tokens: string[] = [];
  for (let i = 0; i < format.length;) {
    const rest = format.slice(i);
    const m = must(/^(am\/pm|"[^"]*"|y+|m+|d+|h+|s+|.)/i.exec(rest), `a token at ${rest}`);
    tokens.push(m[0]);
    i += m[0].length;
  }
  const isMinute = (idx: number): boolean => {
    for (let j = idx - 1; j >= 0; j--) if (/^[ymdhs]/i.test(at(tokens, j))) return /^h/i.test(at(tokens, j));
    for (let j = idx + 1; j < tokens.length; j++)
      if (/^[ymdhs]/i.test(at(tokens, j))) return /^s/i.test(at(tokens, j));
    return false;
  };
  const twelve = tokens.some((t) => /^am\/pm$/i.test(t));
  const java = tokens.map((t, idx) => {
    const n = t.length;
    if (/^am\/pm$/i.test(t)) return 'a';
    if (t.startsWith('"')) return `'${t.slice(1, -1)}'`;
    switch (at(t, 0).toLowerCase()) {
      case 'y':
        return n <= 2 ? 'yy' : 'yyyy';
      case 'm':
        return n <= 2 && isMinute(idx) ? 'mm' : 'M'.repeat(Math.min(n, 4));
      case 'd':
        return n >= 3 ? 'E'.repeat(n) : 'd'.repeat(n);
      case 'h':
        return (twelve ? 'h' : 'H').repeat(Math.min(n, 2));
      case 's':
        return 's'.repeat(Math.min(n, 2));
      default:
        return /[A-Za-z]/.test(t) ? `'${t}'` : t === "'" ? "''" : t;
    }
  });
  return formatJavaDate(date, timeZone, java.join(''));
}

function formatNumber(n: number, format: string): string {
  if (format.includes('%')) {
    const decimals = /\.(0+)%/.exec(format)?.[1]?.length ?? 0;
    return `${(n * 100).toFixed(decimals)}%`;
  }
  const decimals = /\.(0+|#+)/.exec(format)?.[1]?.length ?? 0;
  const fixed = n.toFixed(decimals);
  if (!format.includes(',')) return fixed;
  const [int, frac] = fixed.split('.');
  const grouped = must(int, 'the integer part').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** The text Sheets shows for a value: what getDisplayValues returns (approximately for numbers). */
export function displayText(value: Scalar, numberFormat: string | undefined, timeZone: string): string {
  const fmt = numberFormat ?? '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    if (fmt && fmt !== '@' && /[ydhs]/i.test(fmt)) return formatSheetsDate(value, timeZone, fmt);
    const p = zonedParts(value.getTime(), timeZone);
    const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
    const timeOnly = p.year === 1899 && p.month === 12 && p.day === 30;
    return formatJavaDate(
      value,
      timeZone,
      timeOnly ? 'HH:mm:ss' : midnight ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm:ss',
    );
  }
  if (typeof value === 'number') {
    if (fmt && fmt !== '@' && /[0#]/.test(fmt)) return formatNumber(value, fmt);
    if (Number.isInteger(value)) return String(value);
    return String(Number(value.toPrecision(10)));
  }
  return value;
}

/** A JSON-safe picture of a stored value, for snapshots. */
export function snapshotValue(value: Scalar): string | number | boolean | { date: string } {
  return isDate(value) ? { date: value.toISOString() } : value;
}
