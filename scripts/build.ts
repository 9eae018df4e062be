/**
 * Builds each add-on folder exactly as clasp pushes it: Code.js (one esbuild iife plus a generated
 * top-level function per export of the entry module), appsscript.json and the inlined HTML pages.
 * The catalog is checked first; a bad entry stops the build with the checker's message.
 *
 * Code.js carries packs (docs/bundles.md): the data packs of src/catalog/packs.ts and the lazy
 * modules an add-on lists, each gzipped and base-64 encoded into the placeholder module
 * src/appsscript/packs/packed.ts, decoded at run time only by the calls that need them.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import type * as DataPacks from '../src/catalog/packs';
import { markedLexerPlugin } from './bundling/markedLexer';
import { packJson, packText } from './bundling/packs';

const root = resolve(__dirname, '..');

export type PackName = keyof typeof DataPacks;

/** A module bundled on its own and packed into Code.js, evaluated only by the calls that use it. */
interface LazyModuleSpec {
  /** The name the add-on loads it by: lazyModule('<name>') (src/appsscript/packs/unpack.ts). */
  name: string;
  entry: string;
  /** Data packs the module itself reads; they travel inside its pack. */
  packs: PackName[];
}

interface PageSpec {
  /** The file name Apps Script knows the page by (HtmlService.createHtmlOutputFromFile). */
  name: string;
  dir: string;
}

interface AddonSpec {
  id: 'sheets' | 'docs';
  entry: string;
  globalName: string;
  manifest: string;
  pages: PageSpec[];
  /** Data packs Code.js carries for the add-on's own code. */
  packs: PackName[];
  modules: LazyModuleSpec[];
}

export const ADDONS: AddonSpec[] = [
  {
    id: 'sheets',
    entry: 'src/sheets/main.ts',
    globalName: 'CareerGrowthSheets',
    manifest: 'appsscript.json',
    pages: [{ name: 'Sidebar', dir: 'src/client/sidebar' }],
    packs: ['catalog'],
    // Only a handbook page that is not in the script cache needs parsing (marked and our parser).
    modules: [{ name: 'jobFamilyParser', entry: 'src/core/jobFamily/parse.ts', packs: [] }],
  },
  {
    id: 'docs',
    entry: 'src/docs/main.ts',
    globalName: 'CareerGrowthDocs',
    manifest: 'src/docs/appsscript.json',
    // The menu opens these by name (showRequirementsDialog, showActionPlanDialog); Help is a ui.alert.
    pages: [
      { name: 'RequirementsDialog', dir: 'src/client/dialogs/requirements' },
      { name: 'ActionPlanDialog', dir: 'src/client/dialogs/actionPlan' },
    ],
    packs: [],
    // Everything but the menu and what it opens: src/docs/main.ts says which functions run where.
    modules: [{ name: 'docsEngine', entry: 'src/docs/engine.ts', packs: ['catalog'] }],
  },
];

/** esbuild options every Apps Script bundle shares (Code.js and its lazy modules). */
const SCRIPT_OPTIONS = {
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
/** The pack reader may be in Code.js and in a lazy module: it keeps no state but its bundle's memo. */
const SHARED_ALLOWED = /^src\/appsscript\/packs\//;

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

/** Every data pack of src/catalog/packs.ts, packed. */
async function dataPacks(): Promise<Record<PackName, string>> {
  const sources = (await import(pathToFileURL(join(root, 'src/catalog/packs.ts')).href)) as Record<
    string,
    unknown
  >;
  const packs: Record<string, string> = {};
  for (const [name, value] of Object.entries(sources))
    if (name !== 'default') packs[name] = packJson(name, value);
  return packs;
}

function pick(packs: Record<PackName, string>, names: readonly PackName[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, packs[name]]));
}

