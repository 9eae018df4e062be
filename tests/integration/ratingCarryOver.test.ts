/**
 * Ratings survive a change of wording, end to end: the built bundle against the strict fake, the
 * fake network serving the Deal Desk page from tests/fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandbookImportResult, ImportSummary } from '../../src/api/sheets';
import { silently } from '../../fake/calls';
import { jobFamilyMarkdown, pageUrl, rawUrl } from '../../scripts/harness/handbookPages';
import { headerIndex, openPlan, tabValues, type Harness } from '../../scripts/harness/harness';

const DEAL_DESK = 'sales/deal-desk';
const FIXTURE_PAGE = readFileSync(join(__dirname, '../fixtures/job-families', `${DEAL_DESK}.md`), 'utf8');
const SPECIALIST = 'deal-desk/specialist';

const REVENUE_CATALOG = 'Understands basic revenue recognition and flags deal terms that may affect it';
const CPQ_CATALOG = 'Builds and corrects quotes in the CPQ tool and fixes common quote-to-cash errors';
const SUPPORT_CATALOG =
  'Works the sales support Slack channel and Salesforce case queue within the agreed SLA';
const REVENUE_HANDBOOK = 'Basic understanding of revenue recognition rules';
const CPQ_HANDBOOK = 'Basic knowledge and understanding of a CPQ tool';
const PRIORITIES_HANDBOOK = 'Ability to prioritize and effectively manage distractions';

function plan(page = FIXTURE_PAGE): Harness {
  return openPlan(undefined, { responses: { [rawUrl(DEAL_DESK)]: { body: page } } });
}

function importCatalog(h: Harness): ImportSummary {
  return h.run('importRoleRequirements', { currentRoleId: null, targetRoleId: SPECIALIST }) as ImportSummary;
}

function importHandbookWording(h: Harness): ImportSummary {
  return h.run('importRoleRequirements', {
    currentRoleId: null,
    targetRoleId: SPECIALIST,
    wording: 'handbook',
  }) as ImportSummary;
}

function rows(h: Harness): Record<string, unknown>[] {
  const [header, ...data] = tabValues(h, 'Role Requirements');
  return data.map((r) => Object.fromEntries(header!.map((name, i) => [String(name), r[i]])));
}

function rowOf(h: Harness, text: string): Record<string, unknown> {
  const found = rows(h).filter((r) => r.Requirement === text);
  if (found.length !== 1) throw new Error(`${found.length} rows read "${text}"`);
  return found[0]!;
}

/** Types into the row whose Requirement reads `text`, as a person would (not counted). */
function rate(h: Harness, text: string, cells: Record<string, unknown>): void {
  silently(() => {
    const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
    const values = sheet.getDataRange().getValues();
    const column = headerIndex(values[0]!);
    const index = values.findIndex((r) => r[column('Requirement')] === text);
    if (index < 1) throw new Error(`no row "${text}"`);
    for (const [header, value] of Object.entries(cells)) {
      sheet.getRange(index + 1, column(header) + 1).setValue(value);
    }
  });
}

describe("from the catalog's wording to the handbook's", () => {
  it('moves ratings and evidence to the matching rows, keeps them on the old rows, and names what found no match', () => {
    const h = plan();
    expect(importCatalog(h)).toMatchObject({ added: 5, carriedOver: 0, notCarried: [] });
    rate(h, REVENUE_CATALOG, {
      'Self rating': 'Meets',
      'Manager rating': 'Developing',
      Evidence: 'Q3 audit',
    });
    rate(h, CPQ_CATALOG, { 'Self rating': 'Developing', Evidence: "'=Fixed 40 quotes" }); // typed as text
    rate(h, SUPPORT_CATALOG, { 'Self rating': 'Exceeds' });

    const summary = importHandbookWording(h);
    expect(summary).toMatchObject({
      wording: 'handbook',
      added: 10,
      markedNotInTarget: 5,
      carriedOver: 2,
      notCarried: [SUPPORT_CATALOG],
    });
    expect(rowOf(h, REVENUE_HANDBOOK)).toMatchObject({
      'Self rating': 'Meets',
      'Manager rating': 'Developing',
      Evidence: 'Q3 audit',
      'In target role': 'Yes',
    });
    expect(rowOf(h, CPQ_HANDBOOK)).toMatchObject({
      'Self rating': 'Developing',
      Evidence: '=Fixed 40 quotes',
      'In target role': 'Yes',
    });
    // The carried evidence is text, not a formula.
    const formulas = silently(() =>
      h.spreadsheet.getSheetByName('Role Requirements')!.getDataRange().getFormulas(),
    );
    expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    // Nothing left the old rows.
    expect(rowOf(h, REVENUE_CATALOG)).toMatchObject({
      'Self rating': 'Meets',
      Evidence: 'Q3 audit',
      'In target role': 'No',
    });
    expect(rowOf(h, SUPPORT_CATALOG)).toMatchObject({ 'Self rating': 'Exceeds', 'In target role': 'No' });
    expect(rows(h)).toHaveLength(15);

    // The same import again carries nothing twice and changes nothing.
    const before = h.fake.snapshot().spreadsheet.sheets;
    expect(importHandbookWording(h)).toMatchObject({
      added: 0,
      markedNotInTarget: 0,
      carriedOver: 0,
      notCarried: [],
    });
    expect(h.fake.snapshot().spreadsheet.sheets).toEqual(before);

    // Back to the catalog's wording: its rows return with the ratings they kept; nothing is overwritten.
    rate(h, CPQ_HANDBOOK, { 'Self rating': 'Meets' });
    const back = importCatalog(h);
    expect(back).toMatchObject({ added: 0, kept: 5, markedNotInTarget: 10, carriedOver: 0, notCarried: [] });
    expect(rowOf(h, CPQ_CATALOG)).toMatchObject({ 'Self rating': 'Developing', 'In target role': 'Yes' });
    expect(rowOf(h, CPQ_HANDBOOK)).toMatchObject({ 'Self rating': 'Meets', 'In target role': 'No' });
  });
});

