/**
 * marked ships only as an ES module, which Jest's CommonJS runtime here cannot require. Tests that
 * reach the parser call `jest.mock('marked', () => require('./markedForJest').markedAsCommonJs())`:
 * the same file, converted once with esbuild. The add-on bundles are unaffected (esbuild bundles it).
 */
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: unknown;

export function markedAsCommonJs(): unknown {
  if (cached) return cached;
  const file = join(__dirname, '../../../../node_modules/marked/lib/marked.esm.js');
  const { code } = transformSync(readFileSync(file, 'utf8'), { format: 'cjs', target: 'es2020' });
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', code)(module, module.exports);
  cached = module.exports;
  return cached;
}
