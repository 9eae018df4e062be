/**
 * The text a person can read in a built file, for checks on wording: the string literals of a
 * bundle or inline script, and the text and labelling attributes of a page's markup.
 */

const LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
const LABELS = /\b(?:aria-label|title|placeholder|alt)="([^"]*)"/gi;

/** The string literals of JavaScript source (template literals with their `${...}` parts left in). */
export function stringLiterals(source: string): string[] {
  return (source.match(LITERAL) ?? []).map((literal) => literal.slice(1, -1));
}

/** The strings of an HTML page: its inline scripts' literals, its text, and its labelling attributes. */
export function pageStrings(html: string): string[] {
  const scripts: string[] = [];
  const markup = html
    .replace(/<script\b[^>]*>([\s\S]*?)<\/script>/gi, (_all, code: string) => {
      scripts.push(code);
      return ' ';
    })
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ' ');
  const labels = [...markup.matchAll(LABELS)].map((match) => match[1] ?? '');
  const text = markup.replace(/<[^>]*>/g, '\n');
  return [...scripts.flatMap(stringLiterals), ...labels, text];
}

/**
 * Words written twice in a row ("not not", "the the"), case and line breaks ignored. A repeated word
 * joined to more by a hyphen is a class list ("button button-primary"), not prose.
 */
export function doubledWords(text: string): string[] {
  return [...text.matchAll(/\b([a-z]+)\s+\1\b(?![-\w])/gi)].map((match) => match[0]);
}
