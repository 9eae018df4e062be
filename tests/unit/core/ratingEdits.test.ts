import { HeaderMap } from '../../../src/core/headers';
import {
  planRatingEdits,
  ratedRequirements,
  ratedRoleTitle,
  ratingVersion,
  textCell,
  type CellDetails,
  type RatingChange,
} from '../../../src/core/ratingEdits';
import type { Table } from '../../../src/core/table';

const HEADERS = [
  'Key',
  'Role',
  'Area',
  'Requirement',
  'Self rating',
  'Manager rating',
  'Evidence',
  'In target role',
];

function table(rows: unknown[][]): Table {
  return { header: new HeaderMap(HEADERS), rows: rows.map((r) => [...r]) };
}

function row(
  key: string,
  requirement: string,
  self = '',
  manager = '',
  evidence: unknown = '',
  inTarget = 'Yes',
) {
  return [key, 'Senior Analyst', 'Systems', requirement, self, manager, evidence, inTarget];
}

/** No formulas, default number formats. */
function plain(t: Table): CellDetails {
  return {
    formulas: t.rows.map((r) => r.map(() => '')),
    numberFormats: t.rows.map((r) => r.map(() => '')),
  };
}

function changeOf(t: Table, key: string, rating: RatingChange['rating'], evidence?: string): RatingChange {
  const found = ratedRequirements(t).find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return { key, rating, evidence: evidence ?? found.evidence, version: found.version };
}

describe('ratingVersion', () => {
  it('changes with any of the three cells and only with them', () => {
    const base = ratingVersion('Meets', '', 'Ran the QBR');
    expect(base).toMatch(/^[0-9a-f]{8}$/);
    expect(ratingVersion('Meets', '', 'Ran the QBR')).toBe(base);
    expect(ratingVersion(' Meets ', null, 'Ran the QBR')).toBe(base);
    expect(ratingVersion('Exceeds', '', 'Ran the QBR')).not.toBe(base);
    expect(ratingVersion('Meets', 'Meets', 'Ran the QBR')).not.toBe(base);
    expect(ratingVersion('Meets', '', 'Ran the QBR twice')).not.toBe(base);
    // A value moved from one cell to the next is a change too.
    expect(ratingVersion('', 'Meets', 'Ran the QBR')).not.toBe(base);
  });
});

describe('ratedRequirements', () => {
  it('lists active rows in sheet order, with keys for rows people added and copied', () => {
    const t = table([
      row('req:a:1', 'Builds dashboards', 'Meets'),
      row('', ''),
      row('req:a:old', 'An earlier one', 'Developing', '', '', 'No'),
      row('', 'My own requirement', '', 'Developing', 'Mentored two analysts'),
      row('req:a:1', 'Builds dashboards'),
      row('', 'My own requirement'),
    ]);
    const rows = ratedRequirements(t);
    expect(rows.map((r) => [r.index, r.requirement])).toEqual([
      [0, 'Builds dashboards'],
      [3, 'My own requirement'],
      [4, 'Builds dashboards'],
      [5, 'My own requirement'],
    ]);
    const keys = rows.map((r) => r.key);
    expect(keys[0]).toBe('req:a:1');
    expect(keys[1]).toMatch(/^row:[0-9a-f]{8}$/);
    expect(keys[2]).toBe('req:a:1#2');
    expect(keys[3]).toBe(`${keys[1]!}#2`);
    expect(rows[1]).toMatchObject({ self: null, manager: 'Developing', evidence: 'Mentored two analysts' });
    expect(ratedRoleTitle(t, rows)).toBe('Senior Analyst');
  });

  it('reads ratings a person typed in another case, and leaves unknown text unrated', () => {
    const rows = ratedRequirements(table([row('k', 'R', 'meets', 'great')]));
    expect(rows[0]).toMatchObject({ self: 'Meets', manager: null });
  });
});

