/**
 * The fake's Utilities byte and gzip services and its Blob: signed bytes as Apps Script hands them
 * out, errors where Apps Script throws, and every call counted.
 */
import { gzipSync } from 'node:zlib';
import { createAppsScriptFake, createDocsFake } from '../../../fake';

const utilities = () => createAppsScriptFake().globals.Utilities;

describe('Utilities.base64Decode', () => {
  it('returns signed bytes, -128 to 127, like a Java byte[]', () => {
    const bytes = utilities().base64Decode(Buffer.from([0, 1, 127, 128, 200, 255]).toString('base64'));
    expect(bytes).toEqual([0, 1, 127, -128, -56, -1]);
    expect(Array.isArray(bytes)).toBe(true);
  });

  it('decodes what base64Encode encoded, text and bytes alike', () => {
    const u = utilities();
    expect(
      Buffer.from(u.base64Decode(u.base64Encode('Zoë & “quotes”')).map((b) => b & 0xff)).toString(),
    ).toBe('Zoë & “quotes”');
    expect(u.base64Decode(u.base64Encode([-1, 0, 5, -128]))).toEqual([-1, 0, 5, -128]);
  });

  it.each([
    ['a character outside the alphabet', 'ab!d'],
    ['web-safe characters', 'ab-_'],
    ['missing padding', 'YWI'],
    ['padding in the middle', 'YQ==YWJj'],
    ['white space', 'YWJj\nZGVm'],
  ])('throws on %s', (_label, encoded) => {
    expect(() => utilities().base64Decode(encoded)).toThrow('Could not decode string.');
  });

  it('refuses what is not a string with the signature error', () => {
    expect(() => utilities().base64Decode(42 as unknown as string)).toThrow(
      "The parameters (number) don't match the method signature for Utilities.base64Decode.",
    );
  });
});

describe('Utilities.newBlob and Blob', () => {
  it('keeps signed bytes, content type and name', () => {
    const blob = utilities().newBlob([104, 105, -61, -85], 'text/plain', 'hi.txt');
    expect(blob.getBytes()).toEqual([104, 105, -61, -85]);
    expect(blob.getDataAsString()).toBe('hië');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('hi.txt');
  });

  it('stores a string as UTF-8 and reads it back in the charset asked for', () => {
    const blob = utilities().newBlob('café');
    expect(blob.getBytes()).toEqual([99, 97, 102, -61, -87]);
    expect(blob.getDataAsString('UTF-8')).toBe('café');
    expect(blob.getDataAsString('ISO-8859-1')).toBe('cafÃ©');
    expect(blob.getContentType()).toBeNull();
    expect(() => blob.getDataAsString('EBCDIC-FR')).toThrow('Unsupported charset: EBCDIC-FR');
  });

  it('gives a copy of its bytes: changing the array leaves the blob alone', () => {
    const blob = utilities().newBlob([1, 2, 3]);
    const bytes = blob.getBytes();
    bytes[0] = 9;
    expect(blob.getBytes()).toEqual([1, 2, 3]);
  });

  it.each([
    ['a byte above 127', [1, 128]],
    ['a byte below -128', [-129]],
    ['a fraction', [1.5]],
    ['a Uint8Array', new Uint8Array([1, 2])],
    ['a number', 7],
  ])('refuses %s as data', (_label, data) => {
    expect(() => utilities().newBlob(data as number[])).toThrow(
      /don't match the method signature for Utilities.newBlob/,
    );
  });
});

describe('Utilities.gzip and Utilities.ungzip', () => {
  it('round-trip a blob and name the gzip blob as Apps Script does', () => {
    const u = utilities();
    const zipped = u.gzip(u.newBlob('x'.repeat(1000), 'text/plain', 'pack.json'));
    expect(zipped.getContentType()).toBe('application/x-gzip');
    expect(zipped.getName()).toBe('pack.json.gz');
    expect(zipped.getBytes().length).toBeLessThan(100);
    expect(u.ungzip(zipped).getDataAsString()).toBe('x'.repeat(1000));
  });

  it('ungzips what Node gzipped, after a trip through base-64', () => {
    const u = utilities();
    const encoded = gzipSync(JSON.stringify({ role: 'Deal Desk — Analyst' })).toString('base64');
    const text = u.ungzip(u.newBlob(u.base64Decode(encoded), 'application/x-gzip')).getDataAsString();
    expect(JSON.parse(text)).toEqual({ role: 'Deal Desk — Analyst' });
  });

  it('throws on data that is not gzip, and on a truncated gzip stream', () => {
    const u = utilities();
    expect(() => u.ungzip(u.newBlob('plain text, not compressed'))).toThrow(/Could not decompress gzip/);
    const whole = gzipSync('some text that is long enough to compress '.repeat(20));
    const cut = [...whole.subarray(0, whole.length - 12)].map((b) => (b > 127 ? b - 256 : b));
    expect(() => u.ungzip(u.newBlob(cut))).toThrow(/Could not decompress gzip/);
  });

  it('refuses what is not a blob', () => {
    expect(() => utilities().ungzip('H4sI' as never)).toThrow(
      "The parameters (String) don't match the method signature for Utilities.ungzip.",
    );
  });
});

describe('counting', () => {
  it('counts every Utilities and Blob call of a pack decode, in both fakes', () => {
    for (const fake of [createAppsScriptFake(), createDocsFake()]) {
      const u = fake.globals.Utilities;
      const encoded = gzipSync('{"a":1}').toString('base64');
      u.ungzip(u.newBlob(u.base64Decode(encoded), 'application/x-gzip')).getDataAsString();
      expect(fake.calls.byMethod).toEqual({
        'Utilities.base64Decode': 1,
        'Utilities.newBlob': 1,
        'Utilities.ungzip': 1,
        'Blob.getDataAsString': 1,
      });
    }
  });
});
