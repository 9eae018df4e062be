/**
 * The fake must not invent API: every public method of a fake class has to exist on the real Apps
 * Script type (checked by `tsc --noEmit`; a violation names the invented method in the error).
 */
import type {
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
  FakeBooleanCondition,
} from '../../../fake/builders';
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
import type {
  FakeChartOptions,
  FakeCharts,
  FakeContainerInfo,
  FakeEmbeddedChart,
  FakeEmbeddedChartBuilder,
} from '../../../fake/charts';
import type { FakeRangeList } from '../../../fake/rangeList';

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
/** Test helpers that are deliberately not Apps Script. */
type Helpers = 'valuesAsText' | 'invalidCells' | 'snapshot' | 'tab';
type Invented<Fake, Real> = Exclude<Methods<Fake>, keyof Real | `_${string}` | Helpers>;

/** Compiles only when `T` is never: a fake class that invents a method fails here, naming it. */
type OnlyRealMethods<T extends never> = T;

import S = GoogleAppsScript.Spreadsheet;
import H = GoogleAppsScript.HTML;
import B = GoogleAppsScript.Base;

/** Checked by tsc -b; exported only so that the type counts as used. */
export type Checked = [
  OnlyRealMethods<Invented<FakeSpreadsheetApp, S.SpreadsheetApp>>,
  OnlyRealMethods<Invented<FakeSpreadsheet, S.Spreadsheet>>,
  OnlyRealMethods<Invented<FakeSheet, S.Sheet>>,
  OnlyRealMethods<Invented<FakeRange, S.Range>>,
  OnlyRealMethods<Invented<FakeDataValidationBuilder, S.DataValidationBuilder>>,
  OnlyRealMethods<Invented<FakeDataValidation, S.DataValidation>>,
  OnlyRealMethods<Invented<FakeConditionalFormatRuleBuilder, S.ConditionalFormatRuleBuilder>>,
  OnlyRealMethods<Invented<FakeConditionalFormatRule, S.ConditionalFormatRule>>,
  OnlyRealMethods<Invented<FakeBooleanCondition, S.BooleanCondition>>,
  OnlyRealMethods<Invented<FakeUi, B.Ui>>,
  OnlyRealMethods<Invented<FakeMenu, B.Menu>>,
  OnlyRealMethods<Invented<FakePromptResponse, B.PromptResponse>>,
  OnlyRealMethods<Invented<FakeHtmlService, H.HtmlService>>,
  OnlyRealMethods<Invented<FakeHtmlOutput, H.HtmlOutput>>,
  OnlyRealMethods<Invented<FakeLockService, GoogleAppsScript.Lock.LockService>>,
  OnlyRealMethods<Invented<FakeLock, GoogleAppsScript.Lock.Lock>>,
  OnlyRealMethods<Invented<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
  OnlyRealMethods<Invented<FakeProperties, GoogleAppsScript.Properties.Properties>>,
  OnlyRealMethods<Invented<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>>,
  OnlyRealMethods<Invented<FakeSession, B.Session>>,
  OnlyRealMethods<Invented<FakeUser, B.User>>,
  OnlyRealMethods<Invented<FakeUtilities, GoogleAppsScript.Utilities.Utilities>>,
  OnlyRealMethods<Invented<FakeLogger, B.Logger>>,
  OnlyRealMethods<Invented<FakeBlob, B.Blob>>,
  OnlyRealMethods<Invented<FakeUrlFetchApp, GoogleAppsScript.URL_Fetch.UrlFetchApp>>,
  OnlyRealMethods<Invented<FakeHTTPResponse, GoogleAppsScript.URL_Fetch.HTTPResponse>>,
  OnlyRealMethods<Invented<FakeCacheService, GoogleAppsScript.Cache.CacheService>>,
  OnlyRealMethods<Invented<FakeCache, GoogleAppsScript.Cache.Cache>>,
  OnlyRealMethods<Invented<FakeEmbeddedChartBuilder, S.EmbeddedChartBuilder>>,
  OnlyRealMethods<Invented<FakeEmbeddedChart, S.EmbeddedChart>>,
  OnlyRealMethods<Invented<FakeContainerInfo, S.ContainerInfo>>,
  OnlyRealMethods<Invented<FakeChartOptions, GoogleAppsScript.Charts.ChartOptions>>,
  OnlyRealMethods<Invented<FakeCharts, GoogleAppsScript.Charts.Charts>>,
  OnlyRealMethods<Invented<FakeRangeList, S.RangeList>>,
];

test('the fake API is a subset of the Apps Script API (checked at compile time)', () => {
  expect(true).toBe(true);
});