/** Source files that put code into an output, relative to the repository. */
function sourcesOf(metafile: esbuild.Metafile): Map<string, number> {
  const output = Object.values(metafile.outputs)[0];
  const sources = new Map<string, number>();
  for (const [path, input] of Object.entries(output?.inputs ?? {}))
    if (input.bytesInOutput > 0) sources.set(relative(root, resolve(root, path)), input.bytesInOutput);
  return sources;
}

/** What one Code.js is made of, for the build's summary and `npm run bench`. */
export interface BundleReport {
  bytes: number;
  /** Minified bytes per source file of the eager code. */
  sources: Record<string, number>;
  /** Base-64 characters per pack (data packs and lazy modules). */
  packs: Record<string, number>;
  /** Per lazy module: minified bytes per source file, before packing. */
  modules: Record<string, Record<string, number>>;
}

async function buildLazyModule(
  addon: AddonSpec,
  spec: LazyModuleSpec,
  packs: Record<PackName, string>,
): Promise<{ code: string; sources: Map<string, number> }> {
  const result = await esbuild.build({
    ...SCRIPT_OPTIONS,
    entryPoints: [join(root, spec.entry)],
    globalName: '__module',
    plugins: [packedPlugin(pick(packs, spec.packs)), markedLexerPlugin()],
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (!/^var __module\s*=/.test(code.replace(/^"use strict";/, '')))
    throw new Error(`build/${addon.id}: the lazy module "${spec.name}" does not start with "var __module=".`);
  return { code, sources: sourcesOf(result.metafile) };
}

/** Fails when a lazy module and Code.js both hold a source: two copies of its state and classes. */
function checkNothingShared(
  addon: AddonSpec,
  name: string,
  eager: Map<string, number>,
  lazy: Map<string, number>,
) {
  const shared = [...lazy.keys()].filter((path) => eager.has(path) && !SHARED_ALLOWED.test(path));
  if (shared.length > 0) {
    throw new Error(
      `build/${addon.id}: ${shared.join(', ')} would be both in Code.js and in its lazy module "${name}": ` +
        'two copies of that code and of its state (a class in both is two classes to instanceof). Keep the ' +
        "lazy module's code to itself, or move what both use to one side.",
    );
  }
}

/** Makes inline script text safe for Apps Script's HTML parser and for an HTML <script> element. */
export function escapeInlineScript(code: string): string {
  return code
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--')
    .replace(/<\?/g, '<\\?')
    .replace(/:\/\//g, ':\\/\\/');
}

/** The names and arities of the functions the entry module exports, read from the built iife. */
function exportedFunctions(code: string, globalName: string): { name: string; arity: number }[] {
  const context = vm.createContext({ console });
  vm.runInContext(`${code}\n;this.__entry = ${globalName};`, context);
  const entry = (context as { __entry: Record<string, unknown> }).__entry;
  return Object.keys(entry)
    .filter((name) => typeof entry[name] === 'function')
    .sort()
    .map((name) => ({ name, arity: (entry[name] as (...args: unknown[]) => unknown).length }));
}

function wrappers(functions: { name: string; arity: number }[], globalName: string): string {
  return functions
    .map(({ name, arity }) => {
      const params = Array.from({ length: arity }, (_, i) => `a${i}`).join(', ');
      return `function ${name}(${params}) {\n  return ${globalName}.${name}.apply(this, arguments);\n}`;
    })
    .join('\n\n');
}

async function buildCode(
  addon: AddonSpec,
  outDir: string,
  dataPackTexts: Record<PackName, string>,
): Promise<{ functions: string[]; report: BundleReport }> {
  const packs = pick(dataPackTexts, addon.packs);
  const modules: Record<string, Map<string, number>> = {};
  for (const spec of addon.modules) {
    const built = await buildLazyModule(addon, spec, dataPackTexts);
    packs[spec.name] = packText(built.code);
    modules[spec.name] = built.sources;
  }
  const result = await esbuild.build({
    ...SCRIPT_OPTIONS,
    entryPoints: [join(root, addon.entry)],
    globalName: addon.globalName,
    plugins: [packedPlugin(packs), markedLexerPlugin()],
  });
  const eager = sourcesOf(result.metafile);
  for (const [name, sources] of Object.entries(modules)) checkNothingShared(addon, name, eager, sources);
  const code = result.outputFiles[0]?.text ?? '';
  const functions = exportedFunctions(code, addon.globalName);
  const banner = `// Career Growth ${addon.id} add-on. Generated by scripts/build.ts; edit src/, not this file.\n`;
  const text = `${banner}${code}\n${wrappers(functions, addon.globalName)}\n`;
  writeFileSync(join(outDir, 'Code.js'), text);
  const report: BundleReport = {
    bytes: Buffer.byteLength(text),
    sources: Object.fromEntries(eager),
    packs: Object.fromEntries(Object.entries(packs).map(([name, packed]) => [name, packed.length])),
    modules: Object.fromEntries(
      Object.entries(modules).map(([name, sources]) => [name, Object.fromEntries(sources)]),
    ),
  };
  return { functions: functions.map((f) => f.name), report };
}

async function buildPage(page: PageSpec, outDir: string): Promise<void> {
  const dir = join(root, page.dir);
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  const script = await esbuild.build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  const cssFile = readdirCss(dir);
  // Bundled, so a page's stylesheet may @import the styles it shares with other pages.
  const css = cssFile
    ? (
        await esbuild.build({
          entryPoints: [cssFile],
          bundle: true,
          minify: true,
          write: false,
          charset: 'utf8',
        })
      ).outputFiles[0]!.text
    : '';
  for (const marker of ['<!-- @inline-style -->', '<!-- @inline-script -->']) {
    if (!template.includes(marker)) throw new Error(`${page.dir}/index.html lacks the marker ${marker}`);
  }
  const html = template
    .replace('<!-- @inline-style -->', () => `<style>${css.replace(/<\//g, '<\\/')}</style>`)
    .replace(
      '<!-- @inline-script -->',
      () => `<script>${escapeInlineScript(script.outputFiles[0]!.text)}</script>`,
    );
  writeFileSync(join(outDir, `${page.name}.html`), html);
}

function readdirCss(dir: string): string | undefined {
  const candidates = ['sidebar.css', 'dialog.css', 'styles.css'].map((f) => join(dir, f));
  return candidates.find((f) => existsSync(f));
}

async function checkCatalog(): Promise<void> {
  const { checkCatalog: check } = await import(pathToFileURL(join(root, 'src/catalog/schema.ts')).href);
  const { catalog } = await import(pathToFileURL(join(root, 'src/catalog/index.ts')).href);
  const result = check(catalog);
  if (!result.ok) {
    throw new Error(`The role catalog is invalid:\n  ${result.errors.join('\n  ')}`);
  }
}

/** Where the build leaves what each Code.js is made of (outside the folders clasp pushes). */
export const BUNDLE_REPORT = join(root, 'build', 'bundles.json');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function build(): Promise<void> {
  await checkCatalog();
  const packs = await dataPacks();
  const reports: Record<string, BundleReport> = {};
  for (const addon of ADDONS) {
    const outDir = join(root, 'build', addon.id);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const { functions, report } = await buildCode(addon, outDir, packs);
    reports[addon.id] = report;
    copyFileSync(join(root, addon.manifest), join(outDir, 'appsscript.json'));
    for (const page of addon.pages) await buildPage(page, outDir);
    const packed = Object.entries(report.packs).map(([name, chars]) => `${name} ${kb(chars)}`);
    console.log(
      `build/${addon.id}: Code.js ${kb(report.bytes)} (packed: ${packed.join(', ') || 'nothing'}; ${functions.length} functions: ${functions.join(', ')}), ${addon.pages.map((p) => `${p.name}.html`).join(', ')}`,
    );
  }
  writeFileSync(BUNDLE_REPORT, `${JSON.stringify(reports, null, 2)}\n`);
}

if (require.main === module) {
  build().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
