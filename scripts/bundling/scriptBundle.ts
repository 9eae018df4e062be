/**
 * One Apps Script bundle (a Code.js or a lazy module): esbuild with the options every bundle
 * shares, marked cut to its Lexer, and the pack reader wired up. Code.js carries every pack of the
 * add-on in the placeholder src/appsscript/packs/packed.ts: its lazy modules, and exactly the data
 * packs that the code of Code.js or of one of those modules unpacks (`unpack('<name>')`, found in
 * the sources esbuild kept), so adding a pack to src/catalog/packs.ts is all it takes for the code
 * that unpacks it to find it. A lazy module carries no packs: its pack reader is a stand-in for the
 * one of the Code.js that evaluates it (src/appsscript/packs/unpack.ts hands it over).
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { VirtualEntry } from './entry';
import { markedLexerPlugin } from './markedLexer';

const root = resolve(__dirname, '..', '..');

/** esbuild options every Apps Script bundle shares (Code.js and its lazy modules). */
export const SCRIPT_OPTIONS = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  write: false,
  charset: 'utf8',
  metafile: true,
} satisfies esbuild.BuildOptions;

const PACKED_MODULE = /[\\/]src[\\/]appsscript[\\/]packs[\\/]packed\.ts$/;
const READER_MODULE = /[\\/]src[\\/]appsscript[\\/]packs[\\/]unpack\.ts$/;
/** The pack reader: the one module that may sit in Code.js and in a lazy module (in a lazy module
 * it is a stand-in handing every call to the reader of Code.js, so there is one memo per execution). */
const PACK_READER = /^src\/appsscript\/packs\//;
/**
 * The pure layers hold no state: constants, lookup tables and memos keyed by their inputs. A copy in
 * the shell and one in a lazy module behave as one, since an execution that runs the shell hands no
 * object to the engine; so they may be in both (the cost is only their size, which the bench shows).
 */
