/**
 * Rating in the sidebar against the built bundle: getRatings, setRater and saveRatings write only the
 * rater's column and Evidence, refuse to overwrite a row that changed in the sheet since it was read
 * (unless told to), keep typed text literal, and cost the same calls with 5 and 300 rows.
 */
import { createAppsScriptFake, FakeSpreadsheet, loadBundle, readBuiltHtml, silently } from '../../fake';
import { callsBesidesPackDecodes, countOf } from '../../scripts/harness/callScenarios';
import {
  BUILD_DIR,
  CODE_PATH,
  openPlan,
  setCells,
  tabValues,
  type Harness,
} from '../../scripts/harness/harness';
import { must } from '../../scripts/must';
import type { RatingRow, RatingsConflict, RatingsState, SavedRatings } from '../../src/api/tracker';
import { expectCommonFailure, expectFailure } from '../support/replies';

const TAB = 'Role Requirements';
const HEADERS = [
  'Key',
  'Role',
  'Area',
  'Requirement',
  'Compared with current role',
  'Self rating',
  'Manager rating',
  'Evidence',
  'In target role',
];
const column = (header: string): number => HEADERS.indexOf(header);

/** A Role Requirements tab of `count` imported rows of the target role, unrated. */
function requirementRows(count: number): unknown[][] {
  return Array.from({ length: count }, (_, i) => [
    `req:sales/senior:r${i}`,
    'Senior Analyst',
    i % 2 === 0 ? 'Systems' : 'Stakeholders',
    `Requirement ${i}`,
    'New',
    '',
    '',
    '',
    'Yes',
  ]);
}

const ACTION_HEADERS = ['Key', 'Requirement', 'Area', 'Action', 'Type', 'Owner', 'Due date', 'Status'];

/** A plan with `count` requirement rows (and `extra` rows below them) and an empty Action Plan. */
function planWith(count: number, extra: unknown[][] = []): Harness {
  return openPlan({
    [TAB]: [HEADERS, ...requirementRows(count), ...extra],
    'Action Plan': [ACTION_HEADERS],
  });
}

function ratings(h: Harness): RatingsState {
  const reply = h.run('getRatings') as { ok: boolean } & RatingsState;
  expect(reply.ok).toBe(true);
  return reply;
}

function rowByKey(state: { rows: RatingRow[] }, key: string): RatingRow {
  return must(
    state.rows.find((r) => r.key === key),
    `row ${key}`,
  );
}

function cell(h: Harness, row: number, header: string): unknown {
  return tabValues(h, TAB)[row]?.[column(header)];
}

/** A change of the row `key` to `rating` (evidence as read unless given), at the version read. */
function change(state: RatingsState, key: string, rating: string, evidence?: string) {
  const row = rowByKey(state, key);
  return { key, rating, evidence: evidence ?? row.evidence, version: row.version };
}

function saved(reply: unknown): SavedRatings {
  expect(reply).toMatchObject({ ok: true });
  return reply as SavedRatings;
}