describe("from the handbook's wording to the catalog's", () => {
  it('moves a pasted handbook level’s ratings to the catalog rows they match', () => {
    const h = plan();
    const imported = h.run('importHandbookRequirements', {
      url: pageUrl(DEAL_DESK),
      targetLevel: 'deal-desk-specialist',
      currentLevel: null,
    }) as HandbookImportResult;
    expect(imported).toMatchObject({ ok: true, added: 10 });
    rate(h, REVENUE_HANDBOOK, { 'Manager rating': 'Exceeds', Evidence: 'Taught the basics' });
    rate(h, CPQ_HANDBOOK, { 'Self rating': 'Developing' });
    rate(h, PRIORITIES_HANDBOOK, { 'Self rating': 'Meets' });

    expect(importCatalog(h)).toMatchObject({
      wording: 'catalog',
      added: 5,
      markedNotInTarget: 10,
      carriedOver: 2,
      notCarried: [PRIORITIES_HANDBOOK],
    });
    expect(rowOf(h, REVENUE_CATALOG)).toMatchObject({
      'Self rating': '',
      'Manager rating': 'Exceeds',
      Evidence: 'Taught the basics',
      'In target role': 'Yes',
    });
    expect(rowOf(h, CPQ_CATALOG)).toMatchObject({ 'Self rating': 'Developing', 'In target role': 'Yes' });
    expect(rowOf(h, PRIORITIES_HANDBOOK)).toMatchObject({ 'Self rating': 'Meets', 'In target role': 'No' });
  });
});

describe('calls of an import that carries ratings', () => {
  /** Calls of switching Deal Desk Specialist to the handbook's wording, after rating `rated` rows. */
  function switchCalls(page: string, rated: readonly string[], personRows = 0) {
    const h = plan(page);
    importCatalog(h);
    for (const text of rated) rate(h, text, { 'Self rating': 'Meets', Evidence: 'Done it' });
    silently(() => {
      const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
      // Room for every row either case adds, so neither has to grow the sheet.
      if (sheet.getMaxRows() < 2000) sheet.insertRowsAfter(sheet.getMaxRows(), 2000 - sheet.getMaxRows());
      if (personRows > 0) {
        const width = sheet.getLastColumn();
        const column = headerIndex(sheet.getRange(1, 1, 1, width).getValues()[0]!);
        const typed = Array.from({ length: personRows }, (_, i) => {
          const r: unknown[] = Array<unknown>(width).fill('');
          r[column('Requirement')] = `My own requirement ${i}`;
          r[column('Self rating')] = 'Meets';
          return r;
        });
        sheet.getRange(sheet.getLastRow() + 1, 1, personRows, width).setValues(typed);
      }
    });
    h.fake.calls.reset();
    const summary = importHandbookWording(h);
    return { summary, byMethod: { ...h.fake.calls.byMethod } };
  }

  it('are exactly the same whether nothing, two rows or five rows carry over, among 10 or 300 new rows', () => {
    const none = switchCalls(FIXTURE_PAGE, []);
    const two = switchCalls(FIXTURE_PAGE, [REVENUE_CATALOG, CPQ_CATALOG, SUPPORT_CATALOG]);
    expect(two.summary.carriedOver).toBe(2);
    expect(two.byMethod).toEqual(none.byMethod);

    // A page whose Deal Desk Specialist repeats the catalog's five texts among 300 requirements,
    // into a tab that also holds 1,000 rated rows a person typed.
    const catalogTexts = [
      'Advises sellers on standard deal structures and how to quote them, with guidance',
      SUPPORT_CATALOG,
      CPQ_CATALOG,
      REVENUE_CATALOG,
      'Shows sellers how to avoid frequent quoting mistakes in short how-to sessions',
    ];
    const filler = Array.from({ length: 295 }, (_, i) => `Keeps generated ledger number ${i} balanced`);
    const big = jobFamilyMarkdown('Deal Desk', [
      { title: 'Deal Desk Specialist', grade: 5, requirements: [...catalogTexts, ...filler] },
    ]);
    const five = switchCalls(big, catalogTexts, 1000);
    expect(five.summary).toMatchObject({ added: 300, carriedOver: 5, notCarried: [] });
    expect(five.byMethod).toEqual(none.byMethod);
    expect(none.byMethod['Range.setValues']).toBeLessThanOrEqual(3);
  });
});
