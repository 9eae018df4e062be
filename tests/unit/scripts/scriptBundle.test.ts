/**
 * How the build puts packs into a bundle: Code.js carries exactly the data packs its code or its lazy
 * modules' code unpacks, a lazy module carries none and reads them through the reader of Code.js,
 * and a lazy module may share no source with the bundle that loads it or with another lazy module.
 */
import { join } from 'node:path';
import * as vm from 'node:vm';
import { bundleScript, checkNothingShared, unpackedNames } from '../../../scripts/bundling/scriptBundle';

const sources = (files: Record<string, string>) => ({
  paths: Object.keys(files),
  read: (path: string) => files[path] ?? '',
});

describe('unpackedNames', () => {
  it('finds the packs the sources unpack by name, once each', () => {
    const { paths, read } = sources({
      'src/appsscript/roles.ts': "return unpack('catalog');",
      'src/sheets/actions.ts': 'const s = unpack("suggestions"); const c = unpack( \'catalog\' );',
      'src/core/plain.ts': 'export const unpacked = 1; // unpack.ts reads packs',
    });
    expect(unpackedNames(paths, read)).toEqual(['catalog', 'suggestions']);
  });

  it('ignores the pack reader itself and sources outside src', () => {
    const { paths, read } = sources({
      'src/appsscript/packs/unpack.ts': 'function f(name) { return unpack(name); }',
      'node_modules/x/index.js': 'unpack(y)',
    });
    expect(unpackedNames(paths, read)).toEqual([]);
  });

  it('refuses a pack named by anything but a literal, which the build could not find', () => {
    const { paths, read } = sources({ 'src/docs/x.ts': 'const name = "catalog"; unpack(name);' });
    expect(() => unpackedNames(paths, read)).toThrow(
      `src/docs/x.ts: "unpack(..." names its pack with no literal; the build finds packs by unpack('<name>').`,
    );
  });
});

describe('bundleScript', () => {
  it('carries a data pack only when the code it keeps unpacks it', async () => {
    const packs = { catalog: 'CATALOG', suggestions: 'SUGGESTIONS' };
    const roles = await bundleScript('src/appsscript/roles.ts', 'Roles', packs);
    expect(Object.keys(roles.packs)).toEqual(['catalog']);
    // Code.js names the pack with the length of its text; the text goes into a project file.
    expect(roles.code).toContain('{catalog:7}');
    expect(roles.code).not.toContain('CATALOG');
    expect(roles.code).not.toContain('suggestions');
    const menu = await bundleScript('src/appsscript/menu.ts', 'Menu', packs, { engine: 'ENGINE' });
    expect(menu.packs).toEqual({ engine: 'ENGINE' });
    expect(menu.code).not.toContain('CATALOG');
    // An iife assigning its global, as Code.js and lazyModule() expect.
    const context = vm.createContext({});
    vm.runInContext(`${roles.code}; this.out = typeof Roles.roleOptions`, context);
    expect((context as { out?: string }).out).toBe('function');
  });

  it('carries the data packs its lazy modules unpack, though its own code does not', async () => {
    const packs = { catalog: 'CATALOG', suggestions: 'SUGGESTIONS' };
    const menu = await bundleScript(
      'src/appsscript/menu.ts',
      'Menu',
      packs,
      { engine: 'ENGINE' },
      {
        unpackedElsewhere: ['catalog'],
      },
    );
    expect(menu.packs).toEqual({ engine: 'ENGINE', catalog: 'CATALOG' });
    expect(menu.unpacks).toEqual([]);
  });

  it('builds a lazy module with no packs, reading them through the reader it is handed', async () => {
    const packs = { catalog: 'CATALOG' };
    const roles = await bundleScript('src/appsscript/roles.ts', '__module', packs, {}, { lazy: true });
    expect(roles.packs).toEqual({});
    expect(roles.unpacks).toEqual(['catalog']);
    expect(roles.code).not.toContain('CATALOG');
    // As lazyModule() evaluates it: the module's unpack() is the reader's.
    const asked: string[] = [];
    const reader = {
      unpack: (name: string) => {
        asked.push(name);
        return { skills: [], families: [] };
      },
      lazyModule: () => () => ({}),
    };
    const evaluate = vm.runInNewContext(`(function (__packReader) { ${roles.code}\nreturn __module; })`) as (
      r: typeof reader,
    ) => { roleOptions: () => unknown[] };
    expect(evaluate(reader).roleOptions()).toEqual([]);
    expect(asked).toEqual(['catalog']);
  });

  it('refuses a lazy module that reads the packs of its own bundle', async () => {
    const entry = {
      name: 'reads-packed',
      contents: "import { packed } from './packed'; export const names = Object.keys(packed);",
      resolveDir: join(__dirname, '../../../src/appsscript/packs'),
    };
    await expect(bundleScript(entry, '__module', {}, {}, { lazy: true })).rejects.toThrow(
      'A lazy module holds no packs',
    );
  });

  it('stops when the code unpacks a pack src/catalog/packs.ts does not export', async () => {
    await expect(bundleScript('src/appsscript/roles.ts', 'Roles', {})).rejects.toThrow(
      'src/appsscript/roles.ts unpacks "catalog", which src/catalog/packs.ts does not export.',
    );
  });
});

describe('checkNothingShared', () => {
  it('allows the pack reader in both a bundle and its lazy module, and no other Apps Script code', () => {
    const eager = new Map([
      ['src/appsscript/packs/unpack.ts', 300],
      ['src/appsscript/errors.ts', 80],
    ]);
    expect(() => {
      checkNothingShared(
        'build/docs',
        'docsEngine',
        eager,
        new Map([['src/appsscript/packs/unpack.ts', 300]]),
      );
    }).not.toThrow();
    expect(() => {
      checkNothingShared('build/docs', 'docsEngine', eager, new Map([['src/appsscript/errors.ts', 80]]));
    }).toThrow(
      'build/docs: src/appsscript/errors.ts would be both in Code.js and in its lazy module "docsEngine"',
    );
  });

  it('lets the pure layers, which hold no state, be in both', () => {
    const pure = new Map([
      ['src/core/layout.ts', 900],
      ['src/api/reply.ts', 120],
    ]);
    expect(() => {
      checkNothingShared('build/sheets', 'sheetsEngine', pure, pure);
    }).not.toThrow();
  });

  it('names the first eight files shared and counts the rest', () => {
    const files = new Map(Array.from({ length: 11 }, (_, i) => [`src/sheets/f${i}.ts`, 10]));
    expect(() => {
      checkNothingShared('build/sheets', 'sheetsEngine', files, files);
    }).toThrow('src/sheets/f6.ts, src/sheets/f7.ts, 3 more files would be both in Code.js');
  });

  it('holds between two lazy modules too', () => {
    expect(() => {
      checkNothingShared(
        'build/sheets',
        'jobFamilyParser',
        new Map([['src/sheets/text.ts', 80]]),
        new Map([['src/sheets/text.ts', 80]]),
        'the lazy module "sheetsEngine"',
      );
    }).toThrow(
      'build/sheets: src/sheets/text.ts would be both in the lazy module "sheetsEngine" and in the lazy module "jobFamilyParser"',
    );
  });
});
