/** The built Code.js as Apps Script sees it: top-level functions, menu, auth modes, sidebar. */
import { readFileSync } from 'node:fs';
import { topLevelFunctionNames } from '../../fake';
import { CODE_PATH, openPlan } from '../../scripts/harness/harness';

const ENDPOINTS = [
  'getPlannerState',
  'importRoleRequirements',
  'generateActionPlan',
  'setUpGrowthPlan',
  'previewImport',
  'openTab',
  'recordCheckIn',
  'getProgress',
  'setNextCheckIn',
];

describe('the built bundle', () => {
  it('has one top-level function per menu callback and endpoint, and no other functions', () => {
    const names = topLevelFunctionNames(CODE_PATH).sort();
    expect(names).toEqual([
      'generateActionPlan',
      'getHandbookFamily',
      'getPlannerState',
      'getProgress',
      'getRatings',
      'getSuggestions',
      'importHandbookRequirements',
      'importRoleRequirements',
      'menuGenerateActionPlan',
      'menuRecordCheckIn',
      'menuSetUpGrowthPlan',
      'onInstall',
      'onOpen',
      'openTab',
      'previewImport',
      'recordCheckIn',
      'saveRatings',
      'setNextCheckIn',
      'setRater',
      'setUpGrowthPlan',
      'showHelp',
      'showPlanner',
      'swapSuggestion',
    ]);
  });

  it('declares nothing at top level but the wrappers and the one bundle variable', () => {
    const code = readFileSync(CODE_PATH, 'utf8');
    const topLevel = code
      .split('\n')
      .map((line) => line.replace(/^"use strict";/, ''))
      .filter((line) => /^(var|let|const|function|class)\b/.test(line));
    expect(topLevel.filter((l) => !l.startsWith('function ')).map((l) => l.slice(0, 29))).toEqual([
      'var CareerGrowthSheets=(()=>{',
    ]);
  });

  it('points every menu item at a top-level function', () => {
    const h = openPlan({ Sheet1: [] }, { authMode: 'NONE' });
    h.call('onOpen', { authMode: h.fake.globals.ScriptApp.AuthMode.NONE });
    const menu = h.fake.ui.menus[0]!;
    const items = menu.items.filter(
      (i): i is { caption: string; functionName: string } => 'functionName' in i,
    );
    expect(items.map((i) => i.caption)).toEqual([
      'Open growth planner',
      'Set up growth plan',
      'Generate action plan',
      'Record check-in',
      'Help',
    ]);
    const functions = topLevelFunctionNames(CODE_PATH);
    for (const item of items) expect(functions).toContain(item.functionName);
  });

  it('builds the menu in AuthMode.NONE without touching the spreadsheet', () => {
    const h = openPlan({ Sheet1: [['typed']] }, { authMode: 'NONE' });
    const before = h.spreadsheet.snapshot();
    h.fake.calls.reset();
    h.call('onOpen', { authMode: h.fake.globals.ScriptApp.AuthMode.NONE });
    h.call('onInstall', { authMode: h.fake.globals.ScriptApp.AuthMode.NONE });
    // onInstall adds the same menu again; Sheets keeps one add-on menu.
    expect(h.fake.ui.menus.at(-1)!.items).toHaveLength(6);
    expect(
      Object.keys(h.fake.calls.byMethod).every(
        (k) => k.startsWith('SpreadsheetApp.getUi') || k.startsWith('Ui.') || k.startsWith('Menu.'),
      ),
    ).toBe(true);
    expect(h.spreadsheet.snapshot()).toEqual(before);
    // And the fake really refuses data access in that mode.
    expect(() => h.call('getPlannerState')).toThrow(/AuthMode.NONE|permission/i);
  });

  it('opens the built sidebar with a title', () => {
    const h = openPlan();
    h.call('showPlanner');
    const sidebar = h.fake.ui.sidebars[0]!;
    expect(sidebar.title).toBe('Career Growth');
    expect(sidebar.html).toContain('<main id="app"');
    expect(sidebar.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it('shows help in an alert', () => {
    const h = openPlan();
    h.call('showHelp');
    expect(h.fake.ui.alerts[0]).toMatchObject({ title: 'Career Growth help' });
  });

  it('answers every endpoint with a successful reply of plain JSON', () => {
    const h = openPlan();
    for (const [name, args] of [
      ['setUpGrowthPlan', []],
      ['importRoleRequirements', [{ currentRoleId: null, targetRoleId: 'sales-strategy/manager' }]],
      ['generateActionPlan', []],
      ['getPlannerState', []],
      ['previewImport', [{ currentRoleId: null, targetRoleId: 'sales-strategy/manager' }]],
      ['openTab', [{ tab: 'summary' }]],
      ['recordCheckIn', [{ note: 'First' }]],
      ['getProgress', []],
      ['setNextCheckIn', [{ date: '2099-05-15' }]],
    ] as const) {
      const result = h.run(name, ...args);
      expect(result).toMatchObject({ ok: true });
      expect(nonJsonPaths(result)).toEqual([]);
      expect(ENDPOINTS).toContain(name);
    }
  });
});

/** Paths inside a value that would not survive google.script.run unchanged (Dates, undefined, ...). */
function nonJsonPaths(value: unknown, path = '$'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonJsonPaths(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]') {
    return Object.entries(value).flatMap(([k, v]) => nonJsonPaths(v, `${path}.${k}`));
  }
  return [path];
}