describe('textCell', () => {
  it('guards text Sheets would turn into something else, and leaves other text alone', () => {
    for (const text of [
      '=A1',
      '+1',
      '-1 day',
      '@here',
      "'quoted",
      '42',
      '1/2',
      '10:30',
      '$5',
      'true',
      ' 7',
    ]) {
      expect(textCell(text)).toBe(`'${text}`);
    }
    for (const text of ['Ran the QBR', '', 'Truth be told', 'Q3: 2 launches']) {
      expect(textCell(text)).toBe(text);
    }
  });
});

describe('planRatingEdits', () => {
  const rows = () =>
    table([
      row('k0', 'R0'),
      row('k1', 'R1', 'Developing', 'Meets', 'Old evidence'),
      row('k2', 'R2'),
      row('k3', 'R3', '', '', 42),
      row('k4', 'R4'),
    ]);

  it("writes the rater's column and Evidence as one block each, from the first to the last change", () => {
    const t = rows();
    const plan = planRatingEdits(
      t,
      plain(t),
      'self',
      [changeOf(t, 'k4', 'Meets', '=shipped'), changeOf(t, 'k1', 'Exceeds')],
      false,
    );
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.saved).toBe(2);
    expect(plan.spans).toEqual([
      { header: 'Self rating', first: 1, values: ['Exceeds', '', '', 'Meets'] },
      // Evidence changed only in row 4: a block of one.
      { header: 'Evidence', first: 4, values: ["'=shipped"] },
    ]);
    const after = ratedRequirements(plan.after);
    expect(after.map((r) => r.self)).toEqual([null, 'Exceeds', null, null, 'Meets']);
    expect(after[4]!.evidence).toBe('=shipped');
    expect(after[1]!.manager).toBe('Meets');
  });

  it("a manager's changes go to Manager rating", () => {
    const t = rows();
    const plan = planRatingEdits(t, plain(t), 'manager', [changeOf(t, 'k0', 'Meets')], false);
    expect(plan).toMatchObject({
      kind: 'write',
      spans: [{ header: 'Manager rating', first: 0, values: ['Meets'] }],
    });
  });

  it('passes over the cells between changes as they are: formulas, numbers, guarded text, plain-text cells', () => {
    const t = table([
      row('k0', 'R0'),
      row('k1', 'R1', '', '', 'shown value'),
      row('k2', 'R2', '', '', 42),
      row('k3', 'R3', '', '', '=literal text'),
      row('k4', 'R4', '', '', '=kept as typed'),
      row('k5', 'R5'),
    ]);
    const details = plain(t);
    const evidence = t.header.column('Evidence');
    (details.formulas[1] as string[])[evidence] = '=UPPER("shown value")';
    (details.numberFormats[4] as string[])[evidence] = '@';
    (details.numberFormats[5] as string[])[evidence] = '@';
    const plan = planRatingEdits(
      t,
      details,
      'self',
      [changeOf(t, 'k0', 'Meets', 'first'), changeOf(t, 'k5', 'Meets', '=in a plain-text cell')],
      false,
    );
    if (plan.kind !== 'write') throw new Error(plan.kind);
    expect(plan.spans[1]).toEqual({
      header: 'Evidence',
      first: 0,
      values: [
        'first',
        '=UPPER("shown value")',
        42,
        "'=literal text",
        '=kept as typed',
        '=in a plain-text cell',
      ],
    });
    // What Sheets will read back: a formula's value stays what it showed.
    expect(ratedRequirements(plan.after).map((r) => r.evidence)).toEqual([
      'first',
      'shown value',
      '42',
      '=literal text',
      '=kept as typed',
      '=in a plain-text cell',
    ]);
  });

  it('writes nothing for values the sheet already holds', () => {
    const t = rows();
    const plan = planRatingEdits(
      t,
      plain(t),
      'self',
      [changeOf(t, 'k1', 'Developing', 'Old evidence ')],
      false,
    );
    expect(plan).toMatchObject({ kind: 'write', spans: [], saved: 0 });
  });

  it('stops at a row whose version moved, listing what the sheet holds and what was wanted', () => {
    const t = rows();
    const stale = changeOf(t, 'k1', 'Exceeds', 'New evidence');
    const fine = changeOf(t, 'k2', 'Meets');
    (t.rows[1] as unknown[])[HEADERS.indexOf('Self rating')] = 'Meets';
    const plan = planRatingEdits(t, plain(t), 'self', [fine, stale], false);
    expect(plan).toEqual({
      kind: 'conflict',
      conflicts: [
        {
          key: 'k1',
          requirement: 'R1',
          sheet: { rating: 'Meets', evidence: 'Old evidence' },
          yours: { rating: 'Exceeds', evidence: 'New evidence' },
        },
      ],
    });
    // The manager sees their own column in the conflict.
    const asManager = planRatingEdits(t, plain(t), 'manager', [stale], false);
    expect(asManager).toMatchObject({ conflicts: [{ sheet: { rating: 'Meets' } }] });
  });

  it('finishes a save that stopped after its ratings, and is no conflict once the whole save landed', () => {
    const t = rows();
    const changes = [changeOf(t, 'k1', 'Exceeds', 'New evidence'), changeOf(t, 'k3', 'Meets', 'Shipped it')];
    const cell = (index: number, header: string, value: unknown) => {
      (t.rows[index] as unknown[])[HEADERS.indexOf(header)] = value;
    };
    // The ratings' block went in, the evidence's did not.
    cell(1, 'Self rating', 'Exceeds');
    cell(3, 'Self rating', 'Meets');
    const rest = planRatingEdits(t, plain(t), 'self', changes, false);
    expect(rest).toMatchObject({
      kind: 'write',
      spans: [{ header: 'Evidence', first: 1, values: ['New evidence', '', 'Shipped it'] }],
      saved: 2,
    });
    cell(1, 'Evidence', 'New evidence');
    cell(3, 'Evidence', 'Shipped it');
    expect(planRatingEdits(t, plain(t), 'self', changes, false)).toMatchObject({
      kind: 'write',
      spans: [],
      saved: 0,
    });
  });

  it('still stops at a row whose evidence or other rating moved as well', () => {
    const t = rows();
    const change = changeOf(t, 'k1', 'Exceeds', 'New evidence');
    (t.rows[1] as unknown[])[HEADERS.indexOf('Self rating')] = 'Exceeds';
    (t.rows[1] as unknown[])[HEADERS.indexOf('Manager rating')] = 'Exceeds';
    expect(planRatingEdits(t, plain(t), 'self', [change], false)).toMatchObject({ kind: 'conflict' });
    (t.rows[1] as unknown[])[HEADERS.indexOf('Manager rating')] = 'Meets';
    (t.rows[1] as unknown[])[HEADERS.indexOf('Evidence')] = 'Typed meanwhile';
    expect(planRatingEdits(t, plain(t), 'self', [change], false)).toMatchObject({ kind: 'conflict' });
  });

  it('overwrites a moved row when told to, but never a row that is gone', () => {
    const t = rows();
    const stale = changeOf(t, 'k1', 'Exceeds');
    (t.rows[1] as unknown[])[HEADERS.indexOf('Evidence')] = 'Typed meanwhile';
    const plan = planRatingEdits(t, plain(t), 'self', [{ ...stale, evidence: 'Typed meanwhile' }], true);
    expect(plan).toMatchObject({ kind: 'write', spans: [{ header: 'Self rating', values: ['Exceeds'] }] });

    const gone = { key: 'k9', rating: 'Meets' as const, evidence: '', version: 'x' };
    expect(planRatingEdits(t, plain(t), 'self', [gone], true)).toEqual({
      kind: 'conflict',
      conflicts: [
        {
          key: 'k9',
          requirement: '',
          sheet: { rating: null, evidence: '' },
          yours: { rating: 'Meets', evidence: '' },
        },
      ],
    });
  });

  it('refuses a requirement sent twice', () => {
    const t = rows();
    const c = changeOf(t, 'k0', 'Meets');
    expect(planRatingEdits(t, plain(t), 'self', [c, c], false)).toMatchObject({ kind: 'invalid' });
  });
});
