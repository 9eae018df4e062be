/**
 * The global Apps Script services: SpreadsheetApp, LockService, PropertiesService, ScriptApp,
 * Session, Utilities and Logger (Ui and HtmlService live in ui.ts and are re-exported here).
 */
import { randomUUID } from 'node:crypto';
import { format as nodeFormat } from 'node:util';
import { FakeBlob, fromSignedBytes, gzipBlob, toSignedBytes, ungzipBlob, type Bytes } from './blob';
import { FakeConditionalFormatRuleBuilder } from './builders';
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception, isDate, requireAuth } from './env';
import type { EnumValue } from './enums';
import {
  AuthMode,
  AuthorizationStatus,
  BooleanCriteria,
  DataValidationCriteria,
  Dimension,
  enumType,
  SheetType,
  WrapStrategy,
} from './enums';
import { FakeProperties, type PropertyStore } from './properties';
import type { FakeRange, FakeSheet } from './spreadsheet';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';
import { formatJavaDate, isValidTimeZone } from './values';

export { FakeHtmlOutput, FakeHtmlService, FakeMenu, FakeUi } from './ui';

/** The spreadsheets a fake knows: the active one and any others openById/openByUrl can reach. */
export class SpreadsheetRegistry {
  private readonly byId = new Map<string, FakeSpreadsheet>();
  constructor(
    private readonly env: FakeEnv,
    public active: FakeSpreadsheet,
  ) {
    this.register(active);
  }
  register(ss: FakeSpreadsheet): void {
    ss._bindEnv(this.env);
    this.byId.set(ss._id(), ss);
  }
  find(id: string): FakeSpreadsheet | undefined {
    return this.byId.get(id);
  }
}

const SA = 'SpreadsheetApp';

