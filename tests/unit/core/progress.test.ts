import { actionProgress, requirementProgress } from '../../../src/core/progress';
import { tableFromValues } from '../../../src/core/table';

describe('progress', () => {
  it('counts requirements, ratings, gaps and rows outside the target role', () => {
    const table = tableFromValues([
      ['Requirement', 'Self rating', 'Manager rating', 'In target role'],
      ['a', 'Developing', '', 'Yes'],
      ['b', 'Meets', 'Developing', 'Yes'],
      ['c', '', '', 'Yes'],
      ['d', 'Exceeds', '', ''],
      ['e', 'Not yet', '', 'No'],
      ['', 'Not yet', '', ''],
    ]);
    expect(requirementProgress(table)).toEqual({ total: 4, rated: 3, unrated: 1, gaps: 2, notInTarget: 1 });
    expect(requirementProgress(null)).toEqual({ total: 0, rated: 0, unrated: 0, gaps: 0, notInTarget: 0 });
  });

  it('counts actions by status, overdue ones and the percent done', () => {
    const today = new Date(2026, 10, 27, 15, 0);
    const table = tableFromValues([
      ['Requirement', 'Action', 'Due date', 'Status'],
      ['a', 'x', new Date(2026, 10, 26), 'In progress'],
      ['b', 'x', new Date(2026, 10, 27), 'Not started'],
      ['c', 'x', new Date(2026, 0, 1), 'Done'],
      ['d', 'x', '', 'done'],
      ['e', 'x', '', 'waiting'],
      ['', '', '', ''],
    ]);
    const progress = actionProgress(table, today);
    expect(progress.total).toBe(5);
    expect(progress.byStatus).toEqual({ 'Not started': 1, 'In progress': 1, Blocked: 0, Done: 2 });
    expect(progress.noStatus).toBe(1);
    expect(progress.overdue).toBe(1);
    expect(progress.percentDone).toBe(40);
    expect(actionProgress(null, today).percentDone).toBe(0);
  });
});
