/**
 * How the build splits an add-on's entry: main.ts lists every public function as plain re-exports,
 * the shell names those that run without the engine, and everything else lands in the engine.
 */
import { entryExports, splitEntry } from '../../../scripts/bundling/entry';
import { SHELL as DOCS_SHELL } from '../../../src/docs/shell';
import { SHELL as SHEETS_SHELL } from '../../../src/sheets/shell';

const MAIN = `/** An entry. */
import type { Unused } from './types';
export { onOpen, showHelp } from './endpoints/addonMenu';
export { getState } from './endpoints/getState';
export { run as runReport, type Report } from './endpoints/report';
export type { Reply } from './reply';
`;

describe('entryExports', () => {
  it('lists the functions an entry re-exports, in order, with their modules and any renaming', () => {
    expect(entryExports('src/x/main.ts', MAIN)).toEqual([
      { name: 'onOpen', from: './endpoints/addonMenu' },
      { name: 'showHelp', from: './endpoints/addonMenu' },
      { name: 'getState', from: './endpoints/getState' },
      { name: 'runReport', from: './endpoints/report', imported: 'run' },
    ]);
  });

  it('reads both real entries, which hold every function their shell names', () => {
    const sheets = entryExports('src/sheets/main.ts').map((e) => e.name);
    expect(sheets).toEqual(expect.arrayContaining([...SHEETS_SHELL, 'getPlannerState', 'setUpGrowthPlan']));
    const docs = entryExports('src/docs/main.ts').map((e) => e.name);
    expect(docs).toEqual(expect.arrayContaining([...DOCS_SHELL, 'getRoles', 'insertConversationAgenda']));
  });

  it.each([
    ['export function onOpen() {}', 'src/x/main.ts:1: this is not a re-export'],
    ["import { a } from './a';", 'src/x/main.ts:1: this is not a re-export'],
    ["export * from './a';", 'src/x/main.ts:1: `export *` hides which functions it exports'],
    ['const a = 1;\nexport { a };', 'src/x/main.ts:1: this is not a re-export'],
    ["export { a };\nexport { a } from './a';", 'src/x/main.ts:1: a re-export needs `from` a module'],
    ["export { a } from './a';\nexport { b as a } from './b';", 'src/x/main.ts:2: "a" is exported twice'],
    ["export { x as __engine } from './a';", '"__engine" is the name of the engine\'s loader'],
  ])('refuses %p, saying where and why', (text, message) => {
    expect(() => entryExports('src/x/main.ts', text)).toThrow(message);
  });
});

describe('splitEntry', () => {
  const exports = entryExports('src/x/main.ts', MAIN);

  it('puts the shell functions in Code.js and every other one in the engine', () => {
    const split = splitEntry('src/x/main.ts', ['onOpen', 'showHelp'], 'xEngine', exports);
    expect(split.shellNames).toEqual(['onOpen', 'showHelp']);
    expect(split.engineNames).toEqual(['getState', 'runReport']);
    expect(split.shell.contents).toContain('export const __engine = lazyModule("xEngine");');
    expect(split.shell.contents).toContain('export { onOpen, showHelp } from "./endpoints/addonMenu";');
    expect(split.shell.contents).not.toContain('getState');
    expect(split.engine?.contents).toBe(
      'export { getState } from "./endpoints/getState";\nexport { run as runReport } from "./endpoints/report";\n',
    );
  });

  it('adds a new export of the entry to the engine with nothing else to change', () => {
    const more = entryExports('src/x/main.ts', `${MAIN}export { saveCheckIn } from './endpoints/checkIn';\n`);
    const split = splitEntry('src/x/main.ts', ['onOpen', 'showHelp'], 'xEngine', more);
    expect(split.engineNames).toEqual(['getState', 'runReport', 'saveCheckIn']);
  });

  it('needs no engine when every function is in the shell', () => {
    const split = splitEntry('src/x/main.ts', ['onOpen', 'showHelp', 'getState', 'runReport'], 'x', exports);
    expect(split.engine).toBeNull();
    expect(split.shell.contents).not.toContain('lazyModule');
  });

  it('refuses a shell naming a function the entry does not export, or one twice', () => {
    expect(() => splitEntry('src/x/main.ts', ['onOpen', 'showPlaner'], 'x', exports)).toThrow(
      'The shell of src/x/main.ts names "showPlaner", which src/x/main.ts does not export.',
    );
    expect(() => splitEntry('src/x/main.ts', ['onOpen', 'onOpen'], 'x', exports)).toThrow(
      'The shell of src/x/main.ts names "onOpen" twice.',
    );
  });
});
