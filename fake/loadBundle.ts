/**
 * Loads the built Apps Script bundle (an esbuild iife defining top-level functions) into a node:vm
 * context whose globals are the fake's services, and calls its functions.
 *
 * Like Apps Script, every call is by default a fresh execution: the bundle is re-run in a new context,
 * so nothing kept in global variables survives from one call to the next (set `freshPerCall: false`
 * to keep one context). While a call runs, errors and dates the fake creates belong to the bundle's
 * realm (so `instanceof Error/Date` work there); outside calls (test code) they are host objects.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Realm, UiRecorder } from './env';
import { createAppsScriptFake } from './fake';
import { at } from './must';

/** What loadBundle needs of a fake: createAppsScriptFake's and createDocsFake's results both fit. */
export interface BundleHost {
  globals: object;
  ui: UiRecorder;
  setRealm(realm: Realm): void;
  /** The fixed "now" (ms) of the bundle's clock, or null for the real clock (EnvControls.clock). */
  clock?(): number | null;
  /** Told when the bundle starts and stops running, so only its own calls count towards failAt. */
  setExecuting?(running: boolean): void;
}

export interface LoadBundleOptions {
  /** Re-run the bundle in a new context for each call (Apps Script semantics). Default true. */
  freshPerCall?: boolean;
  /** Kill a call that runs longer than this (ms). Default 20000. */
  timeoutMs?: number;
}

export interface LoadedBundle {
  /** The context of the latest execution. */
  readonly context: vm.Context;
  /** Top-level function declarations of the bundle. */
  functionNames: string[];
  /** Calls a top-level function as a menu item or trigger would (arguments passed as they are). */
  call(name: string, ...args: unknown[]): unknown;
  /**
   * Calls a function as `google.script.run` would from the sidebar: private (`name_`) functions are
   * refused, arguments and the result must be plain JSON-like data (no Date, function, class
   * instance, undefined in arrays) and are copied across as Apps Script serialises them.
   */
  runFromClient(name: string, ...args: unknown[]): unknown;
  /** Calls the function behind a menu item added with addToUi, by caption. */
  runMenuItem(caption: string): unknown;
}

/**
 * Replaces the context's Date with one whose "now" (`new Date()`, `Date()`, `Date.now()`) asks the
 * host's clock; every other use is the context's own Date, so dates stay of the bundle's realm and
 * `instanceof Date` holds for both.
 */
const CLOCKED_DATE = `(function (clock) {
  var RealDate = Date;
  var now = function () { var fixed = clock(); return fixed === null ? RealDate.now() : fixed; };
  function ClockedDate() {
    if (!new.target) return new RealDate(now()).toString();
    return arguments.length === 0 ? new RealDate(now()) : Reflect.construct(RealDate, arguments);
  }
  ClockedDate.prototype = RealDate.prototype;
  ClockedDate.now = now;
  ClockedDate.parse = RealDate.parse;
  ClockedDate.UTC = RealDate.UTC;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockedDate, writable: true, configurable: true });
  globalThis.Date = ClockedDate;
})`;

const DECLARATION = /(?:^|[\n;}{)])\s*(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/g;

function declaredNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(DECLARATION)) names.add(at(m, 1));
  return names;
}

function ownFunctions(context: vm.Context, declared: Set<string>, exclude: Set<string>): string[] {
  return Object.getOwnPropertyNames(context)
    .filter(
      (n) =>
        !exclude.has(n) && declared.has(n) && typeof (context as Record<string, unknown>)[n] === 'function',
    )
    .sort();
}

/** The HTML pages of a build folder by file name without `.html`, as htmlFiles wants them. */
export function readBuiltHtml(buildDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of fs.readdirSync(buildDir)) {
    if (file.endsWith('.html'))
      files[file.slice(0, -'.html'.length)] = fs.readFileSync(path.join(buildDir, file), 'utf8');
  }
  return files;
}

/** Top-level `function` declarations of a bundle (it is evaluated against a throwaway fake). */
export function topLevelFunctionNames(codePath: string): string[] {
  const fake = createAppsScriptFake();
  return loadBundle(codePath, fake, { freshPerCall: false }).functionNames;
}

