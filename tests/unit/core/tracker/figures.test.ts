import type { CheckIn } from '../../../../src/core/tracker/checkIns';
import { changesSince, figuresOf, lastBefore, trackerProgress } from '../../../../src/core/tracker/figures';
import type { Rating, Status } from '../../../../src/core/vocabulary';

const checkIn = (
  date: string,
  ratings: (Rating | null)[],
  actions: [Status | null, string | null][] = [],
  note = '',
): CheckIn => ({
  date,
  requirements: ratings.map((rating, i) => ({
    key: `req:${i}`,
    requirement: `Requirement ${i}`,
    self: rating,
    manager: null,
    rating,
  })),
  actions: actions.map(([status, dueDay], i) => ({
    key: `act:${i}`,
    action: `Action ${i}`,
    status,
    statusText: status ?? '',
    due: dueDay ?? '',
    dueDay,
  })),
  note,
});

describe('figures of a check-in', () => {
  it('counts ratings, statuses and what was overdue on its day', () => {
    const figures = figuresOf(
      checkIn(
        '2026-05-12',
        ['Meets', 'Exceeds', 'Developing', 'Not yet', null],
        [
          ['Done', '2026-01-01'],
          ['In progress', '2026-05-11'],
          ['Blocked', '2026-05-12'],
          [null, '2026-01-01'],
          ['Not started', null],
        ],
        'note',
      ),
    );
    expect(figures).toEqual({
      date: '2026-05-12',
      requirements: 5,
      atMeetsOrAbove: 2,
      gaps: 2,
      unrated: 1,
      actions: 5,
      byStatus: { 'Not started': 1, 'In progress': 1, Blocked: 1, Done: 1 },
      overdue: 2,
      note: 'note',
    });
  });
});

describe('what changed since the last check-in', () => {
  const before = checkIn(
    '2026-02-16',
    ['Developing', 'Not yet', 'Meets', null],
    [
      ['In progress', '2026-09-01'],
      ['Not started', '2026-03-01'],
      ['Done', null],
      ['Not started', '2026-09-01'],
    ],
  );

  it('gives moves, Meets reached, actions done and overdue, in one sentence', () => {
    const now = checkIn(
      '2026-05-12',
      ['Meets', 'Meets', 'Developing', null],
      [
        ['Done', '2026-09-01'],
        ['Not started', '2026-03-01'],
        ['Done', null],
        ['Done', '2026-09-01'],
      ],
    );
    const changes = changesSince(before, now);
    expect(changes.movedUp).toEqual([
      { requirement: 'Requirement 0', from: 'Developing', to: 'Meets' },
      { requirement: 'Requirement 1', from: 'Not yet', to: 'Meets' },
    ]);
    expect(changes.movedDown).toEqual([{ requirement: 'Requirement 2', from: 'Meets', to: 'Developing' }]);
    expect(changes).toMatchObject({ since: '2026-02-16', reachedMeets: 2, actionsDone: 2, overdue: 1 });
    expect(changes.sentence).toBe('2 requirements moved to Meets, 1 moved down, 2 actions done, 1 overdue.');
  });

  it('reads like the issue asks', () => {
    const now = checkIn(
      '2026-05-12',
      ['Meets', 'Meets', 'Meets', null],
      [
        ['Done', null],
        ['Done', null],
        ['Done', null],
        ['In progress', '2026-05-01'],
      ],
    );
    const earlier = checkIn(
      '2026-02-16',
      ['Developing', 'Not yet', 'Meets', null],
      [
        [null, null],
        [null, null],
        ['Blocked', null],
        [null, null],
      ],
    );
    expect(changesSince(earlier, now).sentence).toBe(
      '2 requirements moved to Meets, 3 actions done, 1 overdue.',
    );
  });

  it('counts a newly rated or new requirement as a move up from unrated, matched by text when keys differ', () => {
    const now = checkIn('2026-05-12', ['Developing', 'Not yet', 'Meets', 'Exceeds']);
    now.requirements[2]!.key = 'req:renamed';
    now.requirements.push({
      key: 'req:new',
      requirement: 'New one',
      self: 'Meets',
      manager: null,
      rating: 'Meets',
    });
    const changes = changesSince(before, now);
    expect(changes.movedUp.map((m) => [m.requirement, m.from, m.to])).toEqual([
      ['Requirement 3', null, 'Exceeds'],
      ['New one', null, 'Meets'],
    ]);
    expect(changes.reachedMeets).toBe(2);
    expect(changes.sentence).toBe('2 requirements moved to Meets.');
  });

  it('says when nothing moved, and when there is nothing to compare with', () => {
    // Nothing moved, and an action due on 1 March is not done.
    const same = { ...before, date: '2026-03-05' };
    expect(changesSince(before, same).sentence).toBe(
      'No changes since the check-in of 2026-02-16; 1 overdue.',
    );
    expect(changesSince(before, { ...same, actions: [] }).sentence).toBe(
      'No changes since the check-in of 2026-02-16.',
    );
    expect(changesSince(null, same)).toMatchObject({ since: null, movedUp: [], overdue: 1 });
    expect(changesSince(null, same).sentence).toBe(
      'No earlier check-in to compare with yet; 1 action overdue.',
    );
    expect(changesSince(null, { ...same, actions: [] }).sentence).toBe(
      'No earlier check-in to compare with yet.',
    );
  });

  it('words moves down and other moves up on their own', () => {
    const now = checkIn('2026-05-12', ['Not yet', 'Developing', 'Meets', null]);
    expect(changesSince(before, now).sentence).toBe('1 requirement moved up, 1 moved down.');
  });

  it('compares today with the last check-in before today, not with today', () => {
    const checkIns = [before, checkIn('2026-05-12', ['Meets']), checkIn('2026-03-01', ['Developing'])];
    expect(lastBefore(checkIns, '2026-05-12')?.date).toBe('2026-03-01');
    expect(lastBefore(checkIns, '2026-02-16')).toBeNull();
    const next = { date: '2026-08-17', label: 'x', chosen: false, calendarUrl: '', due: false };
    const progress = trackerProgress(checkIns, checkIn('2026-05-12', ['Meets']), next);
    expect(progress.changes.since).toBe('2026-03-01');
    expect(progress.checkIns).toHaveLength(3);
    expect(progress.now.atMeetsOrAbove).toBe(1);
  });
});