describe('getRatings', () => {
  it("lists the target role's active requirements with their ratings, evidence and a version each", () => {
    const h = planWith(3, [
      ['req:sales/analyst:old', 'Analyst', 'Systems', 'An earlier requirement', '', 'Meets', '', '', 'No'],
      ['', '', '', 'A requirement I added', '', 'Developing', 'Meets', 'Ran the QBR', ''],
    ]);
    setCells(h, TAB, 'Self rating', ['Meets']);
    const state = ratings(h);
    expect(state.rater).toBeNull();
    expect(state.targetRole).toBe('Senior Analyst');
    expect(state.rows.map((r) => r.requirement)).toEqual([
      'Requirement 0',
      'Requirement 1',
      'Requirement 2',
      'A requirement I added',
    ]);
    expect(state.rows[0]).toMatchObject({
      key: 'req:sales/senior:r0',
      area: 'Systems',
      self: 'Meets',
      manager: null,
      evidence: '',
    });
    const own = state.rows[3]!;
    expect(own).toMatchObject({ self: 'Developing', manager: 'Meets', evidence: 'Ran the QBR' });
    expect(own.key).toMatch(/^row:[0-9a-f]{8}$/);
    // Versions tell rows apart by their cells, and stay the same while the cells do.
    expect(new Set(state.rows.map((r) => r.version)).size).toBe(3);
    expect(ratings(h).rows).toEqual(state.rows);
  });

  it('reads the tab once and writes nothing', () => {
    const h = planWith(5);
    h.fake.calls.reset();
    ratings(h);
    expect(h.fake.calls.count('Range.getValues')).toBe(1);
    expect(h.fake.calls.kinds.filter((k) => k === 'write')).toEqual([]);
  });

  it('answers no rows, not a failure, before anything was imported', () => {
    const h = openPlan();
    expect(ratings(h)).toMatchObject({ rows: [], targetRole: '', rater: null });
  });

  it('says which column to rename back when one was renamed', () => {
    const renamed = HEADERS.map((h) => (h === 'Manager rating' ? 'Mgr' : h));
    const h = openPlan({ [TAB]: [renamed, ...requirementRows(2)] });
    expectCommonFailure(h.run('getRatings'), 'invalid', /has no "Manager rating" column/);
  });
});

describe('setRater', () => {
  function userOn(spreadsheet: FakeSpreadsheet) {
    const fake = createAppsScriptFake({ spreadsheet, htmlFiles: readBuiltHtml(BUILD_DIR) });
    const bundle = loadBundle(CODE_PATH, fake);
    return { fake, run: (name: string, ...args: unknown[]) => bundle.runFromClient(name, ...args) };
  }

  it('remembers who rates per user: the person and their manager on one spreadsheet', () => {
    const spreadsheet = FakeSpreadsheet.fromTabs({ [TAB]: [HEADERS, ...requirementRows(2)] });
    const person = userOn(spreadsheet);
    const manager = userOn(spreadsheet);
    expect(person.run('setRater', { rater: 'self' })).toEqual({ ok: true, rater: 'self' });
    expect(manager.run('setRater', { rater: 'manager' })).toEqual({ ok: true, rater: 'manager' });
    expect(person.run('getRatings')).toMatchObject({ ok: true, rater: 'self' });
    expect(manager.run('getRatings')).toMatchObject({ ok: true, rater: 'manager' });
    // Nothing of it lands in the spreadsheet everyone shares.
    expect(spreadsheet.snapshot().documentProperties).toEqual({});
  });

  it('remembers it per spreadsheet too: a manager rates their own plan as themselves', () => {
    const first = openPlan({ [TAB]: [HEADERS, ...requirementRows(1)] });
    first.run('setRater', { rater: 'manager' });
    const stored = first.fake.userProperties.all();
    expect(Object.values(stored)).toEqual(['manager']);
    const other = openPlan({ [TAB]: [HEADERS, ...requirementRows(1)] });
    // The same user's properties, on another spreadsheet (another id).
    for (const [key, value] of Object.entries(stored)) other.fake.userProperties.set(key, value);
    expect(ratings(other).rater).toBeNull();
    expect(ratings(first).rater).toBe('manager');
  });

  it('refuses anyone but self or manager, storing nothing', () => {
    const h = planWith(1);
    expectCommonFailure(
      h.run('setRater', { rater: 'hr' }),
      'invalid',
      'Invalid request: Say who is rating: you or your manager.',
    );
    expectCommonFailure(h.run('setRater'), 'invalid', /Say who is rating/);
    expect(h.fake.userProperties.all()).toEqual({});
  });
});

