/**
 * Packs in the built bundles: the engine, the catalog and the other lazy modules are decoded only by
 * the calls that need them, at most once per execution, and never by the menu, the sidebar or the
 * dialogs. The fake's Utilities.ungzip is
 * watched to learn which pack each execution decoded (by the name the decoder gives its blob).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createAppsScriptFake } from '../../fake';
import { silently } from '../../fake/calls';
import type { FakeBlob } from '../../fake/blob';
import type { FakeUtilities } from '../../fake/services';
import { openDocument, DOCS_CODE_PATH } from '../../scripts/harness/docsHarness';
import { rawUrl, pageUrl, planningPage } from '../../scripts/harness/handbookPages';
import { CODE_PATH, openPlan } from '../../scripts/harness/harness';
import { BUNDLE_REPORT, type BundleReport } from '../../scripts/build';
import { catalog } from '../../src/catalog';
import { SUGGESTION_LIBRARY } from '../../src/catalog/suggestions';

/** The packs each later execution ungzips, by name, in order (the list is reset by the caller). */
function watchUnpacking(utilities: FakeUtilities): string[] {
  const unpacked: string[] = [];
  const ungzip = utilities.ungzip.bind(utilities);
  utilities.ungzip = (blob: FakeBlob) => {
    unpacked.push(silently(() => blob.getName() ?? '(no name)'));
    return ungzip(blob);
  };
  return unpacked;
}

const TARGET = 'sales-strategy/vp';
const CURRENT = 'deal-desk/analyst';
const PATH = 'sales/planning-analyst';

function plan() {
  const h = openPlan(undefined, { responses: { [rawUrl(PATH)]: { body: planningPage() } } });
  const unpacked = watchUnpacking(h.fake.globals.Utilities);
  /** Calls a function as google.script.run would and says which packs that execution decoded. */
  const decodedBy = (name: string, ...args: unknown[]): string[] => {
    unpacked.length = 0;
    h.fake.calls.reset();
    h.run(name, ...args);
    expect(h.fake.calls.count('Utilities.base64Decode')).toBe(unpacked.length);
    return [...unpacked];
  };
  return { h, decodedBy };
}

describe('Growth Plan packs', () => {
  it('the menu, the sidebar and the help decode nothing', () => {
    const { h, decodedBy } = plan();
    h.call('setUpGrowthPlan');
    expect(decodedBy('onOpen', { authMode: 'FULL' })).toEqual([]);
    expect(decodedBy('onInstall', { authMode: 'FULL' })).toEqual([]);
    expect(decodedBy('showPlanner')).toEqual([]);
    expect(decodedBy('showHelp')).toEqual([]);
    expect(h.fake.calls.count('Utilities')).toBe(0);
  });

  it('an endpoint decodes the engine, and the catalog only when it reads it', () => {
    const { decodedBy } = plan();
    expect(decodedBy('setUpGrowthPlan')).toEqual(['sheetsEngine.gz']);
    expect(decodedBy('openTab', { tab: 'requirements' })).toEqual(['sheetsEngine.gz']);
    expect(decodedBy('menuGenerateActionPlan')).toEqual(['sheetsEngine.gz']);
  });

  it('a call that reads the catalog many times decodes it exactly once per execution', () => {
    const { h, decodedBy } = plan();
    h.call('setUpGrowthPlan');
    // Two role look-ups, the role list and both titles in the plan state: one decode.
    expect(decodedBy('importRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET })).toEqual([
      'sheetsEngine.gz',
      'catalog.gz',
    ]);
    expect(decodedBy('getPlannerState')).toEqual(['sheetsEngine.gz', 'catalog.gz']);
    expect(decodedBy('previewImport', { currentRoleId: CURRENT, targetRoleId: TARGET })).toEqual([
      'sheetsEngine.gz',
      'catalog.gz',
    ]);
    // A new execution decodes again: nothing survives between executions.
    expect(decodedBy('getPlannerState')).toEqual(['sheetsEngine.gz', 'catalog.gz']);
  });

  it('only parsing a page that is not cached evaluates the job-family parser', () => {
    const { h, decodedBy } = plan();
    h.call('setUpGrowthPlan');
    // The engine loads the parser through the pack reader of Code.js, like the catalog.
    expect(decodedBy('getHandbookFamily', { url: pageUrl(PATH) }).sort()).toEqual([
      'catalog.gz',
      'jobFamilyParser.gz',
      'sheetsEngine.gz',
    ]);
    // The page is in the script cache now: no parser. The import reads the catalog for the level's
    // catalog wording, whose ratings would carry over.
    expect(decodedBy('getHandbookFamily', { url: pageUrl(PATH) })).toEqual(['sheetsEngine.gz', 'catalog.gz']);
    expect(
      decodedBy('importHandbookRequirements', {
        url: pageUrl(PATH),
        targetLevel: 'senior-planning-analyst',
        currentLevel: null,
      }),
    ).toEqual(['sheetsEngine.gz', 'catalog.gz']);
  });

  it('carries the catalog, the parser and the engine packed, not as code', () => {
    const code = readFileSync(CODE_PATH, 'utf8');
    const requirement = catalog.families[0]?.levels[0]?.requirements[0]?.text ?? '';
    expect(requirement.length).toBeGreaterThan(20);
    expect(code).not.toContain(requirement);
    expect(code).not.toContain('mermaid');
    expect(code).not.toContain('safeParse');
  });
});

