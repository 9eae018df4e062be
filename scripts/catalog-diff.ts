/**
 * `npm run catalog:diff -- DIR [--strict] [--json]` compares the role catalog with a directory of
 * handbook job-family markdown (a handbook checkout's `content/job-families`). Prints one block per
 * family and a summary; exits 1 on structural drift (with --strict, on any difference), 2 on bad
 * usage. Meant to run on a schedule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { catalog as authoredCatalog } from '../src/catalog';
import { compareCatalog, formatDriftReport, type DriftReport } from '../src/catalog/drift';
import type { Catalog } from '../src/core/catalog';
import { parseJobFamily } from '../src/core/jobFamily/parse';
import type { JobFamilyParseResult } from '../src/core/jobFamily/types';

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (entry.endsWith('.md') && entry.toLowerCase() !== 'readme.md') out.push(path);
  }
  return out;
}

/** Every job-family page below DIR, parsed, keyed by its path below DIR with forward slashes. */
export function readPages(dir: string): Map<string, JobFamilyParseResult> {
  const pages = new Map<string, JobFamilyParseResult>();
  for (const file of markdownFiles(dir).sort()) {
    pages.set(relative(dir, file).split(sep).join('/'), parseJobFamily(readFileSync(file, 'utf8')));
  }
  return pages;
}

export interface DiffRun {
  code: number;
  report: DriftReport | null;
  output: string[];
}

export function runDiff(args: readonly string[], catalog: Catalog = authoredCatalog): DiffRun {
  const strict = args.includes('--strict');
  const json = args.includes('--json');
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  if (dirs.length !== 1) {
    return {
      code: 2,
      report: null,
      output: ['Usage: npm run catalog:diff -- DIR [--strict] [--json]   (DIR: content/job-families)'],
    };
  }
  const dir = dirs[0] as string;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
  } catch (error) {
    return { code: 2, report: null, output: [`Cannot read ${dir}: ${(error as Error).message}`] };
  }
  const report = compareCatalog(catalog, readPages(dir), { strict });
  const output = json ? [JSON.stringify(report, null, 2)] : formatDriftReport(report);
  return { code: report.structural > 0 ? 1 : 0, report, output };
}

if (require.main === module) {
  const run = runDiff(process.argv.slice(2));
  const stream = run.code === 2 ? process.stderr : process.stdout;
  for (const line of run.output) stream.write(`${line}\n`);
  process.exitCode = run.code;
}