/** Why a value cannot cross google.script.run, or null when it can. */
function illegalForClient(value: unknown, path = 'value'): string | null {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return null;
  if (value === undefined) return null;
  if (typeof value === 'function') return `${path} is a function`;
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return `${path} is a Date (Apps Script would deliver null to the client)`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] === undefined) return `${path}[${i}] is undefined`;
      const bad = illegalForClient(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (tag !== '[object Object]' || (proto !== null && Object.getPrototypeOf(proto) !== null)) {
    return `${path} is not a plain object (${tag})`;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const bad = illegalForClient(v, `${path}.${k}`);
    if (bad) return bad;
  }
  return null;
}

/** A bundle read and compiled, kept while its file is unchanged. */
interface Compiled {
  mtimeMs: number;
  size: number;
  script: vm.Script;
  declared: Set<string>;
}

const compiled = new Map<string, Compiled>();

/**
 * The bundle compiled once per file version: a vm.Script runs in any number of contexts, and each
 * execution still gets a fresh context, so sharing it changes nothing a test can see but the time
 * (a fault sweep runs a bundle thousands of times).
 */
function compile(codePath: string): Compiled {
  const stat = fs.statSync(codePath);
  const known = compiled.get(codePath);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known;
  const code = fs.readFileSync(codePath, 'utf8');
  const fresh = {
    mtimeMs: stat.mtimeMs,
    size: stat.size,
    script: new vm.Script(code, { filename: codePath }),
    declared: declaredNames(code),
  };
  compiled.set(codePath, fresh);
  return fresh;
}

export function loadBundle(
  codePath: string,
  fake: BundleHost,
  options: LoadBundleOptions = {},
): LoadedBundle {
  const { script, declared } = compile(codePath);
  const globalNames = new Set(Object.keys(fake.globals));
  const timeout = options.timeoutMs ?? 20000;
  const fresh = options.freshPerCall ?? true;

  const hostRealm = { Error, Date };
  /** Runs `fn` with the fake creating errors and dates in `context`'s realm, then back to the host's. */
  const inRealm = <T>(context: vm.Context, fn: () => T): T => {
    fake.setRealm(vm.runInContext('({ Error: Error, Date: Date })', context) as Realm);
    fake.setExecuting?.(true);
    try {
      return fn();
    } finally {
      fake.setExecuting?.(false);
      fake.setRealm(hostRealm);
    }
  };
  const clock = fake.clock?.bind(fake);
  const newContext = (): vm.Context => {
    const context = vm.createContext({ ...fake.globals }, { name: `Apps Script (${codePath})` });
    if (clock) (vm.runInContext(CLOCKED_DATE, context) as (clock: () => number | null) => void)(clock);
    inRealm(context, () => {
      script.runInContext(context, { timeout });
    });
    return context;
  };

  let context = newContext();
  const functionNames = ownFunctions(context, declared, globalNames);
  let used = false;

  const invoke = (name: string, args: unknown[] | string): unknown => {
    if (!functionNames.includes(name)) {
      throw new Error(
        `"${name}" is not a top-level function of ${codePath}. Top-level functions: ${functionNames.join(', ')}`,
      );
    }
    if (fresh && used) context = newContext();
    used = true;
    const ctx = context as Record<string, unknown>;
    ctx.__fakeArgs = args;
    try {
      const source =
        typeof args === 'string'
          ? `${name}.apply(null, JSON.parse(__fakeArgs))`
          : `${name}.apply(null, __fakeArgs)`;
      return inRealm(context, (): unknown => vm.runInContext(source, context, { timeout }));
    } finally {
      delete ctx.__fakeArgs;
    }
  };

  return {
    get context() {
      return context;
    },
    functionNames,
    call: (name, ...args) => invoke(name, args),
    runFromClient(name, ...args) {
      if (name.endsWith('_'))
        throw new Error(
          `google.script.run cannot call ${name}: functions whose name ends with _ are private.`,
        );
      const badArg = illegalForClient(args, 'arguments');
      if (badArg) throw new Error(`google.script.run.${name}: illegal parameter: ${badArg}.`);
      const result = invoke(name, JSON.stringify(args));
      const badResult = illegalForClient(result, 'return value');
      if (badResult) throw new Error(`google.script.run.${name}: illegal return value: ${badResult}.`);
      return result === undefined ? undefined : (JSON.parse(JSON.stringify(result)) as unknown);
    },
    runMenuItem(caption) {
      const item = fake.ui.menuItems().find((i) => i.caption === caption);
      if (!item)
        throw new Error(
          `No menu item "${caption}" was added to the UI. Items: ${fake.ui
            .menuItems()
            .map((i) => i.caption)
            .join(', ')}`,
        );
      return invoke(item.functionName, []);
    },
  };
}
