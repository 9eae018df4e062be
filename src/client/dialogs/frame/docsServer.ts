/**
 * The Docs dialogs' typed google.script.run caller: checked against the Career Conversation entry
 * (src/docs/main.ts) by `import type` only, so no server code is bundled into a dialog.
 */
import type * as DocsEntry from '../../../docs/main';
import { createServerCaller } from '../../common/server';

export const callDocs = createServerCaller<typeof DocsEntry>();
