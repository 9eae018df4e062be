/**
 * Entry of the action-plan dialog (bundled inline into ActionPlanDialog.html): the growth plan's
 * link, then "Insert summary" → insertActionPlanSummary.
 */
import { callDocs } from '../frame/docsServer';
import { startPlanLinkDialog } from '../frame/planLinkDialog';

startPlanLinkDialog({
  title: 'Insert action plan summary',
  intro:
    'Counts from your growth plan (requirements, gaps, actions by status, percent done) and a table of the actions still open.',
  actionLabel: 'Insert summary',
  kind: 'actionPlan',
  what: 'an action plan summary',
  insert: (request) => callDocs('insertActionPlanSummary', request),
});
