/**
 * The fake must not invent API: every public method of a fake class has to exist on the real Apps
 * Script type (checked by `tsc --noEmit`; a violation names the invented method in the error).
 */
import type {
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
  FakeBooleanCondition,
} from '../../../fake/builders';
import type {
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
  FakeDeveloperMetadataLocation,
} from '../../../fake/metadata';
import type { FakeProperties } from '../../../fake/properties';
import type {
  FakeLock,
  FakeLockService,
  FakeLogger,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeSpreadsheetApp,
  FakeUser,
  FakeUtilities,
} from '../../../fake/services';
import type { FakeRange, FakeSheet, FakeSpreadsheet } from '../../../fake/spreadsheet';
import type { FakeHtmlOutput, FakeHtmlService, FakeMenu, FakePromptResponse, FakeUi } from '../../../fake/ui';
import type { FakeBlob } from '../../../fake/blob';
import type { FakeCache, FakeCacheService } from '../../../fake/cache';
import type { FakeHTTPResponse, FakeUrlFetchApp } from '../../../fake/urlFetch';
import type { FakeDataValidation, FakeDataValidationBuilder } from '../../../fake/validation';

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
/** Test helpers that are deliberately not Apps Script. */
type Helpers = 'valuesAsText' | 'invalidCells' | 'snapshot' | 'tab';
type Invented<Fake, Real> = Exclude<Methods<Fake>, keyof Real | `_${string}` | Helpers>;

function onlyRealMethods<T extends never>(): T | undefined {
  return undefined;
}

import S = GoogleAppsScript.Spreadsheet;
import H = GoogleAppsScript.HTML;
import B = GoogleAppsScript.Base;

onlyRealMethods<Invented<FakeSpreadsheetApp, S.SpreadsheetApp>>();
onlyRealMethods<Invented<FakeSpreadsheet, S.Spreadsheet>>();
onlyRealMethods<Invented<FakeSheet, S.Sheet>>();
onlyRealMethods<Invented<FakeRange, S.Range>>();
onlyRealMethods<Invented<FakeDataValidationBuilder, S.DataValidationBuilder>>();
onlyRealMethods<Invented<FakeDataValidation, S.DataValidation>>();
onlyRealMethods<Invented<FakeConditionalFormatRuleBuilder, S.ConditionalFormatRuleBuilder>>();
onlyRealMethods<Invented<FakeConditionalFormatRule, S.ConditionalFormatRule>>();
onlyRealMethods<Invented<FakeBooleanCondition, S.BooleanCondition>>();
onlyRealMethods<Invented<FakeDeveloperMetadata, S.DeveloperMetadata>>();
onlyRealMethods<Invented<FakeDeveloperMetadataFinder, S.DeveloperMetadataFinder>>();
onlyRealMethods<Invented<FakeDeveloperMetadataLocation, S.DeveloperMetadataLocation>>();
onlyRealMethods<Invented<FakeUi, B.Ui>>();
onlyRealMethods<Invented<FakeMenu, B.Menu>>();
onlyRealMethods<Invented<FakePromptResponse, B.PromptResponse>>();
onlyRealMethods<Invented<FakeHtmlService, H.HtmlService>>();
onlyRealMethods<Invented<FakeHtmlOutput, H.HtmlOutput>>();
onlyRealMethods<Invented<FakeLockService, GoogleAppsScript.Lock.LockService>>();
onlyRealMethods<Invented<FakeLock, GoogleAppsScript.Lock.Lock>>();
onlyRealMethods<Invented<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>>();
onlyRealMethods<Invented<FakeProperties, GoogleAppsScript.Properties.Properties>>();
onlyRealMethods<Invented<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>>();
onlyRealMethods<Invented<FakeSession, B.Session>>();
onlyRealMethods<Invented<FakeUser, B.User>>();
onlyRealMethods<Invented<FakeUtilities, GoogleAppsScript.Utilities.Utilities>>();
onlyRealMethods<Invented<FakeLogger, B.Logger>>();
onlyRealMethods<Invented<FakeBlob, B.Blob>>();
onlyRealMethods<Invented<FakeUrlFetchApp, GoogleAppsScript.URL_Fetch.UrlFetchApp>>();
onlyRealMethods<Invented<FakeHTTPResponse, GoogleAppsScript.URL_Fetch.HTTPResponse>>();
onlyRealMethods<Invented<FakeCacheService, GoogleAppsScript.Cache.CacheService>>();
onlyRealMethods<Invented<FakeCache, GoogleAppsScript.Cache.Cache>>();

test('the fake API is a subset of the Apps Script API (checked at compile time)', () => {
  expect(true).toBe(true);
});
