/**
 * `npm run --silent catalog:parse -- FILE.md [FILE.md ...]` prints what the job-family parser
 * reads from handbook pages, as JSON (one object for one file, an array keyed by file for more).
 * Exits 1 when a page has no levels or a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseJobFamily } from '../src/core/jobFamily/parse';

export function main(files: readonly string[]): number {
  if (files.length === 0) {
    console.error('Usage: npm run --silent catalog:parse -- FILE.md [FILE.md ...]');
    return 2;
  }
  const results = files.map((file) => {
    let markdown: string;
    try {
      markdown = readFileSync(file, 'utf8');
    } catch (error) {
      return { file, ok: false, error: `Cannot read ${file}: ${(error as Error).message}`, warnings: [] };
    }
    const result = parseJobFamily(markdown);
    return { file, ...result };
  });
  const output =
    results.length === 1
      ? (({ file: _file, ...rest }) => rest)(results[0] as (typeof results)[number])
      : results;
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return results.some((r) => !r.ok) ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
