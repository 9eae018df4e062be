/**
 * Entry of the Career Conversation add-on (Google Docs). Every export becomes a top-level function
 * of build/docs/Code.js (the build generates one wrapper each), so every export is callable by
 * menus, triggers and google.script.run; export nothing else from here.
 */
export {
  onOpen,
  onInstall,
  showRequirementsDialog,
  showActionPlanDialog,
  showHelp,
  menuInsertConversationAgenda,
  menuRefreshInsertedSections,
} from './endpoints/menu';
export { getRoles, getConversationState } from './endpoints/getConversationState';
export { insertConversationAgenda } from './endpoints/insertConversationAgenda';
export { insertRoleRequirements } from './endpoints/insertRoleRequirements';
export { insertActionPlanSummary } from './endpoints/insertActionPlanSummary';
export { refreshInsertedSections } from './endpoints/refreshInsertedSections';
