/**
 * npm run bench: Apps Script calls per action of both add-ons (from the counting fakes), the job-family
 * parser's throughput and bundle cost, the share of handbook requirements matched to a skill, sizes
 * against their budgets, and the cold start of each Code.js in a fresh vm context. Prints figures and exits 1 when one is over budget; the call counts are also
 * asserted exactly by tests/integration/callBudget.test.ts, handbook.test.ts and docs/callBudget.test.ts.
 *
 * `npm run bench -- --against <build folder>` also runs another build's Code.js files (a baseline)
 * interleaved with ours and holds the cold starts to their budgets relative to it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  callsBesidesPackDecodes,
  generateCalls,
  importCalls,
  packDecodes,
  plannerStateCalls,
  setUpAgainCalls,
  setUpCalls,
  smallestAndLargestRoles,
  suggestionsCalls,
  swapCalls,
  type CallCount,
} from './harness/callScenarios';
import {
  openCalls,
  progressCalls,
  recordAgainCalls,
  recordCheckInCalls,
  setNextCheckInCalls,
} from './harness/trackerScenarios';
import { parseJobFamily } from '../src/core/jobFamily/parse';
import { docsBench } from './bench/docs';
import { handbookImportBench } from './bench/handbook';
import { benchParse } from './bench/parse';
import { benchSkills, share, SKILL_MATCH_TARGET } from './bench/skills';
import { compareMs, DOCS_CALLS, median, SHEETS_CALLS, type Call } from './bench/coldStart';
import { BUNDLE_REPORT, type BundleReport } from './build';
import { composition } from './bench/composition';

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
  // Pack decodes (five local calls each: the pack's file, then Utilities) are counted apart, as the tests count them.
  const generated = [generateCalls(0), generateCalls(300)] as const;
  pairWithin(
    'generate: 0 vs 300 existing action rows',
    callsBesidesPackDecodes(generated[0]),
    callsBesidesPackDecodes(generated[1]),
    0,
    40,
    generated,
  );
  const gapCounts = [generateCalls(0, 3), generateCalls(0, 30)] as const;
  pairWithin(
    'generate: 3 vs 30 gaps',
    callsBesidesPackDecodes(gapCounts[0]),
    callsBesidesPackDecodes(gapCounts[1]),
    0,
    40,
    gapCounts,
  );
  line('  plus packs decoded (suggestions, skill lexicon)', String(packDecodes(generated[0])));
  const ideas = [suggestionsCalls(0), suggestionsCalls(300)] as const;
  pairWithin(
    'other ideas: 0 vs 300 other action rows',
    callsBesidesPackDecodes(ideas[0]),
    callsBesidesPackDecodes(ideas[1]),
    0,
    10,
    ideas,
  );
  const swaps = [swapCalls(0), swapCalls(300)] as const;
  pairWithin(
    'swap an idea in: 0 vs 300 other action rows',
    callsBesidesPackDecodes(swaps[0]),
    callsBesidesPackDecodes(swaps[1]),
    0,
    30,
    swaps,
  );
  const state = [plannerStateCalls(0), plannerStateCalls(1000)] as const;
  pairWithin('getPlannerState: 0 vs 1,000 requirement rows', state[0].total, state[1].total, 0, 40, state);
  const setUp = setUpCalls();
  // Issue 8: 90 calls in all. Besides the engine's decode (five local calls: its project file,
  // then Utilities; no spreadsheet access), 85.
  line(
    'set up a blank workbook (budget 85 besides pack decodes, 90 in all)',
    `${callsBesidesPackDecodes(setUp)} (${setUp.total} with ${packDecodes(setUp)} pack decode)${readsAfterWrite([setUp])}`,
    callsBesidesPackDecodes(setUp) <= 85 && setUp.total <= 90 && noneAfterWrite([setUp]),
  );
  const again = setUpAgainCalls();
  line('set up again (repair)', `${again.total}${readsAfterWrite([again])}`, noneAfterWrite([again]));
  const handbook = handbookImportBench();
  // Besides its pack decodes: the engine twice, the catalog twice and the parser once.
  pairWithin(
    `handbook look-up + import: ${handbook.small.requirements} vs ${handbook.large.requirements} requirements, besides ${packDecodes(handbook.counts[0])} pack decodes`,
    callsBesidesPackDecodes(handbook.counts[0]),
    callsBesidesPackDecodes(handbook.counts[1]),
    0,
    50,
    handbook.counts,
  );
  line(
    '  of which UrlFetchApp.fetch (cold cache)',
    `${handbook.small.fetches} vs ${handbook.large.fetches}`,
    handbook.sameByMethod,
  );
  // The first check-in makes the Check-ins tab, the progress table and the charts.
  const first = recordCheckInCalls(0);
  line(
    'first check-in (makes the Check-ins tab and charts)',
    `${callsBesidesPackDecodes(first)}${readsAfterWrite([first])}`,
    callsBesidesPackDecodes(first) <= 80 && noneAfterWrite([first]),
  );
  // Besides pack decodes, as tests/integration/checkIns.test.ts counts them (opening decodes nothing).
  const tracker: [string, (earlier: number) => CallCount, number][] = [
    ['record check-in: 1 vs 20 earlier check-ins', recordCheckInCalls, 50],
    ['record again the same day: 1 vs 20', recordAgainCalls, 50],
    ['getProgress: 1 vs 20 earlier check-ins', progressCalls, 25],
    ['setNextCheckIn: 1 vs 20 earlier check-ins', setNextCheckInCalls, 20],
    ['open (menu and reminder): 1 vs 20 check-ins', openCalls, 16],
  ];
  // Besides their pack decodes, as tests/integration/checkIns.test.ts holds them to these budgets.
  for (const [label, calls, max] of tracker) {
    const counts = [calls(1), calls(20)] as const;
    pairWithin(
      `${label}, besides ${packDecodes(counts[0])} decode${packDecodes(counts[0]) === 1 ? '' : 's'}`,
      callsBesidesPackDecodes(counts[0]),
      callsBesidesPackDecodes(counts[1]),
      0,
      max,
      counts,
    );
  }
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
  const since = calls.sinceLast;
  pairWithin(
    'insert since-last: 0 vs 20 earlier check-ins',
    since.insert[0].total,
    since.insert[1].total,
    0,
    60,
    since.insert,
  );
  pairWithin(
    're-insert (replace) since-last: 0 vs 20 earlier check-ins',
    since.replace[0].total,
    since.replace[1].total,
    0,
    80,
    since.replace,
  );
  pairWithin(
    'refresh agenda, summary, since-last: 0 vs 20 check-ins',
    since.refresh[0].total,
    since.refresh[1].total,
    0,
    300,
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
  line(
    'bundle cost: parser incl. marked / marked alone / packed',
    `${figures.parserKb} KB / ${figures.markedKb} KB / ${figures.packedKb} KB (a lazy module, docs/bundles.md)`,
  );
}

function skillMatches(): void {
  console.log('\nHandbook requirements matched to a skill (non-common requirements of every level)');
  const figures = benchSkills();
  const target = Math.round(SKILL_MATCH_TARGET * 100);
  line(
    'RSOE pages (tests/fixtures/job-families)',
    `${share(figures.rsoe)}  (target >= ${target}%)`,
    figures.rsoe.matched >= SKILL_MATCH_TARGET * figures.rsoe.total,
  );
  line('other departments (tests/fixtures/job-families-other)', share(figures.other));
}

const CODE_BUDGET_KB = { sheets: 130, docs: 60 } as const;

/** Each Code.js against its budget: its code, the packs beside it, and the room left. */
function codeSize(id: 'sheets' | 'docs', report: BundleReport | undefined): void {
  if (!report) throw new Error(`build/bundles.json has no ${id} bundle: run npm run build.`);
  const size = report.bytes / KB;
  const budgetKb = CODE_BUDGET_KB[id];
  line(`build/${id}/Code.js`, `${size.toFixed(1)} KB (budget ${budgetKb} KB)`, size <= budgetKb);
  const { code, packed } = composition(report);
  line('  as code', code);
  line('  packs (not evaluated)', packed);
  line('  headroom', `${(budgetKb - size).toFixed(1)} KB`);
}

