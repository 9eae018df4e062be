/**
 * State shared by everything in one fake: the call counter, the auth mode, the realm errors and dates
 * are created in, what the UI showed, locks and logs. A FakeSpreadsheet made on its own gets a private
 * env; createAppsScriptFake binds it (and every registered spreadsheet) to the fake's env.
 */
import { CallCounter } from './calls';
import { FaultInjector, type FaultStruck } from './faults';

export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

/**
 * Constructors of the realm that receives errors and dates. loadBundle points this at the vm context,
 * so `e instanceof Error` and `v instanceof Date` in the bundle behave as in Apps Script.
 */
export interface Realm {
  Error: ErrorConstructor;
  Date: DateConstructor;
}

export type MenuEntry =
  { caption: string; functionName: string } | { separator: true } | { caption: string; subMenu: MenuRecord };

export interface MenuRecord {
  /** The caption given to createMenu; null for createAddonMenu (Sheets shows the add-on's name). */
  caption: string | null;
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface DialogRecord extends ShownHtml {
  modal: boolean;
}

export interface AlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** Name of the ButtonSet (`OK`, `OK_CANCEL`, `YES_NO`, `YES_NO_CANCEL`). */
  buttons: string;
  /** Name of the Button returned. */
  response: string;
  /** The text "typed" into a prompt. */
  text?: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** A queued answer for the next alert or prompt: a Button name, optionally with prompt text. */
export type UiResponse = string | { button: string; text?: string };

/** What the fake UI recorded. Reading it is not counted. */
export class UiRecorder {
  /** Menus added with addToUi, in order (an add-on menu added again replaces the earlier one). */
  menus: MenuRecord[] = [];
  sidebars: ShownHtml[] = [];
  dialogs: DialogRecord[] = [];
  alerts: AlertRecord[] = [];
  toasts: ToastRecord[] = [];
  /** Answers for the next alerts/prompts, consumed in order. */
  responses: UiResponse[] = [];

  /** The add-on menu last added to the UI, or null. */
  get addonMenu(): MenuRecord | null {
    return this.menus.find((m) => m.addon) ?? null;
  }

  /** Every item of every menu (sub-menus flattened), as caption + function name. */
  menuItems(): { caption: string; functionName: string }[] {
    const out: { caption: string; functionName: string }[] = [];
    const walk = (items: MenuEntry[]): void => {
      for (const item of items) {
        if ('functionName' in item) out.push({ caption: item.caption, functionName: item.functionName });
        else if ('subMenu' in item) walk(item.subMenu.items);
      }
    };
    for (const menu of this.menus) walk(menu.items);
    return out;
  }

  get lastSidebar(): ShownHtml | null {
    return this.sidebars[this.sidebars.length - 1] ?? null;
  }

  get lastDialog(): DialogRecord | null {
    return this.dialogs[this.dialogs.length - 1] ?? null;
  }

  queueResponse(...responses: UiResponse[]): void {
    this.responses.push(...responses);
  }

  reset(): void {
    this.menus = [];
    this.sidebars = [];
    this.dialogs = [];
    this.alerts = [];
    this.toasts = [];
    this.responses = [];
  }
}

export interface LogRecord {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug' | 'Logger';
  message: string;
}

export class FakeEnv {
  calls = new CallCounter();
  authMode: AuthModeName = 'FULL';
  realm: Realm = { Error, Date };
  /** False simulates a trigger run with no UI: SpreadsheetApp.getUi() throws. */
  hasUi = true;
  ui = new UiRecorder();
  logs: LogRecord[] = [];
  /** Echo console/Logger output to the host console as well as recording it. */
  echoLogs = false;
  /** When true, another "process" holds every lock: tryLock returns false, waitLock throws. */
  lockBusy = false;
  /**
   * Docs only. When true, a table inserted between a body's children arrives with an empty paragraph
   * before it, as a Docs-API-backed implementation does; code that counts indexes instead of asking
   * the body for them is caught out.
   */
  tableSpacer = false;
  /** Lock scopes ('document' | 'script' | 'user') currently held by a Lock of this execution. */
  heldLocks = new Map<string, object>();
  scriptTimeZone = 'Europe/London';
  /**
   * The instant a bundle's `new Date()` and `Date.now()` give (ms since the epoch), fixed until
   * changed; null follows the real clock. loadBundle puts it into the bundle's realm.
   */
  clock: number | null = null;
  userEmail = '';
  effectiveUserEmail = '';
  /** True while a loaded bundle runs (loadBundle says so): only then are calls the add-on's own. */
  executing = false;
  /** The one-off failure failAt arms (faults.ts). */
  faults = new FaultInjector();
  /** What an injected failure says when failAt is given no message; each fake names its service. */
  serviceFailure = 'Service Spreadsheets failed while accessing document.';

