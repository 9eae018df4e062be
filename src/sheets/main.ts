/**
 * Entry of the Growth Plan add-on. Every export becomes a top-level function of Code.js (the build
 * generates one wrapper each), so every export is callable by menus, triggers and google.script.run;
 * export nothing else from here.
 */
export {
  onOpen,
  onInstall,
  showPlanner,
  showHelp,
  menuSetUpGrowthPlan,
  menuGenerateActionPlan,
} from './endpoints/menu';
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
