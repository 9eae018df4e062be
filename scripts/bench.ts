/**
 * npm run bench: Apps Script calls per action of both add-ons (from the counting fakes), the job-family
 * parser's throughput and bundle cost, sizes against their budgets, and the cold start of each Code.js
 * in a fresh vm context. Prints figures and exits 1 when one is over budget; the call counts are also
 * asserted exactly by tests/integration/callBudget.test.ts, handbook.test.ts and docs/callBudget.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import {
  generateCalls,
  importCalls,
  plannerStateCalls,
  setUpAgainCalls,
  setUpCalls,
  smallestAndLargestRoles,
  type CallCount,
} from './harness/callScenarios';
import { parseJobFamily } from '../src/core/jobFamily/parse';
import { docsBench } from './bench/docs';
import { handbookImportBench } from './bench/handbook';
import { benchParse } from './bench/parse';

const BUILD = join(__dirname, '..', 'build', 'sheets');
const DOCS_BUILD = join(__dirname, '..', 'build', 'docs');
const KB = 1024;
let failures = 0;

function line(label: string, value: string, ok = true): void {
  if (!ok) failures++;
  console.log(`${ok ? ' ' : '!'} ${label.padEnd(52)} ${value}`);
}

function pairWithin(
  label: string,
  a: number,
  b: number,
  tolerance: number,
  max: number,
  flushes?: readonly CallCount[],
): void {
  const ok = Math.abs(a - b) <= tolerance && a <= max && b <= max && noneAfterWrite(flushes);
  line(
    label,
    `${a} vs ${b}  (must differ by <= ${tolerance}, each <= ${max})${readsAfterWrite(flushes)}`,
    ok,
  );
}

/** Reads after a write (forced flushes, fake/callKinds.ts) of each measured execution, as a suffix. */
function readsAfterWrite(counts?: readonly CallCount[]): string {
  return counts ? `  reads after a write: ${counts.map((c) => c.readsAfterWrite).join(' vs ')}` : '';
}

