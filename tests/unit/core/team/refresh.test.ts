import { REQUIREMENTS_TAB, ACTIONS_TAB } from '../../../../src/core/layout';
import { tableFromValues, type Table } from '../../../../src/core/table';
import { memberPlans, teamMembers } from '../../../../src/core/team/members';
import { isProblem, noteText } from '../../../../src/core/team/notes';
import { teamRefresh, type PlanOutcome } from '../../../../src/core/team/refresh';
import type { SharedGapSource } from '../../../../src/core/team/sharedGaps';
import { refreshSentences } from '../../../../src/core/team/summaryText';

const id = (n: number) => `1PlanIdAsLongAsGooglesAre_${String(n).padStart(4, '0')}_abcdefghijklm`;
const url = (n: number) => `https://docs.google.com/spreadsheets/d/${id(n)}/edit`;

const source: SharedGapSource = {
  topicOf: (key) => ({ skill: key.slice(key.lastIndexOf(':') + 1), area: 'process' }),
  skillName: () => undefined,
  suggestion: () => null,
};

function plan(ratings: string[]): PlanOutcome {
  const requirements: Table = tableFromValues([
    [...REQUIREMENTS_TAB.headers],
    ...ratings.map((r, i) =>
      REQUIREMENTS_TAB.headers.map(
        (h) => ({ Key: `req:x:s${i}`, Requirement: `R${i}`, 'Self rating': r })[h] ?? '',
      ),
    ),
  ]);
  return {
    kind: 'read',
    tables: {
      requirements: { name: 'Role Requirements', table: requirements },
      actions: { name: 'Action Plan', table: tableFromValues([[...ACTIONS_TAB.headers]]) },
      checkIns: null,
      summary: null,
    },
  };
}

describe('the notes on a Team row', () => {
  it('say what to do, naming the person where someone must act', () => {
    expect(noteText([{ kind: 'unreachable' }], 'Dev')).toBe(
      'The growth plan could not be opened: it does not exist, or it is not shared with you. Ask Dev to share it with you (view access is enough).',
    );
    expect(noteText([{ kind: 'unreachable' }], ' ')).toContain('Ask its owner to share it');
    expect(noteText([{ kind: 'no-url' }], 'Ana')).toBe(
      'No growth plan URL in this row: add the address of their growth plan to include them.',
    );
    expect(noteText([{ kind: 'bad-url' }], 'Ana')).toBe(
      'The growth plan URL is not a Google Sheets address (it starts with https://docs.google.com/spreadsheets/d/).',
    );
    expect(noteText([{ kind: 'missing-tab', tab: 'Role Requirements' }], 'Ben')).toBe(
      'The plan has no Role Requirements tab (nor a tab with its columns), so there are no ratings to show. Ask Ben to set it up with the Growth Plan add-on.',
    );
    expect(
      noteText([{ kind: 'missing-columns', tab: 'My actions', columns: ['Status', 'Due date'] }], 'Ben'),
    ).toBe(
      'The "My actions" tab of the plan has no "Status" and "Due date" columns (renamed or removed?): its figures are left empty. Ask Ben to rename it back, or to run Set up growth plan.',
    );
    expect(noteText([{ kind: 'same', row: 3 }, { kind: 'no-check-ins' }], 'Ana')).toBe(
      'The same growth plan as row 3. No check-in recorded yet.',
    );
    expect(noteText([{ kind: 'over-limit' }], 'Zoe')).toMatch(
      /^Not refreshed: one refresh reads at most 50 growth plans/,
    );
    expect(noteText([], 'Ana')).toBe('');
  });

  it('count as problems only when figures are missing', () => {
    expect(isProblem({ kind: 'no-check-ins' })).toBe(false);
    expect(isProblem({ kind: 'same', row: 2 })).toBe(false);
    expect(isProblem({ kind: 'missing-tab', tab: 'Action Plan' })).toBe(true);
  });
});

describe('a refresh as one decision', () => {
  const team = tableFromValues([
    ['Name', 'Growth plan'],
    ['Ana', url(1)],
    ['Ben', url(2)],
    ['Ana again', url(1)],
    ['Chloe', ''],
    ['Dev', url(4)],
  ]);
  const outcomes = new Map<string, PlanOutcome>([
    [id(1), plan(['Not yet', 'Meets'])],
    [id(2), plan(['Developing', 'Not yet'])],
    [id(4), { kind: 'unreachable' }],
  ]);

  it('fills each person’s row, counts a plan listed twice once among the gaps, and sums it up', () => {
    const refresh = teamRefresh({
      table: team,
      cells: { formulas: [], numberFormats: [] },
      plans: memberPlans(teamMembers(team), 50),
      outcomes,
      today: '2026-03-02',
      source,
    });
    expect(refresh.results.map((r) => [r.member.name, r.figures?.requirements?.gaps ?? null])).toEqual([
      ['Ana', 1],
      ['Ben', 2],
      ['Ana again', 1],
      ['Chloe', null],
      ['Dev', null],
    ]);
    expect(refresh.gaps.map((g) => [g.label, g.notYet, g.developing])).toEqual([['R0', ['Ana'], ['Ben']]]);
    expect(refresh.summary).toMatchObject({ refreshedOn: '2026-03-02', people: 5, read: 3, withNotes: 2 });
    expect(refresh.summary.rows.map((r) => [r.row, r.problem])).toEqual([
      [2, false],
      [3, false],
      [4, false],
      [5, true],
      [6, true],
    ]);
    expect(refresh.summary.rows[2]!.note).toBe('The same growth plan as row 2. No check-in recorded yet.');
    expect(refreshSentences(refresh.summary)).toEqual([
      '3 people of 5 filled in from their growth plan.',
      '2 rows have a note: Chloe (row 5), Dev (row 6).',
      'Shared gaps: R0 (2).',
    ]);
  });
});
