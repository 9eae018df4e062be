/**
 * The requirements table follows the linked growth plan, on the built bundles: a plan made by the
 * built Growth Plan (a handbook page's level, a catalog role in the handbook's wording, a catalog
 * role), then read by the built Career Conversation: its roles preselected, the table holding the
 * plan's rows exactly, a refresh following the plan's rows as they change, and the calls flat.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { silently } from '../../../fake/calls';
import { FakeSpreadsheet } from '../../../fake/spreadsheet';
import type { PlanRolesResult, RequirementsResult } from '../../../src/api/docs';
import { LINK_KEY } from '../../../src/docs/link';
import {
  planningPage,
  PLANNING_LEVELS,
  PLANNING_PATH,
  pageUrl,
  rawUrl,
} from '../../../scripts/harness/handbookPages';
import { callsBesidesPackDecodes, countOf, packDecodes } from '../../../scripts/harness/callScenarios';
import { headerIndex, openPlan, tabValues, type Harness } from '../../../scripts/harness/harness';
import { expectCommonFailure } from '../../support/replies';
import { blocksOf, bodyTexts, openConversation, type Conversation } from './conversation';

const PLAN_ID = '1FollowedGrowthPlanSpreadsheet_0123456789';
const PLAN_URL = `https://docs.google.com/spreadsheets/d/${PLAN_ID}/edit`;
const DEAL_DESK = 'sales/deal-desk';
const DEAL_DESK_PAGE = readFileSync(
  join(__dirname, '../../fixtures/job-families', `${DEAL_DESK}.md`),
  'utf8',
);
const SPECIALIST = 'deal-desk/specialist';
const ANALYST = 'deal-desk/analyst';

/** The table columns the document shows, and the sheet's columns they come from. */
const FROM_SHEET = ['Area', 'Requirement', 'Compared with current role', 'Self rating', 'Manager rating'];

function growthPlan(): Harness {
  return openPlan(undefined, {
    responses: {
      [rawUrl(PLANNING_PATH)]: { body: planningPage() },
      [rawUrl(DEAL_DESK)]: { body: DEAL_DESK_PAGE },
    },
  });
}

/** The reply, after checking it is a success. */
function ok(reply: unknown): unknown {
  expect(reply).toMatchObject({ ok: true });
  return reply;
}

function importPlanning(
  h: Harness,
  targetLevel = 'senior-planning-analyst',
  currentLevel: string | null = 'planning-analyst',
) {
  ok(h.run('importHandbookRequirements', { url: pageUrl(PLANNING_PATH), targetLevel, currentLevel }));
}

/** Types into the plan as a person would (not counted). */
function setCell(h: Harness, tab: string, requirement: string, header: string, value: unknown): void {
  silently(() => {
    const sheet = h.spreadsheet.getSheetByName(tab)!;
    const values = sheet.getDataRange().getValues();
    const column = headerIndex(values[0]!);
    const index = values.findIndex((r) => r[column('Requirement')] === requirement);
    if (index < 1) throw new Error(`no row "${requirement}"`);
    sheet.getRange(index + 1, column(header) + 1).setValue(value);
  });
}

/**
 * The plan as the Docs add-on opens it: a copy of the Growth Plan's workbook under PLAN_ID (sharing
 * the workbook itself would bind it to the Docs fake's call counter). Text stays text.
 */
function planCopy(h: Harness, timeZone?: string): FakeSpreadsheet {
  return silently(() => {
    const tabs: Record<string, unknown[][]> = {};
    for (const sheet of h.spreadsheet.getSheets()) {
      const values = sheet.getLastRow() > 0 ? sheet.getDataRange().getValues() : [];
      tabs[sheet.getName()] = values.map((row) =>
        row.map((v) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v)),
      );
    }
    return FakeSpreadsheet.fromTabs(tabs, { id: PLAN_ID, name: 'My growth plan', timeZone });
  });
}

