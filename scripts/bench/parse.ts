/**
 * Job-family parser benchmark: parses every fixture page `runs` times and reports what the parser
 * weighs in the Growth Plan's Code.js, where it ships as the lazy module jobFamilyParser (read from
 * the build's report, so run `npm run build` first). `benchParse()` returns the figures (npm run
 * bench prints them); `tsx scripts/bench/parse.ts [runs]` prints them alone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseJobFamily } from '../../src/core/jobFamily/parse';
import { BUNDLE_REPORT, type BundleReport } from '../build';

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
  /** Minified KB of the parser's lazy module (marked's lexer included). */
  parserKb: number;
  /** Of which marked alone (its Lexer and what it pulls in), in KB. */
  markedKb: number;
  /** KB the module takes in Code.js, packed (gzip + base-91 text). */
  packedKb: number;
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

/** KB of the parser's lazy module as the last build made it: minified, marked's part, packed. */
export function parserBundleKb(): { parserKb: number; markedKb: number; packedKb: number } {
  if (!existsSync(BUNDLE_REPORT))
    throw new Error('Run `npm run build` first: build/bundles.json is missing.');
  const report = (JSON.parse(readFileSync(BUNDLE_REPORT, 'utf8')) as Record<string, BundleReport>).sheets;
  const sources = Object.entries(report?.modules.jobFamilyParser ?? {});
  const sum = (entries: [string, number][]) => entries.reduce((total, [, bytes]) => total + bytes, 0);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return {
    parserKb: kb(sum(sources)),
    markedKb: kb(sum(sources.filter(([path]) => path.includes('node_modules/marked/')))),
    packedKb: kb(report?.packs.jobFamilyParser ?? 0),
  };
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
  const { parserKb, markedKb, packedKb } = parserBundleKb();
  return {
    pages: pages.length,
    runs,
    ms: Math.round(ms),
    pagesPerSecond: Math.round((pages.length * runs) / (ms / 1000)),
    parserKb,
    markedKb,
    packedKb,
    firstParseMs: Math.round(firstParseMs),
  };
}

if (require.main === module) {
  const result = benchParse(Number(process.argv[2] ?? 20));
  console.log(
    `parse: ${result.pages} pages x ${result.runs} runs in ${result.ms} ms = ${result.pagesPerSecond} pages/s ` +
      `(first parse ${result.firstParseMs} ms); bundle: parser ${result.parserKb} KB, of which marked ${result.markedKb} KB; packed ${result.packedKb} KB`,
  );
}
