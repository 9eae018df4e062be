/**
 * PropertiesService stores. A PropertyStore is the plain data (readable by tests without counting);
 * FakeProperties is the Apps Script `Properties` object over it. Values are strings, with Apps Script's
 * size limits (9 KB per value, 500 KB per store).
 */
import { countMethods } from './calls';
import type { FakeEnv } from './env';
import { badArgs, exception, isRecord } from './env';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

export class PropertyStore {
  private map = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.map.set(k, v);
  }
  get(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.map.set(key, value);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  /** A plain, key-sorted copy (JSON-comparable). */
  all(): Record<string, string> {
    const out: Record<string, string> = {};
    const byKey = ([a]: [string, string], [b]: [string, string]): number => (a < b ? -1 : a > b ? 1 : 0);
    for (const [k, v] of [...this.map].sort(byKey)) out[k] = v;
    return out;
  }
  bytes(): number {
    let n = 0;
    for (const [k, v] of this.map) n += Buffer.byteLength(k) + Buffer.byteLength(v);
    return n;
  }
}

const P = 'PropertiesService.Properties';

export class FakeProperties {
  readonly _typeName = P;
  constructor(
    private readonly env: FakeEnv,
    private readonly store: PropertyStore,
  ) {}
  _calls() {
    return this.env.calls;
  }
  /** Apps Script stores a primitive as its text; null, undefined, objects and functions are refused. */
  private _value(method: string, args: unknown[], value: unknown): string {
    if (
      typeof value !== 'string' &&
      typeof value !== 'number' &&
      typeof value !== 'boolean' &&
      typeof value !== 'bigint' &&
      typeof value !== 'symbol'
    )
      throw badArgs(this.env, `${P}.${method}`, args);
    const s = String(value);
    if (Buffer.byteLength(s) > MAX_VALUE_BYTES) throw exception(this.env, 'Argument too large: value');
    return s;
  }
  private _checkTotal(extra: Map<string, string>, replaceAll = false): void {
    let total = 0;
    const merged = new Map(replaceAll ? [] : Object.entries(this.store.all()));
    for (const [k, v] of extra) merged.set(k, v);
    for (const [k, v] of merged) total += Buffer.byteLength(k) + Buffer.byteLength(v);
    if (total > MAX_STORE_BYTES) {
      throw exception(
        this.env,
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }
  getProperty(key: string): string | null {
    if (typeof key !== 'string') throw badArgs(this.env, `${P}.getProperty`, [key]);
    return this.store.get(key);
  }
  getProperties(): Record<string, string> {
    return this.store.all();
  }
  getKeys(): string[] {
    return this.store.keys();
  }
  setProperty(key: string, value: string): this {
    if (typeof key !== 'string' || key === '') throw badArgs(this.env, `${P}.setProperty`, [key, value]);
    const v = this._value('setProperty', [key, value], value);
    this._checkTotal(new Map([[key, v]]));
    this.store.set(key, v);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const args = deleteAllOthers === undefined ? [properties] : [properties, deleteAllOthers];
    if (!isRecord(properties)) throw badArgs(this.env, `${P}.setProperties`, args);
    const next = new Map<string, string>();
    for (const [k, v] of Object.entries(properties)) next.set(k, this._value('setProperties', args, v));
    this._checkTotal(next, deleteAllOthers === true);
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    if (typeof key !== 'string') throw badArgs(this.env, `${P}.deleteProperty`, [key]);
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}
countMethods(FakeProperties, 'Properties');
