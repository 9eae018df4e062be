/**
 * Jest transform: TypeScript sources and ES-module-only packages (marked) become CommonJS through
 * esbuild, the tool that bundles the add-ons. Types are checked by `tsc -b` (npm run typecheck),
 * not here, so a test run compiles each file in milliseconds.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- jest.config.cjs loads this transformer as CommonJS, whose import is require() */
const { transformSync } = require('esbuild');
const { createHash } = require('node:crypto');
/* eslint-enable @typescript-eslint/no-require-imports */

module.exports = {
  process(source, filename) {
    const loader = filename.endsWith('.ts') ? 'ts' : 'js';
    const { code, map } = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'es2020',
      sourcefile: filename,
      sourcemap: true,
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update('esbuild-1').update(filename).update(source).digest('hex');
  },
};
