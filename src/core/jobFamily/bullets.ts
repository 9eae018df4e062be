/**
 * Flattens a markdown list into bullet texts. A nested bullet carries its parent's words
 * ("Field Satisfaction: Responsiveness to cases"); a parent that only heads its children (short,
 * or ending in a colon) is not a bullet of its own, a parent that says something is.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { cleanText, inlineText } from './plainText';

const MAX_LIST_DEPTH = 16;
const HEADER_ONLY_MAX_WORDS = 6;

export function listBullets(list: Tokens.List): string[] {
  const out: string[] = [];
  collectList(list, '', 0, out);
  return out.flatMap(splitStrayBullets);
}

/**
 * "... provided to stakeholders. * Builds and evaluates ...": a bullet mark the author left inside
 * a line (emphasis never has a space on both sides of its star) starts another bullet.
 */
function splitStrayBullets(text: string): string[] {
  if (!text.includes(' * ')) return [text];
  return text
    .split(/(?<=[.;!?])\s+\*\s+(?=[A-Z])/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function collectList(list: Tokens.List, context: string, depth: number, out: string[]): void {
  for (const item of list.items) {
    const own: Token[] = [];
    const children: Tokens.List[] = [];
    for (const token of item.tokens) {
      if (token.type === 'list') children.push(token as Tokens.List);
      else own.push(token);
    }
    const text = inlineText(own);
    if (children.length === 0 || depth >= MAX_LIST_DEPTH) {
      if (text !== '') out.push(withContext(context, text));
      // Past the depth guard nested bullets still count, with the deepest context we keep.
      for (const child of children) collectList(child, context, depth + 1, out);
      continue;
    }
    if (text !== '' && !headsChildren(text)) out.push(withContext(context, text));
    const childContext = text === '' ? context : text.replace(/[\s:;,.-]+$/, '');
    for (const child of children) collectList(child, childContext, depth + 1, out);
  }
}

function headsChildren(text: string): boolean {
  if (/:\s*$/.test(text)) return true;
  const words = text.split(/\s+/).filter(Boolean).length;
  return words <= HEADER_ONLY_MAX_WORDS && !/[.!?]$/.test(text);
}

function withContext(context: string, text: string): string {
  return context === '' ? text : `${context}: ${text}`;
}

/** Bullets of an HTML list (`<li>`) some pages embed; tags dropped, entities decoded. */
export function htmlListBullets(html: string): string[] {
  if (!/<li\b/i.test(html)) return [];
  const out: string[] = [];
  for (const part of html.split(/<li\b[^>]*>/i).slice(1)) {
    const text = cleanText(part.replace(/<\/li>[\s\S]*$/i, ''));
    if (text !== '') out.push(text);
  }
  return out;
}

const MIN_UNMARKED_LINES = 3;
const MAX_UNMARKED_LINE_CHARS = 400;

/**
 * A paragraph under a Responsibilities or Requirements heading whose every line starts like a
 * sentence ("Lead the ...", "Deep understanding of ...") is a list whose bullet marks were left
 * out; hard-wrapped prose has lines that continue a sentence in lowercase. Empty otherwise.
 */
export function unmarkedListLines(raw: string): string[] {
  const lines = raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < MIN_UNMARKED_LINES) return [];
  const startsItem = (line: string): boolean =>
    /^[A-Z0-9[“"‘'(*_]/.test(line) && line.length <= MAX_UNMARKED_LINE_CHARS;
  if (!lines.every(startsItem)) return [];
  return lines
    .map((line) => inlineText(Lexer.lexInline(line, { gfm: true }), line))
    .filter((text) => text !== '');
}
