/**
 * The authored data the add-ons ship as packs: each export becomes one pack, its JSON gzipped and
 * base-64 encoded by scripts/build.ts into every bundle whose code calls `unpack('<name>')`
 * (src/appsscript/packs/unpack.ts), and decoded at run time only by the calls that read it.
 * Adding a pack is one export here. The TypeScript data stays the source of truth.
 */
export { catalog } from './index';
export { SUGGESTION_LIBRARY as suggestions } from './suggestions';
export { SKILL_LEXICON as skillLexicon } from './skillLexicon';