function conversation(h: Harness): Conversation {
  return openConversation({
    content: ['Notes before', 'Notes after'],
    cursor: { path: [0] },
    spreadsheets: [planCopy(h)],
    documentProperties: { [LINK_KEY]: PLAN_URL },
  });
}

/** The active rows of the plan's Role Requirements, as the document's table should show them. */
function sheetRows(h: Harness, withComparison = true): string[][] {
  const [header, ...rows] = tabValues(h, 'Role Requirements');
  const column = headerIndex(header!);
  const columns = withComparison ? FROM_SHEET : FROM_SHEET.filter((c) => !c.startsWith('Compared'));
  return rows
    .filter((r) => r[column('Requirement')] !== '' && r[column('In target role')] !== 'No')
    .map((r) => columns.map((c) => String(r[column(c)])));
}

/** The data rows of the requirements table in the document. */
function documentRows(c: Conversation): string[][] {
  const snapshot = c.snapshot();
  const block = snapshot.tabs[0]!.namedRanges.find((r) => r.name.startsWith('careergrowth.requirements'))!;
  for (const i of block.covers) {
    const element = snapshot.tabs[0]!.body[Number(i)]!;
    if (element.type === 'TABLE') return element.cells.slice(1);
  }
  throw new Error('the requirements block holds no table');
}

