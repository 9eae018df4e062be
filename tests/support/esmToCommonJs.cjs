/**
 * Jest transform for ES-module-only packages (marked): Jest here runs CommonJS, so the file is
 * converted with esbuild, the same tool that bundles it into the add-ons.
 */
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, { format: 'cjs', target: 'es2020', sourcefile: filename, sourcemap: true });
    return { code, map };
  },
};
