/** What a refresh did, in a few sentences: the menu's alert and the sidebar both say it this way. */
import type { TeamRefreshSummary } from './refresh';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const MAX_NAMED = 4;

function named(items: readonly string[]): string {
  const shown = items.slice(0, MAX_NAMED).join(', ');
  return items.length > MAX_NAMED ? `${shown} and ${items.length - MAX_NAMED} more` : shown;
}

export function refreshSentences(summary: TeamRefreshSummary): string[] {
  const noted = summary.rows.filter((r) => r.problem);
  return [
    `${plural(summary.read, 'person', 'people')} of ${summary.people} filled in from their growth plan.`,
    summary.withNotes === 0
      ? 'No problems to report.'
      : `${plural(summary.withNotes, 'row has a note', 'rows have a note')}: ${named(
          noted.map((r) => `${r.name || 'no name'} (row ${r.row})`),
        )}.`,
    summary.sharedGaps.length === 0
      ? 'No gap is shared by two or more people.'
      : `Shared gaps: ${named(summary.sharedGaps.map((g) => `${g.gap} (${g.people})`))}.`,
  ];
}
