/**
 * Import from a handbook page, end to end: the built bundle against the strict fake, with a fake
 * network that allows exactly what the built manifest allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RAW_JOB_FAMILIES_PREFIX } from '../../src/core/handbook/url';
import type {
  HandbookFailure,
  HandbookImportResult,
  HandbookLookup,
  ImportSummary,
  PlannerState,
} from '../../src/api/sheets';
import type { ScriptedResponse } from '../../fake';
import {
  generatedPage,
  jobFamilyMarkdown,
  pageUrl,
  PLANNING_LEVELS,
  PLANNING_PATH,
  planningPage,
  rawUrl,
} from '../../scripts/harness/handbookPages';
import {
  largeHandbookPage,
  handbookImportCalls,
  smallHandbookPage,
} from '../../scripts/harness/handbookScenarios';
import { callsBesidesPackDecodes, packDecodes } from '../../scripts/harness/callScenarios';
import { openPlan, setCells, tabValues, type Harness } from '../../scripts/harness/harness';
import { expectCommonFailure, expectFailure } from '../support/replies';

const URL = pageUrl(PLANNING_PATH);
const SENIOR = 'senior-planning-analyst';
const ANALYST = 'planning-analyst';

function plan(
  responses: Record<string, ScriptedResponse> = { [rawUrl(PLANNING_PATH)]: { body: planningPage() } },
): Harness {
  return openPlan(undefined, { responses });
}

function lookup(h: Harness, url = URL): HandbookLookup {
  return h.run('getHandbookFamily', { url }) as HandbookLookup;
}

function importLevel(
  h: Harness,
  targetLevel = SENIOR,
  currentLevel: string | null = ANALYST,
  url = URL,
): HandbookImportResult {
  return h.run('importHandbookRequirements', { url, targetLevel, currentLevel }) as HandbookImportResult;
}

function rows(h: Harness): Record<string, unknown>[] {
  const [header, ...data] = tabValues(h, 'Role Requirements');
  return data.map((row) => Object.fromEntries(header!.map((name, i) => [String(name), row[i]])));
}

/** A handbook failure: nothing written, the reason and a message for people, maybe a catalog role. */
function expectHandbookFailure(
  result: HandbookLookup | HandbookImportResult,
  reason: string,
  message: RegExp,
): HandbookFailure {
  const failure = expectFailure<HandbookFailure>(result, 'handbook', message);
  expect(failure.reason).toBe(reason);
  return failure;
}

describe('looking up a handbook page', () => {
  it('lists its levels with grades and requirement counts (boilerplate left out) in one fetch', () => {
    const h = plan();
    const result = lookup(h, `${URL}#${SENIOR}`);
    if (!result.ok) throw new Error(result.message);
    expect(result.title).toBe('Planning Analyst');
    expect(result.url).toBe(URL);
    expect(result.levels.map((l) => [l.slug, l.title, l.grade, l.requirementCount])).toEqual([
      [ANALYST, 'Planning Analyst', 6, 3],
      [SENIOR, 'Senior Planning Analyst', 7, 4],
    ]);
    expect(result.suggestedLevel).toBe(SENIOR);
    expect(result.skippedCommon).toBe(2);
    expect(result.catalogFamilyId).toBeNull();
    expect(h.fake.urlFetch.requests.map((r) => r.url)).toEqual([rawUrl(PLANNING_PATH)]);
    expect(h.fake.urlFetch.requests[0]!.params).toMatchObject({
      muteHttpExceptions: true,
      followRedirects: false,
    });
  });

  it('answers a second look-up and the import from the cache: no second fetch', () => {
    const h = plan();
    expect(lookup(h).ok).toBe(true);
    h.fake.calls.reset();
    expect(lookup(h).ok).toBe(true);
    expect(importLevel(h).ok).toBe(true);
    expect(h.fake.calls.count('UrlFetchApp')).toBe(0);
    expect(h.fake.urlFetch.requests).toHaveLength(1);
  });

  it('reads a section page from its _index.md when the page file does not exist', () => {
    const h = plan({
      [rawUrl(PLANNING_PATH)]: { status: 404, body: 'Not Found' },
      [`${RAW_JOB_FAMILIES_PREFIX}${PLANNING_PATH}/_index.md`]: { body: planningPage() },
    });
    expect(lookup(h).ok).toBe(true);
    expect(h.fake.urlFetch.requests).toHaveLength(2);
  });

  it('follows a redirect to another handbook file once', () => {
    const moved = `${RAW_JOB_FAMILIES_PREFIX}sales/planning-analyst-new.md`;
    const h = plan({
      [rawUrl(PLANNING_PATH)]: { status: 301, headers: { Location: moved } },
      [moved]: { body: planningPage() },
    });
    expect(lookup(h).ok).toBe(true);
  });
});

