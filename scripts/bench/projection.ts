/**
 * What each Code.js carries (as code and packed) against its budget, and a "what if" build: the
 * Growth Plan with its engine reading the suggestion library although no endpoint does yet, so
 * `npm run bench` shows where the bundle lands once action-plan generation uses it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type BundleReport, type EngineExtra } from '../build';

/** loadSuggestionLibrary() in the engine: the build then ships the `suggestions` pack by its own rule. */
export const SUGGESTIONS_IN_ENGINE: EngineExtra = {
  name: '__suggestionLibrary',
  from: 'src/appsscript/suggestions.ts',
  imported: 'loadSuggestionLibrary',
};

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const sum = (values: Iterable<number>) => [...values].reduce((total, n) => total + n, 0);

/** What one Code.js is made of, in lines for the bench. */
export function composition(report: BundleReport): { code: string; packed: string } {
  const packed = sum(Object.values(report.packs));
  const modules = Object.entries(report.packs).map(([name, chars]) => {
    const code = report.modules[name];
    return code ? `${name} ${kb(chars)} (${kb(sum(Object.values(code)))} of code)` : `${name} ${kb(chars)}`;
  });
  return {
    code: `${kb(report.bytes - packed)} (the shell ${kb(sum(Object.values(report.sources)) - packed)}: ${report.shell.join(', ')}; the rest wrappers)`,
    packed: `${kb(packed)}: ${modules.join(', ')}`,
  };
}

/** The Growth Plan built into `out` with the suggestion library in its engine. */
export async function buildWithSuggestionLibrary(out: string): Promise<BundleReport> {
  const reports = await build({
    out,
    addons: ['sheets'],
    engineExtras: { sheets: [SUGGESTIONS_IN_ENGINE] },
    quiet: true,
  });
  if (!reports.sheets) throw new Error('The what-if build made no Growth Plan bundle.');
  return reports.sheets;
}

/** The same in a temporary folder, removed by `dispose`. */
export async function withSuggestionLibrary(): Promise<{
  report: BundleReport;
  dir: string;
  dispose: () => void;
}> {
  const out = mkdtempSync(join(tmpdir(), 'career-growth-what-if-'));
  const dispose = () => {
    rmSync(out, { recursive: true, force: true });
  };
  try {
    return { report: await buildWithSuggestionLibrary(out), dir: join(out, 'sheets'), dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}

// `tsx scripts/bench/projection.ts <folder>`: the what-if build alone (tests/integration/packs.test.ts).
if (require.main === module) {
  const out = process.argv[2];
  if (!out) throw new Error('Usage: tsx scripts/bench/projection.ts <folder to build into>');
  buildWithSuggestionLibrary(out).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
