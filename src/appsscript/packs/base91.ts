/**
 * The text form of a pack, in its project file (./files.ts): 13 bits in each pair of characters
 * from 91 printable ASCII characters (91 x 91 = 8,281 >= 8,192), 1.23 characters per byte against
 * base-64's 1.33. The alphabet is every printable ASCII character but the space, `<`, `>` and `&`:
 * the file is inert as HTML (no tag, comment, entity or scriptlet can start in it), so HtmlService
 * hands its text back as it is, and it reads as one opaque token (no words for a wording check to
 * find). The build encodes (scripts/bundling/base91.ts); the script decodes here, in its own code,
 * to the signed bytes `Utilities.newBlob` takes.
 */

/** The digits in order of value: 0x21 to 0x7E without `&`, `<` and `>`. */
export const BASE91_ALPHABET =
  '!"#$%\'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';

/**
 * The bytes of `text`, as Apps Script's signed Byte[] (-128..127). Bits are taken low first: each
 * pair is `first + 91 * second`, 13 bits; a lone last character holds the last 6 bits or fewer.
 * Throws on a character outside the alphabet, a value out of range or padding that is not zero,
 * so a damaged pack fails here rather than as a gzip error.
 *
 * It runs cold in every execution that decodes a pack, so the loop is kept plain: one table
 * look-up per character, and one comparison that catches any character outside the alphabet (worth
 * 8,192 in the table, or not in it at all: NaN), about 2 ms for the Growth Plan's engine in a fresh
 * node:vm context.
 */
export function decodeBase91(text: string): number[] {
  const values: number[] = [];
  for (let code = 0; code < 128; code++) values.push(8192);
  for (let i = 0; i < BASE91_ALPHABET.length; i++) values[BASE91_ALPHABET.charCodeAt(i)] = i;
  const length = text.length;
  const pairs = length - (length % 2);
  const bytes: number[] = new Array<number>(((length >> 1) * 13 + (length % 2) * 6) >> 3);
  let bits = 0;
  let count = 0;
  let out = 0;
  const refuse = (at: number) =>
    new Error(`Not a packed text: the characters at ${at} are not a value of its alphabet.`);
  for (let i = 0; i < pairs; i += 2) {
    const group = (values[text.charCodeAt(i)] ?? NaN) + 91 * (values[text.charCodeAt(i + 1)] ?? NaN);
    if (!(group < 8192)) throw refuse(i);
    // 13 new bits over fewer than 8 left: one byte, and a second one when 8 or more remain.
    bits |= group << count;
    bytes[out++] = (bits << 24) >> 24; // the low byte, signed as Java's byte is
    bits >>>= 8;
    count += 5;
    if (count >= 8) {
      bytes[out++] = (bits << 24) >> 24;
      bits >>>= 8;
      count -= 8;
    }
  }
  if (pairs < length) {
    const group = values[text.charCodeAt(pairs)] ?? NaN;
    if (!(group < 64)) throw refuse(pairs);
    bits |= group << count;
    count += 6;
    if (count >= 8) {
      bytes[out] = (bits << 24) >> 24;
      bits >>>= 8;
    }
  }
  if (bits !== 0) throw new Error('Not a packed text: its last bits are not zero.');
  return bytes;
}
