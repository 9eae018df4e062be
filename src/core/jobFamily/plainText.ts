/**
 * Reduces marked's inline tokens to the plain text a person reads: link and emphasis text kept,
 * markup, HTML tags and images dropped, HTML entities decoded, whitespace collapsed.
 */
import type { Token } from 'marked';

const MAX_INLINE_DEPTH = 32;
const MAX_TEXT_CHARS = 2000;

export function inlineText(tokens: readonly Token[] | undefined, fallback = ''): string {
  const parts: string[] = [];
  if (tokens) collect(tokens, parts, 0);
  else parts.push(fallback);
  return cleanText(parts.join(''));
}

function collect(tokens: readonly Token[], parts: string[], depth: number): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'html':
      case 'image':
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'br':
        parts.push(' ');
        break;
      case 'codespan':
      case 'escape':
        parts.push(String(token.text ?? ''));
        break;
      default: {
        const children = (token as { tokens?: Token[] }).tokens;
        if (children && depth < MAX_INLINE_DEPTH) collect(children, parts, depth + 1);
        else {
          const text = (token as { text?: unknown }).text;
          parts.push(typeof text === 'string' ? text : '');
        }
        // Block tokens inside a list item (paragraphs of a loose item) are separate sentences.
        if (token.type === 'paragraph' || token.type === 'heading') parts.push(' ');
      }
    }
  }
}

/** Cleans text that did not come through the lexer's inline tokens (raw HTML, mermaid labels). */
export function cleanText(text: string): string {
  let out = text;
  // Most bullets hold no leftover markup; the replacements below only run when one might.
  if (out.includes('[')) {
    out = out
      // Reference links and inline links the lexer left as text (unresolved references, odd URLs).
      .replace(/!?\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1')
      .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
      // A link whose URL never closes (a typo on the page) still reads as its text.
      .replace(/!?\[([^\]\n]*)\]\([^\s()]*/g, '$1');
  }
  // A link whose opening bracket was never typed ("Tax Rate](<https://...>)"): the text stays.
  if (out.includes('](')) out = out.replace(/\]\((?:<[^<>\n]*>|[^\s()]*)\)/g, '');
  if (out.includes('<')) out = out.replace(/<\/?[A-Za-z][^<>]*>/g, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  out = decodeEntities(out).replace(/\s+/g, ' ').trim();
  out = dropTemplateBraces(out);
  return out.length > MAX_TEXT_CHARS ? `${out.slice(0, MAX_TEXT_CHARS - 1)}…` : out;
}

/**
 * Braces a page template left behind ("{* First interview", "...income taxes}"): a brace at either
 * end with no partner in the text is not part of what the author wrote.
 */
function dropTemplateBraces(text: string): string {
  if (!text.includes('{') && !text.includes('}')) return text;
  let out = text;
  if (!out.includes('{')) out = out.replace(/\s*\}+$/, '');
  if (!out.includes('}')) out = out.replace(/^\{+\*?\s*/, '');
  return out.trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  rarr: '→',
  larr: '←',
  eacute: 'é',
  egrave: 'è',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,10});/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}
