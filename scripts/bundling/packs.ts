/**
 * Packs: text the build embeds in Code.js gzipped and base-64 encoded, for the script to decode only
 * when a call needs it (src/appsscript/packs/unpack.ts decodes with Utilities). A data pack is the
 * JSON of one export of src/catalog/packs.ts; a lazy module's pack is its bundled code.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** gzip (best compression, no timestamp: the same input always packs the same) then base-64. */
export function packText(text: string): string {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64');
}

/** The text of a pack, as Node reads it back (the script reads it back with Utilities). */
export function unpackText(packed: string): string {
  return gunzipSync(Buffer.from(packed, 'base64')).toString('utf8');
}

/**
 * Where `value` would come back different from JSON, as a path and a reason, or null when it
 * survives the trip exactly. The script gets the JSON, not the value the TypeScript data built.
 */
export function jsonMismatch(value: unknown, path = '$'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : `${path} is ${String(value)}, which JSON turns into null`;
  if (value === undefined) return `${path} is undefined, which JSON drops`;
  if (typeof value !== 'object') return `${path} is a ${typeof value}, which JSON cannot hold`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `${path}[${i}] is a hole, which JSON turns into null`;
      const found = jsonMismatch(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) {
    const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
    return `${path} is a ${kind}, not a plain object`;
  }
  if (Object.getOwnPropertySymbols(value).length > 0) return `${path} has symbol keys, which JSON drops`;
  for (const [key, item] of Object.entries(value)) {
    // An absent optional field reads back the same (undefined) whether JSON kept the key or not.
    if (item === undefined) continue;
    const found = jsonMismatch(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/** The pack of a data value; throws, naming the place, when the value would not survive JSON. */
export function packJson(name: string, value: unknown): string {
  const mismatch = jsonMismatch(value, name);
  if (mismatch) throw new Error(`The data pack "${name}" cannot be shipped as JSON: ${mismatch}.`);
  return packText(JSON.stringify(value));
}
