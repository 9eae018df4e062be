/**
 * Packs: text the build embeds in Code.js gzipped (with zopfli) and in base-91 text, for the script
 * to decode only when a call needs it (src/appsscript/packs/unpack.ts: its own base-91 decoder, then
 * Utilities). A data pack is the JSON of one export of src/catalog/packs.ts; a lazy module's pack is
 * its bundled code.
 */
import { gunzipSync } from 'node:zlib';
import { decodeBase91 } from '../../src/appsscript/packs/base91';
import { encodeBase91 } from './base91';
import { zopfliGzip } from './zopfli';

/**
 * The UTF-8 of `text`, gzipped by zopfli (no timestamp: the same input always packs the same), as
 * base-91 text. `cacheDir` keeps the streams between builds (scripts/bundling/zopfli.ts).
 */
export async function packText(text: string, cacheDir?: string): Promise<string> {
  return encodeBase91(await zopfliGzip(Buffer.from(text, 'utf8'), cacheDir));
}

/** The text of a pack, as Node reads it back (the script reads it back with Utilities). */
export function unpackText(packed: string): string {
  return gunzipSync(Buffer.from(decodeBase91(packed))).toString('utf8');
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
export async function packJson(name: string, value: unknown, cacheDir?: string): Promise<string> {
  const mismatch = jsonMismatch(value, name);
  if (mismatch) throw new Error(`The data pack "${name}" cannot be shipped as JSON: ${mismatch}.`);
  return packText(JSON.stringify(value), cacheDir);
}
