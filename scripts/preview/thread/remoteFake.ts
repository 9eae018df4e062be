/**
 * The bundle thread's end: stand-ins (proxies) for the fake objects on the main thread. Every method
 * call and property read on a stand-in is sent to the main thread, and the thread blocks until the
 * answer is there, so the bundle sees ordinary synchronous Apps Script services.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Realm } from '../../../fake/env';
import { isDate, isPlainObject, isTagged, type SyncReply, type SyncRequest, type Wire } from './protocol';

type DistributiveOmit<T, K extends keyof never> = T extends unknown ? Omit<T, K> : never;

/** How long one wait on the flag lasts before looking again (the vm's own timeout ends a run). */
const WAIT_SLICE_MS = 1000;

export class RemoteFake {
  private seq = 0;
  private readonly proxies = new Map<number, object>();
  private readonly idOf = new WeakMap<object, number>();
  private readonly shapes = new Map<number, Set<string>>();
  private pinnedUpTo = 0;
  /** Where errors and dates the bundle receives are made (loadBundle points it at the vm context). */
  realm: Realm = { Error, Date };

  constructor(
    private readonly port: MessagePort,
    private readonly flag: Int32Array,
  ) {}

  pin(upTo: number): void {
    this.pinnedUpTo = upTo;
  }

  /** Forgets the stand-ins of the execution that ended (the main thread dropped their objects). */
  release(): void {
    for (const id of this.proxies.keys()) if (id > this.pinnedUpTo) this.proxies.delete(id);
  }

  private request(body: DistributiveOmit<SyncRequest, 'seq'>): Wire {
    const seq = ++this.seq;
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ ...body, seq });
    for (;;) {
      const received = receiveMessageOnPort(this.port);
      if (received) {
        const reply = received.message as SyncReply;
        // A reply to a request of an execution that was cut short; not ours.
        if (reply.seq !== seq) continue;
        if (reply.ok) return reply.value;
        const error = new this.realm.Error(reply.message);
        error.name = reply.name;
        throw error;
      }
      Atomics.wait(this.flag, 0, 0, WAIT_SLICE_MS);
      Atomics.store(this.flag, 0, 0);
    }
  }

  private method(id: number, prop: string): (...args: unknown[]) => unknown {
    return (...args: unknown[]) =>
      this.decode(this.request({ op: 'call', id, prop, args: args.map((arg) => this.encode(arg)) }));
  }

  private proxy(id: number, methods: Set<string>): object {
    const functions = new Map<string, (...args: unknown[]) => unknown>();
    const methodFor = (prop: string) => {
      let fn = functions.get(prop);
      if (!fn) {
        fn = this.method(id, prop);
        functions.set(prop, fn);
      }
      return fn;
    };
    const stand = new Proxy(
      {},
      {
        get: (_target, prop) => {
          // Symbols (toPrimitive, iterators) and `then` are asked by the language, not by the bundle.
          if (typeof prop === 'symbol' || prop === 'then') return undefined;
          if (methods.has(prop)) return methodFor(prop);
          const value = this.request({ op: 'get', id, prop });
          if (isTagged(value) && value.$ === 'm') return methodFor(prop);
          return this.decode(value);
        },
        has: (_target, prop) =>
          typeof prop === 'string' && (methods.has(prop) || this.request({ op: 'has', id, prop }) === true),
      },
    );
    this.idOf.set(stand, id);
    return stand;
  }

  /** A value from the main thread, as the bundle sees it. */
  decode(wire: Wire): unknown {
    if (Array.isArray(wire)) return wire.map((item) => this.decode(item));
    if (!isTagged(wire)) return wire;
    switch (wire.$) {
      case 'o': {
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(wire.v)) out[key] = this.decode(item);
        return out;
      }
      case 'd':
        return new this.realm.Date(wire.t);
      case 'h': {
        const known = this.proxies.get(wire.id);
        if (known) return known;
        let methods: Set<string> | undefined;
        if (wire.methods) {
          methods = new Set(wire.methods);
          if (wire.shape !== undefined) this.shapes.set(wire.shape, methods);
        } else if (wire.shape !== undefined) methods = this.shapes.get(wire.shape);
        const stand = this.proxy(wire.id, methods ?? new Set());
        this.proxies.set(wire.id, stand);
        return stand;
      }
      case 'm':
        return undefined;
    }
  }

  /** A value of the bundle, as the main thread receives it. */
  encode(value: unknown, depth = 0): Wire {
    if (value === null || value === undefined) return value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value !== 'object') {
      throw new TypeError(`A ${typeof value} cannot be passed to an Apps Script service.`);
    }
    if (depth > 64) throw new TypeError('A value too deeply nested to pass to an Apps Script service.');
    const id = this.idOf.get(value);
    if (id !== undefined) return { $: 'h', id };
    if (isDate(value)) return { $: 'd', t: value.getTime() };
    if (Array.isArray(value)) return value.map((item: unknown) => this.encode(item, depth + 1));
    if (isPlainObject(value)) {
      const v: Record<string, Wire> = {};
      for (const [key, item] of Object.entries(value)) v[key] = this.encode(item, depth + 1);
      return { $: 'o', v };
    }
    throw new TypeError(
      `${Object.prototype.toString.call(value)} cannot be passed to an Apps Script service.`,
    );
  }
}
