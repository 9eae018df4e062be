/**
 * The authored data the add-ons ship as packs: each export becomes one pack, its JSON gzipped and
 * base-64 encoded into Code.js by scripts/build.ts, and decoded at run time only by the calls that
 * read it (src/appsscript/packs/unpack.ts). Adding a pack is one export here; an add-on that reads
 * it names it in its `packs` in scripts/build.ts. The TypeScript data stays the source of truth.
 */
export { catalog } from './index';
