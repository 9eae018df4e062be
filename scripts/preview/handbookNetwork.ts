/**
 * The preview's stand-in for GitLab: UrlFetchApp answers the handbook's raw job-family files from
 * local markdown, so `npm start` shows the handbook import offline. Pages come from folders laid
 * out like the handbook's content/job-families: the repository's other-department test pages, the
 * RSOE pages (tests/fixtures/job-families, or the folder HANDBOOK_FIXTURES names), and one made-up demo
 * page; any other file is "404 Not Found".
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { RAW_JOB_FAMILIES_PREFIX } from '../../src/core/handbook/url';
import type { UrlFetchFakeOptions } from '../../fake';
import { PLANNING_PATH, planningPage, rawUrl } from '../harness/handbookPages';

const RSOE_FIXTURES = resolve(__dirname, '../../tests/fixtures/job-families');
const OTHER_FIXTURES = resolve(__dirname, '../../tests/fixtures/job-families-other');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') && name !== 'README.md' ? [path] : [];
  });
}

/** The fake network options: every local page by its raw URL, the manifest's allowlist, 404 otherwise. */
export function handbookNetwork(whitelist: string[] | null): { options: UrlFetchFakeOptions; pages: number } {
  const responses: NonNullable<UrlFetchFakeOptions['responses']> = {
    [rawUrl(PLANNING_PATH)]: { body: planningPage() },
  };
  const rsoe = process.env.HANDBOOK_FIXTURES ?? RSOE_FIXTURES;
  for (const dir of [OTHER_FIXTURES, rsoe]) {
    if (!existsSync(dir)) continue;
    for (const file of markdownFiles(dir)) {
      const path = relative(dir, file).split('\\').join('/');
      responses[`${RAW_JOB_FAMILIES_PREFIX}${path}`] = { body: readFileSync(file, 'utf8') };
    }
  }
  return {
    options: { responses, whitelist, fallback: { status: 404, body: '404 Not Found' } },
    pages: Object.keys(responses).length,
  };
}
