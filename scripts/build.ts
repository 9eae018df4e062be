/**
 * Builds each add-on folder exactly as clasp pushes it: Code.js (one esbuild iife plus a generated
 * top-level function per export of the entry module), appsscript.json and the inlined HTML pages.
 * The catalog is checked first; a bad entry stops the build with the checker's message.
 *
 * The entry (src/<addon>/main.ts) lists every public function; the build splits it: the functions
 * its shell names (src/<addon>/shell.ts) run from Code.js itself, every other one from the engine,
 * a lazy module. Beside Code.js go packs (docs/bundles.md): the engine, the lazy modules the add-on
 * lists and the data packs of src/catalog/packs.ts that its code or theirs unpacks, each gzipped
 * (zopfli), base-91 encoded and written to a project file of its own (pack-<name>.html, which Apps
 * Script does not evaluate); Code.js names them (src/appsscript/packs/packed.ts), and only the calls
 * that need a pack read and decode it.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import type * as CatalogModule from '../src/catalog';
import type * as CatalogSchema from '../src/catalog/schema';
import type * as LibraryModule from '../src/catalog/suggestions';
import type * as LibrarySchema from '../src/catalog/suggestions/schema';
import { ENGINE_LOADER, splitEntry, type VirtualEntry } from './bundling/entry';
import { packFileName } from '../src/appsscript/packs/files';
import { packJson, packText } from './bundling/packs';
import { bundleScript, checkNothingShared, type ScriptBundle } from './bundling/scriptBundle';

const root = resolve(__dirname, '..');

/** A module bundled on its own and packed beside Code.js, evaluated only by the calls that use it. */
interface LazyModuleSpec {
  /** The name the add-on loads it by: lazyModule('<name>') (src/appsscript/packs/unpack.ts). */
  name: string;
  entry: string;
}

interface PageSpec {
  /** The file name Apps Script knows the page by (HtmlService.createHtmlOutputFromFile). */
  name: string;
  dir: string;
}

export type AddonId = 'sheets' | 'docs';

interface AddonSpec {
  id: AddonId;
  /** Every public function, as plain re-exports (scripts/bundling/entry.ts). */
  entry: string;
  /**
   * Exports `SHELL`, the names of the entry's functions that run without the engine. A module of
   * the add-on, beside its entry and typed by it (a misspelt or removed name fails `tsc -b`), because
   * which functions must stay cheap is the add-on's decision, not the build's.
   */
  shell: string;
  /** The lazy module holding every other function: lazyModule('<engine>'). */
  engine: string;
  globalName: string;
  manifest: string;
  pages: PageSpec[];
  /** Data packs need no listing: a bundle carries those its code unpacks (scriptBundle.ts). */
  modules: LazyModuleSpec[];
}

export const ADDONS: AddonSpec[] = [
  {
    id: 'sheets',
    entry: 'src/sheets/main.ts',
    shell: 'src/sheets/shell.ts',
    engine: 'sheetsEngine',
    globalName: 'CareerGrowthSheets',
    manifest: 'appsscript.json',
    pages: [{ name: 'Sidebar', dir: 'src/client/sidebar' }],
    // Only a handbook page that is not in the script cache needs parsing (marked and our parser),
    // so the engine loads the parser lazily in turn.
    modules: [{ name: 'jobFamilyParser', entry: 'src/core/jobFamily/parse.ts' }],
  },
  {
    id: 'docs',
    entry: 'src/docs/main.ts',
    shell: 'src/docs/shell.ts',
    engine: 'docsEngine',
    globalName: 'CareerGrowthDocs',
    manifest: 'src/docs/appsscript.json',
    // The menu opens these by name (showRequirementsDialog, showActionPlanDialog, and
    // menuInsertSinceLastConversation while no plan is linked); Help is a ui.alert.
    pages: [
      { name: 'RequirementsDialog', dir: 'src/client/dialogs/requirements' },
      { name: 'ActionPlanDialog', dir: 'src/client/dialogs/actionPlan' },
      { name: 'SinceLastDialog', dir: 'src/client/dialogs/sinceLast' },
    ],
    modules: [],
  },
];

/** Where the build keeps zopfli's streams between runs, by a hash of their text (bundling/zopfli.ts). */
const PACK_CACHE = join(root, 'build', '.cache', 'packs');

/** Every data pack of src/catalog/packs.ts, packed. */
async function dataPacks(): Promise<Record<string, string>> {
  const sources = (await import(pathToFileURL(join(root, 'src/catalog/packs.ts')).href)) as Record<
    string,
    unknown
  >;
  const packs: Record<string, string> = {};
  for (const [name, value] of Object.entries(sources))
    if (name !== 'default') packs[name] = await packJson(name, value, PACK_CACHE);
  return packs;
}

