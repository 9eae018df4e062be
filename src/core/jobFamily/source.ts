/**
 * Turns whatever string we are handed into markdown the lexer can read in bounded time: front
 * matter split off, control characters and Hugo shortcodes removed, nesting clamped, size capped.
 */
import { decodeEntities } from './plainText';

/** Larger pages are cut here; real job-family pages are 5-30 KB. */
export const MAX_SOURCE_CHARS = 1_000_000;
/**
 * marked re-lexes the body of every nested list item, so cost grows with depth times size and a
 * few thousand levels overflow the stack. No handbook page nests deeper than a handful of levels.
 */
export const MAX_INDENT_COLUMNS = 24;
export const MAX_QUOTE_DEPTH = 3;

export interface PreparedSource {
  body: string;
  /** `title:` from the front matter, unquoted; null when there is none. */
  title: string | null;
  warnings: string[];
}

export function prepareSource(input: unknown): PreparedSource {
  const warnings: string[] = [];
  let text = typeof input === 'string' ? input : '';
  if (typeof input !== 'string') warnings.push('Input was not text; read it as an empty page.');
  if (text.length > MAX_SOURCE_CHARS) {
    warnings.push(`Page is ${text.length} characters long; read only the first ${MAX_SOURCE_CHARS}.`);
    text = text.slice(0, MAX_SOURCE_CHARS);
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');

  const split = splitFrontMatter(text, warnings);
  const body = clampNesting(removeShortcodes(split.body), warnings);
  return { body, title: split.title, warnings };
}

function splitFrontMatter(text: string, warnings: string[]): { body: string; title: string | null } {
  const fence = /^(---|\+\+\+)[ \t]*\n/.exec(text);
  if (!fence) return { body: text, title: null };
  const marker = fence[1] as string;
  const closing = new RegExp(`\\n${marker === '+++' ? '\\+\\+\\+' : '---'}[ \\t]*(\\n|$)`).exec(
    text.slice(fence[0].length - 1),
  );
  if (!closing) {
    warnings.push('Front matter is not closed; read the page without it.');
    // Without a closing fence we cannot tell where metadata ends, so keep the text as body but
    // still take a title line near the top.
    const head = text.slice(fence[0].length, fence[0].length + 2000);
    return { body: text.slice(fence[0].length), title: readTitle(head) };
  }
  const start = fence[0].length;
  const end = fence[0].length - 1 + closing.index;
  const meta = text.slice(start, Math.max(start, end));
  return { body: text.slice(end + closing[0].length), title: readTitle(meta) };
}

function readTitle(meta: string): string | null {
  const line = /^title\s*[:=]\s*(.*)$/im.exec(meta);
  if (!line) return null;
  let value = (line[1] as string).trim();
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) value = quoted[2] as string;
  // Front matter is YAML, not HTML, yet titles copied from web pages keep entities ("Sales &amp; Marketing").
  value = decodeEntities(value.replace(/\\"/g, '"')).trim();
  return value === '' ? null : value;
}

/** `{{% name args %}}` and `{{< name >}}` are Hugo template calls, not content; wrapped text stays. */
function removeShortcodes(text: string): string {
  return text.replace(/\{\{[%<][^\n]*?[%>]\}\}/g, '');
}

function clampNesting(text: string, warnings: string[]): string {
  let clamped = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const lead = /^[ \t>]*/.exec(line)?.[0] ?? '';
    if (lead.length <= MAX_INDENT_COLUMNS / 2) continue;
    let columns = 0;
    let quotes = 0;
    let kept = '';
    for (const ch of lead) {
      if (ch === '>') {
        quotes++;
        if (quotes <= MAX_QUOTE_DEPTH) kept += '>';
        continue;
      }
      const width = ch === '\t' ? 4 - (columns % 4) : 1;
      if (columns + width <= MAX_INDENT_COLUMNS) kept += ' '.repeat(width);
      columns += width;
    }
    if (kept.length !== lead.length) {
      lines[i] = kept + line.slice(lead.length);
      clamped++;
    }
  }
  if (clamped > 0) warnings.push(`Nesting deeper than the parser reads was flattened on ${clamped} line(s).`);
  return lines.join('\n');
}
