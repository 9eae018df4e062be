/** What each Code.js is made of, and the packs beside it, in lines for `npm run bench`. */
import type { BundleReport } from '../build';

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const sum = (values: Iterable<number>) => [...values].reduce((total, n) => total + n, 0);

/**
 * The code of one Code.js (the shell, and the generated wrappers with esbuild's glue), and its packs:
 * project files of their own (pack-<name>.html) that only the calls decoding them read.
 */
export function composition(report: BundleReport): { code: string; packed: string } {
  const packed = sum(Object.values(report.packs));
  const modules = Object.entries(report.packs).map(([name, chars]) => {
    const code = report.modules[name];
    return code ? `${name} ${kb(chars)} (${kb(sum(Object.values(code)))} of code)` : `${name} ${kb(chars)}`;
  });
  return {
    code: `${kb(report.bytes)}: the shell ${kb(sum(Object.values(report.sources)))} (${report.shell.join(', ')}), the rest wrappers and glue`,
    packed: `${kb(packed)} in pack-<name>.html files: ${modules.join(', ')}`,
  };
}
