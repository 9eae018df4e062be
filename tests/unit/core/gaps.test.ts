import { compareGaps, findGaps, rankGaps, type Gap } from '../../../src/core/gaps';
import { tableFromValues } from '../../../src/core/table';

const HEADER = [
  'Key',
  'Requirement',
  'Compared with current role',
  'Self rating',
  'Manager rating',
  'In target role',
];

function gapsOf(rows: string[][]): Gap[] {
  return findGaps(tableFromValues([HEADER, ...rows])).gaps;
}

describe('findGaps', () => {
  it('finds the rows whose effective rating is Not yet or Developing, and counts the unrated', () => {
    const found = findGaps(
      tableFromValues([
        HEADER,
        ['k1', 'Self Not yet', 'New', 'Not yet', '', 'Yes'],
        ['k2', 'Manager says Developing', '', 'Meets', 'developing', 'Yes'],
        ['k3', 'Manager says Meets', '', 'Not yet', 'Meets', 'Yes'],
        ['k4', 'Unrated', '', '', '', 'Yes'],
        ['k5', 'Left the target', '', 'Not yet', '', 'No'],
        ['k6', 'Unknown rating', '', 'Maybe', '', ''],
      ]),
    );
    expect(found.gaps.map((g) => [g.text, g.rating, g.managerRated, g.newAtTarget, g.order])).toEqual([
      ['Self Not yet', 'Not yet', false, true, 0],
      ['Manager says Developing', 'Developing', true, false, 1],
    ]);
    expect(found.unrated).toBe(2);
  });
});

describe('the ranking rule', () => {
  // [requirement, compared, self, manager] in sheet order, and the expected order of requirements.
  const cases: { name: string; rows: string[][]; expected: string[] }[] = [
    {
      name: 'Not yet before Developing, whatever the sheet order',
      rows: [
        ['a', '', 'Developing', ''],
        ['b', '', 'Not yet', ''],
      ],
      expected: ['b', 'a'],
    },
    {
      name: 'a manager-rated gap before a self-rated one of the same rating',
      rows: [
        ['self', '', 'Developing', ''],
        ['manager', '', 'Meets', 'Developing'],
      ],
      expected: ['manager', 'self'],
    },
    {
      name: "the manager's rating is the effective one: their Developing is not a Not yet",
      rows: [
        ['manager developing', '', 'Not yet', 'Developing'],
        ['self not yet', '', 'Not yet', ''],
      ],
      expected: ['self not yet', 'manager developing'],
    },
    {
      name: 'a requirement new at the target role before a deeper version of one held',
      rows: [
        ['deeper', 'Builds on current role', 'Developing', ''],
        ['new', 'New', 'Developing', ''],
      ],
      expected: ['new', 'deeper'],
    },
    {
      name: 'rating outranks who rated, which outranks newness',
      rows: [
        ['new, self, developing', 'New', 'Developing', ''],
        ['held, manager, developing', 'Builds on current role', '', 'Developing'],
        ['held, self, not yet', 'Builds on current role', 'Not yet', ''],
      ],
      expected: ['held, self, not yet', 'held, manager, developing', 'new, self, developing'],
    },
    {
      name: 'equal gaps keep their sheet order',
      rows: [
        ['first', 'New', 'Not yet', 'Not yet'],
        ['second', 'New', 'Not yet', 'Not yet'],
        ['third', 'New', 'Not yet', 'Not yet'],
      ],
      expected: ['first', 'second', 'third'],
    },
    {
      name: 'no current role chosen counts as not new',
      rows: [
        ['no current', 'No current role chosen', 'Developing', ''],
        ['new', 'New', 'Developing', ''],
      ],
      expected: ['new', 'no current'],
    },
  ];

  it.each(cases)('$name', ({ rows, expected }) => {
    const gaps = gapsOf(
      rows.map(([text, compared, self, manager], i) => [`k${i}`, text!, compared!, self!, manager!, '']),
    );
    expect(rankGaps(gaps).map((g) => g.text)).toEqual(expected);
  });

  it('is a total order: sorting twice or from reversed input gives the same ranking', () => {
    const gaps = gapsOf([
      ['k1', 'a', 'New', 'Developing', '', ''],
      ['k2', 'b', '', 'Not yet', '', ''],
      ['k3', 'c', 'New', 'Not yet', 'Not yet', ''],
      ['k4', 'd', '', 'Developing', 'Developing', ''],
    ]);
    const ranked = rankGaps(gaps).map((g) => g.text);
    expect(ranked).toEqual(['c', 'b', 'd', 'a']);
    expect(rankGaps([...gaps].reverse()).map((g) => g.text)).toEqual(ranked);
    expect(compareGaps(gaps[0]!, gaps[0]!)).toBe(0);
  });
});