describe('a plan holding a handbook page’s level', () => {
  it('reports the plan’s roles as the plan holds them, for the dialog to preselect', () => {
    const h = growthPlan();
    importPlanning(h);
    const c = conversation(h);
    const roles = ok(c.run('getPlanRoles')) as PlanRolesResult;
    expect(roles).toEqual({
      ok: true,
      linkedSpreadsheetUrl: PLAN_URL,
      planName: 'My growth plan',
      target: {
        id: 'plan:target',
        title: 'Senior Planning Analyst',
        inCatalog: false,
        handbookUrl: `${pageUrl(PLANNING_PATH)}#senior-planning-analyst`,
      },
      current: {
        id: 'plan:current',
        title: 'Planning Analyst',
        inCatalog: false,
        handbookUrl: pageUrl(PLANNING_PATH),
      },
      requirements: PLANNING_LEVELS[1]!.requirements.length - 1,
      note: null,
    });
  });

  it('inserts the plan’s rows exactly, in the sheet’s order, and remembers that the table follows the plan', () => {
    const h = growthPlan();
    importPlanning(h);
    setCell(h, 'Role Requirements', 'Leads the yearly capacity planning cycle', 'Self rating', 'Developing');
    setCell(h, 'Role Requirements', 'Builds territory models in spreadsheets', 'Manager rating', 'Exceeds');
    const c = conversation(h);
    const result = ok(
      c.run('insertRoleRequirements', { targetRoleId: 'plan:target', currentRoleId: 'plan:current' }),
    ) as RequirementsResult;
    expect(result).toMatchObject({
      status: 'inserted',
      targetRole: { id: 'plan:target', title: 'Senior Planning Analyst' },
      currentRole: { id: 'plan:current', title: 'Planning Analyst' },
      requirements: 4,
      newComparedWithCurrent: 3,
      ratedFromPlan: 2,
      followsPlan: true,
    });
    expect(result.name).toMatch(/^careergrowth\.requirements\.[0-9a-f]+\.plan$/);
    expect(documentRows(c)).toEqual(sheetRows(h));
    // Text that looks like a formula in the sheet is the same text in the document.
    expect(documentRows(c).map((r) => r[1])).toContain('=SUM(A1:A9) style formulas hold no fear');
    expect(bodyTexts(c.snapshot()).slice(1, 3)).toEqual([
      'Role requirements: Senior Planning Analyst (GitLab handbook)',
      'As in the growth plan "My growth plan": its 4 requirements in the handbook\'s wording, in the order of its Role Requirements tab. Compared with Planning Analyst: 3 of 4 are new. Ratings as the plan holds them (2 of 4 rated there).',
    ]);
    expect(c.outside()).toEqual(['Notes before', 'Notes after']);
    // The dialog reopens with the plan's roles, not roles of its own.
    expect(c.run('getConversationState')).toMatchObject({ lastRoles: null });
  });

  it('after the plan’s rows change, a refresh (and an insert) matches the sheet again, in place', () => {
    const h = growthPlan();
    importPlanning(h);
    const c = conversation(h);
    ok(c.run('insertRoleRequirements', { targetRoleId: 'plan:target', currentRoleId: 'plan:current' }));
    const where = blocksOf(c.snapshot());

    // In the sheet: a rating, a row of the person's own, then the page gains a requirement and is
    // imported again.
    setCell(h, 'Role Requirements', 'Coaches analysts on modelling practice', 'Self rating', 'Meets');
    silently(() => {
      const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
      const width = sheet.getLastColumn();
      const column = headerIndex(sheet.getRange(1, 1, 1, width).getValues()[0]!);
      const mine = Array.from({ length: width }, () => '');
      mine[column('Requirement')] = 'Presents the plan at the kick-off';
      mine[column('Area')] = 'Communication';
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, width).setValues([mine]);
    });
    const levels = PLANNING_LEVELS.map((l, i) =>
      i === 1 ? { ...l, requirements: [...l.requirements, 'Runs the territory review with finance'] } : l,
    );
    h.fake.urlFetch.respond(rawUrl(PLANNING_PATH), { body: planningPage(levels) });
    h.fake.caches.script.clear(); // as after the cached page expired
    importPlanning(h);
    c.fake.registerSpreadsheet(planCopy(h));

    const refreshed = ok(c.run('refreshInsertedSections')) as { refreshed: { kind: string }[] };
    expect(refreshed.refreshed.map((b) => b.kind)).toEqual(['requirements']);
    expect(documentRows(c)).toEqual(sheetRows(h));
    expect(documentRows(c)).toHaveLength(6);
    expect(documentRows(c).map((r) => r[1])).toContain('Presents the plan at the kick-off');
    expect(blocksOf(c.snapshot())).toEqual(where);

    // The plan now aims at the other level, with no current role: the table follows again.
    importPlanning(h, 'planning-analyst', null);
    c.fake.registerSpreadsheet(planCopy(h));
    ok(c.run('refreshInsertedSections'));
    expect(documentRows(c)).toEqual(sheetRows(h, false));
    expect(bodyTexts(c.snapshot())[1]).toBe('Role requirements: Planning Analyst (GitLab handbook)');
    // Inserting the plan's roles as they are now replaces the table in place with the same rows.
    expect(c.run('getPlanRoles')).toMatchObject({ target: { id: 'plan:target' }, current: null });
    const again = ok(
      c.run('insertRoleRequirements', { targetRoleId: 'plan:target', currentRoleId: null }),
    ) as RequirementsResult;
    expect(again).toMatchObject({ status: 'replaced', followsPlan: true, currentRole: null });
    expect(documentRows(c)).toEqual(sheetRows(h, false));
    expect(c.outside()).toEqual(['Notes before', 'Notes after']);
  });

  it('refuses the plan’s role once the plan no longer holds it, changing nothing', () => {
    const h = growthPlan();
    importPlanning(h);
    ok(h.run('importRoleRequirements', { currentRoleId: null, targetRoleId: SPECIALIST }));
    const c = conversation(h);
    const before = c.snapshot();
    expectCommonFailure(
      c.run('insertRoleRequirements', { targetRoleId: 'plan:target', currentRoleId: 'plan:current' }),
      'invalid',
      /no longer holds the roles you picked/,
    );
    expect(c.snapshot()).toEqual(before);
  });

  it('refuses a role from a plan when no plan is linked, or the linked one cannot be read', () => {
    const h = growthPlan();
    importPlanning(h);
    const unlinked = openConversation({ content: ['Notes'], spreadsheets: [planCopy(h)] });
    const before = unlinked.snapshot();
    expectCommonFailure(
      unlinked.run('insertRoleRequirements', { targetRoleId: 'plan:target', currentRoleId: null }),
      'invalid',
      /no linked growth plan/,
    );
    expect(unlinked.snapshot()).toEqual(before);
    expect(unlinked.run('getPlanRoles')).toMatchObject({ ok: true, target: null, note: null });

    const unreadable = openConversation({ content: ['Notes'], documentProperties: { [LINK_KEY]: PLAN_URL } });
    expectCommonFailure(
      unreadable.run('insertRoleRequirements', {
        targetRoleId: 'plan:target',
        currentRoleId: 'plan:current',
      }),
      'invalid',
      /could not be opened/,
    );
    expect(unreadable.run('getPlanRoles')).toMatchObject({
      ok: true,
      target: null,
    });
    expect((unreadable.run('getPlanRoles') as PlanRolesResult).note).toMatch(
      /^The linked growth plan could not be read, so pick the roles here\. The growth plan could not be opened/,
    );
  });

  it('offers no roles from a plan that holds no requirements yet, and says so', () => {
    const h = growthPlan();
    ok(h.run('setUpGrowthPlan'));
    const c = conversation(h);
    expect(c.run('getPlanRoles')).toMatchObject({
      ok: true,
      target: null,
      current: null,
      requirements: 0,
      note: 'The growth plan "My growth plan" holds no requirements yet, so pick the roles here.',
    });
  });
});

