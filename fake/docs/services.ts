/**
 * The services as a Docs editor add-on sees them: DocumentApp; a SpreadsheetApp with NO active
 * spreadsheet (getActiveSpreadsheet() is null in Docs) that opens other spreadsheets by id or URL;
 * document properties that belong to the document. With `scopes` set (the manifest's oauthScopes),
 * calls the scopes do not allow throw, and a spreadsheet opened under only `spreadsheets.readonly`
 * refuses every write.
 */
import { countMethods } from '../calls';
import type { FakeEnv } from '../env';
import { badArgs, exception, requireAuth } from '../env';
import type { PropertyStore } from '../properties';
import { FakeProperties } from '../properties';
import {
  type FakeHtmlOutput,
  FakePropertiesService,
  FakeSpreadsheetApp,
  FakeUi,
  type SpreadsheetRegistry,
} from '../services';
import type { FakeRange, FakeSheet, FakeSpreadsheet } from '../spreadsheet';
import { readOnlyView, SCOPE, ScopeCheck } from '../scopes';
import { FakeDocument } from './document';
import {
  Attribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  PositionedLayout,
  TabType,
  TextAlignment,
  VerticalAlignment,
} from './enums';

// Scopes and read-only views are shared with the Sheets fake (../scopes.ts); Docs code imports them from here.
export { readOnlyView, SCOPE, ScopeCheck };

/** The Docs editor's Ui: showing HTML needs the script.container.ui scope (menus and alerts do not). */
export class DocsUi extends FakeUi {
  constructor(
    env: FakeEnv,
    private readonly scopeCheck: ScopeCheck,
  ) {
    super(env);
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.scopeCheck.require('Ui.showSidebar', [SCOPE.containerUi]);
    super.showSidebar(userInterface);
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.scopeCheck.require('Ui.showModalDialog', [SCOPE.containerUi]);
    super.showModalDialog(userInterface, title);
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.scopeCheck.require('Ui.showModelessDialog', [SCOPE.containerUi]);
    super.showModelessDialog(userInterface, title);
  }
}
countMethods(DocsUi, 'Ui');

const DA = 'DocumentApp';