/** Prints the sizes of both add-ons' files against their budgets. */
function sizes(): void {
  console.log('\nSize (minified)');
  const kb = (dir: string, file: string) => statSync(join(dir, file)).size / KB;
  const budget = (label: string, value: number, max: number) => {
    line(label, `${value.toFixed(1)} KB (budget ${max} KB)`, value <= max);
  };
  const report = JSON.parse(readFileSync(BUNDLE_REPORT, 'utf8')) as Record<string, BundleReport>;
  // Every execution compiles the whole of Code.js: the engine, the parser and the data travel
  // packed (docs/bundles.md).
  codeSize('sheets', report.sheets);
  budget('build/sheets/Sidebar.html', kb(BUILD, 'Sidebar.html'), 100);
  codeSize('docs', report.docs);
  budget('build/docs/RequirementsDialog.html', kb(DOCS_BUILD, 'RequirementsDialog.html'), 40);
  budget('build/docs/ActionPlanDialog.html', kb(DOCS_BUILD, 'ActionPlanDialog.html'), 40);
  budget('build/docs/SinceLastDialog.html', kb(DOCS_BUILD, 'SinceLastDialog.html'), 40);
}

/** Cold start budgets relative to the build given with --against (docs/bundles.md). */
const COLD_START_BUDGET = { sheets: 0.75, docs: 0.65 } as const;

