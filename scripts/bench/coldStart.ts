/**
 * What an Apps Script execution pays before and while its function runs: Code.js compiled and
 * evaluated in a fresh context (the cold start every menu click and google.script.run call pays),
 * and whole executions of typical calls against the fake, which include the packs they decode.
 * Runs alternate between the bundles compared, so both see the same machine load.
 * `tsx scripts/bench/coldStart.ts <dir>` compares build/ with another build folder (a baseline).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vm from 'node:vm';
import { createAppsScriptFake, createDocsFake, FakeSpreadsheet, readBuiltHtml } from '../../fake';

const BUILD = join(__dirname, '..', '..', 'build');

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * The project's HTML files, the packs among them, read once: an execution of our build reads its
 * packs from them (a baseline whose packs are in its Code.js reads none).
 */
const html: Partial<Record<'sheets' | 'docs', Record<string, string>>> = {};
function htmlFiles(id: 'sheets' | 'docs'): Record<string, string> {
  return (html[id] ??= readBuiltHtml(join(BUILD, id)));
}

/** One execution: compile + evaluate `code` in a fresh context, then call `fn` (when given). */
function runOnce(code: string, run: number, call?: Call): number {
  const globals = call ? call.globals() : {};
  const context = vm.createContext({ ...globals });
  // A unique tail defeats V8's compilation cache, so every run parses and compiles afresh.
  const source = `${code}\n// run ${run} ${Math.random()}`;
  const start = performance.now();
  new vm.Script(source, { filename: `cold-${run}.js` }).runInContext(context);
  if (call) {
    (context as Record<string, unknown>).__args = call.args;
    vm.runInContext(`${call.fn}.apply(null, __args)`, context);
  }
  return performance.now() - start;
}

/** A top-level function called with its arguments against a new fake per run. */
export interface Call {
  fn: string;
  args: unknown[];
  globals: () => object;
}

export const SHEETS_CALLS: Record<string, Call> = {
  onOpen: {
    fn: 'onOpen',
    args: [],
    globals: () => createAppsScriptFake({ htmlFiles: htmlFiles('sheets') }).globals,
  },
  // The engine and nothing else: what an endpoint pays before its own work.
  openTab: {
    fn: 'openTab',
    args: [{ tab: 'requirements' }],
    globals: () =>
      createAppsScriptFake({
        spreadsheet: FakeSpreadsheet.fromTabs({ 'Role Requirements': [['Requirement']] }),
        htmlFiles: htmlFiles('sheets'),
      }).globals,
  },
  // Needs the catalog and nothing of the spreadsheet: the cost of unpacking it, and little else.
  previewImport: {
    fn: 'previewImport',
    args: [{ currentRoleId: 'deal-desk/analyst', targetRoleId: 'sales-strategy/vp' }],
    globals: () => createAppsScriptFake({ htmlFiles: htmlFiles('sheets') }).globals,
  },
};

export const DOCS_CALLS: Record<string, Call> = {
  onOpen: { fn: 'onOpen', args: [], globals: () => createDocsFake({ htmlFiles: htmlFiles('docs') }).globals },
  // The dialogs' first call: the engine and the catalog.
  getRoles: {
    fn: 'getRoles',
    args: [],
    globals: () => createDocsFake({ htmlFiles: htmlFiles('docs') }).globals,
  },
  // The engine without the catalog.
  insertConversationAgenda: {
    fn: 'insertConversationAgenda',
    args: [],
    globals: () => createDocsFake({ htmlFiles: htmlFiles('docs') }).globals,
  },
};

/** Median ms of each code (compile + evaluate, then `call` when given), runs interleaved. */
export function compareMs(codes: readonly string[], runs: number, call?: Call): number[] {
  const times = codes.map(() => [] as number[]);
  for (let run = 0; run < runs; run++)
    codes.forEach((code, i) => {
      times[i]?.push(runOnce(code, run, call));
    });
  return times.map(median);
}

export function coldStartMs(code: string, runs: number): number {
  return compareMs([code], runs)[0] ?? NaN;
}

function main(): void {
  const against = process.argv[2];
  if (!against || !existsSync(join(against, 'sheets', 'Code.js')))
    throw new Error(
      'Usage: tsx scripts/bench/coldStart.ts <build folder to compare with, e.g. /tmp/baseline-build> [runs]',
    );
  const runs = Number(process.argv[3] ?? 30);
  for (const [id, calls] of [
    ['sheets', SHEETS_CALLS],
    ['docs', DOCS_CALLS],
  ] as const) {
    const codes = [join(BUILD, id, 'Code.js'), join(against, id, 'Code.js')].map((f) =>
      readFileSync(f, 'utf8'),
    );
    const show = (label: string, [ours = NaN, theirs = NaN]: number[]) => {
      const ratio = (ours / theirs).toFixed(2);
      console.log(
        `${`${id}: ${label}`.padEnd(46)} ${ours.toFixed(2)} ms vs ${theirs.toFixed(2)} ms  (${ratio}x)`,
      );
    };
    show('compile + evaluate', compareMs(codes, runs));
    for (const [name, call] of Object.entries(calls))
      show(`execution of ${name}`, compareMs(codes, runs, call));
  }
}

if (require.main === module) main();
