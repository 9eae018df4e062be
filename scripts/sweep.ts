/**
 * npm run sweep: fails each service call of every swept action in turn, re-runs the action, and
 * prints per action how many fault points did not recover (scripts/harness/faultSweep.ts), with
 * the first few findings. `npm run sweep -- <words>` sweeps only the actions whose name holds them;
 * `--details` prints every finding. Exits 1 when a fault point did not recover.
 */
import { DOCS_SWEEPS } from './harness/docsSweeps';
import { sweep, sweepLine, unrecovered } from './harness/faultSweep';
import { SHEETS_SWEEPS } from './harness/sheetsSweeps';

const args = process.argv.slice(2);
const details = args.includes('--details');
const filter = args.filter((a) => !a.startsWith('--')).join(' ');
const started = Date.now();
let failed = 0;
for (const c of [...SHEETS_SWEEPS, ...DOCS_SWEEPS]) {
  if (filter && !c.name.includes(filter)) continue;
  const result = sweep(c);
  failed += unrecovered(result);
  console.log(sweepLine(result));
  for (const f of details ? result.findings : result.findings.slice(0, 3))
    console.log(`    call ${f.call} (${f.method}): ${f.problem}`);
}
console.log(
  `${failed} fault points did not recover; the sweep took ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
process.exitCode = failed > 0 ? 1 : 0;
