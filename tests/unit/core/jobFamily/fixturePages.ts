/** The job-family pages the parser is tested on: the RSOE (sales) pages and pages from other departments. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const FIXTURES = resolve(__dirname, '../../../fixtures');
export const SALES_FIXTURES = join(FIXTURES, 'job-families');
export const OTHER_FIXTURES = join(FIXTURES, 'job-families-other');

/** Pages that are stubs pointing elsewhere: the parser must answer a clear error for them. */
export const STUB_PAGES = new Set(['engineering/infrastructure/engineering-fellow.md']);

export interface FixturePage {
  name: string;
  markdown: string;
}

export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (entry.endsWith('.md') && entry !== 'README.md') out.push(path);
  }
  return out.sort();
}

export function fixturePages(dir: string): FixturePage[] {
  return markdownFiles(dir).map((path) => ({
    name: relative(dir, path),
    markdown: readFileSync(path, 'utf8'),
  }));
}
