import { planBalance } from '../../../src/core/balance';
import { tableFromValues } from '../../../src/core/table';
import {
  BALANCE_BLOCK,
  balanceBlock,
  balanceBlockWeights,
  nextCheckInOf,
} from '../../../src/core/summaryBalance';

describe('the Summary 70-20-10 block', () => {
  it('is 6 rows by 4 columns: target, the plan by percent and hours, the sentence and the date', () => {
    const balance = planBalance(
      tableFromValues([
        ['Requirement', 'Action', 'Type', 'Effort (hours)'],
        ['a', 'x', 'Hands-on project', 30],
        ['a', 'y', 'Learning', 10],
      ]),
      () => undefined,
    );
    const block = balanceBlock(balance, new Date(2026, 11, 4, 15));
    expect(block).toHaveLength(BALANCE_BLOCK.rows);
    for (const row of block) expect(row).toHaveLength(BALANCE_BLOCK.columns);
    expect(block).toEqual([
      ['70-20-10 mix', 'Target', 'Your plan', 'Hours'],
      ['Hands-on project', '70%', '75%', 30],
      ['Mentorship', '20%', '0%', 0],
      ['Learning', '10%', '25%', 10],
      ['To get closer', 'Add a step with other people (a mentor, shadowing, feedback) for "a".', '', ''],
      ['As of', '2026-12-04', '', ''],
    ]);
    expect(balanceBlockWeights()[0]).toEqual(['bold', 'bold', 'bold', 'bold']);
    expect(balanceBlockWeights()[4]).toEqual(['bold', null, null, null]);
  });
});

describe('nextCheckInOf', () => {
  it.each([
    ['Next check-in', new Date(2027, 1, 3), new Date(2027, 1, 3)],
    ['next CHECK-IN', '2027-02-03', new Date(2027, 1, 3, 12)],
    ['Next check-in', 'soon', null],
    ['Next check-in', '', null],
    ['Overdue', new Date(2027, 1, 3), null],
  ] as const)('%j %j gives %j', (label, value, expected) => {
    expect(nextCheckInOf(label, value)).toEqual(expected);
  });
});
