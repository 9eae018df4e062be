/**
 * Packs in the built bundles: the engine, the catalog and the other lazy modules are decoded only by
 * the calls that need them, at most once per execution, and never by the menu, the sidebar or the
 * dialogs. The fake's Utilities.ungzip is
 * watched to learn which pack each execution decoded (by the name the decoder gives its blob), and
 * each decode is exactly the five calls the call budgets count apart (PACK_DECODE_CALLS).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { silently } from '../../fake/calls';
import type { FakeBlob } from '../../fake/blob';
import type { FakeUtilities } from '../../fake/services';
import { openDocument, DOCS_CODE_PATH } from '../../scripts/harness/docsHarness';
import { rawUrl, pageUrl, planningPage } from '../../scripts/harness/handbookPages';
import { CODE_PATH, openPlan } from '../../scripts/harness/harness';
import { PACK_DECODE_CALLS } from '../../scripts/harness/callScenarios';
import { BUNDLE_REPORT, type BundleReport } from '../../scripts/build';
import { unpackText } from '../../scripts/bundling/packs';
import { createAppsScriptFake } from '../../fake';
import { decodeBase91 } from '../../src/appsscript/packs/base91';
import { catalog } from '../../src/catalog';
import * as dataPacks from '../../src/catalog/packs';

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

/**
 * A decode is the project file's text (createHtmlOutputFromFile, getContent), then newBlob, ungzip
 * and getDataAsString: the text becomes bytes in the script's own code. A sidebar or dialog is
 * opened with createHtmlOutputFromFile too, so that one is counted at least once per decode.
 */
function expectDecodeCalls(calls: { count(key: string): number }, decodes: number): void {
  for (const call of PACK_DECODE_CALLS)
    if (call === 'HtmlService.createHtmlOutputFromFile')
      expect(calls.count(call)).toBeGreaterThanOrEqual(decodes);
    else expect(calls.count(call)).toBe(decodes);
  expect(calls.count('Utilities.base64Decode')).toBe(0);
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
    expectDecodeCalls(h.fake.calls, unpacked.length);
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

  it('generating decodes the suggestion library, and the skill lexicon only for text without a skill key', () => {
    const { h, decodedBy } = plan();
    h.call('importRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET });
    silently(() => {
      const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
      sheet.getRange(2, header.indexOf('Self rating') + 1, 2, 1).setValues([['Developing'], ['Not yet']]);
    });
    // Catalog requirements are keyed by their skill: no lexicon.
    expect(decodedBy('generateActionPlan')).toEqual(['sheetsEngine.gz', 'suggestions.gz']);
    const state = h.call('getPlannerState') as { plan: { focus: { key: string }[] } };
    const key = state.plan.focus[0]!.key;
    expect(decodedBy('getSuggestions', { key })).toEqual(['sheetsEngine.gz', 'suggestions.gz']);
    // A requirement a person typed is matched to a skill by its words.
    silently(() => {
      const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
      const row = sheet.getLastRow() + 1;
      sheet.getRange(row, header.indexOf('Requirement') + 1).setValue('Owns the weekly forecast call');
      sheet.getRange(row, header.indexOf('Self rating') + 1).setValue('Not yet');
    });
    expect(decodedBy('generateActionPlan')).toEqual(['sheetsEngine.gz', 'suggestions.gz', 'skillLexicon.gz']);
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
      c.fake.calls.reset();
      c.run(name, ...args);
      expectDecodeCalls(c.fake.calls, unpacked.length);
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

describe('a project whose pack files are not those of its Code.js', () => {
  it('refuses a pack file of another build by its length, before decoding it, and writes nothing', () => {
    const h = openPlan(undefined, {
      htmlFiles: (built) => ({ ...built, 'pack-catalog': `${built['pack-catalog'] ?? ''}!!` }),
    });
    h.call('setUpGrowthPlan');
    const before = h.fake.snapshot();
    const unpacked = watchUnpacking(h.fake.globals.Utilities);
    expect(() => h.run('importRoleRequirements', { targetRoleId: TARGET, currentRoleId: CURRENT })).toThrow(
      /^The project file pack-catalog\.html is not the one this Code\.js was built with \(\d+ characters, not \d+\): push the whole build folder again\.$/,
    );
    expect(unpacked).toEqual(['sheetsEngine.gz']);
    expect(h.fake.snapshot()).toEqual(before);
  });

  it('names the file a push left out, and writes nothing', () => {
    const h = openPlan(undefined, {
      htmlFiles: (built) =>
        Object.fromEntries(Object.entries(built).filter(([name]) => name !== 'pack-sheetsEngine')),
    });
    const before = h.fake.snapshot();
    expect(() => h.run('setUpGrowthPlan')).toThrow('No HTML file named pack-sheetsEngine was found.');
    expect(h.fake.snapshot()).toEqual(before);
    // The menu, which runs without the engine, still opens.
    expect(() => h.call('onOpen', { authMode: 'FULL' })).not.toThrow();
  });
});

describe('the suggestion library', () => {
  it('is a pack of the Growth Plan, which generates plans, and not of the Docs add-on', () => {
    const reports = JSON.parse(readFileSync(BUNDLE_REPORT, 'utf8')) as Record<string, BundleReport>;
    expect(Object.keys(reports.sheets?.packs ?? {})).toContain('suggestions');
    expect(Object.keys(reports.docs?.packs ?? {})).not.toContain('suggestions');
  });
});

describe('the packs as each add-on ships them', () => {
  /** The pack files of a build folder, by pack name: `pack-<name>.html`. */
  function packFiles(dir: string): Map<string, string> {
    return new Map(
      readdirSync(dir)
        .filter((file) => /^pack-\w+\.html$/.test(file))
        .map((file) => [file.slice('pack-'.length, -'.html'.length), readFileSync(join(dir, file), 'utf8')]),
    );
  }

  it.each([
    ['sheets', CODE_PATH],
    ['docs', DOCS_CODE_PATH],
  ])(
    '%s: every pack is a project file of its own, which decodes through Utilities as in Node',
    (id, path) => {
      const reports = JSON.parse(readFileSync(BUNDLE_REPORT, 'utf8')) as Record<string, BundleReport>;
      const report = reports[id]!;
      const packs = packFiles(dirname(path));
      expect(Object.fromEntries([...packs].map(([name, text]) => [name, text.length]))).toEqual(report.packs);
      const code = readFileSync(path, 'utf8');
      // Code.js names each pack with the length of its text, and holds none of the text.
      for (const [name, text] of packs) {
        expect(code).toContain(`${name}:${text.length}`);
        expect(code).not.toContain(text.slice(0, 200));
      }
      const { Utilities } = createAppsScriptFake().globals;
      for (const [name, text] of packs) {
        const blob = Utilities.newBlob(decodeBase91(text), 'application/x-gzip', `${name}.gz`);
        const unpacked = Utilities.ungzip(blob).getDataAsString('UTF-8');
        expect(unpacked).toBe(unpackText(text));
        if (name in report.modules) expect(unpacked).toMatch(/^(?:"use strict";)?var __module=/);
        else expect(unpacked).toBe(JSON.stringify((dataPacks as Record<string, unknown>)[name]));
      }
    },
  );
});
