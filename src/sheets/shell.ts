/**
 * The Growth Plan's shell: the functions of main.ts that run from Code.js itself, without the
 * engine. These are the ones a person triggers just by opening the spreadsheet or a page (the menu,
 * the sidebar, the help); they run far more often than any endpoint, so they must stay cheap. The
 * build (scripts/build.ts) puts every other export of main.ts in the engine, and stops when a module
 * the shell uses is also in the engine.
 */
import type * as Entry from './main';

export const SHELL = [
  'onOpen',
  'onInstall',
  'showPlanner',
  'showHelp',
] as const satisfies readonly (keyof typeof Entry)[];
