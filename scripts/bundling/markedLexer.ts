/**
 * marked ships one pre-minified ES module whose last statements build a `Marked` instance and hang
 * Parser, Renderer and the rest on the `marked` function, so a bundler keeps all of it. The
 * job-family parser uses only marked's `Lexer` (which brings the Tokenizer and the rules along),
 * so the build cuts the module after its last class and exports the Lexer alone.
 *
 * The cut depends on the file's shape. A marked whose shape differs, or whose cut Lexer does not
 * tokenise a sample exactly as the whole module does, stops the build with a message instead of
 * shipping something untested.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { transformSync, type Plugin } from 'esbuild';

/** marked's ES module, as esbuild resolves `import ... from 'marked'`. */
export const MARKED_FILE = /[\\/]node_modules[\\/]marked[\\/]lib[\\/]marked\.esm\.js$/;

/** Markdown that exercises what the parser meets on handbook pages: headings, lists, links, HTML, tables. */
export const LEXER_SAMPLE = [
  '---',
  'title: Sample',
  '---',
  '## Job Grade',
  'The **Analyst** is a [grade 6](https://example.com/grades#six).',
  '',
  '### Responsibilities',
  '* Builds *dashboards*',
  '  1. nested `code`',
  '- Second <br> item',
  '',
  '<details><summary>More</summary>',
  '',
  '- hidden',
  '',
  '</details>',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '```mermaid',
  'graph LR; A-->B',
  '```',
  '> quoted',
  '',
  'Setext heading',
  '===',
].join('\n');

function shapeError(version: string, what: string): Error {
  return new Error(
    `marked ${version}: ${what} in lib/marked.esm.js. scripts/bundling/markedLexer.ts keeps only marked's ` +
      'Lexer and expects the shape of marked 18 (a final export list naming Lexer and Marked, and one ' +
      '"var x=new Marked" statement after the classes). Update the cut for this marked, or bundle marked ' +
      'whole by taking markedLexerPlugin out of scripts/build.ts.',
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** marked's module cut down to its Lexer export; throws when the module has an unexpected shape. */
export function lexerOnly(source: string, version = 'unknown'): string {
  const exportList = /export\s*\{([^}]*)\}\s*;?\s*(?:\/\/#\s*sourceMappingURL=\S+\s*)?$/.exec(source)?.[1];
  if (exportList === undefined) throw shapeError(version, 'no export list at the end');
  const locals = new Map<string, string>();
  for (const entry of exportList.split(',')) {
    const [, local, exported] = /^\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*$/.exec(entry) ?? [];
    if (local) locals.set(exported ?? local, local);
  }
  const lexer = locals.get('Lexer');
  const marked = locals.get('Marked');
  if (!lexer || !marked) throw shapeError(version, 'the export list names no Lexer or no Marked');
  const singleton = new RegExp(
    `(?:var|let|const)\\s+[\\w$]+\\s*=\\s*new\\s+${escapeRegExp(marked)}\\s*(?:\\(\\s*\\))?\\s*;`,
    'g',
  );
  const found = [...source.matchAll(singleton)];
  const [only] = found;
  if (found.length !== 1 || !only)
    throw shapeError(version, `${found.length} "new Marked" statements instead of exactly one`);
  const head = source.slice(0, only.index);
  return `${head}\nexport { ${lexer} as Lexer };\n`;
}

/** The tokens a Lexer module (as ES module source) makes of `markdown`. */
export function lexWith(moduleSource: string, markdown: string): unknown {
  const { code } = transformSync(moduleSource, { format: 'cjs', loader: 'js', target: 'es2020' });
  const module = { exports: {} as { Lexer?: { lex: (src: string) => unknown } } };
  vm.runInNewContext(code, { module, exports: module.exports });
  const lexer = module.exports.Lexer;
  if (!lexer) throw new Error('the module exports no Lexer');
  return JSON.parse(JSON.stringify(lexer.lex(markdown))) as unknown;
}

/** The cut module by marked's path: checked once per process, however many bundles use it. */
const cuts = new Map<string, string>();

/**
 * esbuild plugin: loads marked as its Lexer alone, after checking that the cut Lexer tokenises
 * LEXER_SAMPLE exactly as the whole module does.
 */
export function markedLexerPlugin(): Plugin {
  return {
    name: 'marked-lexer-only',
    setup(build) {
      build.onLoad({ filter: MARKED_FILE }, (args) => {
        let cut = cuts.get(args.path);
        if (cut === undefined) {
          const source = readFileSync(args.path, 'utf8');
          const pkg = JSON.parse(readFileSync(join(args.path, '..', '..', 'package.json'), 'utf8')) as {
            version?: string;
          };
          const version = pkg.version ?? 'unknown';
          const lexerModule = lexerOnly(source, version);
          const whole = JSON.stringify(lexWith(source, LEXER_SAMPLE));
          if (JSON.stringify(lexWith(lexerModule, LEXER_SAMPLE)) !== whole)
            throw shapeError(version, 'the cut Lexer tokenises differently from the whole module');
          cut = lexerModule;
          cuts.set(args.path, cut);
        }
        return { contents: cut, loader: 'js' };
      });
    },
  };
}
