/** The team overview's wording in the sidebar: where the overview stands, and what a refresh did. */
import type { TeamRefreshed, TeamStatus } from '../../api/team';
import { refreshSentences } from '../../core/team/summaryText';
import { plural } from './format';

/** One sentence on the last refresh, or what to do before the first. */
export function teamStatusText(status: TeamStatus): string {
  if (status.refreshedOn === null)
    return 'Not refreshed yet. List each person and the URL of their growth plan on the Team tab, then refresh.';
  const notes = status.withNotes === 0 ? '' : `, ${plural(status.withNotes, 'row')} with a note`;
  const gaps = status.sharedGaps === 0 ? 'no shared gap' : plural(status.sharedGaps, 'shared gap');
  return `Refreshed ${status.refreshedOn}: ${status.read} of ${plural(status.people, 'person', 'people')} filled in${notes}, ${gaps}.`;
}

/** The status after a refresh, from its reply. */
export function statusOf(reply: TeamRefreshed): TeamStatus {
  return {
    refreshedOn: reply.refreshedOn,
    people: reply.people,
    read: reply.read,
    withNotes: reply.withNotes,
    sharedGaps: reply.sharedGaps.length,
  };
}

/** The lines under "Team overview refreshed". */
export function teamRefreshLines(reply: TeamRefreshed): string[] {
  return [
    ...refreshSentences(reply),
    `Figures in the "${reply.teamTab}" tab, shared gaps and the chart in "${reply.gapsTab}".`,
  ];
}
