/**
 * Entry of the Career Conversation add-on (Google Docs). Every export becomes a top-level function
 * of build/docs/Code.js (the build generates one wrapper each), so every export is callable by
 * menus, triggers and google.script.run; export nothing else from here.
 *
 * The menu, the dialogs it opens and the help run from Code.js itself. Every other function runs in
 * the engine (src/docs/engine.ts), which Code.js carries packed and evaluates only in the executions
 * that call it: onOpen, which runs whenever anyone opens a document, pays for none of it
 * (docs/bundles.md). A new endpoint goes into engine.ts and gets a forwarder here.
 */
import type * as Engine from './engine';
import { lazyModule } from '../appsscript/packs/unpack';

export {
  onOpen,
  onInstall,
  showRequirementsDialog,
  showActionPlanDialog,
  showHelp,
} from './endpoints/addonMenu';

const engine = lazyModule<typeof Engine>('docsEngine');

export const menuInsertConversationAgenda: typeof Engine.menuInsertConversationAgenda = () => {
  engine().menuInsertConversationAgenda();
};
export const menuRefreshInsertedSections: typeof Engine.menuRefreshInsertedSections = () => {
  engine().menuRefreshInsertedSections();
};
export const getRoles: typeof Engine.getRoles = () => engine().getRoles();
export const getConversationState: typeof Engine.getConversationState = () => engine().getConversationState();
export const insertConversationAgenda: typeof Engine.insertConversationAgenda = (request) =>
  engine().insertConversationAgenda(request);
export const insertRoleRequirements: typeof Engine.insertRoleRequirements = (request) =>
  engine().insertRoleRequirements(request);
export const insertActionPlanSummary: typeof Engine.insertActionPlanSummary = (request) =>
  engine().insertActionPlanSummary(request);
export const menuInsertSinceLastConversation: typeof Engine.menuInsertSinceLastConversation = () => {
  engine().menuInsertSinceLastConversation();
};
export const insertSinceLastConversation: typeof Engine.insertSinceLastConversation = (request) =>
  engine().insertSinceLastConversation(request);
export const refreshInsertedSections: typeof Engine.refreshInsertedSections = (request) =>
  engine().refreshInsertedSections(request);