/** What one Code.js is made of, for the build's summary and `npm run bench`. */
export interface BundleReport {
  bytes: number;
  /** Minified bytes per source file of the eager code. */
  sources: Record<string, number>;
  /** Characters per pack, base-91 text in its project file (data packs and lazy modules). */
  packs: Record<string, number>;
  /** Per lazy module (the engine among them): minified bytes per source file, before packing. */
  modules: Record<string, Record<string, number>>;
  /** The name of the engine's lazy module. */
  engine: string;
  /** The functions that run from Code.js itself; every other one runs in the engine. */
  shell: string[];
}

/** Makes inline script text safe for Apps Script's HTML parser and for an HTML <script> element. */
export function escapeInlineScript(code: string): string {
  return code
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--')
    .replace(/<\?/g, '<\\?')
    .replace(/:\/\//g, ':\\/\\/');
}

/** A public function of the add-on as Code.js runs it. */
interface BuiltFunction {
  name: string;
  arity: number;
  /** Runs in the engine, through the shell's loader. */
  inEngine: boolean;
}

/** The exports of a built iife that assigns `globalName`, evaluated with nothing of Apps Script. */
function evaluatedExports(code: string, globalName: string): Record<string, unknown> {
  const refuse = () => {
    throw new Error('no pack is read while a bundle is evaluated');
  };
  const context = vm.createContext({ console, __packReader: { unpack: refuse, lazyModule: () => refuse } });
  vm.runInContext(`${code}\n;this.__entry = ${globalName};`, context);
  return (context as { __entry: Record<string, unknown> }).__entry;
}

/** Each name of the entry with its arity, read from the bundle it landed in; a non-function stops the build. */
function builtFunctions(
  addon: AddonSpec,
  names: { shell: readonly string[]; engine: readonly string[] },
  shellCode: string,
  engineCode: string | undefined,
): BuiltFunction[] {
  const shell = evaluatedExports(shellCode, addon.globalName);
  const engine = engineCode ? evaluatedExports(engineCode, '__module') : {};
  const inEngine = new Set(names.engine);
  return [...names.shell, ...names.engine].sort().map((name) => {
    const value = inEngine.has(name) ? engine[name] : shell[name];
    if (typeof value !== 'function')
      throw new Error(
        `${addon.entry} exports "${name}", which is not a function: every export becomes a top-level function.`,
      );
    return { name, arity: (value as (...args: unknown[]) => unknown).length, inEngine: inEngine.has(name) };
  });
}

function wrappers(functions: readonly BuiltFunction[], globalName: string): string {
  return functions
    .map(({ name, arity, inEngine }) => {
      const params = Array.from({ length: arity }, (_, i) => `a${i}`).join(', ');
      const target = inEngine ? `${globalName}.${ENGINE_LOADER}().${name}` : `${globalName}.${name}`;
      return `function ${name}(${params}) {\n  return ${target}.apply(this, arguments);\n}`;
    })
    .join('\n\n');
}

async function buildCode(
  addon: AddonSpec,
  outDir: string,
  dataPacks: Record<string, string>,
): Promise<{ functions: string[]; report: BundleReport }> {
  const where = `build/${addon.id}`;
  const { SHELL } = await load<{ SHELL: readonly string[] }>(addon.shell);
  const split = splitEntry(addon.entry, SHELL, addon.engine);
  const lazy: { name: string; entry: string | VirtualEntry }[] = [
    ...(split.engine ? [{ name: addon.engine, entry: split.engine }] : []),
    ...addon.modules,
  ];
  const built = new Map<string, ScriptBundle>();
  for (const spec of lazy) {
    const bundle = await bundleScript(spec.entry, '__module', dataPacks, {}, { lazy: true });
    // lazyModule() evaluates the pack and returns `__module`.
    if (!/^(?:"use strict";)?var __module=/.test(bundle.code))
      throw new Error(`${where}: the lazy module "${spec.name}" does not start with "var __module=".`);
    built.set(spec.name, bundle);
  }
  const modules = [...built];
  const shell = await bundleScript(
    split.shell,
    addon.globalName,
    dataPacks,
    Object.fromEntries(
      await Promise.all(
        modules.map(async ([name, bundle]) => [name, await packText(bundle.code, PACK_CACHE)] as const),
      ),
    ),
    { unpackedElsewhere: modules.flatMap(([, bundle]) => bundle.unpacks) },
  );
  // Code.js and every lazy module it evaluates run in one execution: none may share a source.
  modules.forEach(([name, bundle], i) => {
    checkNothingShared(where, name, shell.sources, bundle.sources);
    for (const [other, earlier] of modules.slice(0, i))
      checkNothingShared(where, name, earlier.sources, bundle.sources, `the lazy module "${other}"`);
  });
  const functions = builtFunctions(
    addon,
    { shell: split.shellNames, engine: split.engineNames },
    shell.code,
    built.get(addon.engine)?.code,
  );
  const banner = `// Career Growth ${addon.id} add-on. Generated by scripts/build.ts; edit src/, not this file.\n`;
  const text = `${banner}${shell.code}\n${wrappers(functions, addon.globalName)}\n`;
  writeFileSync(join(outDir, 'Code.js'), text);
  for (const [name, packed] of Object.entries(shell.packs))
    writeFileSync(join(outDir, `${packFileName(name)}.html`), packed);
  const report: BundleReport = {
    bytes: Buffer.byteLength(text),
    sources: Object.fromEntries(shell.sources),
    packs: Object.fromEntries(Object.entries(shell.packs).map(([name, packed]) => [name, packed.length])),
    modules: Object.fromEntries(modules.map(([name, bundle]) => [name, Object.fromEntries(bundle.sources)])),
    engine: addon.engine,
    shell: functions.filter((f) => !f.inEngine).map((f) => f.name),
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
    ? ((
        await esbuild.build({
          entryPoints: [cssFile],
          bundle: true,
          minify: true,
          write: false,
          charset: 'utf8',
        })
      ).outputFiles[0]?.text ?? '')
    : '';
  for (const marker of ['<!-- @inline-style -->', '<!-- @inline-script -->']) {
    if (!template.includes(marker)) throw new Error(`${page.dir}/index.html lacks the marker ${marker}`);
  }
  const html = template
    .replace('<!-- @inline-style -->', () => `<style>${css.replace(/<\//g, '<\\/')}</style>`)
    .replace(
      '<!-- @inline-script -->',
      () => `<script>${escapeInlineScript(firstOutput(script, page.dir))}</script>`,
    );
  writeFileSync(join(outDir, `${page.name}.html`), html);
}

/** The text of the single file an esbuild run with `write: false` produced. */
function firstOutput(result: { outputFiles: { text: string }[] }, what: string): string {
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${what}`);
  return file.text;
}

function readdirCss(dir: string): string | undefined {
  const candidates = ['sidebar.css', 'dialog.css', 'styles.css'].map((f) => join(dir, f));
  return candidates.find((f) => existsSync(f));
}

/** A module of the source tree, loaded at build time (typed by its `import type` above). */
async function load<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(root, path)).href)) as T;
}

async function checkCatalog(): Promise<void> {
  const { checkCatalog: check } = await load<typeof CatalogSchema>('src/catalog/schema.ts');
  const { catalog } = await load<typeof CatalogModule>('src/catalog/index.ts');
  const result = check(catalog);
  if (!result.ok) {
    throw new Error(`The role catalog is invalid:\n  ${result.errors.join('\n  ')}`);
  }
  await checkSuggestionLibrary();
}

/**
 * An invalid suggestion entry stops the build; a skill without a suggestion of some kind does not
 * (the area-level suggestions stand in for it) but is worth a line: npm run catalog:check fails on it.
 */
async function checkSuggestionLibrary(): Promise<void> {
  const { checkSuggestionLibrary: check } = await load<typeof LibrarySchema>(
    'src/catalog/suggestions/schema.ts',
  );
  const { SUGGESTION_LIBRARY } = await load<typeof LibraryModule>('src/catalog/suggestions/index.ts');
  const result = check(SUGGESTION_LIBRARY);
  if (!result.ok) {
    throw new Error(`The suggestion library is invalid:\n  ${result.errors.join('\n  ')}`);
  }
  const gaps = result.coverage.gaps.length;
  if (gaps > 0)
    console.warn(`The suggestion library has ${gaps} coverage gap(s); see npm run catalog:check.`);
}

/** Where the build leaves what each Code.js is made of (outside the folders clasp pushes). */
export const BUNDLE_REPORT = join(root, 'build', 'bundles.json');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface BuildOptions {
  /** Where the add-on folders and bundles.json go; build/ by default. */
  out?: string;
  /** The add-ons to build; both by default. */
  addons?: readonly AddonId[];
  quiet?: boolean;
}

export async function build(options: BuildOptions = {}): Promise<Record<string, BundleReport>> {
  const out = options.out ?? join(root, 'build');
  await checkCatalog();
  const packs = await dataPacks();
  const reports: Record<string, BundleReport> = {};
  for (const addon of ADDONS.filter((a) => options.addons?.includes(a.id) ?? true)) {
    const outDir = join(out, addon.id);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const { functions, report } = await buildCode(addon, outDir, packs);
    reports[addon.id] = report;
    copyFileSync(join(root, addon.manifest), join(outDir, 'appsscript.json'));
    for (const page of addon.pages) await buildPage(page, outDir);
    const packed = Object.entries(report.packs).map(([name, chars]) => `${name} ${kb(chars)}`);
    if (!options.quiet)
      console.log(
        `${relative(root, outDir)}: Code.js ${kb(report.bytes)} (packed: ${packed.join(', ') || 'nothing'}; ${functions.length} functions, ${report.shell.length} in the shell: ${report.shell.join(', ')}), ${addon.pages.map((p) => `${p.name}.html`).join(', ')}`,
      );
  }
  writeFileSync(join(out, 'bundles.json'), `${JSON.stringify(reports, null, 2)}\n`);
  return reports;
}

if (require.main === module) {
  build().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
