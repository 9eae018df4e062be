/**
 * Builds each add-on folder exactly as clasp pushes it: Code.js (one esbuild iife plus a generated
 * top-level function per export of the entry module), appsscript.json and the inlined HTML pages.
 * The catalog is checked first; a bad entry stops the build with the checker's message.
 *
 * Code.js carries packs (docs/bundles.md): the data packs of src/catalog/packs.ts its code unpacks
 * and the lazy modules the add-on lists, each gzipped and base-64 encoded into the placeholder
 * module src/appsscript/packs/packed.ts, decoded at run time only by the calls that need them.
 */
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import type * as CatalogModule from '../src/catalog';
import type * as CatalogSchema from '../src/catalog/schema';
import type * as LibraryModule from '../src/catalog/suggestions';
import type * as LibrarySchema from '../src/catalog/suggestions/schema';
import { packJson, packText } from './bundling/packs';
import { bundleScript, checkNothingShared } from './bundling/scriptBundle';

const root = resolve(__dirname, '..');

/** A module bundled on its own and packed into Code.js, evaluated only by the calls that use it. */
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

interface AddonSpec {
  id: 'sheets' | 'docs';
  entry: string;
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
    globalName: 'CareerGrowthSheets',
    manifest: 'appsscript.json',
    pages: [{ name: 'Sidebar', dir: 'src/client/sidebar' }],
    // Only a handbook page that is not in the script cache needs parsing (marked and our parser).
    modules: [{ name: 'jobFamilyParser', entry: 'src/core/jobFamily/parse.ts' }],
  },
  {
    id: 'docs',
    entry: 'src/docs/main.ts',
    globalName: 'CareerGrowthDocs',
    manifest: 'src/docs/appsscript.json',
    // The menu opens these by name (showRequirementsDialog, showActionPlanDialog, and
    // menuInsertSinceLastConversation while no plan is linked); Help is a ui.alert.
    pages: [
      { name: 'RequirementsDialog', dir: 'src/client/dialogs/requirements' },
      { name: 'ActionPlanDialog', dir: 'src/client/dialogs/actionPlan' },
      { name: 'SinceLastDialog', dir: 'src/client/dialogs/sinceLast' },
    ],
    // Everything but the menu and what it opens (the catalog travels inside): see src/docs/main.ts.
    modules: [{ name: 'docsEngine', entry: 'src/docs/engine.ts' }],
  },
];

/** Every data pack of src/catalog/packs.ts, packed. */
async function dataPacks(): Promise<Record<string, string>> {
  const sources = (await import(pathToFileURL(join(root, 'src/catalog/packs.ts')).href)) as Record<
    string,
    unknown
  >;
  const packs: Record<string, string> = {};
  for (const [name, value] of Object.entries(sources))
    if (name !== 'default') packs[name] = packJson(name, value);
  return packs;
}

/** What one Code.js is made of, for the build's summary and `npm run bench`. */
export interface BundleReport {
  bytes: number;
  /** Minified bytes per source file of the eager code (the packs' strings under packed.ts). */
  sources: Record<string, number>;
  /** Base-64 characters per pack (data packs and lazy modules). */
  packs: Record<string, number>;
  /** Per lazy module: minified bytes per source file, before packing. */
  modules: Record<string, Record<string, number>>;
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
  dataPacks: Record<string, string>,
): Promise<{ functions: string[]; report: BundleReport }> {
  const packedModules: Record<string, string> = {};
  const modules: Record<string, Map<string, number>> = {};
  for (const spec of addon.modules) {
    const built = await bundleScript(spec.entry, '__module', dataPacks);
    // lazyModule() evaluates the pack and returns `__module`.
    if (!/^(?:"use strict";)?var __module=/.test(built.code))
      throw new Error(
        `build/${addon.id}: the lazy module "${spec.name}" does not start with "var __module=".`,
      );
    packedModules[spec.name] = packText(built.code);
    modules[spec.name] = built.sources;
  }
  const {
    code,
    sources: eager,
    packs,
  } = await bundleScript(addon.entry, addon.globalName, dataPacks, packedModules);
  for (const [name, sources] of Object.entries(modules))
    checkNothingShared(`build/${addon.id}`, name, eager, sources);
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
  build().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