describe('a redirect is followed only inside the raw job-family files', () => {
  const PATH = '/gitlab-com/content-sites/handbook/-/raw/main/content/job-families/';
  const hostile: [string, string][] = [
    ['an encoded ..', `${RAW_JOB_FAMILIES_PREFIX}%2e%2e/%2e%2e/%2e%2e/secret.md`],
    ['a mixed-case encoded ..', `${RAW_JOB_FAMILIES_PREFIX}%2E%2e/secret.md`],
    ['a double-encoded ..', `${RAW_JOB_FAMILIES_PREFIX}%252e%252e/%252e%252e/secret.md`],
    ['..%2f', `${RAW_JOB_FAMILIES_PREFIX}..%2f..%2f..%2f..%2fsecret.md`],
    ['%5c', `${RAW_JOB_FAMILIES_PREFIX}..%5c..%5csecret.md`],
    ['backslashes', `${RAW_JOB_FAMILIES_PREFIX}..\\..\\secret.md`],
    ['a plain ..', `${RAW_JOB_FAMILIES_PREFIX}../../../../../../../../other/-/raw/main/x.md`],
    ['a trailing-dot segment', `${RAW_JOB_FAMILIES_PREFIX}.../secret.md`],
    ['user info', `https://someone@gitlab.com${PATH}sales/planning-analyst.md`],
    ['another port', `https://gitlab.com:8443${PATH}sales/planning-analyst.md`],
    ['plain http', `http://gitlab.com${PATH}sales/planning-analyst.md`],
    ['a look-alike host', `https://gitlab.com.evil.example${PATH}sales/planning-analyst.md`],
    ['a protocol-relative host', '//evil.example.com/page.md'],
    [
      'a path that climbs from the host',
      '/gitlab-com/content-sites/handbook/-/raw/main/content/../../secret.md',
    ],
    ['a query', `${RAW_JOB_FAMILIES_PREFIX}sales/planning-analyst.md?inline=false`],
  ];

  it.each(hostile)(
    '%s is refused as blocked, with no second fetch and nothing written',
    (_name, location) => {
      const h = plan({
        [rawUrl(PLANNING_PATH)]: { status: 302, headers: { Location: location } },
      });
      // Whatever the redirect names would be served, so only the add-on's own check stands in the way.
      h.fake.urlFetch.fallback = { body: planningPage() };
      h.fake.urlFetch.whitelist = null;
      h.call('setUpGrowthPlan');
      const before = h.fake.snapshot();
      expectHandbookFailure(lookup(h), 'blocked', /which the add-on does not read/);
      expectHandbookFailure(importLevel(h), 'blocked', /which the add-on does not read/);
      expect(h.fake.urlFetch.requests.map((r) => r.url)).toEqual([
        rawUrl(PLANNING_PATH),
        rawUrl(PLANNING_PATH),
      ]);
      expect(h.fake.snapshot()).toEqual(before);
      expect(h.fake.locksHeld()).toEqual([]);
    },
  );

  it.each([
    ['an upper-case host', `https://GITLAB.com${PATH}sales/planning-analyst-new.md`],
    ['a path on the same host', `${PATH}sales/planning-analyst-new.md`],
    ['a sibling file', 'planning-analyst-new.md'],
    ['a "." and an empty segment', `${RAW_JOB_FAMILIES_PREFIX}sales/.//planning-analyst-new.md`],
  ])('%s is followed, to its canonical address', (_name, location) => {
    const moved = `${RAW_JOB_FAMILIES_PREFIX}sales/planning-analyst-new.md`;
    const h = plan({
      [rawUrl(PLANNING_PATH)]: { status: 301, headers: { Location: location } },
      [moved]: { body: planningPage() },
    });
    expect(lookup(h).ok).toBe(true);
    expect(h.fake.urlFetch.requests.map((r) => r.url)).toEqual([rawUrl(PLANNING_PATH), moved]);
  });

  it('a second redirect is not followed', () => {
    const moved = `${RAW_JOB_FAMILIES_PREFIX}sales/planning-analyst-new.md`;
    const h = plan({
      [rawUrl(PLANNING_PATH)]: { status: 301, headers: { Location: moved } },
      [moved]: {
        status: 301,
        headers: { Location: `${RAW_JOB_FAMILIES_PREFIX}sales/planning-analyst-3.md` },
      },
    });
    expectHandbookFailure(lookup(h), 'blocked', /which the add-on does not read/);
    expect(h.fake.urlFetch.requests).toHaveLength(2);
  });
});

