/**
 * Entry of the Career Conversation add-on (Google Docs): the one list of its public functions.
 * Every export becomes a top-level function of build/docs/Code.js (the build generates one wrapper
 * each), so every export is callable by menus, triggers and google.script.run, and the dialogs type
 * their calls from here; export nothing else, and only as `export { name } from './module'`.
 *
 * The functions src/docs/shell.ts names run from Code.js itself; the build puts every other one in
 * the engine, which ships packed beside Code.js and is evaluated only in the executions that call it: onOpen,
 * which runs whenever anyone opens a document, pays for none of it (docs/bundles.md). A new
 * endpoint is one line here.
 */
export {
  onOpen,
  onInstall,
  showRequirementsDialog,
  showActionPlanDialog,
  showHelp,
} from './endpoints/addonMenu';
export { getRoles, getConversationState } from './endpoints/getConversationState';
export { getPlanRoles } from './endpoints/getPlanRoles';
export { insertConversationAgenda } from './endpoints/insertConversationAgenda';
export { insertRoleRequirements } from './endpoints/insertRoleRequirements';
export { insertActionPlanSummary } from './endpoints/insertActionPlanSummary';
export { insertSinceLastConversation } from './endpoints/insertSinceLastConversation';
export { refreshInsertedSections } from './endpoints/refreshInsertedSections';
export {
  menuInsertConversationAgenda,
  menuInsertSinceLastConversation,
  menuRefreshInsertedSections,
} from './endpoints/menu';
