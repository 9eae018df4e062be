/**
 * "Since our last conversation": what the growth plan's last check-in shows against the one before
 * it (or against the plan's start when it is the first): ratings that moved, actions done, the
 * actions overdue today and the next check-in. The block has a fixed shape (a heading, a paragraph,
 * a list of fixed length) and what grows with the plan runs on inside an item, so writing it costs
 * the same calls whatever the plan holds. It has no table: the document must be asked where a new
 * table landed and what it reads, which would cost a read after the insert's writes.
 */
import { ACT } from '../layout';
import { isActionRow, parseStatus } from '../progress';
import type { Rating } from '../ratings';
import { textAt, valueAt, type Table } from '../table';
import type { BlockElement, BlockSpec } from './block';
import { dayFromIso } from './cadence';
import { checkInChanges, compareCheckIns, plural, type CheckInChanges } from './checkInChanges';
import type { CheckIn, DayReader } from './checkIns';
import { plannedNextCheckIn, type PlannedCheckIn } from './nextCheckIn';
import { dueDay, isOverdueIn, planCalendar, type PlanCalendar } from './planCalendar';

export const SINCE_LAST_TITLE = 'Since our last conversation';
export const NONE = 'none';

export interface SinceLastInputs {
  planName: string;
  /** The plan's check-ins, oldest first; null when it has no Check-ins tab. */
  checkIns: readonly CheckIn[] | null;
  /** The Action Plan tab as it is today. */
  actions: Table;
  /** The Summary's next check-in date (yyyy-mm-dd), or null when it sets none. */
  nextFromSummary: string | null;
  today: Date;
  /** Reads the days of the plan's date cells: daysIn(the spreadsheet's time zone). */
  dayOf?: DayReader;
}

export interface SinceLastBlock {
  spec: BlockSpec;
  checkIns: number;
  /** yyyy-mm-dd of the last check-in, null when there is none. */
  lastCheckIn: string | null;
  /** yyyy-mm-dd of the one before it, null when the last is the first (or there is none). */
  previousCheckIn: string | null;
  changes: CheckInChanges;
  next: PlannedCheckIn;
}

/** Text from the plan as one line: a line break would start a new paragraph in the document. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** "Label (3): a; b; c." or "Label: none." */
function itemList(label: string, entries: readonly string[]): string {
  return entries.length > 0 ? `${label} (${entries.length}): ${entries.join('; ')}.` : `${label}: ${NONE}.`;
}

interface OverdueAction {
  text: string;
  due: string;
}

/**
 * Actions of the Action Plan not done whose due date (a date cell) is before today, the longest
 * overdue first. Days are compared as the spreadsheet's days.
 */
function overdueNow(actions: Table, calendar: PlanCalendar): OverdueAction[] {
  const late: OverdueAction[] = [];
  for (const row of actions.rows) {
    if (!isActionRow(actions, row)) continue;
    const status = parseStatus(textAt(actions, row, ACT.status));
    const value = valueAt(actions, row, ACT.due);
    const due = dueDay(calendar, value);
    if (due === null || !isOverdueIn(calendar, value, status)) continue;
    const name = oneLine(textAt(actions, row, ACT.action) || textAt(actions, row, ACT.requirement));
    const state = oneLine(status ?? textAt(actions, row, ACT.status)).toLowerCase() || 'no status';
    late.push({ text: `${name} (due ${due}, ${state})`, due });
  }
  return late.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

function nextLine(next: PlannedCheckIn): string {
  const due = next.due ? ': due now' : '';
  return next.chosen
    ? `Next check-in: ${next.date}, as set in the growth plan${due}.`
    : `Next check-in: ${next.date}, suggested (${next.reason}); the growth plan sets none yet${due}.`;
}

const ratingText = (rating: Rating | null) => rating ?? 'not rated';

function move(m: { requirement: string; from: Rating | null; to: Rating | null }): string {
  return `${oneLine(m.requirement)} (${m.from === null ? `rated ${ratingText(m.to)}` : `${m.from} → ${ratingText(m.to)}`})`;
}

export function sinceLastBlock(inputs: SinceLastInputs): SinceLastBlock {
  const checkIns = inputs.checkIns ?? [];
  const last = checkIns[checkIns.length - 1] ?? null;
  const previous = checkIns[checkIns.length - 2] ?? null;
  const calendar = planCalendar(inputs.today, inputs.dayOf);
  // Today as the spreadsheet's day, at noon so the script's own time zone keeps it.
  const todayIso = calendar.today;
  const today = dayFromIso(todayIso) ?? inputs.today;
  const overdue = overdueNow(inputs.actions, calendar);
  const overdueItem = itemList(
    'Actions overdue now',
    overdue.map((a) => a.text),
  );
  const next = plannedNextCheckIn(inputs.nextFromSummary, last?.date ?? null, today);
  const heading: BlockElement = { type: 'heading', level: 2, text: SINCE_LAST_TITLE };
  const plan = `From the growth plan "${oneLine(inputs.planName)}", read on ${todayIso}.`;
  if (!last) {
    const noTab = inputs.checkIns === null ? ' (it has no Check-ins tab)' : '';
    return {
      spec: {
        kind: 'sinceLast',
        elements: [
          heading,
          {
            type: 'paragraph',
            text: `${plan} It has no check-ins yet${noTab}, so there is nothing to compare. Record one at each conversation with Record check-in, in the Growth Plan sidebar or its menu in the spreadsheet; then refresh this section.`,
          },
          { type: 'list', items: [overdueItem, nextLine(next)] },
        ],
      },
      checkIns: 0,
      lastCheckIn: null,
      previousCheckIn: null,
      changes: checkInChanges(
        { since: null, movedUp: [], movedDown: [], reachedMeets: 0, done: [] },
        overdue.length,
      ),
      next,
    };
  }
  const comparison = compareCheckIns(previous, last);
  const changes = checkInChanges(comparison, overdue.length);
  const since = previous ? `since ${previous.date}` : 'since the plan started';
  const compared = previous
    ? `The last of its ${plural(checkIns.length, 'check-in')} was on ${last.date}; since the one before, on ${previous.date}: ${changes.sentence}`
    : `Its first check-in was on ${last.date}; since the plan started: ${changes.sentence}`;
  return {
    spec: {
      kind: 'sinceLast',
      elements: [
        heading,
        { type: 'paragraph', text: `${plan} ${compared}` },
        {
          type: 'list',
          items: [
            itemList('Ratings that moved up', comparison.movedUp.map(move)),
            itemList('Ratings that moved down', comparison.movedDown.map(move)),
            itemList(
              `Actions done ${since}`,
              comparison.done.map((a) => oneLine(a.action)),
            ),
            overdueItem,
            nextLine(next),
            `Note at the last check-in: ${oneLine(last.note) || `${NONE}.`}`,
          ],
        },
      ],
    },
    checkIns: checkIns.length,
    lastCheckIn: last.date,
    previousCheckIn: previous?.date ?? null,
    changes,
    next,
  };
}