describe('a handbook page that cannot be used changes nothing', () => {
  const DEAL_DESK = 'sales/deal-desk';
  const cases: [string, Record<string, ScriptedResponse>, string, RegExp][] = [
    ['a page that does not exist (404)', {}, 'not-found', /no job-family page at .*deal-desk/],
    ['a timeout', { [rawUrl(DEAL_DESK)]: { delayMs: 90_000 } }, 'timeout', /took too long/],
    [
      'a redirect to another host',
      { [rawUrl(DEAL_DESK)]: { status: 302, headers: { Location: 'https://evil.example.com/page.md' } } },
      'blocked',
      /evil\.example\.com\/page\.md, which the add-on does not read/,
    ],
    [
      'a huge page',
      { [rawUrl(DEAL_DESK)]: { body: `# Huge\n${'x'.repeat(600_000)}` } },
      'too-large',
      /far larger than any job-family page/,
    ],
    [
      'a page with no levels',
      { [rawUrl(DEAL_DESK)]: { body: 'Just some text, no headings, no lists.' } },
      'unreadable',
      /could not be read as a job family/,
    ],
    [
      'a server error',
      { [rawUrl(DEAL_DESK)]: { status: 503 } },
      'unavailable',
      /not answering right now \(status 503\)/,
    ],
    [
      'an unreachable host',
      { [rawUrl(DEAL_DESK)]: { error: `DNS error: ${rawUrl(DEAL_DESK)}` } },
      'unavailable',
      /could not be reached/,
    ],
  ];

  it.each(cases)(
    '%s: a clear message, the catalog role offered, nothing written',
    (_name, responses, reason, message) => {
      const notFound = Object.fromEntries(
        ['.md', '/_index.md', '/index.md'].map((end) => [
          `${RAW_JOB_FAMILIES_PREFIX}${DEAL_DESK}${end}`,
          { status: 404 },
        ]),
      );
      const h = plan({ ...notFound, ...responses });
      h.call('setUpGrowthPlan');
      const before = h.fake.snapshot();
      const looked = expectHandbookFailure(
        lookup(h, `${pageUrl(DEAL_DESK)}#deal-desk-analyst`),
        reason,
        message,
      );
      expect(looked.catalogRole).toEqual({
        roleId: 'deal-desk/analyst',
        title: 'Deal Desk Analyst',
      });
      expect(looked.message).toMatch(/import "Deal Desk Analyst" from the catalog instead/);
      const imported = expectHandbookFailure(
        importLevel(h, 'deal-desk-analyst', null, pageUrl(DEAL_DESK)),
        reason,
        message,
      );
      expect(imported.catalogRole?.roleId).toBe('deal-desk/analyst');
      expect(h.fake.snapshot()).toEqual(before);
      expect(h.fake.locksHeld()).toEqual([]);
      // Nothing but the handbook's raw files was ever requested.
      expect(h.fake.urlFetch.requests.every((r) => r.url.startsWith(RAW_JOB_FAMILIES_PREFIX))).toBe(true);
    },
  );

  it('a page outside the catalog offers no catalog role', () => {
    const path = 'engineering/backend-engineer';
    const h = plan(
      Object.fromEntries(
        ['.md', '/_index.md', '/index.md'].map((end) => [
          `${RAW_JOB_FAMILIES_PREFIX}${path}${end}`,
          { status: 404 },
        ]),
      ),
    );
    const looked = expectHandbookFailure(lookup(h, pageUrl(path)), 'not-found', /no job-family page/);
    expect(looked.catalogRole).toBeNull();
  });

  it.each([
    [
      'another host',
      'https://example.com/job-families/sales/deal-desk/',
      /Only GitLab handbook job-family pages/,
    ],
    [
      'a handbook page that is not a job family',
      'https://handbook.gitlab.com/handbook/values/',
      /not a job family/,
    ],
    ['no address', '', /address is empty/],
    ['a number', 42, /address must be text/],
  ])('a bad address (%s) is refused as invalid before any fetch', (_name, url, message) => {
    const h = plan();
    h.call('setUpGrowthPlan');
    const before = h.fake.snapshot();
    expectCommonFailure(h.run('getHandbookFamily', { url }), 'invalid', message);
    expectCommonFailure(
      h.run('importHandbookRequirements', { url, targetLevel: SENIOR, currentLevel: null }),
      'invalid',
      message,
    );
    expect(h.fake.urlFetch.requests).toEqual([]);
    expect(h.fake.snapshot()).toEqual(before);
  });

  it('a level the page does not have is refused and writes nothing', () => {
    const h = plan();
    h.call('setUpGrowthPlan');
    const before = h.fake.snapshot();
    expectHandbookFailure(importLevel(h, 'astronaut', null), 'no-level', /has no level "astronaut"/);
    expectHandbookFailure(importLevel(h, SENIOR, 'astronaut'), 'no-level', /has no level "astronaut"/);
    expectCommonFailure(
      h.run('importHandbookRequirements', { url: URL, targetLevel: '' }),
      'invalid',
      /target level is empty/,
    );
    expect(h.fake.snapshot()).toEqual(before);
  });

  it('echoes a level without bidirectional overrides or zero-width characters', () => {
    const h = plan();
    const failure = expectHandbookFailure(
      importLevel(h, `astro\u202Enaut\u200B${'x'.repeat(100)}`, null),
      'no-level',
      /has no level "astronautx+…" now/,
    );
    expect(failure.message).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
  });

  it('a level that lists no requirements of its own is refused rather than marking every row', () => {
    const empty = jobFamilyMarkdown('Planning Analyst', [
      ...PLANNING_LEVELS,
      { title: 'Planning Lead', grade: 8, requirements: [] },
    ]);
    const h = plan({ [rawUrl(PLANNING_PATH)]: { body: empty } });
    expect(importLevel(h, SENIOR, null).ok).toBe(true);
    const before = h.fake.snapshot();
    expectHandbookFailure(
      importLevel(h, 'planning-lead', null),
      'no-requirements',
      /"Planning Lead" lists no requirements/,
    );
    expect(h.fake.snapshot()).toEqual(before);
  });

  it('in AuthMode.NONE the menu opens without touching the network or the cache', () => {
    const h = openPlan(undefined, { authMode: 'NONE' });
    h.call('onOpen', h.fake.events.onOpen());
    expect(h.fake.calls.count('UrlFetchApp') + h.fake.calls.count('CacheService')).toBe(0);
    const before = h.fake.snapshot();
    expect(() =>
      h.call('importHandbookRequirements', { url: URL, targetLevel: SENIOR, currentLevel: null }),
    ).toThrow(/permission/);
    expect(h.fake.snapshot()).toEqual(before);
  });
});