function noneAfterWrite(counts?: readonly CallCount[]): boolean {
  return !counts || counts.every((c) => c.readsAfterWrite === 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function coldStartMs(code: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = vm.createContext({});
    // A unique tail defeats V8's compilation cache, so every run parses and compiles afresh.
    const source = `${code}\n// run ${i} ${Math.random()}`;
    const start = performance.now();
    new vm.Script(source, { filename: `cold-${i}.js` }).runInContext(context);
    times.push(performance.now() - start);
  }
  return median(times);
}

function sheetsCalls(): void {
  console.log(
    'Growth Plan (build/sheets): Apps Script calls per action, and reads after a write (must be 0)',
  );
  const { smallest, largest } = smallestAndLargestRoles();
  const small = importCalls(smallest.id);
  const large = importCalls(largest.id);
  pairWithin(
    `import: ${smallest.id} (${smallest.count}) vs ${largest.id} (${largest.count})`,
    small.total,
    large.total,
    3,
    40,
    [small, large],
  );
  const big = importCalls(largest.id, 1000);
  line(
    'import of the largest role into 1,000 existing rows',
    `${big.total}${readsAfterWrite([big])}`,
    big.total === large.total && noneAfterWrite([big]),
  );
  const generated = [generateCalls(0), generateCalls(300)] as const;
  pairWithin(
    'generate: 0 vs 300 existing action rows',
    generated[0].total,
    generated[1].total,
    3,
    40,
    generated,
  );
  const state = [plannerStateCalls(0), plannerStateCalls(1000)] as const;
  pairWithin('getPlannerState: 0 vs 1,000 requirement rows', state[0].total, state[1].total, 0, 40, state);
  const setUp = setUpCalls();
  line(
    'set up a blank workbook (budget 90)',
    `${setUp.total}${readsAfterWrite([setUp])}`,
    setUp.total <= 90 && noneAfterWrite([setUp]),
  );
  const again = setUpAgainCalls();
  line('set up again (repair)', `${again.total}${readsAfterWrite([again])}`, noneAfterWrite([again]));
  const handbook = handbookImportBench();
  pairWithin(
    `handbook look-up + import: ${handbook.small.requirements} vs ${handbook.large.requirements} requirements`,
    handbook.small.calls,
    handbook.large.calls,
    0,
    50,
    handbook.counts,
  );
  line(
    '  of which UrlFetchApp.fetch (cold cache)',
    `${handbook.small.fetches} vs ${handbook.large.fetches}`,
    handbook.sameByMethod,
  );
}

function docsCalls(): void {
  console.log(
    '\nCareer Conversation (build/docs): Apps Script calls per action, and reads after a write (for information)',
  );
  const { calls } = docsBench();
  const r = calls.requirements;
  line('insert agenda', `${calls.agenda.total}${readsAfterWrite([calls.agenda])}`, calls.agenda.total <= 150);
  pairWithin(
    `insert requirements: ${r.smallest.requirements} vs ${r.largest.requirements} requirements`,
    r.smallest.calls,
    r.largest.calls,
    0,
    80,
  );
  pairWithin(
    'insert action plan: 0 vs 300 action rows',
    calls.actionPlan.rows0,
    calls.actionPlan.rows300,
    0,
    120,
  );
  pairWithin(
    're-insert (replace) action plan: 0 vs 300 action rows',
    calls.actionPlan.replaceRows0,
    calls.actionPlan.replaceRows300,
    0,
    200,
  );
  for (const beside of calls.beside) {
    line(
      `${beside.replace ? 'replace' : 'insert'} ${beside.kind}: 0 vs 2 other blocks`,
      `${beside.alone.total} vs ${beside.withOthers.total}  (must differ by <= 10)${readsAfterWrite([beside.alone, beside.withOthers])}`,
      Math.abs(beside.withOthers.total - beside.alone.total) <= 10,
    );
  }
  pairWithin(
    'refresh all three blocks: 0 vs 300 action rows',
    calls.refresh.rows0.total,
    calls.refresh.rows300.total,
    0,
    300,
  );
  line(
    '  of which reads after a write',
    `${calls.refresh.rows0.readsAfterWrite} vs ${calls.refresh.rows300.readsAfterWrite}`,
  );
}

function parser(): void {
  console.log('\nJob-family parser');
  const figures = benchParse(20);
  line(
    `parse: ${figures.pages} fixture pages x ${figures.runs} runs`,
    `${figures.pagesPerSecond} pages/s (${figures.ms} ms; first parse ${figures.firstParseMs} ms)`,
  );
  const bullets = Array.from(
    { length: 10_000 },
    (_, i) => `- Requirement ${i} with a [link](https://example.com/${i}) and **bold**`,
  ).join('\n');
  const page = `## Requirements\n\n${bullets}\n`;
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    parseJobFamily(page);
    return performance.now() - start;
  });
  line('a page of 10,000 bullets (median of 5)', `${median(times).toFixed(0)} ms`);
  line('bundle cost: parser incl. marked / marked alone', `${figures.parserKb} KB / ${figures.markedKb} KB`);
}

function sizes(): void {
  console.log('\nSize (minified)');
  const kb = (dir: string, file: string) => statSync(join(dir, file)).size / KB;
  const budget = (label: string, value: number, max: number) => {
    line(label, `${value.toFixed(1)} KB (budget ${max} KB)`, value <= max);
  };
  // 210 KB since the handbook import: marked (about 51 KB) and the job-family parser (about 20 KB) came with it.
  budget('build/sheets/Code.js', kb(BUILD, 'Code.js'), 210);
  budget('build/sheets/Sidebar.html', kb(BUILD, 'Sidebar.html'), 60);
  // The Docs add-on needs no parser: the catalog, zod/mini and the document code.
  budget('build/docs/Code.js', kb(DOCS_BUILD, 'Code.js'), 130);
  budget('build/docs/RequirementsDialog.html', kb(DOCS_BUILD, 'RequirementsDialog.html'), 40);
  budget('build/docs/ActionPlanDialog.html', kb(DOCS_BUILD, 'ActionPlanDialog.html'), 40);
}

function coldStart(): void {
  console.log('\nCold start (median of 30 compile + evaluate runs, each in a fresh vm context)');
  const runs = 30;
  const empty = coldStartMs('', runs);
  line('empty script', `${empty.toFixed(3)} ms`);
  for (const [label, dir] of [
    ['build/sheets/Code.js', BUILD],
    ['build/docs/Code.js', DOCS_BUILD],
  ] as const) {
    const ms = coldStartMs(readFileSync(join(dir, 'Code.js'), 'utf8'), runs);
    line(label, `${ms.toFixed(3)} ms (${(ms / empty).toFixed(0)}x the empty script)`);
  }
}

function main(): void {
  console.log('Career Growth benchmark\n');
  sheetsCalls();
  docsCalls();
  parser();
  sizes();
  coldStart();
  if (failures > 0) {
    console.log(`\n${failures} figure(s) over budget`);
    process.exitCode = 1;
  }
}

main();
