import { HeaderMap } from '../../../src/core/headers';
import { REQUIREMENTS_TAB } from '../../../src/core/layout';
import { planRequirementsImport, requirementKey } from '../../../src/core/requirementsImport';
import { applyTableChange, tableFromValues, textAt, type Table } from '../../../src/core/table';
import { sampleRole } from '../../support/sampleCatalog';

const analyst = sampleRole('ops/analyst');
const senior = sampleRole('ops/senior-analyst');

function emptyTable(): Table {
  return { header: new HeaderMap([]), rows: [] };
}

function importInto(table: Table, current = analyst, target = senior) {
  const plan = planRequirementsImport(table, current, target);
  return { plan, after: applyTableChange(table, plan) };
}

describe('planRequirementsImport', () => {
  it('fills an empty tab with every header and one row per target requirement', () => {
    const { plan, after } = importInto(emptyTable());
    expect(plan.appendedHeaders).toEqual([...REQUIREMENTS_TAB.headers]);
    expect(plan.newRows).toHaveLength(4);
    expect(plan.requirements).toBe(4);
    expect(plan.newComparedWithCurrent).toBe(2);
    const first = after.rows[0]!;
    expect(textAt(after, first, 'Key')).toBe(requirementKey('ops/senior-analyst', 'salesforce'));
    expect(textAt(after, first, 'Role')).toBe('Senior Operations Analyst');
    expect(textAt(after, first, 'Area')).toBe('Salesforce and systems');
    expect(textAt(after, first, 'Compared with current role')).toBe('Builds on current role');
    expect(textAt(after, after.rows[2]!, 'Compared with current role')).toBe('New');
    expect(textAt(after, first, 'In target role')).toBe('Yes');
  });

  it('writes requirement text that starts with = so it stays literal', () => {
    const { plan } = importInto(emptyTable());
    const header = plan.header;
    expect(plan.newRows[3]![header.column('Requirement')]).toBe("'=Coaches junior analysts");
  });

  it("keeps a person's ratings and evidence and adds no duplicates on re-import", () => {
    const first = importInto(emptyTable()).after;
    const rows = first.rows.map((r) => [...r]);
    rows[0]![first.header.column('Self rating')] = 'Developing';
    rows[0]![first.header.column('Evidence')] = 'Led the Q3 clean-up';
    rows[0]![first.header.column('Requirement')] = 'My own wording';
    const edited: Table = { header: first.header, rows };
    const { plan, after } = importInto(edited);
    expect(plan.newRows).toHaveLength(0);
    expect(plan.kept).toBe(4);
    expect(plan.columnWrites).toEqual([]);
    expect(after.rows).toEqual(rows);
  });

  it('marks rows of a previous target as not in the target role and keeps them', () => {
    const first = importInto(emptyTable()).after;
    const { plan, after } = importInto(first, analyst, analyst);
    expect(plan.markedNotInTarget).toBe(4);
    expect(plan.newRows).toHaveLength(3);
    expect(after.rows).toHaveLength(7);
    expect(after.rows.slice(0, 4).map((r) => textAt(after, r, 'In target role'))).toEqual([
      'No',
      'No',
      'No',
      'No',
    ]);
    // Switching back restores them without new rows.
    const back = importInto(after, analyst, senior);
    expect(back.plan.newRows).toHaveLength(0);
    expect(back.after.rows.slice(0, 4).map((r) => textAt(back.after, r, 'In target role'))).toEqual([
      'Yes',
      'Yes',
      'Yes',
      'Yes',
    ]);
    expect(back.plan.markedNotInTarget).toBe(3);
  });

  it('leaves rows a person added alone, and works with columns in any order', () => {
    const table = tableFromValues([
      ['Evidence', 'Manager rating', 'My column', 'Requirement', 'Self rating'],
      ['Shipped it', 'Meets', 'x', 'Runs the QBR deck', 'Developing'],
    ]);
    const { plan, after } = importInto(table);
    expect(plan.appendedHeaders).toEqual([
      'Key',
      'Role',
      'Area',
      'Compared with current role',
      'In target role',
    ]);
    expect(after.rows[0]!.slice(0, 5)).toEqual([
      'Shipped it',
      'Meets',
      'x',
      'Runs the QBR deck',
      'Developing',
    ]);
    expect(textAt(after, after.rows[0]!, 'In target role')).toBe('');
    expect(after.rows).toHaveLength(5);
    expect(textAt(after, after.rows[1]!, 'Requirement')).toBe(
      'Designs Salesforce changes with the systems team',
    );
  });

  it('updates the comparison when the current role changes, and only that', () => {
    const first = importInto(emptyTable(), analyst, senior).after;
    const { plan, after } = importInto(first, null as never, senior);
    expect(plan.columnWrites.map((w) => w.header)).toEqual(['Compared with current role']);
    expect(after.rows.map((r) => textAt(after, r, 'Compared with current role'))).toEqual(
      Array(4).fill('No current role chosen'),
    );
  });

  it('writes existing managed-column text back literally', () => {
    const first = importInto(emptyTable()).after;
    const manual = first.header.headers.map((h) =>
      h === 'Requirement' ? 'Mine' : h === 'Compared with current role' ? '=oops' : '',
    );
    const table: Table = { header: first.header, rows: [...first.rows, manual] };
    const { plan } = importInto(table, null as never, senior);
    const compared = plan.columnWrites.find((w) => w.header === 'Compared with current role')!;
    expect(compared.values[4]).toBe("'=oops");
  });

  it('gives a row whose key was cleared its key back instead of adding a duplicate', () => {
    const first = importInto(emptyTable()).after;
    const rows = first.rows.map((r) => [...r]);
    const key = first.header.column('Key');
    rows[1]![key] = '';
    rows[2]![key] = '';
    rows[1]![first.header.column('Self rating')] = 'Meets';
    const { plan, after } = importInto({ header: first.header, rows });
    expect(plan.newRows).toEqual([]);
    expect(plan.kept).toBe(4);
    expect(plan.columnWrites.map((w) => w.header)).toEqual(['Key']);
    expect(after.rows.map((r) => r[key])).toEqual(first.rows.map((r) => r[key]));
    expect(after.rows[1]![first.header.column('Self rating')]).toBe('Meets');
  });

  it('adopts a requirement a person typed in with the same text, rather than adding it twice', () => {
    const table = tableFromValues([
      ['Requirement', 'Self rating', 'Manager rating', 'Evidence'],
      ['  aligns SALES leaders on process changes ', 'Developing', '', 'My notes'],
    ]);
    const { plan, after } = importInto(table);
    expect(plan.kept).toBe(1);
    expect(plan.newRows).toHaveLength(3);
    expect(textAt(after, after.rows[0]!, 'Key')).toBe(requirementKey('ops/senior-analyst', 'stakeholders'));
    expect(textAt(after, after.rows[0]!, 'Requirement')).toBe('aligns SALES leaders on process changes');
  });
});
