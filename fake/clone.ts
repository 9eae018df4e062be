/**
 * A deep copy of a fake file's object graph, for tests that need the same prepared file many times
 * (a fault sweep re-opens it for every call it fails): prototypes, cycles and Maps are kept, the
 * objects `share` names (the execution environment) and functions are shared, not copied.
 */
export function copyGraph<T>(root: T, share: (value: object) => boolean): T {
  const copies = new Map<object, unknown>();
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || share(value)) return value;
    const known = copies.get(value);
    if (known !== undefined) return known;
    if (value instanceof Map) {
      const out = new Map<unknown, unknown>();
      copies.set(value, out);
      for (const [k, v] of value) out.set(copy(k), copy(v));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set<unknown>();
      copies.set(value, out);
      for (const v of value) out.add(copy(v));
      return out;
    }
    if (value instanceof Date) return new Date(value.getTime());
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer)
      throw new Error('copyGraph: binary data is not copied');
    if (Array.isArray(value)) {
      const out: unknown[] = new Array<unknown>(value.length);
      copies.set(value, out);
      for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
      return out;
    }
    // Own enumerable fields, assigned: the fake's classes keep their state in plain fields (a text's
    // style per character among them), and descriptors would cost several times as much.
    const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
    copies.set(value, out);
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
    return out;
  };
  return copy(root) as T;
}