const STATELESS = /^src\/(core|api)\//;
const UNPACK_CALL = /\bunpack\(\s*(?:'([\w-]+)'|"([\w-]+)")?/g;

/**
 * esbuild plugin: the placeholder src/appsscript/packs/packed.ts becomes the names of these packs,
 * each with the length of its text (the text goes into a project file of its own, written by
 * scripts/build.ts).
 */
export function packedPlugin(packs: Readonly<Record<string, string>>): esbuild.Plugin {
  const lengths = Object.fromEntries(Object.entries(packs).map(([name, text]) => [name, text.length]));
  return {
    name: 'packs',
    setup(build) {
      build.onLoad({ filter: PACKED_MODULE }, () => ({
        contents: `export const packed = ${JSON.stringify(lengths)};`,
        loader: 'js',
      }));
    },
  };
}

/**
 * esbuild plugin for lazy modules: the pack reader becomes the reader of the Code.js that evaluates
 * the module, which lazyModule() passes in as `__packReader`; the module holds no packs itself.
 */
export function handedReaderPlugin(): esbuild.Plugin {
  return {
    name: 'handed-pack-reader',
    setup(build) {
      build.onLoad({ filter: READER_MODULE }, () => ({
        contents: 'export const unpack = __packReader.unpack, lazyModule = __packReader.lazyModule;',
        loader: 'js',
      }));
      build.onLoad({ filter: PACKED_MODULE }, () => ({
        errors: [
          {
            text: 'A lazy module holds no packs: read them with unpack() or lazyModule() of src/appsscript/packs/unpack.ts.',
          },
        ],
      }));
    },
  };
}

/** esbuild plugin: a generated entry (scripts/bundling/entry.ts) in place of a file. */
function virtualEntryPlugin(entry: VirtualEntry): esbuild.Plugin {
  return {
    name: 'virtual-entry',
    setup(build) {
      build.onResolve({ filter: /^virtual-entry$/ }, () => ({ path: entry.name, namespace: 'entry' }));
      build.onLoad({ filter: /.*/, namespace: 'entry' }, () => ({
        contents: entry.contents,
        resolveDir: entry.resolveDir,
        loader: 'js',
      }));
    },
  };
}

/** Source files that put code into a bundle, relative to the repository, with their bytes. */
export function sourcesOf(metafile: esbuild.Metafile): Map<string, number> {
  const output = Object.values(metafile.outputs)[0];
  const sources = new Map<string, number>();
  for (const [path, input] of Object.entries(output?.inputs ?? {}))
    if (input.bytesInOutput > 0) sources.set(relative(root, resolve(root, path)), input.bytesInOutput);
  return sources;
}

/** The data packs these sources unpack: `unpack('<name>')`, the name always a literal. */
export function unpackedNames(
  sources: Iterable<string>,
  read = (path: string) => readFileSync(join(root, path), 'utf8'),
): string[] {
  const names = new Set<string>();
  for (const path of sources) {
    if (!path.startsWith('src/') || PACK_READER.test(path)) continue;
    for (const [call, single, double] of read(path).matchAll(UNPACK_CALL)) {
      const name = single ?? double;
      if (!name)
        throw new Error(
          `${path}: "${call}..." names its pack with no literal; the build finds packs by unpack('<name>').`,
        );
      names.add(name);
    }
  }
  return [...names].sort();
}

export interface ScriptBundle {
  code: string;
  /** Minified bytes per source file. */
  sources: Map<string, number>;
  /** The packs the bundle carries, by name (none for a lazy module). */
  packs: Record<string, string>;
  /** The data packs its own code unpacks. */
  unpacks: string[];
}

export interface BundleOptions {
  /**
   * A lazy module: its pack reader is handed over by the Code.js that evaluates it, and it carries
   * no packs (the data packs it unpacks go into that Code.js).
   */
  lazy?: boolean;
  /** Data packs that code bundled elsewhere (the lazy modules of this Code.js) unpacks. */
  unpackedElsewhere?: readonly string[];
}

/**
 * Bundles `entry` (a path from the repository root, or generated text) as an iife assigning
 * `globalName`. Code.js carries `modules` (packed lazy modules) and the data packs, taken from
 * `dataPacks`, that its code or `options.unpackedElsewhere` unpacks; a lazy module carries nothing.
 */
export async function bundleScript(
  entry: string | VirtualEntry,
  globalName: string,
  dataPacks: Readonly<Record<string, string>>,
  modules: Readonly<Record<string, string>> = {},
  options: BundleOptions = {},
): Promise<ScriptBundle> {
  const entryName = typeof entry === 'string' ? entry : entry.name;
  const build = (packs: Record<string, string>) =>
    esbuild.build({
      ...SCRIPT_OPTIONS,
      entryPoints: [typeof entry === 'string' ? join(root, entry) : 'virtual-entry'],
      globalName,
      plugins: [
        ...(typeof entry === 'string' ? [] : [virtualEntryPlugin(entry)]),
        options.lazy ? handedReaderPlugin() : packedPlugin(packs),
        markedLexerPlugin(),
      ],
    });
  // First without data packs, to learn which ones the code that esbuild keeps unpacks.
  let result = await build({ ...modules });
  const unpacks = unpackedNames(sourcesOf(result.metafile).keys());
  const names = [...new Set([...unpacks, ...(options.unpackedElsewhere ?? [])])].sort();
  const packs: Record<string, string> = options.lazy ? {} : { ...modules };
  for (const name of names) {
    const packed = dataPacks[name];
    if (packed === undefined)
      throw new Error(`${entryName} unpacks "${name}", which src/catalog/packs.ts does not export.`);
    if (!options.lazy) packs[name] = packed;
  }
  if (names.length > 0 && !options.lazy) result = await build(packs);
  return { code: result.outputFiles[0]?.text ?? '', sources: sourcesOf(result.metafile), packs, unpacks };
}

/**
 * Fails when two bundles evaluated in one execution (Code.js and a lazy module, or two lazy modules)
 * share a source: two copies of its state and classes.
 */
export function checkNothingShared(
  bundle: string,
  module: string,
  eager: ReadonlyMap<string, number>,
  lazy: ReadonlyMap<string, number>,
  other = 'Code.js',
): void {
  const shared = [...lazy.keys()].filter(
    (path) => eager.has(path) && !PACK_READER.test(path) && !STATELESS.test(path),
  );
  if (shared.length > 0) {
    const where = other === 'Code.js' ? 'its lazy module' : 'the lazy module';
    const files = shared.length > 8 ? [...shared.slice(0, 8), `${shared.length - 8} more files`] : shared;
    throw new Error(
      `${bundle}: ${files.join(', ')} would be both in ${other} and in ${where} "${module}": two ` +
        'copies of that code and of its state (a class in both is two classes to instanceof). Keep the ' +
        "lazy module's code to itself, or move what both use to one side.",
    );
  }
}