describe('a plan holding a catalog role', () => {
  it('in the handbook’s wording: the catalog role is preselected, and inserting it holds the plan’s handbook rows', () => {
    const h = growthPlan();
    ok(
      h.run('importRoleRequirements', { currentRoleId: null, targetRoleId: SPECIALIST, wording: 'handbook' }),
    );
    const c = conversation(h);
    const roles = ok(c.run('getPlanRoles')) as PlanRolesResult;
    expect(roles.target).toEqual({
      id: SPECIALIST,
      title: 'Deal Desk Specialist',
      inCatalog: true,
      handbookUrl: pageUrl(DEAL_DESK),
    });
    expect(roles.current).toBeNull();
    const result = ok(
      c.run('insertRoleRequirements', { targetRoleId: SPECIALIST, currentRoleId: null }),
    ) as RequirementsResult;
    expect(result.followsPlan).toBe(true);
    expect(documentRows(c)).toEqual(sheetRows(h, false));
    expect(bodyTexts(c.snapshot())[1]).toBe('Role requirements: Deal Desk Specialist (Deal Desk, grade 5)');
  });

  it('in the catalog’s wording: its own roles follow the plan; another pick is the catalog’s table as before', () => {
    const h = growthPlan();
    ok(h.run('importRoleRequirements', { currentRoleId: SPECIALIST, targetRoleId: ANALYST }));
    setCell(
      h,
      'Role Requirements',
      tabValues(h, 'Role Requirements')[1]![3] as string,
      'Self rating',
      'Meets',
    );
    const c = conversation(h);
    const roles = ok(c.run('getPlanRoles')) as PlanRolesResult;
    expect(roles).toMatchObject({
      target: { id: ANALYST, inCatalog: true, handbookUrl: null },
      current: { id: SPECIALIST, inCatalog: true },
    });
    const followed = ok(
      c.run('insertRoleRequirements', { targetRoleId: ANALYST, currentRoleId: SPECIALIST }),
    ) as RequirementsResult;
    expect(followed).toMatchObject({ followsPlan: true, ratedFromPlan: 1 });
    expect(documentRows(c)).toEqual(sheetRows(h));

    // The same target with no current role is not the plan's pick: the catalog's table, as before.
    const picked = ok(
      c.run('insertRoleRequirements', { targetRoleId: ANALYST, currentRoleId: null }),
    ) as RequirementsResult;
    expect(picked).toMatchObject({ status: 'replaced', followsPlan: false, ratedFromPlan: 1 });
    expect(picked.name).toMatch(/\.deal-desk%2Fanalyst\.$/);
    expect(bodyTexts(c.snapshot())[2]).toMatch(/^No current role chosen/);
    expect(c.run('getConversationState')).toMatchObject({
      lastRoles: { targetRoleId: ANALYST, currentRoleId: null },
    });
    // A refresh keeps that table the catalog's.
    ok(c.run('refreshInsertedSections'));
    expect(bodyTexts(c.snapshot())[2]).toMatch(/^No current role chosen/);
  });
});

