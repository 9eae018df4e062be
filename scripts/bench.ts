/**
 * npm run bench: Apps Script calls per action (from the counting fake), bundle sizes against their
 * budgets, and the cold start of Code.js in a fresh vm context compared with an empty script.
 * Prints figures; the call-count limits are also asserted by tests/integration/callBudget.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { generateCalls, importCalls, plannerStateCalls, smallestAndLargestRoles } from '../tests/support/callScenarios';

const BUILD = join(__dirname, '..', 'build', 'sheets');
const KB = 1024;
let failures = 0;

function line(label: string, value: string, ok = true): void {
  if (!ok) failures++;
  console.log(`${ok ? ' ' : '!'} ${label.padEnd(52)} ${value}`);
}

function pairWithin(label: string, a: number, b: number, tolerance: number, max: number): void {
  const ok = Math.abs(a - b) <= tolerance && a <= max && b <= max;
  line(label, `${a} vs ${b}  (must differ by <= ${tolerance}, each <= ${max})`, ok);
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

function main(): void {
  console.log('Career Growth benchmark (build/sheets)\n');
  console.log('Apps Script calls per action');
  const { smallest, largest } = smallestAndLargestRoles();
  const small = importCalls(smallest.id).total;
  const large = importCalls(largest.id).total;
  pairWithin(`import: ${smallest.id} (${smallest.count}) vs ${largest.id} (${largest.count})`, small, large, 3, 40);
  const big = importCalls(largest.id, 1000).total;
  line('import of the largest role into 1,000 existing rows', `${big}`, big === large);
  pairWithin('generate: 0 vs 300 existing action rows', generateCalls(0).total, generateCalls(300).total, 3, 40);
  pairWithin('getPlannerState: 0 vs 1,000 requirement rows', plannerStateCalls(0).total, plannerStateCalls(1000).total, 0, 40);

  console.log('\nSize (minified)');
  const code = readFileSync(join(BUILD, 'Code.js'), 'utf8');
  const codeKb = statSync(join(BUILD, 'Code.js')).size / KB;
  const sidebarKb = statSync(join(BUILD, 'Sidebar.html')).size / KB;
  // 210 KB since the handbook import: marked (about 51 KB) and the job-family parser (about 20 KB) came with it.
  line('Code.js', `${codeKb.toFixed(1)} KB (budget 210 KB)`, codeKb <= 210);
  line('Sidebar.html', `${sidebarKb.toFixed(1)} KB (budget 60 KB)`, sidebarKb <= 60);

  console.log('\nCold start (median of 30 compile + evaluate runs, each in a fresh vm context)');
  const runs = 30;
  const empty = coldStartMs('', runs);
  const bundle = coldStartMs(code, runs);
  line('empty script', `${empty.toFixed(3)} ms`);
  line('Code.js', `${bundle.toFixed(3)} ms`);
  line('ratio Code.js / empty script', `${(bundle / empty).toFixed(1)}x`);

  if (failures > 0) {
    console.log(`\n${failures} figure(s) over budget`);
    process.exitCode = 1;
  }
}

main();