export class FakeDocumentApp {
  readonly _typeName = DA;
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly PositionedLayout = PositionedLayout;
  readonly TabType = TabType;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  private ui: FakeUi | null = null;
  constructor(
    private readonly env: FakeEnv,
    private readonly active: FakeDocument | null,
    private readonly scopes: ScopeCheck,
  ) {}
  _calls() {
    return this.env.calls;
  }
  private _denied(id: string): Error {
    return exception(
      this.env,
      `You do not have permission to access the requested document. [fake: no document "${id}"]`,
    );
  }
  /** The document the add-on runs in (null for a script with no container). Not in AuthMode.NONE. */
  getActiveDocument(): FakeDocument | null {
    requireAuth(this.env, `${DA}.getActiveDocument`, 'LIMITED');
    this.scopes.require(`${DA}.getActiveDocument`, [SCOPE.documentsCurrentOnly, SCOPE.documents]);
    if (this.active) this.active._closed = false;
    return this.active;
  }
  getUi(): FakeUi {
    if (!this.env.hasUi) throw exception(this.env, 'Cannot call DocumentApp.getUi() from this context.');
    return (this.ui ??= new DocsUi(this.env, this.scopes));
  }
  /** Other documents need the full `documents` scope; the fake knows only the active one. */
  openById(id: string): FakeDocument {
    if (typeof id !== 'string') throw badArgs(this.env, `${DA}.openById`, [id]);
    requireAuth(this.env, `${DA}.openById`, 'FULL');
    this.scopes.require(`${DA}.openById`, [SCOPE.documents]);
    if (this.active && id === this.active.getId()) return this.active;
    throw this._denied(id);
  }
  openByUrl(url: string): FakeDocument {
    if (typeof url !== 'string') throw badArgs(this.env, `${DA}.openByUrl`, [url]);
    requireAuth(this.env, `${DA}.openByUrl`, 'FULL');
    this.scopes.require(`${DA}.openByUrl`, [SCOPE.documents]);
    const id = /\/document\/d\/([^/?#]+)/.exec(url)?.[1] ?? /[?&]id=([^&#]+)/.exec(url)?.[1];
    if (!id) throw exception(this.env, 'Invalid argument: url');
    if (this.active && id === this.active.getId()) return this.active;
    throw this._denied(id);
  }
  create(name: string): FakeDocument {
    if (typeof name !== 'string') throw badArgs(this.env, `${DA}.create`, [name]);
    requireAuth(this.env, `${DA}.create`, 'FULL');
    this.scopes.require(`${DA}.create`, [SCOPE.documents]);
    const doc = new FakeDocument({ name });
    doc._bindEnv(this.env);
    return doc;
  }
}
countMethods(FakeDocumentApp, 'DocumentApp');

/** SpreadsheetApp inside a Docs add-on: no active spreadsheet, no Sheets UI; opens linked spreadsheets. */
export class DocsSpreadsheetApp extends FakeSpreadsheetApp {
  constructor(
    private readonly docsEnv: FakeEnv,
    registry: SpreadsheetRegistry,
    private readonly scopeCheck: ScopeCheck,
  ) {
    super(docsEnv, registry);
  }
  private _open(ss: FakeSpreadsheet): FakeSpreadsheet {
    if (this.scopeCheck.has(SCOPE.spreadsheets)) return ss;
    return readOnlyView(this.docsEnv, ss);
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    requireAuth(this.docsEnv, 'SpreadsheetApp.getActiveSpreadsheet', 'LIMITED');
    return null as unknown as FakeSpreadsheet;
  }
  getActive(): FakeSpreadsheet {
    requireAuth(this.docsEnv, 'SpreadsheetApp.getActive', 'LIMITED');
    return null as unknown as FakeSpreadsheet;
  }
  getActiveSheet(): FakeSheet {
    requireAuth(this.docsEnv, 'SpreadsheetApp.getActiveSheet', 'LIMITED');
    return null as unknown as FakeSheet;
  }
  getActiveRange(): FakeRange {
    requireAuth(this.docsEnv, 'SpreadsheetApp.getActiveRange', 'LIMITED');
    return null as unknown as FakeRange;
  }
  setActiveSheet(_sheet: FakeSheet): FakeSheet {
    throw exception(
      this.docsEnv,
      'Invalid argument: sheet [fake: there is no active spreadsheet in a Docs add-on]',
    );
  }
  getUi(): FakeUi {
    throw exception(this.docsEnv, 'Cannot call SpreadsheetApp.getUi() from this context.');
  }
  openById(id: string): FakeSpreadsheet {
    this.scopeCheck.require('SpreadsheetApp.openById', [SCOPE.spreadsheets, SCOPE.spreadsheetsReadonly]);
    return this._open(super.openById(id));
  }
  openByUrl(url: string): FakeSpreadsheet {
    this.scopeCheck.require('SpreadsheetApp.openByUrl', [SCOPE.spreadsheets, SCOPE.spreadsheetsReadonly]);
    return this._open(super.openByUrl(url));
  }
  create(name: string): FakeSpreadsheet {
    this.scopeCheck.require('SpreadsheetApp.create', [SCOPE.spreadsheets]);
    return super.create(name);
  }
}
countMethods(DocsSpreadsheetApp, 'SpreadsheetApp');

/** PropertiesService whose document properties are the document's. */
export class DocsPropertiesService extends FakePropertiesService {
  constructor(
    private readonly docsEnv: FakeEnv,
    registry: SpreadsheetRegistry,
    user: PropertyStore,
    script: PropertyStore,
    private readonly documentStore: PropertyStore,
  ) {
    super(docsEnv, registry, user, script);
  }
  getDocumentProperties(): FakeProperties {
    requireAuth(this.docsEnv, 'PropertiesService.getDocumentProperties', 'LIMITED');
    return new FakeProperties(this.docsEnv, this.documentStore);
  }
}
countMethods(DocsPropertiesService, 'PropertiesService');
