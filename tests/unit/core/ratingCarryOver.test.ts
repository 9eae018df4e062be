/**
 * Ratings and evidence follow a level from the catalog's wording to the handbook's and back, through
 * the requirements merge: real catalog role, real handbook page (tests/fixtures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../../src/catalog';
import { findRole, type Role } from '../../../src/core/catalog';
import { handbookRole, isHandbookWordingOf, levelForCatalogRole } from '../../../src/core/handbook/roles';
import { parseHandbookUrl } from '../../../src/core/handbook/url';
import { HeaderMap } from '../../../src/core/headers';
import { parseJobFamily } from '../../../src/core/jobFamily/parse';
import { planRequirementsImport } from '../../../src/core/requirementsImport';
import { applyTableChange, textAt, type Table } from '../../../src/core/table';

function catalogRole(id: string): Role {
  const role = findRole(catalog, id);
  if (!role) throw new Error(`no role ${id}`);
  return role;
}

const SPECIALIST = catalogRole('deal-desk/specialist');
const ANALYST = catalogRole('deal-desk/analyst');

/** The handbook wording of a catalog role, from the fixture page. */
function handbookWording(role: Role): Role {
  const parsed = parseJobFamily(
    readFileSync(join(__dirname, '../../fixtures/job-families/sales/deal-desk.md'), 'utf8'),
  );
  const ref = parseHandbookUrl(role.level.url);
  if (!parsed.ok || !ref.ok) throw new Error('fixture page or URL unreadable');
  const level = levelForCatalogRole(parsed.page, role);
  if (!level) throw new Error(`no level for ${role.id}`);
  return handbookRole(ref.page, parsed.page, level).role;
}

const HB_SPECIALIST = handbookWording(SPECIALIST);
const REVENUE_CATALOG = 'Understands basic revenue recognition and flags deal terms that may affect it';
const CPQ_CATALOG = 'Builds and corrects quotes in the CPQ tool and fixes common quote-to-cash errors';
const SUPPORT_CATALOG =
  'Works the sales support Slack channel and Salesforce case queue within the agreed SLA';
const REVENUE_HANDBOOK = 'Basic understanding of revenue recognition rules';
const CPQ_HANDBOOK = 'Basic knowledge and understanding of a CPQ tool';

function importInto(table: Table, target: Role, catalogRoleOfLevel: Role | null = null) {
  const plan = planRequirementsImport(table, null, target, { catalogRole: catalogRoleOfLevel });
  return { plan, after: applyTableChange(table, plan) };
}

const EMPTY: Table = { header: new HeaderMap([]), rows: [] };

/** The row whose Requirement reads `text`. */
function row(table: Table, text: string): Record<string, string> {
  const found = table.rows.filter((r) => textAt(table, r, 'Requirement') === text);
  if (found.length !== 1) throw new Error(`${found.length} rows read "${text}"`);
  return Object.fromEntries(table.header.headers.map((h) => [h, textAt(table, found[0]!, h)]));
}

/** Types into the row whose Requirement reads `text`, as a person would. */
function type(table: Table, text: string, cells: Record<string, unknown>): Table {
  const rows = table.rows.map((r) => {
    if (textAt(table, r, 'Requirement') !== text) return r;
    const copy = [...r];
    for (const [header, value] of Object.entries(cells)) copy[table.header.column(header)] = value;
    return copy;
  });
  return { header: table.header, rows };
}

/** Deal Desk Specialist in the catalog's wording, with three requirements rated. */
function ratedCatalogPlan(): Table {
  let table = importInto(EMPTY, SPECIALIST, SPECIALIST).after;
  table = type(table, REVENUE_CATALOG, {
    'Self rating': 'Meets',
    'Manager rating': 'Developing',
    Evidence: '=Closed the Q3 audit findings',
  });
  table = type(table, CPQ_CATALOG, { 'Self rating': 'Developing', Evidence: 42 });
  table = type(table, SUPPORT_CATALOG, { 'Self rating': 'Exceeds' });
  return table;
}