describe('saveRatings', () => {
  it("a person's save writes only Self rating and Evidence of the changed rows", () => {
    const h = planWith(5);
    setCells(h, TAB, 'Manager rating', ['Developing', '', '', 'Exceeds']);
    const state = ratings(h);
    const before = tabValues(h, TAB);
    const reply = saved(
      h.run('saveRatings', {
        rater: 'self',
        changes: [
          change(state, 'req:sales/senior:r1', 'Developing', 'Led the CPQ rollout'),
          change(state, 'req:sales/senior:r3', 'Meets'),
        ],
      }),
    );
    expect(reply.saved).toBe(2);
    const after = tabValues(h, TAB);
    expect(after[2]![column('Self rating')]).toBe('Developing');
    expect(after[2]![column('Evidence')]).toBe('Led the CPQ rollout');
    expect(after[4]![column('Self rating')]).toBe('Meets');
    // Everything else is as it was: the manager's ratings, the rows between and around.
    const untouched = (rows: unknown[][]) =>
      rows.map((row, i) =>
        row.map((value, c) =>
          (i === 2 && (c === column('Self rating') || c === column('Evidence'))) ||
          (i === 4 && c === column('Self rating'))
            ? 'changed'
            : value,
        ),
      );
    expect(untouched(after)).toEqual(untouched(before));
    // The reply carries the rows as they now read, with the versions a new read gives.
    expect(reply.rows).toEqual(ratings(h).rows);
    expect(reply.plan.requirements).toMatchObject({ total: 5, rated: 3, gaps: 2 });
  });

  it("a manager's save writes Manager rating, leaving the person's Self rating alone", () => {
    const h = planWith(3);
    setCells(h, TAB, 'Self rating', ['Developing', 'Meets']);
    const state = ratings(h);
    saved(
      h.run('saveRatings', {
        rater: 'manager',
        changes: [
          change(state, 'req:sales/senior:r0', 'Meets'),
          change(state, 'req:sales/senior:r1', 'Meets'),
        ],
      }),
    );
    expect(tabValues(h, TAB).map((r) => [r[column('Self rating')], r[column('Manager rating')]])).toEqual([
      ['Self rating', 'Manager rating'],
      ['Developing', 'Meets'],
      ['Meets', 'Meets'],
      ['', ''],
    ]);
    const row = rowByKey(ratings(h), 'req:sales/senior:r0');
    expect([row.self, row.manager]).toEqual(['Developing', 'Meets']);
  });

  it('clears a rating when asked to', () => {
    const h = planWith(2);
    setCells(h, TAB, 'Self rating', ['Meets']);
    const state = ratings(h);
    saved(h.run('saveRatings', { rater: 'self', changes: [change(state, 'req:sales/senior:r0', '')] }));
    expect(cell(h, 1, 'Self rating')).toBe('');
  });

  describe('a row that changed in the sheet since the sidebar read it', () => {
    it('is a conflict: nothing is written, the reply shows both values and the rows as they are now', () => {
      const h = planWith(4);
      const state = ratings(h);
      // Someone types into the sheet while the sidebar is open.
      setCells(h, TAB, 'Self rating', ['', '', 'Exceeds']);
      const before = h.spreadsheet.snapshot();
      h.fake.calls.reset();
      const reply = expectFailure<RatingsConflict>(
        h.run('saveRatings', {
          rater: 'self',
          changes: [
            change(state, 'req:sales/senior:r0', 'Meets'),
            change(state, 'req:sales/senior:r2', 'Developing', 'My evidence'),
          ],
        }),
        'conflict',
        '1 requirement changed in the sheet since you opened it. Nothing was saved.',
      );
      expect(h.fake.calls.kinds.filter((k) => k === 'write')).toEqual([]);
      expect(h.spreadsheet.snapshot()).toEqual(before);
      expect(reply.conflicts).toEqual([
        {
          key: 'req:sales/senior:r2',
          requirement: 'Requirement 2',
          sheet: { rating: 'Exceeds', evidence: '' },
          yours: { rating: 'Developing', evidence: 'My evidence' },
        },
      ]);
      expect(reply.rows).toEqual(ratings(h).rows);
    });

    it('is a conflict when only its evidence changed', () => {
      const h = planWith(2);
      const state = ratings(h);
      setCells(h, TAB, 'Evidence', ['Typed in the sheet']);
      const before = h.spreadsheet.snapshot();
      const reply = expectFailure<RatingsConflict>(
        h.run('saveRatings', {
          rater: 'self',
          changes: [change(state, 'req:sales/senior:r0', 'Meets', 'Typed in the sidebar')],
        }),
        'conflict',
        /^1 requirement changed/,
      );
      expect(reply.conflicts[0]!.sheet).toEqual({ rating: null, evidence: 'Typed in the sheet' });
      expect(h.spreadsheet.snapshot()).toEqual(before);
    });

    it("is a conflict when the other rater's column changed", () => {
      const h = planWith(2);
      const state = ratings(h);
      setCells(h, TAB, 'Manager rating', ['Meets']);
      const before = h.spreadsheet.snapshot();
      expectFailure(
        h.run('saveRatings', { rater: 'self', changes: [change(state, 'req:sales/senior:r0', 'Exceeds')] }),
        'conflict',
        /^1 requirement changed/,
      );
      expect(h.spreadsheet.snapshot()).toEqual(before);
    });

    it('is written with overwrite, after the person chose their own values', () => {
      const h = planWith(3);
      const state = ratings(h);
      setCells(h, TAB, 'Self rating', ['', 'Exceeds']);
      const reply = saved(
        h.run('saveRatings', {
          rater: 'self',
          overwrite: true,
          changes: [change(state, 'req:sales/senior:r1', 'Developing', 'Mine')],
        }),
      );
      expect(reply.saved).toBe(1);
      expect(cell(h, 2, 'Self rating')).toBe('Developing');
      expect(cell(h, 2, 'Evidence')).toBe('Mine');
    });
  });

  it('a row whose key is gone is a conflict, even with overwrite, and nothing is written', () => {
    const h = planWith(3);
    const state = ratings(h);
    setCells(h, TAB, 'Key', ['req:sales/senior:renamed']);
    const before = h.spreadsheet.snapshot();
    for (const overwrite of [false, true]) {
      const reply = expectFailure<RatingsConflict>(
        h.run('saveRatings', {
          rater: 'self',
          overwrite,
          changes: [
            change(state, 'req:sales/senior:r0', 'Meets'),
            change(state, 'req:sales/senior:r1', 'Meets'),
          ],
        }),
        'conflict',
        /^1 requirement changed/,
      );
      expect(reply.conflicts).toEqual([
        {
          key: 'req:sales/senior:r0',
          requirement: '',
          sheet: { rating: null, evidence: '' },
          yours: { rating: 'Meets', evidence: '' },
        },
      ]);
      expect(h.spreadsheet.snapshot()).toEqual(before);
    }
  });

  it('a row marked as no longer in the target role is gone too', () => {
    const h = planWith(2);
    const state = ratings(h);
    setCells(h, TAB, 'In target role', ['No']);
    expectFailure(
      h.run('saveRatings', { rater: 'self', changes: [change(state, 'req:sales/senior:r0', 'Meets')] }),
      'conflict',
      /^1 requirement changed/,
    );
  });

  it('finds rows by key after rows were inserted and columns moved', () => {
    const h = planWith(3);
    const state = ratings(h);
    silently(() => {
      const sheet = must(h.spreadsheet.getSheetByName(TAB), TAB);
      sheet.insertRowsBefore(2, 2);
      sheet.getRange(2, 4, 2, 1).setValues([['My own requirement'], ['Another of mine']]);
      sheet.insertColumnsBefore(1, 1);
      sheet.getRange(1, 1).setValue('Notes');
    });
    saved(
      h.run('saveRatings', { rater: 'self', changes: [change(state, 'req:sales/senior:r1', 'Exceeds')] }),
    );
    const values = tabValues(h, TAB);
    const header = values[0]!;
    const self = header.indexOf('Self rating');
    expect(values.map((r) => r[self])).toEqual(['Self rating', '', '', '', 'Exceeds', '']);
  });

  it('keeps typed text literal, and the cells it passes over exactly as they were', () => {
    const h = planWith(8);
    silently(() => {
      const sheet = must(h.spreadsheet.getSheetByName(TAB), TAB);
      const evidence = column('Evidence') + 1;
      // Between the rows the save changes: literal text, a formula, a number, a date, text that
      // looks like a number, and a plain-text cell.
      sheet
        .getRange(3, evidence, 6, 1)
        .setValues([
          ["'=not a formula"],
          ['=LEN("abc")'],
          [42],
          [new Date(Date.UTC(2026, 2, 1))],
          ["'007"],
          ["'+1 from the team"],
        ]);
    });
    const before = silently(() =>
      must(h.spreadsheet.getSheetByName(TAB), TAB)
        .getRange(3, column('Evidence') + 1, 6, 1)
        .getFormulas(),
    );
    const beforeValues = tabValues(h, TAB)
      .slice(2, 8)
      .map((r) => r[column('Evidence')]);
    const state = ratings(h);
    saved(
      h.run('saveRatings', {
        rater: 'self',
        changes: [
          change(state, 'req:sales/senior:r0', 'Meets', '=SUM(A1:A3)'),
          change(state, 'req:sales/senior:r7', 'Meets', '-cut cycle time by 2 days'),
        ],
      }),
    );
    const values = tabValues(h, TAB).map((r) => r[column('Evidence')]);
    expect(values[1]).toBe('=SUM(A1:A3)');
    expect(values[8]).toBe('-cut cycle time by 2 days');
    expect(values.slice(2, 8)).toEqual(beforeValues);
    const formulas = silently(() =>
      must(h.spreadsheet.getSheetByName(TAB), TAB)
        .getRange(2, column('Evidence') + 1, 8, 1)
        .getFormulas(),
    );
    expect(formulas[0]).toEqual(['']);
    expect(formulas.slice(1, 7)).toEqual(before);
    expect(formulas[7]).toEqual(['']);
  });

  it.each(['=1+1', '+44 20 7946', '@channel', '2024', '1/2', 'TRUE', '50%'])(
    'keeps the evidence %s as that text',
    (evidence) => {
      const h = planWith(1);
      const state = ratings(h);
      saved(
        h.run('saveRatings', {
          rater: 'self',
          changes: [change(state, 'req:sales/senior:r0', 'Meets', evidence)],
        }),
      );
      expect(cell(h, 1, 'Evidence')).toBe(evidence);
      expect(rowByKey(ratings(h), 'req:sales/senior:r0').evidence).toBe(evidence);
    },
  );

  it('saving what the sheet already holds writes nothing', () => {
    const h = planWith(2);
    setCells(h, TAB, 'Self rating', ['Meets']);
    const state = ratings(h);
    h.fake.calls.reset();
    expect(
      saved(h.run('saveRatings', { rater: 'self', changes: [change(state, 'req:sales/senior:r0', 'Meets')] }))
        .saved,
    ).toBe(0);
    expect(h.fake.calls.kinds.filter((k) => k === 'write')).toEqual([]);
  });
});

