/**
 * The build keeps only marked's Lexer: the cut module tokenises exactly like the whole one, and a
 * marked of another shape stops the build with a message instead of shipping something untested.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { lexerOnly, lexWith, LEXER_SAMPLE, markedLexerPlugin } from '../../../scripts/bundling/markedLexer';
import { FIXTURE_DIRS } from '../../../scripts/bench/parse';
import { readdirSync, statSync } from 'node:fs';

const ROOT = join(__dirname, '..', '..', '..');
const MARKED = readFileSync(join(ROOT, 'node_modules/marked/lib/marked.esm.js'), 'utf8');

function markdownPages(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return markdownPages(path);
    return entry.endsWith('.md') ? [readFileSync(path, 'utf8')] : [];
  });
}

async function bundledSize(plugins: ReturnType<typeof markedLexerPlugin>[]): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { Lexer } from 'marked'; export function lex(t: string) { return Lexer.lex(t); }",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'Bundle',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    write: false,
    plugins,
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('lexerOnly', () => {
  const cut = lexerOnly(MARKED, '18');

  it('exports the Lexer alone', () => {
    // The Marked class may stay in the text: with nothing using it, esbuild leaves it out.
    expect(cut.endsWith('\nexport { w as Lexer };\n')).toBe(true);
    expect(cut.match(/export\s*\{/g)).toHaveLength(1);
    expect(cut.includes('=new ne;')).toBe(false);
  });

  it('tokenises every fixture page exactly as the whole marked does', () => {
    const pages = FIXTURE_DIRS.flatMap(markdownPages);
    expect(pages.length).toBeGreaterThan(30);
    const sample = [LEXER_SAMPLE, ...pages].join('\n\n---\n\n');
    expect(lexWith(cut, sample)).toEqual(lexWith(MARKED, sample));
  });

  it.each([
    ['no export list at the end', MARKED.replace(/export\s*\{[^}]*\};?/, '')],
    ['the export list names no Lexer or no Marked', MARKED.replace(/\bw as Lexer,/, '')],
    ['0 "new Marked" statements instead of exactly one', MARKED.replace('var v=new ne;', 'var v=ne();')],
    [
      '2 "new Marked" statements instead of exactly one',
      MARKED.replace('var v=new ne;', 'var v=new ne;var q=new ne;'),
    ],
  ])('stops on a marked of another shape: %s', (reason, source) => {
    expect(source).not.toBe(MARKED);
    expect(() => lexerOnly(source, '99.0.0')).toThrow(`marked 99.0.0: ${reason} in lib/marked.esm.js.`);
    expect(() => lexerOnly(source, '99.0.0')).toThrow(
      /Update the cut for this marked, or bundle marked whole/,
    );
  });
});

describe('markedLexerPlugin', () => {
  it('bundles a Lexer that works, about 11 KB smaller than marked whole', async () => {
    const whole = await bundledSize([]);
    const lexer = await bundledSize([markedLexerPlugin()]);
    expect(whole.length - lexer.length).toBeGreaterThan(8 * 1024);
    const run = (code: string) =>
      (vm.runInNewContext(`${code}; Bundle`) as { lex: (t: string) => unknown }).lex('## A\n\n- b');
    expect(JSON.stringify(run(lexer))).toBe(JSON.stringify(run(whole)));
  });
});
