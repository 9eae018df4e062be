/**
 * A strict, call-counting, in-memory fake of the Apps Script services a Sheets editor add-on uses.
 * Start with createAppsScriptFake(); load the built bundle with loadBundle(); build fixtures with
 * FakeSpreadsheet.fromTabs(). See README-style notes at the top of each module.
 */
export { createAppsScriptFake } from './fake';
export type { AppsScriptFake, AppsScriptFakeOptions, AppsScriptGlobals, OnOpenEvent } from './fake';
export { loadBundle, readBuiltHtml, topLevelFunctionNames } from './loadBundle';
export type { BundleHost, LoadBundleOptions, LoadedBundle } from './loadBundle';
export { FakeRange, FakeSheet, FakeSpreadsheet } from './spreadsheet';
export type { FakeSpreadsheetOptions } from './spreadsheet';
export { CallCounter, silently } from './calls';
export { FakeEnv, UiRecorder } from './env';
export type {
  AlertRecord,
  AuthModeName,
  DialogRecord,
  LogRecord,
  MenuEntry,
  MenuRecord,
  ShownHtml,
  ToastRecord,
  UiResponse,
} from './env';
export { PropertyStore } from './properties';
export type { SheetSnapshot, SpreadsheetSnapshot } from './snapshot';
export { FORMULA_PLACEHOLDER } from './cells';
export { FakeUi, questionOf } from './ui';
export type { Question } from './ui';
export * as Enums from './enums';
export * as Docs from './docs';
export { createDocsFake, editAsUser, FakeDocument, snapshotDocument, textOutside } from './docs';
export type { ContentItem, DocsFake, DocumentSnapshot } from './docs';
export { CacheStore } from './cache';
export { UrlFetchRecorder } from './urlFetch';
export type { ScriptedResponse, UrlFetchFakeOptions } from './urlFetch';
