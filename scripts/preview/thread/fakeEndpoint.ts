/**
 * The main thread's end of the bundle thread: it owns the handles the bundle holds on fake objects
 * and runs each call the bundle makes on the real fake, so the fake counts and records it exactly as
 * if the bundle ran here. A call may first wait for a person (`beforeCall`): that is how an alert
 * gets its answer while the bundle waits.
 */
import { isDate, isPlainObject, isTagged, type SyncReply, type SyncRequest, type Wire } from './protocol';

/** Runs before a call reaches the fake; the bundle waits until it resolves. */
export type BeforeCall = (target: object, method: string, args: unknown[]) => Promise<void> | void;

const MAX_DEPTH = 64;

/** The function-valued property names along an object's prototype chain (Object.prototype's aside). */
function methodNames(object: object): string[] {
  const names = new Set<string>();
  for (
    let proto: object | null = object;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || names.has(name)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (descriptor && typeof descriptor.value === 'function') names.add(name);
    }
  }
  return [...names];
}

export class FakeEndpoint {
  private readonly objects = new Map<number, object>();
  private readonly ids = new Map<object, number>();
  private nextId = 1;
  private pinnedUpTo = 0;
  private readonly shapes = new WeakMap<object, number>();
  private readonly shapesSent = new Set<number>();
  private nextShape = 1;

  constructor(private readonly beforeCall: BeforeCall = () => undefined) {}

  /** Keeps every handle made so far (the globals) for good; `release` drops only later ones. */
  pin(): number {
    this.pinnedUpTo = this.nextId - 1;
    return this.pinnedUpTo;
  }

  /** Forgets the handles of the execution that just ended (the worker forgets them too). */
  release(): void {
    for (const [id, object] of this.objects) {
      if (id <= this.pinnedUpTo) continue;
      this.objects.delete(id);
      this.ids.delete(object);
    }
    this.nextId = this.pinnedUpTo + 1;
  }

  private handle(object: object): Wire {
    let id = this.ids.get(object);
    const isNew = id === undefined;
    if (id === undefined) {
      id = this.nextId++;
      this.objects.set(id, object);
      this.ids.set(object, id);
    }
    // Objects of one class share their methods; a literal with functions in it has its own.
    if (isPlainObject(object)) return isNew ? { $: 'h', id, methods: methodNames(object) } : { $: 'h', id };
    const proto = Object.getPrototypeOf(object) as object;
    let shape = this.shapes.get(proto);
    if (shape === undefined) {
      shape = this.nextShape++;
      this.shapes.set(proto, shape);
    }
    if (this.shapesSent.has(shape)) return { $: 'h', id, shape };
    this.shapesSent.add(shape);
    return { $: 'h', id, shape, methods: methodNames(object) };
  }

  /** A main-thread value as the bundle thread receives it. */
  encode(value: unknown, depth = 0): Wire {
    if (value === null || value === undefined) return value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value === 'function') return { $: 'm' };
    if (typeof value !== 'object') return undefined;
    if (depth > MAX_DEPTH) throw new Error('Preview: a value too deeply nested to pass to the bundle.');
    if (isDate(value)) return { $: 'd', t: value.getTime() };
    if (Array.isArray(value)) return value.map((item: unknown) => this.encode(item, depth + 1));
    if (isPlainObject(value) && !Object.values(value).some((v) => typeof v === 'function')) {
      const v: Record<string, Wire> = {};
      for (const [key, item] of Object.entries(value)) v[key] = this.encode(item, depth + 1);
      return { $: 'o', v };
    }
    return this.handle(value);
  }

  /** A value the bundle thread sent, as the fake takes it. */
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
        return new Date(wire.t);
      case 'h': {
        const object = this.objects.get(wire.id);
        if (!object)
          throw new Error(`Preview: the bundle used a handle (${wire.id}) from an execution that ended.`);
        return object;
      }
      case 'm':
        throw new Error('Preview: a function cannot be passed to an Apps Script service.');
    }
  }

  /** Answers one request of the bundle thread. */
  async answer(request: SyncRequest): Promise<SyncReply> {
    const { seq } = request;
    try {
      const target = this.objects.get(request.id);
      if (!target) throw new Error(`Preview: no object behind handle ${request.id}.`);
      switch (request.op) {
        case 'get':
          return { seq, ok: true, value: this.encode(Reflect.get(target, request.prop)) };
        case 'has':
          return { seq, ok: true, value: request.prop in target };
        case 'call': {
          const args = request.args.map((arg) => this.decode(arg));
          await this.beforeCall(target, request.prop, args);
          const method = Reflect.get(target, request.prop) as unknown;
          if (typeof method !== 'function') throw new TypeError(`${request.prop} is not a function`);
          return { seq, ok: true, value: this.encode(Reflect.apply(method, target, args)) };
        }
      }
    } catch (error) {
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      return { seq, ok: false, name, message };
    }
  }
}
