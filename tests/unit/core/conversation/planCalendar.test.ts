import { actionPlanBlock, OVERDUE } from '../../../../src/core/conversation/actionPlanBlock';
import type { BlockElement, BlockSpec } from '../../../../src/core/conversation/block';
import { daysIn } from '../../../../src/core/conversation/checkIns';
import { dueDay, isOverdueIn, planCalendar } from '../../../../src/core/conversation/planCalendar';
import { sinceLastBlock } from '../../../../src/core/conversation/sinceLastBlock';
import { tableFromValues } from '../../../../src/core/table';

/** Midnight of a day in a zone `offset` hours ahead of UTC: how Sheets hands a date cell over. */
const midnight = (y: number, m: number, d: number, offset: number) =>
  new Date(Date.UTC(y, m - 1, d) - offset * 3_600_000);

const tableOf = (spec: BlockSpec) =>
  spec.elements.find((e): e is Extract<BlockElement, { type: 'table' }> => e.type === 'table')!;

describe('planCalendar', () => {
  it('reads today and due dates as days of the spreadsheet’s time zone', () => {
    // 23:30 UTC on 14 August is already 15 August in Berlin, still 14 August in Los Angeles.
    const now = new Date(Date.UTC(2026, 7, 14, 23, 30));
    const berlin = planCalendar(now, daysIn('Europe/Berlin'));
    const angeles = planCalendar(now, daysIn('America/Los_Angeles'));
    expect(berlin.today).toBe('2026-08-15');
    expect(angeles.today).toBe('2026-08-14');
    // A date cell: midnight of 14 August in Berlin is 13 August, 22:00 in UTC.
    expect(dueDay(berlin, midnight(2026, 8, 14, 2))).toBe('2026-08-14');
    expect(dueDay(angeles, midnight(2026, 8, 14, -7))).toBe('2026-08-14');
    expect(dueDay(berlin, '2026-08-14')).toBeNull();
    expect(dueDay(berlin, '')).toBeNull();
  });

  it('calls an action overdue only from the day after it is due, and never when done', () => {
    const now = new Date(Date.UTC(2026, 7, 15, 12)); // 15 August in Berlin and in Los Angeles
    for (const [zone, offset] of [
      ['Europe/Berlin', 2],
      ['America/Los_Angeles', -7],
    ] as const) {
      const calendar = planCalendar(now, daysIn(zone));
      expect(isOverdueIn(calendar, midnight(2026, 8, 15, offset), 'In progress')).toBe(false);
      expect(isOverdueIn(calendar, midnight(2026, 8, 14, offset), 'In progress')).toBe(true);
      expect(isOverdueIn(calendar, midnight(2026, 8, 14, offset), null)).toBe(true);
      expect(isOverdueIn(calendar, midnight(2026, 8, 14, offset), 'Done')).toBe(false);
      expect(isOverdueIn(calendar, 'yesterday', 'In progress')).toBe(false);
    }
  });

  it('without a time zone, reads days in the script’s own', () => {
    const calendar = planCalendar(new Date(2026, 7, 15, 12));
    expect(calendar.today).toBe('2026-08-15');
    expect(dueDay(calendar, new Date(2026, 7, 14, 0))).toBe('2026-08-14');
  });
});

describe('the action-plan summary and "Since our last conversation" in the plan’s time zone', () => {
  const requirements = tableFromValues([['Requirement', 'Self rating', 'Manager rating']]);
  const actionsIn = (offset: number) =>
    tableFromValues([
      ['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'],
      ['a', 'due yesterday', 'Learning', 'Me', midnight(2026, 8, 14, offset), 'In progress'],
      ['b', 'due today', 'Learning', 'Me', midnight(2026, 8, 15, offset), 'Not started'],
      ['c', 'due next week', 'Learning', 'Me', midnight(2026, 8, 22, offset), 'Not started'],
    ]);

  it.each([
    ['Europe/Berlin', 2, new Date(Date.UTC(2026, 7, 14, 22, 30))],
    ['America/Los_Angeles', -7, new Date(Date.UTC(2026, 7, 16, 6, 30))],
  ] as const)(
    'shows due dates as the sheet in %s shows them, and overdue by its today',
    (zone, offset, now) => {
      // In Berlin it is 15 August 00:30 while UTC still says 14 August; in Los Angeles it is still
      // 15 August 23:30 while UTC says 16 August.
      const block = actionPlanBlock(
        { name: 'Plan', requirements, actions: actionsIn(offset) },
        now,
        daysIn(zone),
      );
      expect(tableOf(block.spec).rows).toEqual([
        // No Priority column in this plan, so the table's first column is blank.
        ['', 'a', 'due yesterday', 'Learning', 'Me', '2026-08-14', 'In progress', OVERDUE],
        ['', 'b', 'due today', 'Learning', 'Me', '2026-08-15', 'Not started', ''],
        ['', 'c', 'due next week', 'Learning', 'Me', '2026-08-22', 'Not started', ''],
      ]);
      expect(block.actions.overdue).toBe(1);
      expect(block.spec.elements[1]).toEqual({
        type: 'paragraph',
        text: 'From the growth plan "Plan", read on 2026-08-15.',
      });
      const since = sinceLastBlock({
        planName: 'Plan',
        checkIns: [],
        actions: actionsIn(offset),
        nextFromSummary: null,
        today: now,
        dayOf: daysIn(zone),
      });
      expect(since.changes.overdue).toBe(1);
      const list = since.spec.elements.find((e) => e.type === 'list');
      expect(list?.type === 'list' && list.items[0]).toBe(
        'Actions overdue now (1): due yesterday (due 2026-08-14, in progress).',
      );
    },
  );
});
