/** What each Code.js carries, as code and packed, in lines for `npm run bench`. */
import type { BundleReport } from '../build';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const sum = (values: Iterable<number>) => [...values].reduce((total, n) => total + n, 0);

/** The code (the shell and the generated wrappers) and the packs of one Code.js, in KB. */
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
