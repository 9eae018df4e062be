/**
 * An add-on's entry (src/<addon>/main.ts) is the one list of its public functions: plain re-exports,
 * `export { name } from './module'`. The build splits that list in two. The names the add-on's shell
 * list (src/<addon>/shell.ts, `SHELL`) run from Code.js itself; every other one goes into the engine,
 * a lazy module Code.js carries packed and evaluates only in the executions that call into it. Both
 * halves are generated here as esbuild entries that import straight from the modules main.ts names,
 * so the shell never loads a module only the engine uses.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '..', '..');

/** One public function of an add-on, as its entry re-exports it. */
export interface EntryExport {
  /** The top-level function's name (what menus, triggers and google.script.run call). */
  name: string;
  /** The module specifier of main.ts's re-export, as written there. */
  from: string;
  /** The export of that module it is, when main.ts renames it (`export { a as b }`). */
  imported?: string;
}

/** An esbuild entry made of generated text, resolved from `resolveDir`. */
export interface VirtualEntry {
  /** Names the entry in messages and in the build's report (never a real file). */
  name: string;
  contents: string;
  resolveDir: string;
}

/** The name the generated shell exports the engine's loader by; main.ts may not export it. */
export const ENGINE_LOADER = '__engine';

/**
 * The public functions `entry` (a path from the repository root) re-exports, in its order. Anything
 * else in the file stops the build: a function defined there, `export *`, a value imported for use.
 */
export function entryExports(entry: string, text = readFileSync(join(root, entry), 'utf8')): EntryExport[] {
  const source = ts.createSourceFile(entry, text, ts.ScriptTarget.ES2022, true);
  const refuse = (node: ts.Node, what: string): never => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    throw new Error(
      `${entry}:${line + 1}: ${what}. The entry only re-exports functions, one \`export { name } from './module'\` ` +
        'per module: the build splits that list between the shell and the engine (docs/bundles.md).',
    );
  };
  const exports: EntryExport[] = [];
  for (const statement of source.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      statement.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword
    )
      continue;
    if (!ts.isExportDeclaration(statement)) refuse(statement, 'this is not a re-export');
    const declaration = statement as ts.ExportDeclaration;
    if (declaration.isTypeOnly) continue;
    const specifier = declaration.moduleSpecifier;
    const clause = declaration.exportClause;
    if (!specifier || !ts.isStringLiteral(specifier))
      refuse(declaration, 'a re-export needs `from` a module');
    if (!clause || !ts.isNamedExports(clause))
      refuse(declaration, '`export *` hides which functions it exports');
    for (const element of (clause as ts.NamedExports).elements) {
      if (element.isTypeOnly) continue;
      const name = element.name.text;
      if (name === ENGINE_LOADER) refuse(element, `"${ENGINE_LOADER}" is the name of the engine's loader`);
      if (exports.some((e) => e.name === name)) refuse(element, `"${name}" is exported twice`);
      exports.push({
        name,
        from: (specifier as ts.StringLiteral).text,
        ...(element.propertyName ? { imported: element.propertyName.text } : {}),
      });
    }
  }
  return exports;
}

/** Checks the shell's names against the entry's: each one a function main.ts exports, once. */
export function checkShell(entry: string, shell: readonly string[], exports: readonly EntryExport[]): void {
  const unknown = shell.filter((name) => !exports.some((e) => e.name === name));
  if (unknown.length > 0)
    throw new Error(
      `The shell of ${entry} names ${unknown.map((n) => `"${n}"`).join(', ')}, which ${entry} does not export.`,
    );
  const twice = shell.filter((name, i) => shell.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`The shell of ${entry} names "${twice[0] ?? ''}" twice.`);
}

function reExports(exports: readonly EntryExport[]): string {
  const byModule = new Map<string, string[]>();
  for (const e of exports) {
    const names = byModule.get(e.from) ?? [];
    names.push(e.imported ? `${e.imported} as ${e.name}` : e.name);
    byModule.set(e.from, names);
  }
  return [...byModule]
    .map(([from, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(from)};`)
    .join('\n');
}

/** The two halves of an entry: what Code.js runs itself, and the engine it loads lazily. */
export interface SplitEntry {
  shell: VirtualEntry;
  /** Null when every function is in the shell. */
  engine: VirtualEntry | null;
  shellNames: string[];
  engineNames: string[];
}

/**
 * Generates both halves of `entry`. The shell re-exports its functions from their modules and
 * exports `__engine`, the engine's loader (lazyModule of src/appsscript/packs/unpack.ts), which the
 * generated top-level wrappers of the other functions call.
 */
export function splitEntry(
  entry: string,
  shell: readonly string[],
  engineName: string,
  exports: readonly EntryExport[] = entryExports(entry),
): SplitEntry {
  checkShell(entry, shell, exports);
  const resolveDir = dirname(join(root, entry));
  const inShell = exports.filter((e) => shell.includes(e.name));
  const inEngine = exports.filter((e) => !shell.includes(e.name));
  const reader = JSON.stringify(join(root, 'src/appsscript/packs/unpack.ts'));
  const loader =
    inEngine.length > 0
      ? `import { lazyModule } from ${reader};\nexport const ${ENGINE_LOADER} = lazyModule(${JSON.stringify(engineName)});`
      : '';
  return {
    shell: { name: `${entry}#shell`, contents: `${loader}\n${reExports(inShell)}\n`, resolveDir },
    engine:
      inEngine.length > 0
        ? { name: `${entry}#engine`, contents: `${reExports(inEngine)}\n`, resolveDir }
        : null,
    shellNames: inShell.map((e) => e.name),
    engineNames: inEngine.map((e) => e.name),
  };
}
