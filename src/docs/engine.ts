/**
 * The Career Conversation add-on's engine: every function of the entry (src/docs/main.ts) except the
 * menu and what it opens. The build bundles it on its own and packs it into Code.js (with the role
 * catalog inside); main.ts forwards each call here, so opening a document or a dialog never
 * evaluates it. Export nothing else from here.
 */
export { getRoles, getConversationState } from './endpoints/getConversationState';
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
