/**
 * The build's pack encoder: what it packs comes back exactly, in Node and through Apps Script's
 * Utilities; zopfli's streams are the same for the same input, and smaller than zlib's best.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createAppsScriptFake } from '../../../fake';
import { jsonMismatch, packJson, packText, unpackText } from '../../../scripts/bundling/packs';
import { zopfliGzip } from '../../../scripts/bundling/zopfli';
import { decodeBase91 } from '../../../src/appsscript/packs/base91';
import * as dataPacks from '../../../src/catalog/packs';
import { catalog } from '../../../src/catalog';

/** What src/appsscript/packs/unpack.ts does at run time, against the strict fake. */
function unpackWithUtilities(packed: string): unknown {
  const { Utilities } = createAppsScriptFake().globals;
  const gzipped = Utilities.newBlob(decodeBase91(packed), 'application/x-gzip', 'pack.gz');
  return JSON.parse(Utilities.ungzip(gzipped).getDataAsString('UTF-8'));
}

describe('packJson', () => {
  it('round-trips the whole role catalog, in Node and through Utilities', async () => {
    const packed = await packJson('catalog', catalog);
    expect(packed).toMatch(/^[^\s&<>]+$/);
    expect(JSON.parse(unpackText(packed))).toEqual(catalog);
    expect(unpackWithUtilities(packed)).toEqual(catalog);
  });

  it.each(Object.keys(dataPacks))('round-trips the data pack "%s" exactly', async (name) => {
    const value = (dataPacks as Record<string, unknown>)[name];
    const packed = await packJson(name, value);
    expect(unpackText(packed)).toBe(JSON.stringify(value));
    expect(unpackWithUtilities(packed)).toStrictEqual(JSON.parse(JSON.stringify(value)));
  });

  it('keeps text beyond ASCII exactly', async () => {
    const value = { text: 'Zoë’s “role” — café, naïve, 日本語, 🎯', list: ['é', '\u2028', '\\"quoted\\"'] };
    expect(unpackWithUtilities(await packJson('text', value))).toEqual(value);
  });

  it('packs the same data to the same string, and much smaller than its JSON', async () => {
    const json = JSON.stringify(catalog);
    const packed = await packJson('catalog', catalog);
    expect(await packJson('catalog', catalog)).toBe(packed);
    expect(packed.length).toBeLessThan(json.length / 3);
  });

  it('refuses data that JSON would change, naming where', async () => {
    await expect(packJson('suggestions', { items: [{ due: new Date(0) }] })).rejects.toThrow(
      'The data pack "suggestions" cannot be shipped as JSON: suggestions.items[0].due is a Date, not a plain object.',
    );
  });
});

describe('zopfliGzip', () => {
  const data = Buffer.from(JSON.stringify(catalog), 'utf8');
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'career-growth-packs-'));
  });
  afterEach(() => {
    rmSync(cache, { recursive: true, force: true });
  });

  it('makes the same bytes from the same input: a gzip stream with no name and no timestamp', async () => {
    const first = await zopfliGzip(data);
    expect((await zopfliGzip(data)).equals(first)).toBe(true);
    expect([...first.subarray(0, 8)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
    expect(gunzipSync(first).equals(data)).toBe(true);
  });

  it('packs smaller than zlib at its best level', async () => {
    expect((await zopfliGzip(data)).length).toBeLessThan(gzipSync(data, { level: 9 }).length * 0.97);
  });

  it('keeps each stream in the cache, by its input, and hands back the same bytes', async () => {
    const fresh = await zopfliGzip(data, cache);
    expect(readdirSync(cache)).toHaveLength(1);
    expect((await zopfliGzip(data, cache)).equals(fresh)).toBe(true);
    expect((await zopfliGzip(data)).equals(fresh)).toBe(true);
    await zopfliGzip(Buffer.from('another pack'), cache);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('recompresses when a cached stream is damaged, instead of shipping it', async () => {
    const fresh = await zopfliGzip(data, cache);
    const [file = ''] = readdirSync(cache);
    writeFileSync(join(cache, file), fresh.subarray(0, 100));
    expect((await zopfliGzip(data, cache)).equals(fresh)).toBe(true);
    writeFileSync(join(cache, file), gzipSync(Buffer.from('other text')));
    expect((await zopfliGzip(data, cache)).equals(fresh)).toBe(true);
  });
});

class Level {
  title = 'Analyst';
}
const holey: unknown[] = [];
holey[1] = 1;

describe('jsonMismatch', () => {
  it.each([
    [{ a: [1, undefined] }, '$.a[1] is undefined, which JSON drops'],
    [{ a: NaN }, '$.a is NaN, which JSON turns into null'],
    [{ a: Infinity }, '$.a is Infinity, which JSON turns into null'],
    [{ a: new Map() }, '$.a is a Map, not a plain object'],
    [{ a: () => 1 }, '$.a is a function, which JSON cannot hold'],
    [{ a: 1n }, '$.a is a bigint, which JSON cannot hold'],
    [{ a: holey }, '$.a[0] is a hole, which JSON turns into null'],
    [{ [Symbol('s')]: 1 }, '$ has symbol keys, which JSON drops'],
    [new Level(), '$ is a Level, not a plain object'],
  ])('finds %p: %s', (value, reason) => {
    expect(jsonMismatch(value)).toBe(reason);
  });

  it('accepts plain data, and an optional field left undefined (it reads back the same)', () => {
    expect(jsonMismatch({ a: [1, 'x', null, true, { b: [] }], resource: undefined })).toBeNull();
    expect(jsonMismatch(catalog)).toBeNull();
  });
});

describe('packText', () => {
  it('round-trips code text', async () => {
    const code = 'var __module=(()=>{"use strict";return{a:"</script>\\u00e9"}})();';
    expect(unpackText(await packText(code))).toBe(code);
  });
});
