/**
 * Handbook imports whose Apps Script calls the benchmark prints and the tests assert: a small page
 * and a page with 300 requirements must cost exactly the same calls.
 */
import { openPlan } from './harness';
import { generatedPage, jobFamilyMarkdown, pageUrl, rawUrl } from './handbookPages';
import { countOf, type CallCount } from './callScenarios';
import { at } from '../must';

const PATH = 'sales/bench-family';

/** Calls of one handbook import (look-up included, cache cold) of a page's only level. */
export function handbookImportCalls(markdown: string): CallCount & { fetches: number } {
  const h = openPlan(undefined, { responses: { [rawUrl(PATH)]: { body: markdown } } });
  h.call('setUpGrowthPlan');
  h.fake.calls.reset();
  const lookup = h.call('getHandbookFamily', {
    url: pageUrl(PATH),
  }) as { ok: boolean; levels: { slug: string }[] };
  if (!lookup.ok) throw new Error('the bench page did not parse');
  const result = h.call('importHandbookRequirements', {
    url: pageUrl(PATH),
    targetLevel: at(lookup.levels, 0, 'level').slug,
    currentLevel: null,
  }) as { ok: boolean };
  if (!result.ok) throw new Error('the bench import failed');
  return { ...countOf(h.fake.calls), fetches: h.fake.urlFetch.requests.length };
}

export function smallHandbookPage(): { markdown: string; requirements: number } {
  const requirements = ['Builds forecasts', 'Explains results', 'Keeps plans current'];
  return {
    markdown: jobFamilyMarkdown('Bench Family', [{ title: 'Bench Analyst', grade: 6, requirements }]),
    requirements: requirements.length,
  };
}

export function largeHandbookPage(count = 300): { markdown: string; requirements: number } {
  return { markdown: generatedPage(count), requirements: count };
}