describe("ratings follow a level from the catalog's wording to the handbook's", () => {
  it('copies ratings and evidence to the matching new rows and says which found no match', () => {
    const before = ratedCatalogPlan();
    const { plan, after } = importInto(before, HB_SPECIALIST, SPECIALIST);
    expect(plan.markedNotInTarget).toBe(5);
    expect(plan.carriedOver).toBe(2);
    expect(plan.notCarried).toEqual([SUPPORT_CATALOG]);
    expect(row(after, REVENUE_HANDBOOK)).toMatchObject({
      'Self rating': 'Meets',
      'Manager rating': 'Developing',
      Evidence: '=Closed the Q3 audit findings',
      'In target role': 'Yes',
    });
    expect(row(after, CPQ_HANDBOOK)).toMatchObject({ 'Self rating': 'Developing', Evidence: '42' });
    // The old rows keep what was typed in them, marked as not in the target.
    expect(row(after, REVENUE_CATALOG)).toMatchObject({ 'Self rating': 'Meets', 'In target role': 'No' });
    expect(row(after, SUPPORT_CATALOG)).toMatchObject({ 'Self rating': 'Exceeds', 'In target role': 'No' });
    // Unmatched new rows are unrated.
    expect(after.rows.filter((r) => textAt(after, r, 'Self rating') !== '')).toHaveLength(5);
  });

  it('writes carried text literally and keeps a number a number', () => {
    const { plan } = importInto(ratedCatalogPlan(), HB_SPECIALIST, SPECIALIST);
    const evidence = plan.newRows.map((r) => r[plan.header.column('Evidence')]);
    expect(evidence).toContain("'=Closed the Q3 audit findings");
    expect(evidence).toContain(42);
  });

  it('finds a row whose text the person rewrote by its catalog skill', () => {
    const rewritten = type(ratedCatalogPlan(), REVENUE_CATALOG, { Requirement: 'My own note on rev rec' });
    const { after } = importInto(rewritten, HB_SPECIALIST, SPECIALIST);
    expect(row(after, REVENUE_HANDBOOK)).toMatchObject({
      'Self rating': 'Meets',
      'Manager rating': 'Developing',
    });
  });

  it('never writes over a rating the person gave the other wording, and carries nothing twice', () => {
    const handbook = importInto(ratedCatalogPlan(), HB_SPECIALIST, SPECIALIST).after;
    const changed = type(handbook, CPQ_HANDBOOK, { 'Self rating': 'Meets' });
    const back = importInto(changed, SPECIALIST, SPECIALIST);
    expect(back.plan.newRows).toEqual([]);
    expect(back.plan.kept).toBe(5);
    expect(back.plan.carriedOver).toBe(0);
    // Every rated handbook row has its counterpart among the catalog rows, which kept their own ratings.
    expect(back.plan.notCarried).toEqual([]);
    expect(back.plan.columnWrites.map((w) => w.header)).not.toContain('Self rating');
    expect(row(back.after, CPQ_CATALOG)).toMatchObject({
      'Self rating': 'Developing',
      'In target role': 'Yes',
    });
    expect(row(back.after, CPQ_HANDBOOK)).toMatchObject({ 'Self rating': 'Meets', 'In target role': 'No' });
    // Importing the same wording again changes nothing.
    const again = importInto(back.after, SPECIALIST, SPECIALIST);
    expect(again.plan.columnWrites).toEqual([]);
    expect(again.plan.newRows).toEqual([]);
    expect([again.plan.carriedOver, again.plan.notCarried]).toEqual([0, []]);
  });

  it('names a rated row whose counterpart is already there but empty: its rating stays on its own row', () => {
    const unrated = importInto(EMPTY, SPECIALIST, SPECIALIST).after;
    const handbook = type(importInto(unrated, HB_SPECIALIST, SPECIALIST).after, REVENUE_HANDBOOK, {
      'Self rating': 'Meets',
    });
    const back = importInto(handbook, SPECIALIST, SPECIALIST);
    expect(back.plan.notCarried).toEqual([REVENUE_HANDBOOK]);
    expect(row(back.after, REVENUE_CATALOG)['Self rating']).toBe('');
  });
});

describe("ratings follow a level from the handbook's wording to the catalog's", () => {
  it("carries a handbook row's rating to the catalog row it matches", () => {
    let handbook = importInto(EMPTY, HB_SPECIALIST, SPECIALIST).after;
    handbook = type(handbook, REVENUE_HANDBOOK, {
      'Manager rating': 'Exceeds',
      Evidence: 'Taught rev rec basics',
    });
    handbook = type(handbook, 'Ability to prioritize and effectively manage distractions', {
      'Self rating': 'Developing',
    });
    const { plan, after } = importInto(handbook, SPECIALIST, SPECIALIST);
    expect(plan.carriedOver).toBe(1);
    expect(plan.notCarried).toEqual(['Ability to prioritize and effectively manage distractions']);
    expect(row(after, REVENUE_CATALOG)).toMatchObject({
      'Self rating': '',
      'Manager rating': 'Exceeds',
      Evidence: 'Taught rev rec basics',
      'In target role': 'Yes',
    });
  });
});

describe('what does not hand over', () => {
  it('rows of another level keep their ratings to themselves', () => {
    const { plan, after } = importInto(ratedCatalogPlan(), ANALYST, ANALYST);
    expect(plan.markedNotInTarget).toBe(5);
    expect([plan.carriedOver, plan.notCarried]).toEqual([0, []]);
    expect(after.rows.slice(5).every((r) => textAt(after, r, 'Self rating') === '')).toBe(true);
  });

  it('nothing hands over without the level in the catalog, and rows a person added stay alone', () => {
    const own = ratedCatalogPlan();
    const withOwnRow: Table = {
      header: own.header,
      rows: [
        ...own.rows,
        own.header.headers.map((h) =>
          h === 'Requirement'
            ? 'Basic understanding of revenue recognition'
            : h === 'Self rating'
              ? 'Meets'
              : '',
        ),
      ],
    };
    const { plan } = importInto(withOwnRow, HB_SPECIALIST, null);
    expect([plan.carriedOver, plan.notCarried]).toEqual([0, []]);
    const matched = importInto(withOwnRow, HB_SPECIALIST, SPECIALIST);
    expect(matched.plan.carriedOver).toBe(2);
    expect(textAt(matched.after, matched.after.rows[5]!, 'In target role')).toBe('');
  });

  it('knows the handbook wording of a catalog role by its anchor or title, and nothing else', () => {
    expect(isHandbookWordingOf(HB_SPECIALIST.id, SPECIALIST)).toBe(true);
    expect(isHandbookWordingOf('handbook:sales/deal-desk#deal-desk-specialist', SPECIALIST)).toBe(true);
    expect(isHandbookWordingOf('handbook:sales/deal-desk#deal-desk-analyst', SPECIALIST)).toBe(false);
    expect(isHandbookWordingOf('handbook:sales/order-management#deal-desk-specialist', SPECIALIST)).toBe(
      false,
    );
    expect(isHandbookWordingOf('deal-desk/specialist', SPECIALIST)).toBe(false);
    const seniorOps = catalogRole('sales-operations/senior-analyst');
    expect(
      isHandbookWordingOf('handbook:sales/sales-operations#sr-sales-operations-analyst', seniorOps),
    ).toBe(true);
  });
});
