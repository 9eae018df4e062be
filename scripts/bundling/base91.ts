/**
 * The build's half of the packs' text form (src/appsscript/packs/base91.ts holds the alphabet and
 * the script's decoder): 13 bits, low first, in each pair of characters.
 */
import { BASE91_ALPHABET } from '../../src/appsscript/packs/base91';

const digit = (value: number): string => BASE91_ALPHABET.charAt(value);

/** `bytes` as text that decodeBase91 turns back into exactly these bytes. */
export function encodeBase91(bytes: Uint8Array): string {
  const out: string[] = [];
  let bits = 0;
  let count = 0;
  for (const byte of bytes) {
    bits |= byte << count;
    count += 8;
    if (count >= 13) {
      const group = bits & 8191;
      out.push(digit(group % 91), digit(Math.floor(group / 91)));
      bits >>>= 13;
      count -= 13;
    }
  }
  // The last 1 to 12 bits: up to 6 fit in one character (the decoder reads a lone one as 6 bits).
  if (count > 6) out.push(digit(bits % 91), digit(Math.floor(bits / 91)));
  else if (count > 0) out.push(digit(bits));
  return out.join('');
}
