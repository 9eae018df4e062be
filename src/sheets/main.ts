/**
 * Entry of the Growth Plan add-on: the one list of its public functions. Every export becomes a
 * top-level function of Code.js (the build generates one wrapper each), so every export is callable
 * by menus, triggers and google.script.run, and the client types its calls from here; export
 * nothing else, and only as `export { name } from './module'`.
 *
 * The functions src/sheets/shell.ts names run from Code.js itself; the build puts every other one
 * in the engine, which ships packed beside Code.js and is evaluated only in the executions that call it
 * (docs/bundles.md). A new endpoint is one line here.
 */
export { onOpen, onInstall, showPlanner, showHelp } from './endpoints/addonMenu';
export { menuSetUpGrowthPlan, menuGenerateActionPlan, menuRecordCheckIn } from './endpoints/menu';
export { setUpGrowthPlan } from './endpoints/setUpGrowthPlan';
export { getPlannerState } from './endpoints/getPlannerState';
export { importRoleRequirements } from './endpoints/importRoleRequirements';
export { generateActionPlan } from './endpoints/generateActionPlan';
export { getSuggestions } from './endpoints/getSuggestions';
export { swapSuggestion } from './endpoints/swapSuggestion';
export { openTab } from './endpoints/openTab';
export { previewImport } from './endpoints/previewImport';
export { getHandbookFamily } from './endpoints/getHandbookFamily';
export { importHandbookRequirements } from './endpoints/importHandbookRequirements';
export { recordCheckIn } from './endpoints/recordCheckIn';
export { getProgress } from './endpoints/getProgress';
export { setNextCheckIn } from './endpoints/setNextCheckIn';
export { getRatings } from './endpoints/getRatings';
export { setRater } from './endpoints/setRater';
export { saveRatings } from './endpoints/saveRatings';
