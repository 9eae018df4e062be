/**
 * SpreadsheetApp of a Sheets add-on whose manifest scopes are enforced: the active spreadsheet as
 * usual (`spreadsheets.currentonly`), another spreadsheet only with `spreadsheets` or
 * `spreadsheets.readonly`, and under only the latter as a view that refuses every write. A manager's
 * workbook reading its team's growth plans is tested through this: nothing can reach a plan.
 */
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { readOnlyView, SCOPE, type ScopeCheck } from './scopes';
import { FakeSpreadsheetApp, type SpreadsheetRegistry } from './services';
import type { FakeSpreadsheet } from './spreadsheet';

const OPEN_SCOPES = [SCOPE.spreadsheets, SCOPE.spreadsheetsReadonly];

export class ScopedSpreadsheetApp extends FakeSpreadsheetApp {
  constructor(
    private readonly scopedEnv: FakeEnv,
    registry: SpreadsheetRegistry,
    private readonly scopeCheck: ScopeCheck,
  ) {
    super(scopedEnv, registry);
  }
  private _open(ss: FakeSpreadsheet): FakeSpreadsheet {
    return this.scopeCheck.has(SCOPE.spreadsheets) ? ss : readOnlyView(this.scopedEnv, ss);
  }
  openById(id: string): FakeSpreadsheet {
    this.scopeCheck.require('SpreadsheetApp.openById', OPEN_SCOPES);
    return this._open(super.openById(id));
  }
  openByUrl(url: string): FakeSpreadsheet {
    this.scopeCheck.require('SpreadsheetApp.openByUrl', OPEN_SCOPES);
    return this._open(super.openByUrl(url));
  }
  create(name: string): FakeSpreadsheet {
    this.scopeCheck.require('SpreadsheetApp.create', [SCOPE.spreadsheets]);
    return super.create(name);
  }
}
countMethods(ScopedSpreadsheetApp, 'SpreadsheetApp');