describe('calls of the plan’s requirements table', () => {
  /** A plan of the planning page's senior level, with `extra` rows of a person's own. */
  function planWith(extra: number): Harness {
    const h = growthPlan();
    importPlanning(h);
    silently(() => {
      const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
      const width = sheet.getLastColumn();
      const column = headerIndex(sheet.getRange(1, 1, 1, width).getValues()[0]!);
      const rows = Array.from({ length: extra }, (_, i) => {
        const row = Array.from({ length: width }, () => '');
        row[column('Requirement')] = `My requirement ${i}`;
        row[column('Self rating')] = i % 2 ? 'Meets' : 'Developing';
        return row;
      });
      if (extra > 0) sheet.getRange(sheet.getLastRow() + 1, 1, extra, width).setValues(rows);
    });
    return h;
  }

  function measure(c: Conversation, action: () => unknown) {
    c.fake.calls.reset();
    action();
    return countOf(c.fake.calls);
  }

  const insert = (c: Conversation) =>
    ok(c.run('insertRoleRequirements', { targetRoleId: 'plan:target', currentRoleId: 'plan:current' }));

  it('getPlanRoles reads the Role Requirements and Summary tabs once each, whatever the rows', () => {
    const [few, many] = [0, 300].map((extra) => {
      const c = conversation(planWith(extra));
      return measure(c, () => ok(c.run('getPlanRoles')));
    });
    expect(many!.byMethod).toEqual(few!.byMethod);
    expect(many!.byMethod['SpreadsheetApp.openByUrl']).toBe(1);
    expect(many!.byMethod['Range.getValues']).toBe(2);
    expect(many!.total).toBeLessThanOrEqual(20);
  });

  it.each([false, true])(
    'inserting (replace: %s) and refreshing cost the same for 4 and 304 rows',
    (replace) => {
      const counts = [0, 300].map((extra) => {
        const c = conversation(planWith(extra));
        if (replace) insert(c);
        const inserted = measure(c, () => insert(c));
        const refreshed = measure(c, () => ok(c.run('refreshInsertedSections')));
        return { inserted, refreshed };
      });
      const [few, many] = counts as [(typeof counts)[0], (typeof counts)[0]];
      expect(many.inserted.byMethod).toEqual(few.inserted.byMethod);
      expect(many.refreshed.byMethod).toEqual(few.refreshed.byMethod);
      for (const count of [many.inserted, many.refreshed]) {
        expect(count.byMethod['SpreadsheetApp.openByUrl']).toBe(1);
        expect(count.byMethod['Range.getValues']).toBe(2);
        // The table is one insertTable whatever its rows.
        expect(count.byMethod['Body.insertTable']).toBe(1);
      }
      // Besides the two pack decodes (the engine, the catalog: local calls, no document or plan).
      expect(packDecodes(many.inserted)).toBe(2);
      expect(callsBesidesPackDecodes(many.inserted)).toBeLessThanOrEqual(replace ? 70 : 60);
      expect(callsBesidesPackDecodes(many.refreshed)).toBeLessThanOrEqual(70);
    },
  );
});
