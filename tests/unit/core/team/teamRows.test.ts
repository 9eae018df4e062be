import { tableFromValues } from '../../../../src/core/table';
import { FIGURE_HEADERS, TEAM_TAB } from '../../../../src/core/team/layout';
import { noteText } from '../../../../src/core/team/notes';
import type { PersonFigures } from '../../../../src/core/team/planFigures';
import {
  figureCells,
  managerRatedText,
  nextCheckInText,
  teamWrite,
  type MemberResult,
} from '../../../../src/core/team/teamRows';

const figures: PersonFigures = {
  currentRole: 'Analyst',
  targetRole: '+Senior Analyst',
  requirements: { total: 7, rated: 6, gaps: 3, atMeetsOrAbove: 3, share: 3 / 7, managerRated: 2 },
  actions: { total: 4, byStatus: { 'Not started': 1, 'In progress': 1, Blocked: 1, Done: 1 }, overdue: 1 },
  lastCheckIn: '2026-02-16',
  nextCheckIn: { date: '2026-05-15', chosen: true, due: false },
};

const result = (index: number, name: string, f: PersonFigures | null = figures): MemberResult => ({
  member: { index, name, url: 'u' },
  figures: f,
  problems: f ? [] : [{ kind: 'unreachable' }],
});

describe('the cells of a person’s figure columns', () => {
  it('writes figures as numbers, dates as text, and text so it stays text', () => {
    expect(figureCells(result(0, 'Ana'))).toEqual({
      'Current role': 'Analyst',
      'Target role': "'+Senior Analyst",
      Requirements: 7,
      Rated: 6,
      Gaps: 3,
      'Share at Meets or above': 3 / 7,
      'Manager rated': "'2 of 7",
      Actions: 4,
      'Not started': 1,
      'In progress': 1,
      Blocked: 1,
      Done: 1,
      Overdue: 1,
      'Last check-in': "'2026-02-16",
      'Next check-in': "'2026-05-15",
      'Refresh note': '',
    });
  });

  it('empties every figure of a plan that could not be read, and says why', () => {
    const cells = figureCells(result(0, 'Dev', null));
    expect(Object.entries(cells).filter(([, v]) => v !== '')).toEqual([
      ['Refresh note', noteText([{ kind: 'unreachable' }], 'Dev')],
    ]);
  });

  it('says whether the manager rated yet, and marks a proposed or due check-in', () => {
    expect([
      managerRatedText(7, 7),
      managerRatedText(0, 7),
      managerRatedText(2, 7),
      managerRatedText(0, 0),
    ]).toEqual(['Yes', 'No', '2 of 7', '']);
    expect(nextCheckInText({ date: '2026-05-15', chosen: false, due: false })).toBe('2026-05-15 (proposed)');
    expect(nextCheckInText({ date: '2026-02-23', chosen: true, due: true })).toBe('2026-02-23 (due)');
    expect(nextCheckInText({ date: '2026-02-16', chosen: false, due: true })).toBe(
      '2026-02-16 (proposed, due)',
    );
    expect(nextCheckInText(null)).toBe('');
  });
});

describe('what a refresh writes into the Team tab', () => {
  it('writes only the figure columns, one block per run of them, around a column of the manager’s', () => {
    const header = [
      'Name',
      'Growth plan',
      ...FIGURE_HEADERS.slice(0, 5),
      'My notes',
      ...FIGURE_HEADERS.slice(5),
    ];
    const table = tableFromValues([header, ['Ana', 'u', ...header.slice(2).map(() => 'old')]]);
    const write = teamWrite(table, { formulas: [], numberFormats: [] }, [result(0, 'Ana')]);
    expect(write.appendedHeaders).toEqual([]);
    expect(write.blocks.map((b) => [b.column, b.first, b.values[0]!.length])).toEqual([
      [2, 0, 5],
      [8, 0, FIGURE_HEADERS.length - 5],
    ]);
    expect(write.blocks[0]!.values[0]).toEqual(['Analyst', "'+Senior Analyst", 7, 6, 3]);
  });

  it('appends the figure columns a tab lacks after its last column, in any case of header', () => {
    const table = tableFromValues([
      ['name', 'GROWTH PLAN', 'gaps', 'Mine'],
      ['Ana', 'u', 'old', 'kept'],
    ]);
    const write = teamWrite(table, { formulas: [], numberFormats: [] }, [result(0, 'Ana')]);
    expect(write.appendedHeaders).toEqual(FIGURE_HEADERS.filter((h) => h !== 'Gaps'));
    expect(write.header.headers.slice(0, 4)).toEqual(['name', 'GROWTH PLAN', 'gaps', 'Mine']);
    expect(write.blocks.map((b) => [b.column, b.values[0]!.length])).toEqual([
      [2, 1],
      [4, FIGURE_HEADERS.length - 1],
    ]);
    expect(write.blocks[0]!.values).toEqual([[3]]);
  });

  it('spans the first to the last person, writing the rows between back exactly as they were', () => {
    const table = tableFromValues([
      [...TEAM_TAB.headers],
      ['Ana', 'u', ...FIGURE_HEADERS.map(() => '')],
      ['', '', 'typed', 12, '=formula', '00123', ...FIGURE_HEADERS.slice(4).map(() => '')],
      ['', '', ...FIGURE_HEADERS.map(() => '')],
      ['Ben', 'u', ...FIGURE_HEADERS.map(() => '')],
      ['', '', 'below the last person', ...FIGURE_HEADERS.slice(1).map(() => '')],
    ]);
    const formulas = table.rows.map((_, i) =>
      table.header.headers.map((__, c) => (i === 1 && c === 4 ? '=A1*2' : '')),
    );
    const formats = table.rows.map((_, i) =>
      table.header.headers.map((__, c) => (i === 1 && c === 5 ? '@' : '')),
    );
    const write = teamWrite(table, { formulas, numberFormats: formats }, [
      result(0, 'Ana'),
      result(3, 'Ben'),
    ]);
    expect(write.rows).toEqual({ first: 0, count: 4 });
    const [block] = write.blocks;
    expect(block!.values).toHaveLength(4);
    expect(block!.values[1]!.slice(0, 4)).toEqual(['typed', 12, '=A1*2', '00123']);
    expect(block!.values[2]!.every((v) => v === '')).toBe(true);
    expect(block!.values[3]![2]).toBe(7);
  });

  it('writes nothing but missing headers when nobody is listed', () => {
    const write = teamWrite(
      tableFromValues([['Name', 'Growth plan']]),
      { formulas: [], numberFormats: [] },
      [],
    );
    expect(write.blocks).toEqual([]);
    expect(write.appendedHeaders).toEqual([...FIGURE_HEADERS]);
  });
});
