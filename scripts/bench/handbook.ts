/**
 * Apps Script calls of a handbook import (look-up with a cold cache, then the import of one level)
 * for a small page and a page with 300 requirements: they must be the same.
 */
import type { CallCount } from '../harness/callScenarios';
import { handbookImportCalls, largeHandbookPage, smallHandbookPage } from '../harness/handbookScenarios';

export interface HandbookImportBench {
  small: { requirements: number; calls: number; fetches: number };
  large: { requirements: number; calls: number; fetches: number };
  /** Calls by method, identical for both pages. */
  sameByMethod: boolean;
  byMethod: Record<string, number>;
  /** Both executions' figures, reads after a write included. */
  counts: [CallCount, CallCount];
}

export function handbookImportBench(): HandbookImportBench {
  const smallPage = smallHandbookPage();
  const largePage = largeHandbookPage(300);
  const small = handbookImportCalls(smallPage.markdown);
  const large = handbookImportCalls(largePage.markdown);
  return {
    small: { requirements: smallPage.requirements, calls: small.total, fetches: small.fetches },
    large: { requirements: largePage.requirements, calls: large.total, fetches: large.fetches },
    sameByMethod: JSON.stringify(small.byMethod) === JSON.stringify(large.byMethod),
    byMethod: small.byMethod,
    counts: [small, large],
  };
}

if (require.main === module) {
  const bench = handbookImportBench();
  console.log(
    `handbook import: ${bench.small.requirements} vs ${bench.large.requirements} requirements  ${bench.small.calls} vs ${bench.large.calls} calls (${bench.small.fetches} fetch each), same by method: ${bench.sameByMethod}`,
  );
  console.log(bench.byMethod);
}