describe('importing a handbook level', () => {
  it('writes its requirements as literal text, compared with the current level, and remembers the plan', () => {
    const h = plan();
    const result = importLevel(h);
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({
      wording: 'handbook',
      requirements: 4,
      newComparedWithCurrent: 3,
      added: 4,
      kept: 0,
      skippedCommon: 1,
    });
    expect(result.targetRole).toEqual({
      id: `handbook:${PLANNING_PATH}#${SENIOR}`,
      title: 'Senior Planning Analyst',
    });
    const written = rows(h);
    expect(written.map((r) => r.Requirement)).toEqual([
      'Builds territory models in spreadsheets',
      'Leads the yearly capacity planning cycle',
      '=SUM(A1:A9) style formulas hold no fear',
      'Coaches analysts on modelling practice',
    ]);
    expect(written.map((r) => r['Compared with current role'])).toEqual([
      'Builds on current role',
      'New',
      'New',
      'New',
    ]);
    expect(written.map((r) => r.Area)).toEqual([
      'Analysis and reporting',
      'Planning and strategy',
      'General',
      'People leadership',
    ]);
    expect(written.every((r) => r.Role === 'Senior Planning Analyst' && r['In target role'] === 'Yes')).toBe(
      true,
    );

    const state = h.run('getPlannerState') as PlannerState;
    expect(state.plan.targetRoleId).toBe(`handbook:${PLANNING_PATH}#${SENIOR}`);
    expect(state.plan.handbook).toMatchObject({
      url: URL,
      targetLevel: SENIOR,
      targetTitle: 'Senior Planning Analyst',
      currentLevel: ANALYST,
    });
    const summary = tabValues(h, 'Summary');
    expect(summary.flat()).toContain('Senior Planning Analyst');
    expect(summary.flat()).toContain('Planning Analyst');

    setCells(h, 'Role Requirements', 'Self rating', ['Developing']);
    const generated = h.run('generateActionPlan') as { added: number };
    // One gap, the whole focus: a hands-on project, a step with others and formal learning.
    expect(generated.added).toBe(3);
  });

  it('a re-import after the page changed adds the new text, marks vanished rows, keeps ratings, adds no duplicates', () => {
    let markdown = planningPage();
    const h = plan({ [rawUrl(PLANNING_PATH)]: { body: '' } });
    h.fake.urlFetch.respond(rawUrl(PLANNING_PATH), () => ({ body: markdown }));
    expect(importLevel(h, SENIOR, null).ok).toBe(true);
    setCells(h, 'Role Requirements', 'Self rating', ['Meets', 'Developing', 'Exceeds', 'Not yet']);
    setCells(h, 'Role Requirements', 'Evidence', ['Q3 model', '', '', 'Ran two workshops']);

    const [analyst, senior] = PLANNING_LEVELS;
    markdown = planningPage([
      analyst!,
      {
        ...senior!,
        requirements: [
          'builds territory models in spreadsheets.', // same text, other case and a full stop: same row
          'Leads the yearly capacity and coverage planning cycle', // edited: a new row, the old one marked
          'Coaches analysts on modelling practice',
          'Presents the plan to the executive team', // new
        ],
      },
    ]);
    h.fake.caches.script.clear(); // as after the cache entry expired
    const again = importLevel(h, SENIOR, null);
    if (!again.ok) throw new Error(again.message);
    expect(again).toMatchObject({ added: 2, kept: 2, markedNotInTarget: 2 });

    const written = rows(h);
    expect(written).toHaveLength(6);
    const byText = new Map(written.map((r) => [String(r.Requirement), r]));
    expect(byText.get('Builds territory models in spreadsheets')).toMatchObject({
      'Self rating': 'Meets',
      Evidence: 'Q3 model',
      'In target role': 'Yes',
    });
    expect(byText.get('Leads the yearly capacity planning cycle')).toMatchObject({
      'Self rating': 'Developing',
      'In target role': 'No',
    });
    expect(byText.get('=SUM(A1:A9) style formulas hold no fear')).toMatchObject({
      'Self rating': 'Exceeds',
      'In target role': 'No',
    });
    expect(byText.get('Coaches analysts on modelling practice')).toMatchObject({
      'Self rating': 'Not yet',
      Evidence: 'Ran two workshops',
      'In target role': 'Yes',
    });
    expect(byText.get('Leads the yearly capacity and coverage planning cycle')).toMatchObject({
      'Self rating': '',
      'In target role': 'Yes',
    });
    expect(byText.get('Presents the plan to the executive team')).toMatchObject({ 'In target role': 'Yes' });

    // A third import of the same page changes nothing.
    h.fake.caches.script.clear();
    const before = h.fake.snapshot();
    expect(importLevel(h, SENIOR, null)).toMatchObject({ ok: true, added: 0, kept: 4, markedNotInTarget: 0 });
    expect(h.fake.snapshot().spreadsheet.sheets).toEqual(before.spreadsheet.sheets);
  });

  it('a page too big for the cache is still imported, and read again next time', () => {
    const h = plan({ [rawUrl(PLANNING_PATH)]: { body: generatedPage(2000) } });
    const looked = lookup(h);
    expect(looked.ok && looked.levels[0]!.requirementCount).toBe(2000);
    expect(lookup(h).ok).toBe(true);
    expect(h.fake.urlFetch.requests).toHaveLength(2);
  });
});

