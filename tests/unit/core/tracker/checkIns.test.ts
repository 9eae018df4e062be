import { HeaderMap } from '../../../../src/core/headers';
import { CHECKINS_TAB } from '../../../../src/core/layout';
import { tableFromValues, type Table } from '../../../../src/core/table';
import { checkInRows, planSnapshot, readCheckIns, type CheckIn } from '../../../../src/core/tracker/checkIns';
import { planCheckInWrite } from '../../../../src/core/tracker/checkInWrite';

const HEADER = new HeaderMap(CHECKINS_TAB.headers);

const requirements = (ratings: [string, string][]): Table =>
  tableFromValues([
    ['Key', 'Requirement', 'Self rating', 'Manager rating', 'Evidence', 'In target role'],
    ...ratings.map(([self, manager], i) => [`req:r/${i}`, `Requirement ${i}`, self, manager, '', 'Yes']),
  ]);

const actions = (statuses: string[], due: unknown = '') =>
  tableFromValues([
    ['Key', 'Requirement', 'Action', 'Due date', 'Status'],
    ...statuses.map((status, i) => [`act:r/${i}`, `Requirement ${i}`, `Action ${i}`, due, status]),
  ]);

/** A Check-ins table as the sheet would read it back after writing these check-ins. */
function tabWith(...checkIns: CheckIn[]): Table {
  return tableFromValues([[...CHECKINS_TAB.headers], ...checkIns.flatMap((c) => checkInRows(HEADER, c))]);
}

const snapshot = (date: string, ratings: [string, string][], statuses: string[] = [], note = '') => ({
  ...planSnapshot(requirements(ratings), actions(statuses), date),
  note,
});

describe('a check-in snapshot', () => {
  it('takes every active requirement with its ratings and every action with its status and due date', () => {
    const req = tableFromValues([
      ['Key', 'Requirement', 'Self rating', 'Manager rating', 'In target role'],
      ['req:a', 'Runs reviews', 'Developing', 'meets', 'Yes'],
      ['', 'My own line', 'Not yet', '', ''],
      ['', 'My own line', 'Exceeds', '', ''],
      ['req:c', 'Retired', 'Meets', '', 'No'],
    ]);
    const due = new Date(2026, 4, 1);
    const act = tableFromValues([
      ['Key', 'Requirement', 'Action', 'Due date', 'Status'],
      ['act:a', 'Runs reviews', 'Shadow a review', due, 'in progress'],
      ['', 'Something', '', 'soon', 'Waiting'],
      ['', '', '', '', ''],
    ]);
    const s = planSnapshot(req, act, '2026-05-12');
    const ownKey: unknown = expect.stringMatching(/^row:[0-9a-f]+$/);
    const copiedKey: unknown = expect.stringMatching(/^row:.*#2$/);
    expect(s.requirements).toEqual([
      { key: 'req:a', requirement: 'Runs reviews', self: 'Developing', manager: 'Meets', rating: 'Meets' },
      {
        key: ownKey,
        requirement: 'My own line',
        self: 'Not yet',
        manager: null,
        rating: 'Not yet',
      },
      {
        key: copiedKey,
        requirement: 'My own line',
        self: 'Exceeds',
        manager: null,
        rating: 'Exceeds',
      },
    ]);
    expect(s.actions.map((a) => [a.key, a.action, a.status, a.statusText, a.dueDay])).toEqual([
      ['act:a', 'Shadow a review', 'In progress', 'in progress', expect.any(String)],
      [expect.stringMatching(/^act:row:/), 'Something', null, 'Waiting', null],
    ]);
    expect(s.actions[0]!.due).toBe(due);
  });

  it('becomes rows in the tab order, text kept literal, and reads back the same', () => {
    const checkIn: CheckIn = {
      ...planSnapshot(
        tableFromValues([
          ['Key', 'Requirement', 'Self rating', 'Manager rating'],
          ['req:a', '=SUM(1)', 'Meets', ''],
        ]),
        tableFromValues([
          ['Key', 'Requirement', 'Action', 'Due date', 'Status'],
          ['act:a', 'x', '+1 review', '2026-06-01', 'Blocked'],
        ]),
        '2026-05-12',
      ),
      note: '-talked about the move',
    };
    const header = new HeaderMap([
      'Note',
      'Date',
      'Key',
      'Kind',
      'Item',
      'Rating',
      'Status',
      'Due date',
      'Mine',
    ]);
    const rows = checkInRows(header, checkIn);
    expect(rows).toEqual([
      ['', '2026-05-12', 'req:a', 'Requirement', "'=SUM(1)", 'Meets', '', '', ''],
      ['', '2026-05-12', 'act:a', 'Action', "'+1 review", '', 'Blocked', '2026-06-01', ''],
      ["'-talked about the move", '2026-05-12', 'note', 'Note', '', '', '', '', ''],
    ]);
    const read = readCheckIns(
      tableFromValues([
        header.headers,
        ...rows.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v))),
      ]),
    );
    expect(read.checkIns).toHaveLength(1);
    expect(read.checkIns[0]).toMatchObject({
      date: '2026-05-12',
      note: '-talked about the move',
      requirements: [{ key: 'req:a', requirement: '=SUM(1)', rating: 'Meets', self: null, manager: null }],
      actions: [{ key: 'act:a', action: '+1 review', status: 'Blocked', dueDay: '2026-06-01' }],
    });
  });

  it('reads check-ins by day, oldest first, wherever their rows are, and skips rows without a day', () => {
    const table = tabWith(
      snapshot('2026-05-12', [['Meets', '']]),
      snapshot('2026-02-16', [['Developing', '']]),
    );
    table.rows.push(['', '', '', 'my own line', '', '', '', '', '', '']);
    // A person sorted by Key: rows of both days interleave.
    table.rows.sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    const { checkIns, rowsByDay } = readCheckIns(table);
    expect(checkIns.map((c) => [c.date, c.requirements[0]?.rating])).toEqual([
      ['2026-02-16', 'Developing'],
      ['2026-05-12', 'Meets'],
    ]);
    expect(rowsByDay.get('2026-05-12')).toHaveLength(1);
  });

  it('knows a row by its key when a person removed the Kind column', () => {
    const table = tableFromValues([
      ['Date', 'Key', 'Item', 'Rating', 'Status', 'Note'],
      ['2026-05-12', 'req:a', 'R', 'Meets', '', ''],
      ['2026-05-12', 'act:a', 'A', '', 'Done', ''],
      ['2026-05-12', 'note', '', '', '', 'hello'],
    ]);
    const [checkIn] = readCheckIns(table).checkIns;
    expect(checkIn?.requirements.map((r) => r.rating)).toEqual(['Meets']);
    expect(checkIn?.actions.map((a) => a.status)).toEqual(['Done']);
    expect(checkIn?.note).toBe('hello');
  });
});