describe('calls of rating', () => {
  /** A save of ratings and evidence for rows spread over a tab of `count` rows. */
  function saveCalls(count: number, changedRows: number[]) {
    const h = planWith(count);
    const state = ratings(h);
    h.fake.calls.reset();
    saved(
      h.run('saveRatings', {
        rater: 'self',
        changes: changedRows.map((i) => change(state, `req:sales/senior:r${i}`, 'Meets', `Evidence ${i}`)),
      }),
    );
    return countOf(h.fake.calls);
  }

  it('a save costs exactly the same with 5 and with 300 rows, and with 1 or 200 changes', () => {
    const small = saveCalls(5, [0, 2, 4]);
    const large = saveCalls(300, [0, 150, 299]);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(
      saveCalls(
        300,
        Array.from({ length: 200 }, (_, i) => i),
      ).byMethod,
    ).toEqual(saveCalls(300, [17]).byMethod);
    // One block per column: the rater's column and Evidence.
    expect(small.byMethod['Range.setValues']).toBe(2);
    // 9 reads (both tabs, the formulas and formats, the plan's roles), 2 writes, the rest the lock and handles.
    // Besides the engine's pack decode (docs/bundles.md).
    expect(callsBesidesPackDecodes(small)).toBe(18);
  });

  it('a save reads nothing after its first write', () => {
    const count = saveCalls(300, [3, 250]);
    expect(count.readsAfterWrite).toBe(0);
    expect(count.readsAfterFirstWrite).toBe(0);
  });

  it('reading the ratings costs the same with 5 and 300 rows', () => {
    const measure = (count: number) => {
      const h = planWith(count);
      h.fake.calls.reset();
      ratings(h);
      return countOf(h.fake.calls);
    };
    expect(measure(300).byMethod).toEqual(measure(5).byMethod);
    expect(callsBesidesPackDecodes(measure(5))).toBe(11);
  });
});

