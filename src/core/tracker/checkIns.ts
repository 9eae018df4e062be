/**
 * Check-ins as plain data: the snapshot of a plan on one day (every requirement of the target role
 * with its ratings, every action with its status and due date, and an optional note), the rows it
 * becomes on the Check-ins tab, and check-ins read back from that tab. The Docs add-on reads a
 * linked plan's check-ins through readCheckIns too.
 */
import { cellText, fingerprint, isDate, literal, normalizeText, type Cell } from '../cells';
import type { HeaderMap } from '../headers';
import { ACT, CHECKIN_KINDS, CHK, KEY, REQ } from '../layout';
import { isActionRow, isActiveRequirement, parseStatus } from '../progress';
import { effectiveRating, parseRating } from '../ratings';
import { textAt, valueAt, type Table } from '../table';
import type { Rating, Status } from '../vocabulary';
import { cellDay, type Day } from './days';

export interface RequirementEntry {
  /** The requirement row's Key, or one made from its text for a row without one. */
  key: string;
  requirement: string;
  self: Rating | null;
  manager: Rating | null;
  /** The effective rating: the manager's where set, else the person's own. */
  rating: Rating | null;
}

export interface ActionEntry {
  key: string;
  action: string;
  status: Status | null;
  /** The status as written, for a status that is not one of the four. */
  statusText: string;
  /** The due date as the cell held it (a date, or text a person typed). */
  due: unknown;
  dueDay: Day | null;
}

/** A plan on one day. */
export interface CheckIn {
  date: Day;
  requirements: RequirementEntry[];
  actions: ActionEntry[];
  note: string;
}

/** The key a note row carries. */
export const NOTE_KEY = 'note';

/**
 * Keys for rows in reading order: a row's own Key, else one made from its text; a key met again (a
 * copied row) gets its occurrence appended, so each row keeps a key of its own.
 */
