/**
 * Dates from the linked plan as its spreadsheet shows them, on the built Docs bundle: the script runs
 * in UTC, the plan in Berlin (ahead of UTC) or Los Angeles (behind it). Due dates are written as a
 * person types them, so the sheet holds midnight of each day in its own time zone.
 */
import { silently } from '../../../fake/calls';
import { FakeSpreadsheet } from '../../../fake/spreadsheet';
import type { ActionPlanResult } from '../../../src/api/docs';
import { OPEN_ACTION_COLUMNS } from '../../../src/core/conversation/actionPlanBlock';
import { LINK_KEY } from '../../../src/docs/link';
import {
  ACTIONS_HEADER,
  bodyTexts,
  openConversation,
  PLAN_ID,
  PLAN_URL,
  REQUIREMENTS_HEADER,
} from './conversation';

/** yyyy-mm-dd of the day `offset` days from today, in `zone`. */
function dayIn(zone: string, offset = 0): string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return format.format(new Date(Date.now() + offset * 86_400_000));
}

const action = (name: string, due: string, status: string) => [
  `act:${name}`,
  'Requirement 0',
  '',
  name,
  'Learning',
  '',
  'Me',
  due,
  status,
  '',
  '',
];

/** Runs `check` with the days of `zone`, again if midnight passed there meanwhile. */
function withDays(
  zone: string,
  check: (days: { yesterday: string; today: string; later: string }) => void,
): void {
  for (let attempt = 0; ; attempt++) {
    const today = dayIn(zone);
    try {
      check({ yesterday: dayIn(zone, -1), today, later: dayIn(zone, 7) });
      return;
    } catch (error) {
      if (attempt > 0 || dayIn(zone) === today) throw error;
    }
  }
}

describe.each(['Europe/Berlin', 'America/Los_Angeles'])('a growth plan in %s', (zone) => {
  function conversation(days: { yesterday: string; today: string; later: string }) {
    const plan = FakeSpreadsheet.fromTabs(
      {
        'Role Requirements': [
          REQUIREMENTS_HEADER,
          ['req:1', '', '', 'Requirement 0', '', 'Developing', '', '', 'Yes'],
        ],
        'Action Plan': [
          ACTIONS_HEADER,
          action('Due next week', days.later, 'Not started'),
          action('Due today', days.today, 'In progress'),
          action('Due yesterday', days.yesterday, 'In progress'),
          action('Done yesterday', days.yesterday, 'Done'),
        ],
        'Check-ins': [
          [
            'Date',
            'Key',
            'Kind',
            'Item',
            'Self rating',
            'Manager rating',
            'Rating',
            'Status',
            'Due date',
            'Note',
          ],
        ],
      },
      { id: PLAN_ID, name: 'Plan', timeZone: zone },
    );
    // The sheet holds dates, as when a person types a day into the column.
    silently(() => {
      const due = plan.getSheetByName('Action Plan')!.getRange(2, 8, 4, 1).getValues();
      expect(due.every(([value]) => value instanceof Date)).toBe(true);
    });
    return openConversation({
      content: ['Intro'],
      spreadsheets: [plan],
      documentProperties: { [LINK_KEY]: PLAN_URL },
    });
  }

  it('the action-plan summary shows due dates as the sheet does, and only what is past due as overdue', () => {
    withDays(zone, (days) => {
      const c = conversation(days);
      const result = c.run('insertActionPlanSummary') as ActionPlanResult;
      expect(result).toMatchObject({ ok: true, openActions: 3, actions: { overdue: 1 } });
      const texts = bodyTexts(c.snapshot());
      expect(texts).toContain(`From the growth plan "Plan", read on ${days.today}.`);
      expect(texts).toContain('Overdue: 1');
      const table = c.snapshot().tabs[0]!.body.find((e) => e.type === 'TABLE');
      const columns = ['Action', 'Due date', 'Overdue'].map((name) => OPEN_ACTION_COLUMNS.indexOf(name));
      expect(
        table?.type === 'TABLE' && table.cells.slice(1).map((row) => columns.map((column) => row[column])),
      ).toEqual([
        ['Due yesterday', days.yesterday, 'Overdue'],
        ['Due today', days.today, ''],
        ['Due next week', days.later, ''],
      ]);
      // One call for the plan's time zone, whatever the rows.
      expect(c.fake.calls.byMethod['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
    });
  });

  it('"Since our last conversation" lists the same action as overdue, with the day the sheet shows', () => {
    withDays(zone, (days) => {
      const c = conversation(days);
      expect(c.run('insertSinceLastConversation')).toMatchObject({ ok: true, changes: { overdue: 1 } });
      expect(bodyTexts(c.snapshot())).toContain(
        `Actions overdue now (1): Due yesterday (due ${days.yesterday}, in progress).`,
      );
    });
  });
});
