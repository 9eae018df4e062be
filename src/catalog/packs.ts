/**
 * The authored data the add-ons ship as packs: each export becomes one pack, its JSON gzipped and
 * encoded as text by scripts/build.ts into every Code.js whose code (its engine's included) calls
 * `unpack('<name>')` (src/appsscript/packs/unpack.ts), and decoded at run time only by the calls
 * that read it. Adding a pack is one export here. The TypeScript data stays the source of truth;
 * a pack may hold it in a compact form, which its loader in src/appsscript expands back.
 */
import { catalog as authoredCatalog } from './index';
import { packCatalog } from './packedCatalog';
import { SUGGESTION_LIBRARY } from './suggestions';
import { packSuggestionLibrary } from './suggestions/packed';

/** The role catalog: loadCatalog() of src/appsscript/roles.ts. */
export const catalog = packCatalog(authoredCatalog);

/** The suggestion library: loadSuggestionLibrary() of src/appsscript/suggestions.ts. */
export const suggestions = packSuggestionLibrary(SUGGESTION_LIBRARY);

/** The skill lexicon: loadSkillLexicon() of src/appsscript/suggestions.ts. */
export { SKILL_LEXICON as skillLexicon } from './skillLexicon';
