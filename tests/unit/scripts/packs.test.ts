/** The build's pack encoder: what it packs comes back exactly, in Node and through Apps Script's Utilities. */
import { createAppsScriptFake } from '../../../fake';
import { jsonMismatch, packJson, packText, unpackText } from '../../../scripts/bundling/packs';
import { catalog } from '../../../src/catalog';

/** What src/appsscript/packs/unpack.ts does at run time, against the strict fake. */
function unpackWithUtilities(packed: string): unknown {
  const { Utilities } = createAppsScriptFake().globals;
  const gzipped = Utilities.newBlob(Utilities.base64Decode(packed), 'application/x-gzip', 'pack.gz');
  return JSON.parse(Utilities.ungzip(gzipped).getDataAsString('UTF-8'));
}

describe('packJson', () => {
  it('round-trips the whole role catalog, in Node and through Utilities', () => {
    const packed = packJson('catalog', catalog);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(JSON.parse(unpackText(packed))).toEqual(catalog);
    expect(unpackWithUtilities(packed)).toEqual(catalog);
  });

  it('keeps text beyond ASCII exactly', () => {
    const value = { text: 'Zoë’s “role” — café, naïve, 日本語, 🎯', list: ['é', '\u2028', '\\"quoted\\"'] };
    expect(unpackWithUtilities(packJson('text', value))).toEqual(value);
  });

  it('packs the same data to the same string, and much smaller than its JSON', () => {
    const json = JSON.stringify(catalog);
    expect(packJson('catalog', catalog)).toBe(packJson('catalog', catalog));
    expect(packJson('catalog', catalog).length).toBeLessThan(json.length / 3);
  });

  it('refuses data that JSON would change, naming where', () => {
    expect(() => packJson('suggestions', { items: [{ due: new Date(0) }] })).toThrow(
      'The data pack "suggestions" cannot be shipped as JSON: suggestions.items[0].due is a Date, not a plain object.',
    );
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
  it('round-trips code text', () => {
    const code = 'var __module=(()=>{"use strict";return{a:"</script>\\u00e9"}})();';
    expect(unpackText(packText(code))).toBe(code);
  });
});