describe('Career Conversation packs', () => {
  function conversation() {
    const c = openDocument(['Intro']);
    const unpacked = watchUnpacking(c.fake.globals.Utilities);
    const decodedBy = (name: string, ...args: unknown[]): string[] => {
      unpacked.length = 0;
      c.run(name, ...args);
      return [...unpacked];
    };
    return { c, decodedBy };
  }

  it('the menu, the dialogs and the help decode nothing', () => {
    const { c, decodedBy } = conversation();
    expect(decodedBy('onOpen', { authMode: 'FULL' })).toEqual([]);
    expect(decodedBy('onInstall', { authMode: 'FULL' })).toEqual([]);
    expect(decodedBy('showRequirementsDialog')).toEqual([]);
    expect(decodedBy('showActionPlanDialog')).toEqual([]);
    expect(decodedBy('showHelp')).toEqual([]);
    expect(c.fake.calls.count('Utilities')).toBe(0);
  });

  it('the engine is decoded by the calls that run it, the catalog only by those that read it', () => {
    const { decodedBy } = conversation();
    expect(decodedBy('getRoles')).toEqual(['docsEngine.gz', 'catalog.gz']);
    // The catalog is a pack of Code.js, not inside the engine: the agenda never pays for it.
    expect(decodedBy('insertConversationAgenda')).toEqual(['docsEngine.gz']);
    expect(decodedBy('menuInsertConversationAgenda')).toEqual(['docsEngine.gz']);
    // Target and current role, their titles and the block: one catalog decode.
    expect(
      decodedBy('insertRoleRequirements', {
        targetRoleId: 'sales-operations/senior-analyst',
        currentRoleId: 'sales-operations/analyst',
      }),
    ).toEqual(['docsEngine.gz', 'catalog.gz']);
    expect(decodedBy('refreshInsertedSections')).toEqual(['docsEngine.gz', 'catalog.gz']);
  });

  it('carries the catalog and the engine packed, not as code', () => {
    const code = readFileSync(DOCS_CODE_PATH, 'utf8');
    const requirement = catalog.families[0]?.levels[0]?.requirements[0]?.text ?? '';
    expect(code).not.toContain(requirement);
    expect(code).not.toContain('safeParse');
  });
});

describe('the suggestion library', () => {
  it('is in no bundle while no code reads it', () => {
    const reports = JSON.parse(readFileSync(BUNDLE_REPORT, 'utf8')) as Record<string, BundleReport>;
    expect(Object.keys(reports.sheets?.packs ?? {})).not.toContain('suggestions');
    expect(Object.keys(reports.docs?.packs ?? {})).not.toContain('suggestions');
  });

  it('once the engine reads it, is a pack of Code.js of its own, read back exactly', () => {
    // The what-if build of npm run bench: loadSuggestionLibrary() put into the Growth Plan's engine.
    const out = mkdtempSync(join(tmpdir(), 'what-if-'));
    try {
      const built = spawnSync('npx', ['tsx', 'scripts/bench/projection.ts', out], { encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`The what-if build failed: ${built.stderr}`);
      const report = (
        JSON.parse(readFileSync(join(out, 'bundles.json'), 'utf8')) as Record<string, BundleReport>
      ).sheets!;
      expect(Object.keys(report.packs).sort()).toEqual([
        'catalog',
        'jobFamilyParser',
        'sheetsEngine',
        'suggestions',
      ]);
      const fake = createAppsScriptFake();
      const unpacked = watchUnpacking(fake.globals.Utilities);
      const context = vm.createContext({ ...fake.globals });
      vm.runInContext(readFileSync(join(out, 'sheets', 'Code.js'), 'utf8'), context);
      const library = vm.runInContext(
        'JSON.stringify([CareerGrowthSheets.__engine().__suggestionLibrary(), CareerGrowthSheets.__engine().__suggestionLibrary()])',
        context,
      ) as string;
      const [first, second] = JSON.parse(library) as unknown[];
      expect(first).toStrictEqual(SUGGESTION_LIBRARY);
      expect(second).toStrictEqual(first);
      expect(unpacked).toEqual(['sheetsEngine.gz', 'suggestions.gz']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