describe('where a check-in is written', () => {
  it('appends the first check-in of a day below every row', () => {
    const table = tabWith(snapshot('2026-02-16', [['Developing', '']], ['Not started']));
    const plan = planCheckInWrite(table, HEADER, snapshot('2026-05-12', [['Meets', '']], ['Done']));
    expect(plan.replaced).toBe(false);
    expect(plan.block?.first).toBe(4);
    expect(plan.block?.rows).toHaveLength(2);
    expect([plan.clearRows, plan.insert, plan.remove]).toEqual([[], null, null]);
    expect(plan.checkIns.map((c) => c.date)).toEqual(['2026-02-16', '2026-05-12']);
  });

  it("replaces today's rows from the first one that changes, and writes nothing when nothing changed", () => {
    const today = snapshot(
      '2026-05-12',
      [
        ['Meets', ''],
        ['Developing', ''],
        ['Not yet', ''],
      ],
      ['Done'],
    );
    const table = tabWith(snapshot('2026-02-16', [['Developing', '']]), today);
    expect(planCheckInWrite(table, HEADER, today)).toMatchObject({ replaced: true, block: null });

    const changed = snapshot(
      '2026-05-12',
      [
        ['Meets', ''],
        ['Meets', ''],
        ['Not yet', ''],
      ],
      ['Done'],
    );
    const plan = planCheckInWrite(table, HEADER, changed);
    // Row 2 is the earlier day's, rows 3-6 today's: only row 4 changed.
    expect(plan.block?.first).toBe(4);
    expect(plan.block?.rows).toHaveLength(1);
    expect(plan.block?.rows[0]).toContain('Meets');
  });

  it('a longer snapshot at the end of the tab grows into the rows below; one in the middle gets room', () => {
    const earlier = snapshot('2026-02-16', [['Developing', '']]);
    const today = snapshot('2026-05-12', [['Meets', '']]);
    const longer = snapshot('2026-05-12', [
      ['Meets', ''],
      ['Not yet', ''],
    ]);
    const atEnd = planCheckInWrite(tabWith(earlier, today), HEADER, longer);
    expect(atEnd.insert).toBeNull();
    expect(atEnd.block?.first).toBe(4);
    expect(atEnd.block?.rows).toHaveLength(1);

    const inMiddle = planCheckInWrite(tabWith(today, earlier), HEADER, longer);
    expect(inMiddle.insert).toEqual({ after: 2, count: 1 });
    expect(inMiddle.block).toMatchObject({ first: 3 });
    expect(inMiddle.block?.rows).toHaveLength(1);
  });

  it('takes empty rows right below the block for room already made, as a run stopped after making it left them', () => {
    const earlier = snapshot('2026-02-16', [['Developing', '']]);
    const today = snapshot('2026-05-12', [['Meets', '']]);
    const longer = snapshot('2026-05-12', [
      ['Meets', ''],
      ['Not yet', ''],
      ['Developing', ''],
    ]);
    const table = tabWith(today, earlier);
    const blank = () => CHECKINS_TAB.headers.map(() => '');
    // Today (row 2), one empty row (3), the earlier day (4): one more row of room is still needed.
    const one = { header: table.header, rows: [table.rows[0]!, blank(), table.rows[1]!] };
    expect(planCheckInWrite(one, HEADER, longer).insert).toEqual({ after: 3, count: 1 });
    const two = { header: table.header, rows: [table.rows[0]!, blank(), blank(), table.rows[1]!] };
    const plan = planCheckInWrite(two, HEADER, longer);
    expect(plan.insert).toBeNull();
    expect(plan.block).toMatchObject({ first: 3 });
    expect(plan.block?.rows).toHaveLength(2);
  });

  it('a shorter snapshot empties the surplus at the end, and deletes it in the middle', () => {
    const earlier = snapshot('2026-02-16', [['Developing', '']]);
    const today = snapshot(
      '2026-05-12',
      [
        ['Meets', ''],
        ['Not yet', ''],
      ],
      [],
      'a note',
    );
    const shorter = snapshot('2026-05-12', [['Meets', '']], [], 'a note');
    // Rows: earlier(2), today req 0 (3), req 1 (4), note (5) -> req 0 (3), note (4).
    const atEnd = planCheckInWrite(tabWith(earlier, today), HEADER, shorter);
    expect(atEnd.remove).toBeNull();
    expect(atEnd.block?.first).toBe(4);
    expect(atEnd.block?.rows.map((r) => r[1])).toEqual(['note', '']);

    const inMiddle = planCheckInWrite(tabWith(today, earlier), HEADER, shorter);
    expect(inMiddle.remove).toEqual({ first: 4, count: 1 });
    expect(inMiddle.block?.first).toBe(3);
  });

  it("empties today's rows where a person's sorting scattered them and appends the new ones", () => {
    const table = tabWith(
      snapshot('2026-05-12', [
        ['Meets', ''],
        ['Developing', ''],
      ]),
      snapshot('2026-02-16', [['Developing', '']]),
    );
    const [a, b, c] = table.rows;
    table.rows = [a!, c!, b!];
    const plan = planCheckInWrite(
      table,
      HEADER,
      snapshot('2026-05-12', [
        ['Meets', ''],
        ['Meets', ''],
      ]),
    );
    expect(plan.clearRows).toEqual([2, 4]);
    expect(plan.block?.first).toBe(5);
    expect(plan.block?.rows).toHaveLength(2);
  });

  it('only empties the scattered rows when a run stopped after writing the new ones at the end', () => {
    const table = tabWith(
      snapshot('2026-05-12', [
        ['Meets', ''],
        ['Developing', ''],
      ]),
      snapshot('2026-02-16', [['Developing', '']]),
    );
    const [a, b, c] = table.rows;
    table.rows = [a!, c!, b!];
    const again = snapshot('2026-05-12', [
      ['Meets', ''],
      ['Meets', ''],
    ]);
    const first = planCheckInWrite(table, HEADER, again);
    // The new rows went in at the end (rows 5-6); emptying rows 2 and 4 did not.
    const stopped = { header: table.header, rows: [...table.rows, ...(first.block?.rows ?? [])] };
    const rest = planCheckInWrite(stopped, HEADER, again);
    expect(rest.clearRows).toEqual([2, 4]);
    expect(rest.block).toBeNull();
    expect(rest.checkIns).toEqual(first.checkIns);
  });

  it("keeps today's note and what a person typed beside today's rows when recording again", () => {
    const table = tabWith(snapshot('2026-05-12', [['Meets', '']], ['Not started'], 'first thoughts'));
    table.header = new HeaderMap([...CHECKINS_TAB.headers, 'Mine']);
    table.rows = table.rows.map((row) => [...row, '']);
    table.rows[0]![9] = 'asked Sam';
    table.rows[0]![10] = 'x';
    const header = new HeaderMap([...CHECKINS_TAB.headers, 'Mine']);
    const plan = planCheckInWrite(table, header, snapshot('2026-05-12', [['Exceeds', '']], ['Done']));
    const rows = plan.block?.rows ?? [];
    expect(plan.block?.first).toBe(2);
    expect(rows[0]).toEqual([
      '2026-05-12',
      'req:r/0',
      'Requirement',
      'Requirement 0',
      'Exceeds',
      '',
      'Exceeds',
      '',
      '',
      'asked Sam',
      'x',
    ]);
    expect(rows[1]?.[7]).toBe('Done');
    expect(plan.checkIns[0]?.note).toBe('first thoughts');
    // A new note replaces the earlier one.
    const noted = planCheckInWrite(
      table,
      header,
      snapshot('2026-05-12', [['Exceeds', '']], ['Done'], 'second'),
    );
    expect(noted.checkIns[0]?.note).toBe('second');
  });
});