export class FakeSpreadsheetApp {
  readonly _typeName = SA;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly Dimension = Dimension;
  readonly WrapStrategy = WrapStrategy;
  readonly SheetType = SheetType;
  private ui: FakeUi | null = null;
  constructor(
    private readonly env: FakeEnv,
    private readonly registry: SpreadsheetRegistry,
  ) {}
  _calls() {
    return this.env.calls;
  }
  private _denied(id: string): Error {
    return exception(
      this.env,
      `You do not have permission to access the requested document. [fake: no spreadsheet "${id}" registered]`,
    );
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    requireAuth(this.env, `${SA}.getActiveSpreadsheet`, 'LIMITED');
    return this.registry.active;
  }
  getActive(): FakeSpreadsheet {
    requireAuth(this.env, `${SA}.getActive`, 'LIMITED');
    return this.registry.active;
  }
  getActiveSheet(): FakeSheet {
    requireAuth(this.env, `${SA}.getActiveSheet`, 'LIMITED');
    return this.registry.active.getActiveSheet();
  }
  getActiveRange(): FakeRange {
    requireAuth(this.env, `${SA}.getActiveRange`, 'LIMITED');
    return this.registry.active.getActiveRange();
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    requireAuth(this.env, `${SA}.setActiveSheet`, 'LIMITED');
    return this.registry.active.setActiveSheet(sheet);
  }
  getUi(): FakeUi {
    if (!this.env.hasUi) throw exception(this.env, 'Cannot call SpreadsheetApp.getUi() from this context.');
    return (this.ui ??= new FakeUi(this.env));
  }
  flush(): void {}
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.env);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.env);
  }
  openById(id: string): FakeSpreadsheet {
    if (typeof id !== 'string') throw badArgs(this.env, `${SA}.openById`, [id]);
    requireAuth(this.env, `${SA}.openById`, 'FULL');
    const ss = this.registry.find(id);
    if (!ss) throw this._denied(id);
    return ss;
  }
  openByUrl(url: string): FakeSpreadsheet {
    if (typeof url !== 'string') throw badArgs(this.env, `${SA}.openByUrl`, [url]);
    requireAuth(this.env, `${SA}.openByUrl`, 'FULL');
    const id = /\/spreadsheets\/d\/([^/?#]+)/.exec(url)?.[1];
    if (!id) throw exception(this.env, 'Invalid argument: url');
    const ss = this.registry.find(id);
    if (!ss) throw this._denied(id);
    return ss;
  }
  create(name: string): FakeSpreadsheet {
    if (typeof name !== 'string') throw badArgs(this.env, `${SA}.create`, [name]);
    requireAuth(this.env, `${SA}.create`, 'FULL');
    const ss = new FakeSpreadsheet({ name });
    this.registry.register(ss);
    return ss;
  }
}
countMethods(FakeSpreadsheetApp, 'SpreadsheetApp');

// ---------------------------------------------------------------------------------------------

export class FakeLock {
  readonly _typeName = 'LockService.Lock';
  constructor(
    private readonly env: FakeEnv,
    private readonly scope: string,
  ) {}
  _calls() {
    return this.env.calls;
  }
  private _acquire(method: string, timeoutInMillis: unknown): boolean {
    if (typeof timeoutInMillis !== 'number' || timeoutInMillis < 0)
      throw badArgs(this.env, `LockService.Lock.${method}`, [timeoutInMillis]);
    const holder = this.env.heldLocks.get(this.scope);
    if (holder === this) return true;
    if (this.env.lockBusy || holder) return false;
    this.env.heldLocks.set(this.scope, this);
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    return this._acquire('tryLock', timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this._acquire('waitLock', timeoutInMillis))
      throw exception(this.env, 'Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    if (this.env.heldLocks.get(this.scope) === this) this.env.heldLocks.delete(this.scope);
  }
  hasLock(): boolean {
    return this.env.heldLocks.get(this.scope) === this;
  }
}
countMethods(FakeLock, 'Lock');

export class FakeLockService {
  readonly _typeName = 'LockService';
  constructor(private readonly env: FakeEnv) {}
  _calls() {
    return this.env.calls;
  }
  getDocumentLock(): FakeLock {
    requireAuth(this.env, 'LockService.getDocumentLock', 'LIMITED');
    return new FakeLock(this.env, 'document');
  }
  getScriptLock(): FakeLock {
    requireAuth(this.env, 'LockService.getScriptLock', 'LIMITED');
    return new FakeLock(this.env, 'script');
  }
  getUserLock(): FakeLock {
    requireAuth(this.env, 'LockService.getUserLock', 'LIMITED');
    return new FakeLock(this.env, 'user');
  }
}
countMethods(FakeLockService, 'LockService');

export class FakePropertiesService {
  readonly _typeName = 'PropertiesService';
  constructor(
    private readonly env: FakeEnv,
    private readonly registry: SpreadsheetRegistry,
    private readonly user: PropertyStore,
    private readonly script: PropertyStore,
  ) {}
  _calls() {
    return this.env.calls;
  }
  getDocumentProperties(): FakeProperties {
    requireAuth(this.env, 'PropertiesService.getDocumentProperties', 'LIMITED');
    return new FakeProperties(this.env, this.registry.active.documentProperties);
  }
  getUserProperties(): FakeProperties {
    requireAuth(this.env, 'PropertiesService.getUserProperties', 'LIMITED');
    return new FakeProperties(this.env, this.user);
  }
  getScriptProperties(): FakeProperties {
    requireAuth(this.env, 'PropertiesService.getScriptProperties', 'LIMITED');
    return new FakeProperties(this.env, this.script);
  }
}
countMethods(FakePropertiesService, 'PropertiesService');

// ---------------------------------------------------------------------------------------------

export class FakeScriptApp {
  readonly _typeName = 'ScriptApp';
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  constructor(private readonly env: FakeEnv) {}
  _calls() {
    return this.env.calls;
  }
  getAuthorizationInfo(authMode: EnumValue): {
    getAuthorizationStatus(): EnumValue;
    getAuthorizationUrl(): string | null;
  } {
    if (enumType(authMode) !== 'AuthMode')
      throw badArgs(this.env, 'ScriptApp.getAuthorizationInfo', [authMode]);
    return {
      getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => null,
    };
  }
  getScriptId(): string {
    return 'fake-script-id';
  }
  getProjectTriggers(): never[] {
    return [];
  }
  getUserTriggers(_document: unknown): never[] {
    return [];
  }
  getOAuthToken(): string {
    requireAuth(this.env, 'ScriptApp.getOAuthToken', 'FULL');
    return 'fake-oauth-token';
  }
}
countMethods(FakeScriptApp, 'ScriptApp');

export class FakeUser {
  readonly _typeName = 'Session.User';
  constructor(
    private readonly env: FakeEnv,
    private readonly email: string,
  ) {}
  _calls() {
    return this.env.calls;
  }
  getEmail(): string {
    return this.email;
  }
}
countMethods(FakeUser, 'User');

export class FakeSession {
  readonly _typeName = 'Session';
  constructor(private readonly env: FakeEnv) {}
  _calls() {
    return this.env.calls;
  }
  getActiveUser(): FakeUser {
    requireAuth(this.env, 'Session.getActiveUser', 'LIMITED');
    return new FakeUser(this.env, this.env.userEmail);
  }
  getEffectiveUser(): FakeUser {
    requireAuth(this.env, 'Session.getEffectiveUser', 'LIMITED');
    return new FakeUser(this.env, this.env.effectiveUserEmail);
  }
  getScriptTimeZone(): string {
    return this.env.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return 'en_GB';
  }
  getTemporaryActiveUserKey(): string {
    return 'fake-temporary-user-key';
  }
}
countMethods(FakeSession, 'Session');

/** The arguments a call was given, without the optional ones left out (for signature errors). */
function given(...args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}

export class FakeUtilities {
  readonly _typeName = 'Utilities';
  constructor(private readonly env: FakeEnv) {}
  _calls() {
    return this.env.calls;
  }
  /** Java SimpleDateFormat patterns; an unknown time zone formats in GMT, as Apps Script does. */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw badArgs(this.env, 'Utilities.formatDate', [date, timeZone, format]);
    }
    try {
      return formatJavaDate(new Date(date.getTime()), isValidTimeZone(timeZone) ? timeZone : 'UTC', format);
    } catch (e) {
      throw exception(this.env, `Invalid argument: format (${(e as Error).message})`);
    }
  }
  formatString(template: string, ...args: unknown[]): string {
    if (typeof template !== 'string') throw badArgs(this.env, 'Utilities.formatString', [template, ...args]);
    return nodeFormat(template, ...args);
  }
  getUuid(): string {
    return randomUUID();
  }
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || milliseconds < 0 || milliseconds > 300000)
      throw badArgs(this.env, 'Utilities.sleep', [milliseconds]);
  }
  base64Encode(data: string | Bytes): string {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : fromSignedBytes(data);
    if (!bytes) throw badArgs(this.env, 'Utilities.base64Encode', [data]);
    return bytes.toString('base64');
  }
  /** Signed bytes (-128..127); anything but canonical, padded base-64 throws. */
  base64Decode(encoded: string): Bytes {
    if (typeof encoded !== 'string') throw badArgs(this.env, 'Utilities.base64Decode', [encoded]);
    const bytes = Buffer.from(encoded, 'base64');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || bytes.toString('base64') !== encoded)
      throw exception(this.env, 'Could not decode string.');
    return toSignedBytes(bytes);
  }
  /** A blob of a string (stored as UTF-8) or of a Byte[]; no content type unless one is given. */
  newBlob(data: string | Bytes, contentType?: string | null, name?: string | null): FakeBlob {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : fromSignedBytes(data);
    const optional = (v: unknown) => v === undefined || v === null || typeof v === 'string';
    if (!bytes || !optional(contentType) || !optional(name))
      throw badArgs(this.env, 'Utilities.newBlob', given(data, contentType, name));
    return new FakeBlob(this.env, bytes, contentType ?? null, name ?? null);
  }
  gzip(blob: FakeBlob, name?: string): FakeBlob {
    if (!(blob instanceof FakeBlob) || (name !== undefined && typeof name !== 'string'))
      throw badArgs(this.env, 'Utilities.gzip', given(blob, name));
    return gzipBlob(this.env, blob, name ?? null);
  }
  /** Throws on anything that is not gzip data. */
  ungzip(blob: FakeBlob): FakeBlob {
    if (!(blob instanceof FakeBlob)) throw badArgs(this.env, 'Utilities.ungzip', [blob]);
    return ungzipBlob(this.env, blob);
  }
}
countMethods(FakeUtilities, 'Utilities');

export class FakeLogger {
  readonly _typeName = 'Logger';
  constructor(private readonly env: FakeEnv) {}
  _calls() {
    return this.env.calls;
  }
  log(data: unknown, ...values: unknown[]): this {
    const message =
      typeof data === 'string' && values.length > 0 ? nodeFormat(data, ...values) : nodeFormat(data);
    this.env.logs.push({ level: 'Logger', message });
    if (this.env.echoLogs) console.log('[Logger]', message);
    return this;
  }
  getLog(): string {
    return this.env.logs
      .filter((l) => l.level === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    this.env.logs = this.env.logs.filter((l) => l.level !== 'Logger');
  }
}
countMethods(FakeLogger, 'Logger');

/** A console that records into env.logs (echoing to the host console when env.echoLogs). Not counted. */
export function recordingConsole(env: FakeEnv): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const make =
    (level: 'log' | 'info' | 'warn' | 'error' | 'debug') =>
    (...args: unknown[]): void => {
      const message = nodeFormat(...args);
      env.logs.push({ level, message });
      if (env.echoLogs) console[level](message);
    };
  return {
    log: make('log'),
    info: make('info'),
    warn: make('warn'),
    error: make('error'),
    debug: make('debug'),
  };
}
