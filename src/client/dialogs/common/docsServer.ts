/**
 * The Docs dialogs' typed google.script.run caller: checked against the Career Conversation
 * server's types (src/docs/api.ts), by `import type` only.
 */
import type {
  ActionPlanOutcome, ActionPlanRequest, ConversationState, RequirementsOutcome, RequirementsRequest, RolesResult,
} from '../../../docs/api';
import { createServerCaller } from '../../shared/server';

/** The functions of build/docs/Code.js the dialogs call. */
interface DocsDialogApi {
  getRoles(): RolesResult;
  getConversationState(): ConversationState;
  insertRoleRequirements(request: unknown): RequirementsOutcome;
  insertActionPlanSummary(request: unknown): ActionPlanOutcome;
}

interface DocsRequests {
  insertRoleRequirements: [request: RequirementsRequest];
  insertActionPlanSummary: [request: ActionPlanRequest];
}

export const callDocs = createServerCaller<DocsDialogApi, DocsRequests>();
