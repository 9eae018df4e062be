/**
 * One Apps Script bundle (a Code.js or a lazy module): esbuild with the options every bundle
 * shares, marked cut to its Lexer, and the placeholder src/appsscript/packs/packed.ts filled with
 * the packs the bundle uses. A bundle carries a data pack exactly when the code it includes calls
 * `unpack('<name>')` (found in the sources esbuild kept), so adding a pack to src/catalog/packs.ts
 * is all it takes for the code that unpacks it to find it.
 */
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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
/** The pack reader: the one module that may sit in Code.js and in a lazy module (it keeps no state
 * but its memo of the packs its own bundle holds). */
const PACK_READER = /^src\/appsscript\/packs\//;
const UNPACK_CALL = /\bunpack\(\s*(?:'([\w-]+)'|"([\w-]+)")?/g;

/** esbuild plugin: the placeholder src/appsscript/packs/packed.ts becomes these packs. */
export function packedPlugin(packs: Readonly<Record<string, string>>): esbuild.Plugin {
  return {
    name: 'packs',
    setup(build) {
      build.onLoad({ filter: PACKED_MODULE }, () => ({
        contents: `export const packed = ${JSON.stringify(packs)};`,
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
  /** The packs the bundle carries, by name. */
  packs: Record<string, string>;
}

/**
 * Bundles `entry` as an iife assigning `globalName`, carrying `modules` (packed lazy modules) and
 * the data packs its code unpacks, taken from `dataPacks`.
 */
export async function bundleScript(
  entry: string,
  globalName: string,
  dataPacks: Readonly<Record<string, string>>,
  modules: Readonly<Record<string, string>> = {},
): Promise<ScriptBundle> {
  const build = (packs: Record<string, string>) =>
    esbuild.build({
      ...SCRIPT_OPTIONS,
      entryPoints: [join(root, entry)],
      globalName,
      plugins: [packedPlugin(packs), markedLexerPlugin()],
    });
  // First without data packs, to learn which ones the code that esbuild keeps unpacks.
  let result = await build({ ...modules });
  const names = unpackedNames(sourcesOf(result.metafile).keys());
  const packs: Record<string, string> = { ...modules };
  for (const name of names) {
    const packed = dataPacks[name];
    if (packed === undefined)
      throw new Error(`${entry} unpacks "${name}", which src/catalog/packs.ts does not export.`);
    packs[name] = packed;
  }
  if (names.length > 0) result = await build(packs);
  return { code: result.outputFiles[0]?.text ?? '', sources: sourcesOf(result.metafile), packs };
}

/** Fails when a lazy module and the bundle loading it share a source: two copies of its state and classes. */
export function checkNothingShared(
  bundle: string,
  module: string,
  eager: ReadonlyMap<string, number>,
  lazy: ReadonlyMap<string, number>,
): void {
  const shared = [...lazy.keys()].filter((path) => eager.has(path) && !PACK_READER.test(path));
  if (shared.length > 0) {
    throw new Error(
      `${bundle}: ${shared.join(', ')} would be both in Code.js and in its lazy module "${module}": two ` +
        'copies of that code and of its state (a class in both is two classes to instanceof). Keep the ' +
        "lazy module's code to itself, or move what both use to one side.",
    );
  }
}
