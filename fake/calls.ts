/**
 * The call counter of the Apps Script fake, and the machinery that makes every public method of a
 * fake class count itself.
 *
 * `countMethods(Class, 'Range')` replaces each method on the class prototype with a wrapper that
 * records `Range.<method>` once per call made from OUTSIDE the fake (the bundle or a test). Calls
 * the fake makes internally (one fake method using another) are not counted: a module-wide depth
 * counter knows whether we are already inside a fake method. Methods named in `helpers` and methods
 * whose name starts with `_` are test helpers or internals: they run "inside" (so whatever they call
 * is not counted either) but are never recorded themselves.
 */

import { callKind, readsAfterFirstWrite, readsAfterWrite, type CallKind } from './callKinds';

export class CallCounter {
  /** Every counted call, all methods together. */
  total = 0;
  /** Calls per method, keyed like `Range.setValues`, `SpreadsheetApp.getActiveSpreadsheet`. */
  byMethod: Record<string, number> = {};
  /** The counted calls in order (method keys), for asserting order or batching. */
  sequence: string[] = [];
  /** What each call of `sequence` did to the file (read, write, flush or none; see callKinds.ts). */
  kinds: CallKind[] = [];
  /**
   * Asked after each call is recorded, before it runs: throwing here makes the call fail as a
   * service failure would (the fake's env sets it, for failAt; see faults.ts).
   */
  beforeCall: ((key: string) => void) | null = null;

  record(key: string): void {
    this.total += 1;
    this.byMethod[key] = (this.byMethod[key] ?? 0) + 1;
    this.sequence.push(key);
    this.kinds.push(callKind(key));
    this.beforeCall?.(key);
  }

  /** Forced flushes since the last reset: reads landing on queued writes (see callKinds.ts). */
  readsAfterWrite(): number {
    return readsAfterWrite(this.kinds);
  }

  /** Every read or flush after the first write since the last reset. */
  readsAfterFirstWrite(): number {
    return readsAfterFirstWrite(this.kinds);
  }

  /** Calls of one method (`count('Range.setValues')`), or of every method of a type (`count('Range')`). */
  count(key: string): number {
    if (key.includes('.')) return this.byMethod[key] ?? 0;
    let sum = 0;
    for (const [k, n] of Object.entries(this.byMethod)) if (k.startsWith(`${key}.`)) sum += n;
    return sum;
  }

  reset(): void {
    this.total = 0;
    this.byMethod = {};
    this.sequence = [];
    this.kinds = [];
  }
}

/**
 * What every counted fake object can tell the wrapper: where to record its calls, and optionally a
 * guard run before each public method (a deleted sheet's methods throw, for example).
 */
export interface Counted {
  _calls(): CallCounter;
  _guard?(): void;
}

let depth = 0;

/** Runs `fn` as if inside the fake: nothing it calls is counted (fixture set-up, helpers). */
export function silently<T>(fn: () => T): T {
  depth += 1;
  try {
    return fn();
  } finally {
    depth -= 1;
  }
}

/** True while a fake method is running (used by helpers that must not count). */
export function insideFake(): boolean {
  return depth > 0;
}

/**
 * Wraps every method of `cls.prototype` so calls from outside the fake are counted as
 * `${typeName}.${method}`. Call once per class, right after the class declaration.
 */
export function countMethods(
  cls: { prototype: object; name: string },
  typeName: string,
  helpers: readonly string[] = [],
): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const original = desc.value as (...args: unknown[]) => unknown;
    const counted = !name.startsWith('_') && !helpers.includes(name);
    const key = `${typeName}.${name}`;
    const wrapper = {
      [name](this: Counted, ...args: unknown[]): unknown {
        if (counted && depth === 0) this._calls().record(key);
        if (counted) this._guard?.();
        depth += 1;
        try {
          return original.apply(this, args);
        } finally {
          depth -= 1;
        }
      },
    }[name];
    Object.defineProperty(proto, name, { ...desc, value: wrapper });
  }
}
