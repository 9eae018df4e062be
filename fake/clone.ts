/**
 * A deep copy of a fake file's object graph, for tests that need the same prepared file many times
 * (a fault sweep re-opens it for every call it fails): prototypes, cycles and Maps are kept, the
 * objects `share` names (the execution environment) and functions are shared, not copied.
 */
// Looked up once: inside a vm context (Jest runs tests in one) every global read in a hot loop is slow.
const { isArray } = Array;
const { create, getPrototypeOf, keys } = Object;
const isView = ArrayBuffer.isView.bind(ArrayBuffer);
const MapClass = Map;
const SetClass = Set;
const DateClass = Date;
const ArrayBufferClass = ArrayBuffer;

export function copyGraph<T>(root: T, share: (value: object) => boolean): T {
  const copies = new Map<object, unknown>();
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || share(value)) return value;
    const known = copies.get(value);
    if (known !== undefined) return known;
    if (value instanceof MapClass) {
      const out = new MapClass<unknown, unknown>();
      copies.set(value, out);
      for (const [k, v] of value) out.set(copy(k), copy(v));
      return out;
    }
    if (value instanceof SetClass) {
      const out = new SetClass<unknown>();
      copies.set(value, out);
      for (const v of value) out.add(copy(v));
      return out;
    }
    if (value instanceof DateClass) return new DateClass(value.getTime());
    if (isView(value) || value instanceof ArrayBufferClass)
      throw new Error('copyGraph: binary data is not copied');
    if (isArray(value)) {
      const out: unknown[] = [];
      out.length = value.length;
      copies.set(value, out);
      for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
      return out;
    }
    // Own enumerable fields, assigned: the fake's classes keep their state in plain fields (a text's
    // style per character among them), and descriptors would cost several times as much.
    const out = create(getPrototypeOf(value) as object | null) as Record<string, unknown>;
    copies.set(value, out);
    for (const key of keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
    return out;
  };
  return copy(root) as T;
}