function keysInOrder(own: readonly string[], made: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return own.map((key, i) => {
    const base = key || (made[i] ?? '');
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}

/** The plan as it is on `date`: active requirements and actions, read from the two tabs. */
export function planSnapshot(requirements: Table | null, actions: Table | null, date: Day): CheckIn {
  const reqRows = requirements
    ? requirements.rows.filter((row) => isActiveRequirement(requirements, row))
    : [];
  const reqKeys = requirements
    ? keysInOrder(
        reqRows.map((row) => textAt(requirements, row, REQ.key)),
        reqRows.map((row) => `row:${fingerprint(normalizeText(textAt(requirements, row, REQ.requirement)))}`),
      )
    : [];
  const actRows = actions ? actions.rows.filter((row) => isActionRow(actions, row)) : [];
  const actionText = (table: Table, row: readonly unknown[]) =>
    textAt(table, row, ACT.action) || textAt(table, row, ACT.requirement);
  const actKeys = actions
    ? keysInOrder(
        actRows.map((row) => textAt(actions, row, ACT.key)),
        actRows.map(
          (row) =>
            `act:row:${fingerprint(normalizeText(`${textAt(actions, row, ACT.requirement)}\u241f${actionText(actions, row)}`))}`,
        ),
      )
    : [];
  return {
    date,
    requirements: requirements
      ? reqRows.map((row, i) => {
          const self = parseRating(valueAt(requirements, row, REQ.self));
          const manager = parseRating(valueAt(requirements, row, REQ.manager));
          return {
            key: reqKeys[i] ?? '',
            requirement: textAt(requirements, row, REQ.requirement),
            self,
            manager,
            rating: manager ?? self,
          };
        })
      : [],
    actions: actions
      ? actRows.map((row, i) => {
          const statusText = textAt(actions, row, ACT.status);
          const due = valueAt(actions, row, ACT.due);
          return {
            key: actKeys[i] ?? '',
            action: actionText(actions, row),
            status: parseStatus(statusText),
            statusText,
            due: due ?? '',
            dueDay: cellDay(due),
          };
        })
      : [],
    note: '',
  };
}

/** A due date as written again: a date stays a date, text stays literal text. */
function dueCell(due: unknown): Cell {
  if (isDate(due) || typeof due === 'number' || typeof due === 'boolean') return due;
  return literal(cellText(due));
}

/**
 * The rows of a check-in in the tab's column order. `kept` holds, by key, cells of an earlier
 * snapshot of the same day that a person may have filled in (a Note beside an item, columns of
 * their own); they stay with their row.
 */
export function checkInRows(
  header: HeaderMap,
  checkIn: CheckIn,
  kept: ReadonlyMap<string, ReadonlyMap<number, unknown>> = new Map(),
): Cell[][] {
  const width = header.headers.length;
  const row = (key: string, cells: Partial<Record<string, Cell>>): Cell[] => {
    const out: Cell[] = Array<Cell>(width).fill('');
    for (const [column, value] of kept.get(key) ?? []) {
      if (column < width) out[column] = isDate(value) ? value : literal(cellText(value));
    }
    for (const [name, value] of Object.entries(cells)) {
      const column = header.column(name);
      if (column >= 0 && value !== undefined) out[column] = value;
    }
    // Plain `yyyy-mm-dd`: the writer gives the Date cells the plain-text format, so it stays a day.
    const date = header.column(CHK.date);
    if (date >= 0) out[date] = checkIn.date;
    return out;
  };
  const rows = [
    ...checkIn.requirements.map((r) =>
      row(r.key, {
        [CHK.key]: literal(r.key),
        [CHK.kind]: CHECKIN_KINDS.requirement,
        [CHK.item]: literal(r.requirement),
        [CHK.self]: r.self ?? '',
        [CHK.manager]: r.manager ?? '',
        [CHK.rating]: r.rating ?? '',
      }),
    ),
    ...checkIn.actions.map((a) =>
      row(a.key, {
        [CHK.key]: literal(a.key),
        [CHK.kind]: CHECKIN_KINDS.action,
        [CHK.item]: literal(a.action),
        [CHK.status]: a.status ?? literal(a.statusText),
        [CHK.due]: dueCell(a.due),
      }),
    ),
  ];
  if (checkIn.note !== '')
    rows.push(
      row(NOTE_KEY, {
        [CHK.key]: NOTE_KEY,
        [CHK.kind]: CHECKIN_KINDS.note,
        [CHK.note]: literal(checkIn.note),
      }),
    );
  return rows;
}

type Kind = keyof typeof CHECKIN_KINDS;

const kindByText = new Map<string, Kind>(
  (Object.entries(CHECKIN_KINDS) as [Kind, string][]).map(([kind, text]) => [normalizeText(text), kind]),
);

/** What a Check-ins row records: by its Kind, or (when a person removed that column) by its key. */
function kindOf(table: Table, row: readonly unknown[]): Kind {
  const kind = kindByText.get(normalizeText(textAt(table, row, CHK.kind)));
  if (kind) return kind;
  const key = textAt(table, row, KEY);
  if (key === NOTE_KEY) return 'note';
  return key.startsWith('act:') ? 'action' : 'requirement';
}

/** The check-ins a Check-ins tab holds, oldest first, with the data rows (0-based) of each day. */
export function readCheckIns(table: Table): { checkIns: CheckIn[]; rowsByDay: Map<Day, number[]> } {
  const byDay = new Map<Day, CheckIn>();
  const rowsByDay = new Map<Day, number[]>();
  table.rows.forEach((row, index) => {
    const date = cellDay(valueAt(table, row, CHK.date));
    if (!date) return; // a row of a person's own, or an empty one
    let checkIn = byDay.get(date);
    if (!checkIn) {
      checkIn = { date, requirements: [], actions: [], note: '' };
      byDay.set(date, checkIn);
      rowsByDay.set(date, []);
    }
    rowsByDay.get(date)?.push(index);
    const key = textAt(table, row, KEY);
    switch (kindOf(table, row)) {
      case 'note': {
        const note = textAt(table, row, CHK.note);
        if (note) checkIn.note = checkIn.note ? `${checkIn.note}\n${note}` : note;
        break;
      }
      case 'action': {
        const statusText = textAt(table, row, CHK.status);
        const due = valueAt(table, row, CHK.due);
        checkIn.actions.push({
          key,
          action: textAt(table, row, CHK.item),
          status: parseStatus(statusText),
          statusText,
          due: due ?? '',
          dueDay: cellDay(due),
        });
        break;
      }
      case 'requirement': {
        const self = parseRating(valueAt(table, row, CHK.self));
        const manager = parseRating(valueAt(table, row, CHK.manager));
        checkIn.requirements.push({
          key,
          requirement: textAt(table, row, CHK.item),
          self,
          manager,
          rating: parseRating(valueAt(table, row, CHK.rating)) ?? effectiveRating(self, manager),
        });
        break;
      }
    }
  });
  const checkIns = [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { checkIns, rowsByDay };
}
