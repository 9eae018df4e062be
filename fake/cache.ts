/**
 * CacheService: script, document and user caches with Apps Script's limits (keys up to 250
 * characters, values up to 100 KB, expiration 1 to 21600 seconds, default 600). A CacheStore is the
 * plain data, readable by tests without counting; FakeCache is the Apps Script `Cache` over it.
 */
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception, isRecord, requireAuth } from './env';

export const MAX_CACHE_KEY_LENGTH = 250;
export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_SECONDS = 21600;
const DEFAULT_CACHE_SECONDS = 600;

export class CacheStore {
  private readonly map = new Map<string, { value: string; expiresAt: number }>();
  /** The clock entries expire by; tests move it forward to let entries lapse. */
  now: () => number = () => Date.now();

  get(key: string): string | null {
    const entry = this.map.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.map.delete(key);
      return null;
    }
    return entry.value;
  }
  set(key: string, value: string, seconds: number): void {
    this.map.set(key, { value, expiresAt: this.now() + seconds * 1000 });
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  /** Live keys, sorted. */
  keys(): string[] {
    return [...this.map.keys()].filter((k) => this.get(k) !== null).sort();
  }
}

const C = 'Cache.Cache';

export class FakeCache {
  readonly _typeName = C;
  constructor(
    private readonly env: FakeEnv,
    private readonly store: CacheStore,
  ) {}
  _calls() {
    return this.env.calls;
  }
  private _key(method: string, args: unknown[], key: unknown): string {
    if (typeof key !== 'string') throw badArgs(this.env, `${C}.${method}`, args);
    if (key.length > MAX_CACHE_KEY_LENGTH)
      throw exception(
        this.env,
        `Argument too large: key [fake: ${key.length} characters, at most ${MAX_CACHE_KEY_LENGTH}]`,
      );
    return key;
  }
  private _value(method: string, args: unknown[], value: unknown): string {
    if (typeof value !== 'string') throw badArgs(this.env, `${C}.${method}`, args);
    const bytes = Buffer.byteLength(value);
    if (bytes > MAX_CACHE_VALUE_BYTES)
      throw exception(
        this.env,
        `Argument too large: value [fake: ${bytes} bytes, at most ${MAX_CACHE_VALUE_BYTES}]`,
      );
    return value;
  }
  private _seconds(method: string, args: unknown[], seconds: unknown): number {
    if (seconds === undefined) return DEFAULT_CACHE_SECONDS;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 1)
      throw badArgs(this.env, `${C}.${method}`, args);
    // Apps Script keeps an entry at most six hours whatever is asked for.
    return Math.min(seconds, MAX_CACHE_SECONDS);
  }
  get(key: string): string | null {
    return this.store.get(this._key('get', [key], key));
  }
  getAll(keys: string[]): Record<string, string> {
    if (!Array.isArray(keys)) throw badArgs(this.env, `${C}.getAll`, [keys]);
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.store.get(this._key('getAll', [keys], key));
      if (value !== null) out[key] = value;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    const args = expirationInSeconds === undefined ? [key, value] : [key, value, expirationInSeconds];
    const k = this._key('put', args, key);
    const v = this._value('put', args, value);
    this.store.set(k, v, this._seconds('put', args, expirationInSeconds));
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    const args = expirationInSeconds === undefined ? [values] : [values, expirationInSeconds];
    if (!isRecord(values)) throw badArgs(this.env, `${C}.putAll`, args);
    const seconds = this._seconds('putAll', args, expirationInSeconds);
    // Checked first, so a bad entry stores none of them.
    const checked = Object.entries(values).map(
      ([k, v]) => [this._key('putAll', args, k), this._value('putAll', args, v)] as const,
    );
    for (const [k, v] of checked) this.store.set(k, v, seconds);
  }
  remove(key: string): void {
    this.store.delete(this._key('remove', [key], key));
  }
  removeAll(keys: string[]): void {
    if (!Array.isArray(keys)) throw badArgs(this.env, `${C}.removeAll`, [keys]);
    for (const key of keys) this.store.delete(this._key('removeAll', [keys], key));
  }
}
countMethods(FakeCache, 'Cache');

export interface CacheStores {
  script: CacheStore;
  document: CacheStore;
  user: CacheStore;
}

export class FakeCacheService {
  readonly _typeName = 'CacheService';
  constructor(
    private readonly env: FakeEnv,
    private readonly stores: CacheStores,
  ) {}
  _calls() {
    return this.env.calls;
  }
  getScriptCache(): FakeCache {
    requireAuth(this.env, 'CacheService.getScriptCache', 'LIMITED');
    return new FakeCache(this.env, this.stores.script);
  }
  getDocumentCache(): FakeCache {
    requireAuth(this.env, 'CacheService.getDocumentCache', 'LIMITED');
    return new FakeCache(this.env, this.stores.document);
  }
  getUserCache(): FakeCache {
    requireAuth(this.env, 'CacheService.getUserCache', 'LIMITED');
    return new FakeCache(this.env, this.stores.user);
  }
}
countMethods(FakeCacheService, 'CacheService');