describe('bad saves change nothing', () => {
  const version = '00000000';
  const good = { key: 'req:sales/senior:r0', rating: 'Meets', evidence: '', version };
  const cases: [string, unknown, RegExp][] = [
    ['no request', undefined, /There are no ratings to save/],
    ['no rater', { changes: [good] }, /Say who is rating/],
    ['an unknown rater', { rater: 'peer', changes: [good] }, /Say who is rating/],
    ['no changes', { rater: 'self', changes: [] }, /There are no ratings to save/],
    [
      'a rating that is not one',
      { rater: 'self', changes: [{ ...good, rating: 'Great' }] },
      /A rating must be/,
    ],
    ['a change without a key', { rater: 'self', changes: [{ ...good, key: '' }] }, /./],
    [
      'evidence that is not text',
      { rater: 'self', changes: [{ ...good, evidence: 5 }] },
      /Evidence must be text/,
    ],
    [
      'evidence too long',
      { rater: 'self', changes: [{ ...good, evidence: 'x'.repeat(5001) }] },
      /Evidence is too long/,
    ],
    ['overwrite that is not yes or no', { rater: 'self', changes: [good], overwrite: 'yes' }, /overwrite/],
    ['one requirement twice', { rater: 'self', changes: [good, good] }, /sent twice/],
  ];

  it.each(cases)('saveRatings with %s', (_name, request, message) => {
    const h = planWith(2);
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(h.call('saveRatings', request), 'invalid', message);
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('without a Role Requirements tab, says to import first', () => {
    const h = openPlan();
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(
      h.run('saveRatings', { rater: 'self', changes: [good] }),
      'invalid',
      /Import your target role's requirements first/,
    );
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('with a renamed rating column, says which and changes nothing', () => {
    const renamed = HEADERS.map((h) => (h === 'Self rating' ? 'My rating' : h));
    const h = openPlan({ [TAB]: [renamed, ...requirementRows(2)] });
    const before = h.spreadsheet.snapshot();
    expectCommonFailure(
      h.run('saveRatings', { rater: 'self', changes: [good] }),
      'invalid',
      /has no "Self rating" column/,
    );
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });

  it('while someone else holds the lock, is busy and changes nothing', () => {
    const h = planWith(2);
    const state = ratings(h);
    const before = h.spreadsheet.snapshot();
    h.fake.lockBusy = true;
    expectCommonFailure(
      h.run('saveRatings', { rater: 'self', changes: [change(state, 'req:sales/senior:r0', 'Meets')] }),
      'busy',
      /Someone else is updating/,
    );
    expect(h.spreadsheet.snapshot()).toEqual(before);
    expect(h.fake.locksHeld()).toEqual([]);
  });
});
