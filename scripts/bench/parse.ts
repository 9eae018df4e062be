/**
 * Job-family parser benchmark: parses every fixture page `runs` times and measures what the parser
 * adds to a bundle built the way scripts/build.ts builds Code.js. `benchParse()` returns the
 * figures (npm run bench prints them); `tsx scripts/bench/parse.ts [runs]` prints them alone.
 */
import { buildSync } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseJobFamily } from '../../src/core/jobFamily/parse';

const ROOT = join(__dirname, '..', '..');
export const FIXTURE_DIRS = [
  join(ROOT, 'tests/fixtures/job-families'),
  join(ROOT, 'tests/fixtures/job-families-other'),
];

export interface ParseBench {
  pages: number;
  runs: number;
  ms: number;
  pagesPerSecond: number;
  /** Minified bytes the parser adds to an iife bundle (marked's lexer included), in KB. */
  parserKb: number;
  /** Of which marked alone (its Lexer and what it pulls in), in KB. */
  markedKb: number;
  /** The first parse of the first page, before V8 has compiled the lexer's hot paths. */
  firstParseMs: number;
}

/** Every job-family page under `dir` (README files left out), in a stable order. */
export function markdownFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return entry.endsWith('.md') && entry !== 'README.md' ? [path] : [];
  });
}

function bundledBytes(contents: string): number {
  const result = buildSync({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'Bench',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0]?.contents.length ?? 0;
}

/** KB the parser (and marked alone) add to a tiny entry, built like Code.js. */
export function parserBundleKb(): { parserKb: number; markedKb: number } {
  const empty = bundledBytes('export function run(text: string) { return text.length; }');
  const parser = bundledBytes(
    "import { parseJobFamily } from './src/core/jobFamily/parse';\nexport function run(text: string) { return parseJobFamily(text); }",
  );
  const marked = bundledBytes(
    "import { Lexer } from 'marked';\nexport function run(text: string) { return Lexer.lex(text); }",
  );
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return { parserKb: kb(parser - empty), markedKb: kb(marked - empty) };
}

export function benchParse(runs = 20): ParseBench {
  const pages = FIXTURE_DIRS.flatMap(markdownFiles).map((file) => readFileSync(file, 'utf8'));
  const firstStart = performance.now();
  if (pages[0] !== undefined) parseJobFamily(pages[0]);
  const firstParseMs = performance.now() - firstStart;
  for (const page of pages) parseJobFamily(page);
  const start = performance.now();
  for (let run = 0; run < runs; run++) for (const page of pages) parseJobFamily(page);
  const ms = performance.now() - start;
  const { parserKb, markedKb } = parserBundleKb();
  return {
    pages: pages.length,
    runs,
    ms: Math.round(ms),
    pagesPerSecond: Math.round((pages.length * runs) / (ms / 1000)),
    parserKb,
    markedKb,
    firstParseMs: Math.round(firstParseMs),
  };
}

if (require.main === module) {
  const result = benchParse(Number(process.argv[2] ?? 20));
  console.log(
    `parse: ${result.pages} pages x ${result.runs} runs in ${result.ms} ms = ${result.pagesPerSecond} pages/s ` +
      `(first parse ${result.firstParseMs} ms); bundle: parser +${result.parserKb} KB, of which marked ${result.markedKb} KB`,
  );
}
