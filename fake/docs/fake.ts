/**
 * createDocsFake: one fake Apps Script runtime around a FakeDocument, as a Docs editor add-on sees it
 * (DocumentApp, a SpreadsheetApp without an active spreadsheet, the document's properties, locks, UI).
 * It has the same shape as createAppsScriptFake's result, so loadBundle() runs a bundle against it.
 */
import { FakeEnv, withEnvControls, type AuthModeName, type EnvControls } from '../env';
import type { EnumValue } from '../enums';
import { AuthMode } from '../enums';
import { PropertyStore } from '../properties';
import {
  FakeLockService,
  FakeLogger,
  FakeScriptApp,
  FakeSession,
  FakeUtilities,
  recordingConsole,
  SpreadsheetRegistry,
} from '../services';
import { FakeSpreadsheet } from '../spreadsheet';
import { FakeHtmlService } from '../ui';
import { FakeDocument } from './document';
import type { DocsPropertiesService } from './services';
import {
  DocsPropertiesService as DocsProperties,
  DocsSpreadsheetApp,
  FakeDocumentApp,
  ScopeCheck,
} from './services';
import type { DocumentSnapshot } from './snapshot';
import { snapshotDocument } from './snapshot';

export interface DocsFakeOptions {
  /** The document the add-on runs in. Default: a new document with one empty paragraph. */
  document?: FakeDocument;
  /** Default FULL. NONE is an add-on's onOpen before it is used in the document. */
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /** Spreadsheets SpreadsheetApp.openById/openByUrl can reach (any other id is "no permission"). */
  spreadsheets?: FakeSpreadsheet[];
  /** The manifest's oauthScopes; when given, calls they do not allow throw. Default: not enforced. */
  scopes?: readonly string[] | null;
  htmlFiles?: Record<string, string>;
  scriptTimeZone?: string;
  /** false: no UI (a trigger run): DocumentApp.getUi() throws. Default true. */
  hasUi?: boolean;
  userEmail?: string;
  userProperties?: Record<string, string>;
  scriptProperties?: Record<string, string>;
  echoLogs?: boolean;
  /** What "now" is for the bundle (`new Date()`, `Date.now()`); default the real clock. setClock changes it. */
  now?: Date | number;
}

export interface DocsGlobals {
  DocumentApp: FakeDocumentApp;
  SpreadsheetApp: DocsSpreadsheetApp;
  HtmlService: FakeHtmlService;
  LockService: FakeLockService;
  PropertiesService: DocsPropertiesService;
  ScriptApp: FakeScriptApp;
  Session: FakeSession;
  Utilities: FakeUtilities;
  Logger: FakeLogger;
  console: ReturnType<typeof recordingConsole>;
}

export interface DocsOpenEvent {
  authMode: EnumValue;
  source?: FakeDocument;
}

export interface DocsFake extends EnvControls {
  globals: DocsGlobals;
  document: FakeDocument;
  /** The document's properties (plain store: reading/seeding is not counted). */
  documentProperties: PropertyStore;
  userProperties: PropertyStore;
  scriptProperties: PropertyStore;
  registerSpreadsheet(ss: FakeSpreadsheet): void;
  events: { onOpen(): DocsOpenEvent; onInstall(): DocsOpenEvent };
  snapshot(): DocumentSnapshot;
}

/** An id no URL will name: the registry needs an "active" spreadsheet, a Docs add-on has none. */
const NO_ACTIVE = '__docs-add-on-has-no-active-spreadsheet__';

export function createDocsFake(options: DocsFakeOptions = {}): DocsFake {
  const env = new FakeEnv();
  env.authMode = options.authMode ?? 'FULL';
  env.hasUi = options.hasUi ?? true;
  env.scriptTimeZone = options.scriptTimeZone ?? 'Europe/London';
  env.userEmail = options.userEmail ?? '';
  env.echoLogs = options.echoLogs ?? false;
  const document = options.document ?? new FakeDocument();
  document._bindEnv(env);
  env.serviceFailure = `Service Documents failed while accessing document with id ${document._id()}.`;
  const registry = new SpreadsheetRegistry(env, new FakeSpreadsheet({ id: NO_ACTIVE }));
  for (const ss of options.spreadsheets ?? []) registry.register(ss);
  const scopes = new ScopeCheck(env, options.scopes ? new Set(options.scopes) : null);
  const userProperties = new PropertyStore(options.userProperties);
  const scriptProperties = new PropertyStore(options.scriptProperties);

  const globals: DocsGlobals = {
    DocumentApp: new FakeDocumentApp(env, document, scopes),
    SpreadsheetApp: new DocsSpreadsheetApp(env, registry, scopes),
    HtmlService: new FakeHtmlService(env, options.htmlFiles ?? {}),
    LockService: new FakeLockService(env),
    PropertiesService: new DocsProperties(
      env,
      registry,
      userProperties,
      scriptProperties,
      document._documentProperties,
    ),
    ScriptApp: new FakeScriptApp(env),
    Session: new FakeSession(env),
    Utilities: new FakeUtilities(env),
    Logger: new FakeLogger(env),
    console: recordingConsole(env),
  };
  const event = (mode: AuthModeName): DocsOpenEvent =>
    mode === 'NONE' ? { authMode: AuthMode.NONE } : { authMode: AuthMode[mode], source: document };

  const fake = withEnvControls(env, {
    globals,
    document,
    documentProperties: document._documentProperties,
    userProperties,
    scriptProperties,
    registerSpreadsheet: (ss: FakeSpreadsheet) => {
      registry.register(ss);
    },
    events: { onOpen: () => event(env.authMode), onInstall: () => event('FULL') },
    snapshot: () => snapshotDocument(document),
  });
  if (options.now !== undefined) fake.setClock(options.now);
  return fake;
}
