/**
 * createAppsScriptFake: one fake Apps Script runtime (services + recorders) around a FakeSpreadsheet.
 */
import { FakeEnv, withEnvControls, type AuthModeName, type EnvControls } from './env';
import type { EnumValue } from './enums';
import { AuthMode } from './enums';
import { PropertyStore } from './properties';
import {
  FakeLockService,
  FakeLogger,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeSpreadsheetApp,
  FakeUtilities,
  recordingConsole,
  SpreadsheetRegistry,
} from './services';
import type { SpreadsheetSnapshot } from './snapshot';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeHtmlService } from './ui';
import { CacheStore, FakeCacheService, type CacheStores } from './cache';
import { FakeCharts } from './charts';
import { FakeUrlFetchApp, UrlFetchRecorder, type UrlFetchFakeOptions } from './urlFetch';

export interface AppsScriptFakeOptions {
  /** Default FULL. NONE is an add-on's onOpen before it is used in the document. */
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /** The active spreadsheet. Default: a new one with one empty 'Sheet1'. */
  spreadsheet?: FakeSpreadsheet;
  /** Other spreadsheets openById/openByUrl can reach. */
  otherSpreadsheets?: FakeSpreadsheet[];
  /** HTML files by name (with or without `.html`), for HtmlService.createHtmlOutputFromFile. */
  htmlFiles?: Record<string, string>;
  /** Session.getScriptTimeZone(). Default Europe/London. */
  scriptTimeZone?: string;
  /** false: no UI (a trigger run): SpreadsheetApp.getUi() throws. Default true. */
  hasUi?: boolean;
  /** Session.getActiveUser().getEmail(). Default '' (what add-ons usually get). */
  userEmail?: string;
  userProperties?: Record<string, string>;
  scriptProperties?: Record<string, string>;
  /** Also print console/Logger output to the host console. Default false (recorded only). */
  echoLogs?: boolean;
  /** Scripted network for UrlFetchApp (responses by URL, the manifest's urlFetchWhitelist). */
  urlFetch?: UrlFetchFakeOptions;
  /** What "now" is for the bundle (`new Date()`, `Date.now()`); default the real clock. setClock changes it. */
  now?: Date | number;
}

/** What the bundle sees as globals. */
export interface AppsScriptGlobals {
  SpreadsheetApp: FakeSpreadsheetApp;
  HtmlService: FakeHtmlService;
  LockService: FakeLockService;
  PropertiesService: FakePropertiesService;
  ScriptApp: FakeScriptApp;
  Session: FakeSession;
  Utilities: FakeUtilities;
  Logger: FakeLogger;
  console: ReturnType<typeof recordingConsole>;
  UrlFetchApp: FakeUrlFetchApp;
  CacheService: FakeCacheService;
  Charts: FakeCharts;
}

export interface OnOpenEvent {
  authMode: EnumValue;
  source?: FakeSpreadsheet;
}

export interface AppsScriptFake extends EnvControls {
  globals: AppsScriptGlobals;
  spreadsheet: FakeSpreadsheet;
  /** The active spreadsheet's document properties (plain store: reading/seeding is not counted). */
  documentProperties: PropertyStore;
  userProperties: PropertyStore;
  scriptProperties: PropertyStore;
  registerSpreadsheet(ss: FakeSpreadsheet): void;
  /** Event objects as Apps Script passes them to simple triggers, for the current auth mode. */
  events: { onOpen(): OnOpenEvent; onInstall(): OnOpenEvent };
  /** The workbook snapshot plus user and script properties. */
  snapshot(): {
    spreadsheet: SpreadsheetSnapshot;
    userProperties: Record<string, string>;
    scriptProperties: Record<string, string>;
  };
  /** The fake network: script responses, read the requests made (not counted). */
  urlFetch: UrlFetchRecorder;
  /** The CacheService stores (plain data: reading or clearing is not counted). */
  caches: CacheStores;
}

export function createAppsScriptFake(options: AppsScriptFakeOptions = {}): AppsScriptFake {
  const env = new FakeEnv();
  env.authMode = options.authMode ?? 'FULL';
  env.hasUi = options.hasUi ?? true;
  env.scriptTimeZone = options.scriptTimeZone ?? 'Europe/London';
  env.userEmail = options.userEmail ?? '';
  env.echoLogs = options.echoLogs ?? false;
  const spreadsheet = options.spreadsheet ?? new FakeSpreadsheet();
  env.serviceFailure = `Service Spreadsheets failed while accessing document with id ${spreadsheet._id()}.`;
  const registry = new SpreadsheetRegistry(env, spreadsheet);
  for (const other of options.otherSpreadsheets ?? []) registry.register(other);
  const userProperties = new PropertyStore(options.userProperties);
  const scriptProperties = new PropertyStore(options.scriptProperties);
  const urlFetch = new UrlFetchRecorder(options.urlFetch);
  const caches: CacheStores = {
    script: new CacheStore(),
    document: new CacheStore(),
    user: new CacheStore(),
  };

  const globals: AppsScriptGlobals = {
    SpreadsheetApp: new FakeSpreadsheetApp(env, registry),
    HtmlService: new FakeHtmlService(env, options.htmlFiles ?? {}),
    LockService: new FakeLockService(env),
    PropertiesService: new FakePropertiesService(env, registry, userProperties, scriptProperties),
    ScriptApp: new FakeScriptApp(env),
    Session: new FakeSession(env),
    Utilities: new FakeUtilities(env),
    Logger: new FakeLogger(env),
    console: recordingConsole(env),
    UrlFetchApp: new FakeUrlFetchApp(env, urlFetch),
    CacheService: new FakeCacheService(env, caches),
    Charts: new FakeCharts(env),
  };

  const event = (mode: AuthModeName): OnOpenEvent =>
    mode === 'NONE' ? { authMode: AuthMode.NONE } : { authMode: AuthMode[mode], source: spreadsheet };

  const fake = withEnvControls(env, {
    globals,
    spreadsheet,
    documentProperties: spreadsheet.documentProperties,
    userProperties,
    scriptProperties,
    registerSpreadsheet: (ss: FakeSpreadsheet) => {
      registry.register(ss);
    },
    events: { onOpen: () => event(env.authMode), onInstall: () => event('FULL') },
    snapshot: () => ({
      spreadsheet: spreadsheet.snapshot(),
      userProperties: userProperties.all(),
      scriptProperties: scriptProperties.all(),
    }),
    urlFetch,
    caches,
  });
  if (options.now !== undefined) fake.setClock(options.now);
  return fake;
}
