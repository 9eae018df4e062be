/**
 * The text form of a pack in Code.js: 13 bits in each pair of characters from 91 printable ASCII
 * characters (91 x 91 = 8,281 >= 8,192), 1.23 characters per byte against base-64's 1.33. The
 * alphabet is every printable ASCII character but the space, the two quotes and the backslash: the
 * text stands verbatim in a single- or double-quoted JavaScript string and in JSON, and reads as one
 * opaque token (no words for a wording check to find). It may hold `<?` or `://`, which matter only
 * in HTML that HtmlService serves; Code.js is never parsed as HTML. The build encodes
 * (scripts/bundling/base91.ts); the script decodes here, in its own code, to the signed bytes
 * `Utilities.newBlob` takes.
 */

/** The digits in order of value: 0x21 to 0x7E without `"`, `'` and the backslash. */
export const BASE91_ALPHABET =
  '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~';

/**
 * The bytes of `text`, as Apps Script's signed Byte[] (-128..127). Bits are taken low first: each
 * pair is `first + 91 * second`, 13 bits; a lone last character holds the last 6 bits or fewer.
 * Throws on a character outside the alphabet, a value out of range or padding that is not zero,
 * so a damaged pack fails here rather than as a gzip error. One plain loop into an array of known
 * length: it runs cold in every execution that decodes a pack (about 0.5 ms for the engine in Node).
 */
export function decodeBase91(text: string): number[] {
  const values: number[] = [];
  for (let code = 0; code < 128; code++) values.push(-1);
  for (let i = 0; i < BASE91_ALPHABET.length; i++) values[BASE91_ALPHABET.charCodeAt(i)] = i;
  const bytes: number[] = new Array<number>(((text.length >> 1) * 13 + (text.length & 1) * 6) >> 3);
  let bits = 0;
  let count = 0;
  let out = 0;
  for (let i = 0; i < text.length; i += 2) {
    const width = i + 1 < text.length ? 13 : 6;
    const low = values[text.charCodeAt(i)] ?? -1;
    const high = width === 13 ? (values[text.charCodeAt(i + 1)] ?? -1) : 0;
    const group = low + 91 * high;
    if (low < 0 || high < 0 || group >= 1 << width)
      throw new Error(`Not a packed text: the characters at ${i} are not a value of its alphabet.`);
    bits |= group << count;
    count += width;
    while (count >= 8) {
      // The low byte as a signed one: what Java's byte holds.
      bytes[out++] = ((bits & 255) << 24) >> 24;
      bits >>>= 8;
      count -= 8;
    }
  }
  if (bits !== 0) throw new Error('Not a packed text: its last bits are not zero.');
  return bytes;
}
