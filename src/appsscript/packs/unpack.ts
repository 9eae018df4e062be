/**
 * Reads what the build packed (./packed.ts names the packs of this Code.js, ./files.ts where each
 * one's text is): data packs and lazily evaluated modules. Each is decoded on its first use in an
 * execution and kept for the rest of it (Apps Script evaluates Code.js afresh for every execution,
 * so this memo lives exactly that long). A decode is five local calls, made only by the calls that
 * read the pack: the project file's text (HtmlService, HtmlOutput) and its gunzip (Utilities, Blob).
 *
 * A lazy module holds no packs of its own: the build replaces this file in it with a stand-in for
 * the reader below, which lazyModule() hands it as `__packReader`. So the engine's code unpacks the
 * catalog from Code.js, and one execution decodes each pack at most once wherever it is read.
 */
import type * as DataPacks from '../../catalog/packs';
import { decodeBase91 } from './base91';
import { packFileName } from './files';
import { packed } from './packed';

type Packs = typeof DataPacks;

const data = new Map<string, unknown>();
const modules = new Map<string, unknown>();

/**
 * The UTF-8 text of a pack: its project file's base-91 text to bytes (in our code), gunzipped by
 * Utilities. A file of another build (a push of Code.js alone) is refused by its length, before
 * anything is decoded, with what to do about it.
 */
function packText(name: string): string {
  const length = packed[name];
  if (length === undefined)
    throw new Error(
      `Code.js ships no pack "${name}": the build packs what src/catalog/packs.ts exports and the code unpacks by name, and the modules each add-on lists in scripts/build.ts.`,
    );
  const file = packFileName(name);
  const encoded = HtmlService.createHtmlOutputFromFile(file).getContent();
  if (encoded.length !== length)
    throw new Error(
      `The project file ${file}.html is not the one this Code.js was built with (${encoded.length} characters, not ${length}): push the whole build folder again.`,
    );
  const gzipped = Utilities.newBlob(decodeBase91(encoded), 'application/x-gzip', `${name}.gz`);
  return Utilities.ungzip(gzipped).getDataAsString('UTF-8');
}

/** One of the data packs of src/catalog/packs.ts, decoded at most once per execution. */
export function unpack<K extends keyof Packs>(name: K): Packs[K] {
  if (!data.has(name)) data.set(name, JSON.parse(packText(name)));
  return data.get(name) as Packs[K];
}

/**
 * A module the build bundled on its own and packed (the add-on's engine, and the modules each
 * add-on lists in scripts/build.ts): the returned function evaluates it on first use in an
 * execution. `T` is the type of the module's exports, which only the code that loads it knows.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function lazyModule<T>(name: string): () => T {
  return () => {
    if (!modules.has(name)) {
      // The pack is our own build output (an esbuild iife assigning `__module`), never outside input.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const evaluate = new Function('__packReader', `${packText(name)}\nreturn __module;`) as (
        reader: PackReader,
      ) => T;
      modules.set(name, evaluate(READER));
    }
    return modules.get(name) as T;
  };
}

/** What a lazy module's stand-in reader calls (scripts/bundling/scriptBundle.ts). */
interface PackReader {
  unpack: typeof unpack;
  lazyModule: typeof lazyModule;
}

const READER: PackReader = { unpack, lazyModule };