describe('a real job-family page of another department', () => {
  // Test input from the GitLab handbook (CC BY-SA), kept in tests/fixtures; never product text.
  const AR = 'finance/accounts-receivable';
  const markdown = readFileSync(join(__dirname, '../fixtures/job-families-other', `${AR}.md`), 'utf8');

  it('is listed level by level and imports a level compared with the one below, every cell plain text', () => {
    const h = plan({ [rawUrl(AR)]: { body: markdown } });
    const looked = lookup(h, pageUrl(AR));
    if (!looked.ok) throw new Error(looked.message);
    expect(looked.levels.length).toBeGreaterThanOrEqual(3);
    expect(looked.levels.every((l) => l.title !== '' && l.requirementCount > 0)).toBe(true);
    expect(looked.catalogFamilyId).toBeNull();
    const [lower, upper] = looked.levels;
    const result = importLevel(h, upper!.slug, lower!.slug, pageUrl(AR));
    if (!result.ok) throw new Error(result.message);
    expect(result.requirements).toBe(upper!.requirementCount);
    expect(result.added).toBe(upper!.requirementCount);
    const written = rows(h);
    expect(written).toHaveLength(upper!.requirementCount);
    expect(
      written.every(
        (r) =>
          typeof r.Requirement === 'string' &&
          r.Requirement !== '' &&
          !/[*_`[\]]{2,}|<\/?[a-z]/i.test(r.Requirement),
      ),
    ).toBe(true);
    expect(written.filter((r) => r['Compared with current role'] === 'Builds on current role').length).toBe(
      result.requirements - result.newComparedWithCurrent,
    );
  });
});

describe("a catalog role in the handbook's current wording", () => {
  const DEAL_DESK_PAGE = jobFamilyMarkdown('Deal Desk', [
    {
      title: 'Deal Desk Specialist',
      grade: 5,
      requirements: [
        'Answers quoting questions in the support channel',
        'Knows the basics of revenue recognition',
      ],
    },
    {
      title: 'Deal Desk Analyst',
      grade: 6,
      requirements: [
        'Knows the basics of revenue recognition',
        'Structures non-standard deals',
        'Reads contract language closely',
      ],
    },
  ]);

  it("imports the page's text for the same level and keeps the catalog role as the plan's target", () => {
    const h = plan({ [rawUrl('sales/deal-desk')]: { body: DEAL_DESK_PAGE } });
    const result = h.run('importRoleRequirements', {
      currentRoleId: 'deal-desk/specialist',
      targetRoleId: 'deal-desk/analyst',
      wording: 'handbook',
    }) as ImportSummary;
    expect(result).toMatchObject({
      wording: 'handbook',
      requirements: 3,
      newComparedWithCurrent: 2,
      added: 3,
    });
    expect(rows(h).map((r) => r.Requirement)).toEqual([
      'Knows the basics of revenue recognition',
      'Structures non-standard deals',
      'Reads contract language closely',
    ]);
    expect(result.plan.targetRoleId).toBe('deal-desk/analyst');
    expect(result.plan.handbook).toMatchObject({
      targetLevel: 'deal-desk-analyst',
      currentLevel: 'deal-desk-specialist',
    });
    expect(h.fake.urlFetch.requests).toHaveLength(1); // both levels come from the one page

    // Switching back to the catalog's wording marks the handbook rows and adds the catalog's.
    const back = h.run('importRoleRequirements', {
      currentRoleId: null,
      targetRoleId: 'deal-desk/analyst',
    }) as ImportSummary;
    expect(back).toMatchObject({ wording: 'catalog', markedNotInTarget: 3, added: 6 });
    expect(back.plan.handbook).toBeNull();
  });

  it('a page that cannot be read is a handbook failure offering the catalog wording, and writes nothing', () => {
    const h = plan({ [rawUrl('sales/deal-desk')]: { delayMs: 100_000 } });
    h.call('setUpGrowthPlan');
    const before = h.fake.snapshot();
    const failure = expectHandbookFailure(
      h.run('importRoleRequirements', {
        currentRoleId: null,
        targetRoleId: 'deal-desk/analyst',
        wording: 'handbook',
      }) as HandbookImportResult,
      'timeout',
      /took too long.*import "Deal Desk Analyst" with the catalog's wording instead/,
    );
    expect(failure.catalogRole).toEqual({ roleId: 'deal-desk/analyst', title: 'Deal Desk Analyst' });
    expect(h.fake.snapshot()).toEqual(before);
    expectCommonFailure(
      h.run('importRoleRequirements', { targetRoleId: 'deal-desk/analyst', wording: 'web' }),
      'invalid',
      "Invalid request: The wording must be the catalog's or the handbook page's.",
    );
  });
});

describe('calls of a handbook import', () => {
  it('are exactly the same for a 3-requirement page and a 300-requirement page', () => {
    const small = smallHandbookPage();
    const large = largeHandbookPage(300);
    const a = handbookImportCalls(small.markdown);
    const b = handbookImportCalls(large.markdown);
    expect(b.byMethod).toEqual(a.byMethod);
    expect(a.fetches).toBe(1);
    expect([a.byMethod['UrlFetchApp.fetch'], a.byMethod['Cache.get'], a.byMethod['Cache.put']]).toEqual([
      1, 2, 1,
    ]);
    // Besides: the look-up decodes the engine, the catalog and the parser once each; the import
    // decodes the engine, and the catalog once, to find the level's catalog wording whose ratings
    // carry over.
    expect(callsBesidesPackDecodes(a)).toBeLessThanOrEqual(45);
    expect(packDecodes(a)).toBe(5);
  });
});
