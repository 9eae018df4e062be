/**
 * The Docs dialogs' typed google.script.run caller: checked against the Career Conversation entry
 * (src/docs/main.ts) by `import type` only, so no server code is bundled into a dialog.
 */
import type { ActionPlanRequest, RequirementsRequest } from '../../../api/docs';
import type * as DocsEntry from '../../../docs/main';
import { createServerCaller } from '../../common/server';

/** The server takes `unknown` and validates; these are the shapes the dialogs mean to send. */
interface DocsRequests {
  insertRoleRequirements: [request: RequirementsRequest];
  insertActionPlanSummary: [request: ActionPlanRequest];
}

export const callDocs = createServerCaller<typeof DocsEntry, DocsRequests>();
