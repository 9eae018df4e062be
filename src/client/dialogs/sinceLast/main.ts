/**
 * Entry of the since-last dialog (bundled inline into SinceLastDialog.html), opened by the menu
 * when the document has no linked growth plan yet: the plan's link, then "Insert section" →
 * insertSinceLastConversation.
 */
import { callDocs } from '../frame/docsServer';
import { startPlanLinkDialog } from '../frame/planLinkDialog';

startPlanLinkDialog({
  title: 'Insert since our last conversation',
  intro:
    "What moved between your growth plan's last two check-ins, the actions done and overdue, and the next check-in date.",
  actionLabel: 'Insert section',
  kind: 'sinceLast',
  what: 'a "Since our last conversation" section',
  insert: (request) => callDocs('insertSinceLastConversation', request),
});