  constructor() {
    this.calls.beforeCall = (key) => {
      const message = this.faults.check(key, this.executing, this.serviceFailure);
      if (message !== null) throw exception(this, message);
    };
  }
}

/** An Apps Script service exception, created in the env's realm: `String(e)` is `Exception: msg`. */
export function exception(env: FakeEnv, message: string): Error {
  const err = new env.realm.Error(message);
  err.name = 'Exception';
  return err;
}

/** Describes argument types the way Apps Script's signature errors do: `(String,number[])`. */
export function describeArgs(args: readonly unknown[]): string {
  return `(${args.map(typeLabel).join(',')})`;
}

function typeLabel(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return `${v.length > 0 ? typeLabel(v[0]) : 'Object'}[]`;
  if (Object.prototype.toString.call(v) === '[object Date]') return 'Date';
  const type = (v as { _typeName?: unknown })._typeName;
  if (typeof type === 'string') return type;
  return typeof v === 'function' ? 'Function' : 'Object';
}

/** `The parameters (…) don't match the method signature for SpreadsheetApp.Range.setValues.` */
export function badArgs(env: FakeEnv, method: string, args: readonly unknown[], detail?: string): Error {
  const suffix = detail ? ` [fake: ${detail}]` : '';
  return exception(
    env,
    `The parameters ${describeArgs(args)} don't match the method signature for ${method}.${suffix}`,
  );
}

/** Throws the Apps Script permission error unless the current auth mode is at least `needed`. */
export function requireAuth(env: FakeEnv, method: string, needed: 'LIMITED' | 'FULL'): void {
  const rank: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 2, FULL: 3 };
  if (rank[env.authMode] >= rank[needed]) return;
  throw exception(
    env,
    `You do not have permission to call ${method} in this context (AuthMode.${env.authMode}).`,
  );
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The text Apps Script makes of any value passed where it takes a String: JavaScript's String(v). */
export function asText(v: unknown): string {
  return String(v);
}

/** An object (arrays included), not null: what an options argument must be. */
export function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

/** An object that is not an array: what a map-of-values argument (`setProperties`, `putAll`) must be. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return isObject(v) && !Array.isArray(v);
}

/** Array.isArray that narrows to unknown[] rather than any[]. */
export function isArray(v: unknown): v is readonly unknown[] {
  return Array.isArray(v);
}

export function isWholeNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** What a test controls of the execution, the same for the Sheets and the Docs fake. */
export interface EnvControls {
  calls: CallCounter;
  ui: UiRecorder;
  env: FakeEnv;
  readonly authMode: AuthModeName;
  setAuthMode(mode: 'NONE' | 'LIMITED' | 'FULL'): void;
  /** True: another execution holds every lock (tryLock fails, waitLock throws). */
  lockBusy: boolean;
  /** Lock scopes still held: [] after every well-behaved call. */
  locksHeld(): string[];
  readonly logs: LogRecord[];
  setRealm(realm: Realm): void;
  /**
   * Fixes "now" for the bundle (`new Date()`, `Date.now()`) at this instant, so tests choose what
   * day it is; null goes back to the real clock.
   */
  setClock(time: Date | number | null): void;
  /** The fixed instant (ms), or null when the real clock runs. */
  clock(): number | null;
  /** loadBundle: a bundle starts (true) or stops (false) running; only its calls can be made to fail. */
  setExecuting(running: boolean): void;
  /**
   * Makes the nth call the add-on makes from now on throw once, before it does anything, as an
   * Apps Script `Exception` (`message`, or the fake's `Service ... failed` text). Test calls to the
   * fake do not count towards n.
   */
  failAt(n: number, message?: string): void;
  /** Like failAt, counting only calls of one method (`Sheet.hideColumns`): its nth call fails. */
  failOn(method: string, n?: number, message?: string): void;
  /** Where the last failAt struck (call number and method), or null while it has not. */
  readonly faultStruck: FaultStruck | null;
  /** True while a failAt is armed and has not struck. */
  readonly faultPending: boolean;
}

/** An instant as ms since the epoch, refusing what is not one. */
function instant(time: Date | number): number {
  const ms = typeof time === 'number' ? time : time.getTime();
  if (!Number.isFinite(ms)) throw new Error(`The fake's clock needs a valid time, not ${String(time)}.`);
  return ms;
}

/** Adds the execution controls to a fake's own fields (getters stay live, they are not copied values). */
export function withEnvControls<T extends object>(env: FakeEnv, fields: T): T & EnvControls {
  const controls: EnvControls = {
    calls: env.calls,
    ui: env.ui,
    env,
    get authMode() {
      return env.authMode;
    },
    setAuthMode(mode) {
      env.authMode = mode;
    },
    get lockBusy() {
      return env.lockBusy;
    },
    set lockBusy(busy: boolean) {
      env.lockBusy = busy;
    },
    locksHeld: () => [...env.heldLocks.keys()],
    get logs() {
      return env.logs;
    },
    setRealm(realm) {
      env.realm = realm;
    },
    setClock(time) {
      env.clock = time === null ? null : instant(time);
    },
    clock: () => env.clock,
    setExecuting(running) {
      // Apps Script releases an execution's locks when it ends, even one that failed before its
      // releaseLock; the fake lets them go when the next execution starts, so locksHeld() still
      // shows what a call left behind.
      if (running) env.heldLocks.clear();
      env.executing = running;
    },
    failAt(n, message) {
      env.faults.arm(n, message ?? null);
    },
    failOn(method, n = 1, message) {
      env.faults.arm(n, message ?? null, method);
    },
    get faultStruck() {
      return env.faults.struck;
    },
    get faultPending() {
      return env.faults.pending;
    },
  };
  return Object.defineProperties(fields, Object.getOwnPropertyDescriptors(controls)) as T & EnvControls;
}
