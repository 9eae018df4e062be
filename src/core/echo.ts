/**
 * Input quoted back in a message for people (a role id, an address, a level). Whatever arrives over
 * google.script.run may hold characters that reorder or hide text where the message is shown, and
 * may be huge; every message that echoes input goes through here.
 */

/** Bidirectional overrides and isolates, zero-width characters and the byte-order mark. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export const ECHO_MAX = 60;

/** Line breaks, tabs and other control characters would break the message's own layout. */
function isControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
}

/** The input as it may appear inside a message: invisible characters gone, at most `max` characters. */
export function echoInput(input: string, max = ECHO_MAX): string {
  const characters = Array.from(input.replace(INVISIBLE, '')).map((c) => (isControl(c) ? ' ' : c));
  const shown = characters.slice(0, max).join('');
  return characters.length > max ? `${shown}…` : shown;
}