function coldStart(against: string | null): void {
  console.log('\nCold start (median of 30 runs, each compiling Code.js afresh in a new vm context)');
  const runs = 30;
  const empty = median(Array.from({ length: runs }, () => compareMs([''], 1)[0] ?? NaN));
  line('empty script', `${empty.toFixed(3)} ms`);
  if (against) console.log(`  (each figure: ours vs ${against}, runs interleaved)`);
  for (const [id, dir, calls] of [
    ['sheets', BUILD, SHEETS_CALLS],
    ['docs', DOCS_BUILD, DOCS_CALLS],
  ] as const) {
    const codes = [readFileSync(join(dir, 'Code.js'), 'utf8')];
    if (against) codes.push(readFileSync(join(against, id, 'Code.js'), 'utf8'));
    const show = (label: string, call?: Call, budget?: number) => {
      const [ours = NaN, theirs] = compareMs(codes, runs, call);
      if (theirs === undefined) {
        line(label, `${ours.toFixed(3)} ms (${(ours / empty).toFixed(0)}x the empty script)`);
        return;
      }
      const ratio = ours / theirs;
      const limit = budget === undefined ? '' : `, budget ${budget}x`;
      line(
        label,
        `${ours.toFixed(3)} ms vs ${theirs.toFixed(3)} ms (${ratio.toFixed(2)}x${limit})`,
        budget === undefined || ratio <= budget,
      );
    };
    show(`build/${id}/Code.js: compile + evaluate`, undefined, COLD_START_BUDGET[id]);
    for (const [name, call] of Object.entries(calls)) show(`  a whole execution of ${name}`, call);
  }
}

/** The build folder given with `--against <dir>`, or null. */
function baseline(): string | null {
  const at = process.argv.indexOf('--against');
  if (at < 0) return null;
  const dir = process.argv[at + 1];
  if (!dir || !existsSync(join(dir, 'sheets', 'Code.js')) || !existsSync(join(dir, 'docs', 'Code.js')))
    throw new Error('--against needs a build folder holding sheets/Code.js and docs/Code.js.');
  return dir;
}

function main(): void {
  const against = baseline();
  console.log('Career Growth benchmark\n');
  sheetsCalls();
  docsCalls();
  parser();
  skillMatches();
  sizes();
  coldStart(against);
  if (failures > 0) {
    console.log(`\n${failures} figure(s) over budget`);
    process.exitCode = 1;
  }
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
