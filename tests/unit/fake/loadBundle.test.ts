import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAppsScriptFake, FakeSpreadsheet, loadBundle, topLevelFunctionNames } from '../../../fake';

/** A stand-in for build/sheets/Code.js: an esbuild-style iife plus top-level wrappers. */
const CODE = `
"use strict";
var CareerGrowth = (() => {
  function openMenu(e) {
    const menu = SpreadsheetApp.getUi().createAddonMenu().addItem("Open planner", "showPlanner");
    if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
      menu.addItem("Set up plan", "setUpGrowthPlan");
    }
    menu.addToUi();
  }
  let calls = 0;
  return {
    onOpen: openMenu,
    showPlanner: () => SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Career Growth")),
    setUpGrowthPlan: () => {
      const lock = LockService.getDocumentLock();
      lock.waitLock(30000);
      try {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("Requirements");
        sheet.getRange(1, 1, 1, 2).setValues([["Skill", "Rating"]]);
        return { created: [sheet.getName()] };
      } finally {
        lock.releaseLock();
      }
    },
    readDue: () => {
      const v = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange("A1").getValue();
      return { isDate: v instanceof Date, iso: v instanceof Date ? v.toISOString() : null };
    },
    catchError: () => {
      try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 0); }
      catch (err) { return { isError: err instanceof Error, text: String(err) }; }
      return null;
    },
    count: () => ++calls,
    due: () => ({ when: new Date(0) }),
    echo: (request) => ({ isArray: Array.isArray(request.ids), ids: request.ids }),
  };
})();
function onOpen(e) { return CareerGrowth.onOpen(e); }
function showPlanner() { return CareerGrowth.showPlanner(); }
function setUpGrowthPlan() { return CareerGrowth.setUpGrowthPlan(); }
function readDue() { return CareerGrowth.readDue(); }
function catchError() { return CareerGrowth.catchError(); }
function count() { return CareerGrowth.count(); }
function due() { return CareerGrowth.due(); }
function echo(request) { return CareerGrowth.echo(request); }
function helper_() { return 1; }
`;

let codePath: string;
beforeAll(() => {
  codePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fake-bundle-')), 'Code.js');
  fs.writeFileSync(codePath, CODE);
});
afterAll(() => {
  fs.rmSync(path.dirname(codePath), { recursive: true, force: true });
});

test('lists top-level functions and refuses anything else', () => {
  expect(topLevelFunctionNames(codePath)).toEqual([
    'catchError',
    'count',
    'due',
    'echo',
    'helper_',
    'onOpen',
    'readDue',
    'setUpGrowthPlan',
    'showPlanner',
  ]);
  const bundle = loadBundle(codePath, createAppsScriptFake());
  expect(() => bundle.call('openMenu')).toThrow(/"openMenu" is not a top-level function/);
  expect(() => bundle.call('CareerGrowth')).toThrow(/not a top-level function/);
});

test('onOpen in AuthMode.NONE builds the menu; menu items run their functions', () => {
  const fake = createAppsScriptFake({ authMode: 'NONE', htmlFiles: { Sidebar: '<div id="app"></div>' } });
  const bundle = loadBundle(codePath, fake);
  bundle.call('onOpen', fake.events.onOpen());
  expect(fake.ui.menuItems()).toEqual([{ caption: 'Open planner', functionName: 'showPlanner' }]);
  fake.setAuthMode('FULL');
  bundle.call('onOpen', fake.events.onOpen());
  expect(fake.ui.menuItems().map((i) => i.functionName)).toEqual(['showPlanner', 'setUpGrowthPlan']);
  bundle.runMenuItem('Open planner');
  expect(fake.ui.lastSidebar?.title).toBe('Career Growth');
  expect(fake.ui.lastSidebar?.html).toBe('<div id="app"></div>');
});

test('a data call mutates the workbook, releases its lock and is counted', () => {
  const fake = createAppsScriptFake();
  const bundle = loadBundle(codePath, fake);
  expect(bundle.runFromClient('setUpGrowthPlan')).toEqual({ created: ['Requirements'] });
  expect(fake.locksHeld()).toEqual([]);
  expect(fake.spreadsheet.tab('Requirements').valuesAsText()).toBe('Skill | Rating');
  expect(fake.calls.byMethod['Range.setValues']).toBe(1);
  expect(() => bundle.call('setUpGrowthPlan')).toThrow(/already exists/);
});

test('dates and errors belong to the bundle realm, as in Apps Script', () => {
  const spreadsheet = FakeSpreadsheet.fromTabs({ Due: [[new Date(Date.UTC(2024, 4, 1))]] });
  const bundle = loadBundle(codePath, createAppsScriptFake({ spreadsheet }));
  expect(bundle.call('readDue')).toEqual({ isDate: true, iso: '2024-05-01T00:00:00.000Z' });
  expect(bundle.call('catchError')).toEqual({
    isError: true,
    text: 'Exception: The coordinates of the range are outside the dimensions of the sheet.',
  });
});

test('each call is a fresh execution unless asked otherwise', () => {
  const fresh = loadBundle(codePath, createAppsScriptFake());
  expect([fresh.call('count'), fresh.call('count')]).toEqual([1, 1]);
  const kept = loadBundle(codePath, createAppsScriptFake(), { freshPerCall: false });
  expect([kept.call('count'), kept.call('count')]).toEqual([1, 2]);
});

test('runFromClient applies google.script.run rules', () => {
  const bundle = loadBundle(codePath, createAppsScriptFake());
  expect(bundle.runFromClient('echo', { ids: ['a', 'b'] })).toEqual({ isArray: true, ids: ['a', 'b'] });
  expect(() => bundle.runFromClient('due')).toThrow(/return value\.when is a Date/);
  expect(() => bundle.runFromClient('echo', { ids: [new Date()] })).toThrow(/illegal parameter/);
  expect(() => bundle.runFromClient('helper_')).toThrow(/private/);
});

test('outside bundle calls, test code gets host-realm dates', () => {
  const spreadsheet = FakeSpreadsheet.fromTabs({ Due: [[new Date(Date.UTC(2024, 4, 1))]] });
  const bundle = loadBundle(codePath, createAppsScriptFake({ spreadsheet }));
  bundle.call('readDue');
  expect(spreadsheet.getSheets()[0]!.getRange('A1').getValue()).toBeInstanceOf(Date);
});
