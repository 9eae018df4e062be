/**
 * The packs' text form: the build's encoder and the script's decoder agree on every byte string,
 * the decoder gives Apps Script's signed bytes, refuses what the encoder never writes, and the text
 * stays a plain string literal.
 */
import { randomBytes } from 'node:crypto';
import { encodeBase91 } from '../../../scripts/bundling/base91';
import { BASE91_ALPHABET, decodeBase91 } from '../../../src/appsscript/packs/base91';

/** The signed bytes Apps Script's Byte[] holds for `bytes`. */
const signed = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

describe('the base-91 alphabet', () => {
  it('is the 91 printable ASCII characters other than the space, `&`, `<` and `>`, in order', () => {
    expect(BASE91_ALPHABET).toHaveLength(91);
    const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');
    expect(BASE91_ALPHABET).toBe(printable.replace(/[&<>]/g, ''));
  });

  it('makes one token that is inert as HTML: no tag, comment, entity or scriptlet starts in it', () => {
    const text = encodeBase91(randomBytes(8192));
    expect(text).toMatch(/^[^\s&<>]+$/);
  });
});

describe('encodeBase91 and decodeBase91', () => {
  it('round-trip every length from 0 to 100 bytes', () => {
    for (let length = 0; length <= 100; length++) {
      const bytes = randomBytes(length);
      expect(decodeBase91(encodeBase91(bytes))).toEqual(signed(bytes));
    }
  });

  it('round-trip random byte strings of pack sizes', () => {
    for (const length of [1_000, 4_095, 4_096, 4_097, 65_536, 123_457]) {
      const bytes = randomBytes(length);
      expect(decodeBase91(encodeBase91(bytes))).toEqual(signed(bytes));
    }
  });

  it('decode every byte value to its signed value, wherever it falls in the 13-bit groups', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let shift = 0; shift < 13; shift++) {
      const bytes = Uint8Array.from([...new Uint8Array(shift), ...all, ...all.reverse()]);
      const decoded = decodeBase91(encodeBase91(bytes));
      expect(decoded).toEqual(signed(bytes));
      expect(Math.min(...decoded)).toBe(-128);
      expect(Math.max(...decoded)).toBe(127);
    }
  });

  it('uses every digit, and the largest group values (all ones)', () => {
    const text = encodeBase91(randomBytes(20_000));
    expect(new Set(text).size).toBe(91);
    const ones = new Uint8Array(13).fill(255);
    expect(decodeBase91(encodeBase91(ones))).toEqual(signed(ones));
  });

  it('take 1.23 characters per byte, against 1.33 for base-64', () => {
    // 800,000 bits: 61,538 pairs of 13 bits, and 6 bits in a lone last character.
    expect(encodeBase91(randomBytes(100_000))).toHaveLength(123_077);
    expect(encodeBase91(randomBytes(3_000)).length).toBeLessThan(
      Buffer.alloc(3_000).toString('base64').length * 0.924,
    );
  });

  it('give a plain array of numbers, as Utilities.newBlob takes', () => {
    const decoded = decodeBase91(encodeBase91(Uint8Array.from([0, 200, 127, 128])));
    expect(Array.isArray(decoded)).toBe(true);
    expect(decoded).toEqual([0, -56, 127, -128]);
    expect(Object.keys(decoded)).toHaveLength(4);
  });
});

describe('decodeBase91 refuses text the encoder never writes', () => {
  it.each([
    ['a less-than sign', 'ab<d'],
    ['an ampersand', 'ab&d'],
    ['a character beyond ASCII', 'abé'],
    ['a line break', 'ab\nd'],
    ['a space', 'ab d'],
  ])('%s', (_, text) => {
    expect(() => decodeBase91(text)).toThrow(/^Not a packed text: the characters at 2 /);
  });

  it('a pair worth more than 13 bits', () => {
    expect(() => decodeBase91('~~')).toThrow('Not a packed text: the characters at 0 are not a value');
  });

  it('a lone last character worth more than 6 bits', () => {
    // Two bytes: a pair (13 bits) and a lone character holding the last 3.
    const text = encodeBase91(Uint8Array.from([1, 2]));
    expect(text).toHaveLength(3);
    expect(() => decodeBase91(`${text.slice(0, 2)}~`)).toThrow(
      'Not a packed text: the characters at 2 are not a value',
    );
  });

  it('padding bits that are not zero', () => {
    // One byte takes a pair (8 bits of 13); a group with bit 8 set has padding.
    expect(() => decodeBase91(`${BASE91_ALPHABET[0] ?? ''}${BASE91_ALPHABET[3] ?? ''}`)).toThrow(
      'Not a packed text: its last bits are not zero.',
    );
  });
});
