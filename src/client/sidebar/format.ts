/**
 * Pure wording of the sidebar: the counts the server returns turned into the short sentences people
 * read. No DOM here, so every phrase is unit tested.
 */
import type {
  ActionProgress,
  GenerateSummary,
  ImportPreview,
  ImportSummary,
  RequirementProgress,
  Status,
} from '../../api/sheets';
import { STATUSES } from '../../api/sheets';

/** "1 requirement", "3 requirements"; `many` defaults to `one` + "s". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the import will bring, before it runs: "14 requirements in 5 areas · 6 new compared with your current role". */
export function importPreviewText(preview: ImportPreview, hasCurrentRole: boolean): string {
  const areas = preview.areas > 1 ? ` in ${preview.areas} areas` : '';
  const total = `${plural(preview.requirements, 'requirement')}${areas}`;
  if (!hasCurrentRole) return `${total} · no current role to compare with`;
  if (preview.requirements === 0) return total;
  const fresh =
    preview.newComparedWithCurrent === preview.requirements
      ? 'all new compared with your current role'
      : `${preview.newComparedWithCurrent} new compared with your current role`;
  return `${total} · ${fresh}`;
}

/** Before a preview arrives (or without one): the count the role list already knows. */
export function requirementCountText(count: number): string {
  return `${plural(count, 'requirement')} in this role`;
}

/** One line per fact, for the result of an import. */
export function importSummaryLines(summary: ImportSummary): string[] {
  const lines = [`${plural(summary.added, 'requirement')} added`];
  if (summary.kept > 0) lines.push(`${summary.kept} already in your plan, kept as they were`);
  if (summary.markedNotInTarget > 0) {
    lines.push(`${summary.markedNotInTarget} marked as not in the target role`);
  }
  if (summary.carriedOver > 0) {
    lines.push(
      `Ratings and evidence of ${plural(summary.carriedOver, 'requirement')} carried over to the new wording`,
    );
  }
  if (summary.notCarried.length > 0) lines.push(notCarriedText(summary.notCarried));
  if (summary.currentRole) {
    lines.push(
      `${summary.newComparedWithCurrent} of ${summary.requirements} new compared with ${summary.currentRole.title}`,
    );
  }
  return lines;
}

const NAMED_AT_MOST = 3;
const NAME_CHARS = 60;

/**
 * Rated rows whose rating found no requirement in the new wording: they keep it on their own row,
 * now marked "No". The first few are named so the person knows which to rate again.
 */
export function notCarriedText(texts: readonly string[]): string {
  const named = texts
    .slice(0, NAMED_AT_MOST)
    .map((text) => `"${text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS - 1)}…` : text}"`);
  const more = texts.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : joinWithAnd(named);
  const rows = texts.length === 1 ? 'its row' : 'their rows';
  return `Could not carry over ${plural(texts.length, 'rated requirement')} to the new wording (kept on ${rows} marked "No"): ${list}`;
}

function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The headline of an import result. */
export function importSummaryTitle(summary: ImportSummary): string {
  return `Imported requirements for ${summary.targetRole.title}`;
}

/** "12 of 20 requirements rated · 5 gaps". */
export function ratingProgressText(progress: RequirementProgress): string {
  if (progress.total === 0) return 'No requirements imported yet';
  const rated = `${progress.rated} of ${plural(progress.total, 'requirement')} rated`;
  return `${rated} · ${plural(progress.gaps, 'gap')}`;
}

/** Rated share as a whole percentage, for the progress bar. */
export function ratedPercent(progress: RequirementProgress): number {
  return progress.total === 0 ? 0 : Math.round((progress.rated / progress.total) * 100);
}

/** One line per fact, for the result of generating the action plan. */
export function generateSummaryLines(summary: GenerateSummary): string[] {
  const lines = [
    `${plural(summary.added, 'action')} added`,
    `${plural(summary.focusGaps, 'gap')} in this period's focus`,
    `${plural(summary.alreadyPlanned, 'gap')} already planned`,
    `${plural(summary.gaps, 'gap')} in total`,
  ];
  if (summary.unsuggested > 0) {
    lines.push(
      `${plural(summary.unsuggested, 'action')} left out: every idea that fits is in your plan already, so add your own`,
    );
  }
  if (summary.unrated > 0) {
    lines.push(`${plural(summary.unrated, 'requirement')} not rated yet (rate them to find more gaps)`);
  }
  return lines;
}

/** The headline of a generate result. */
export function generateSummaryTitle(summary: GenerateSummary): string {
  if (summary.gaps === 0) {
    return summary.unrated > 0 ? 'No gaps among the rated requirements' : 'No gaps found';
  }
  return summary.added > 0 ? 'Action plan updated' : 'Action plan already covers every gap';
}

/** "40% done · 2 overdue" or "No actions yet". */
export function actionProgressText(progress: ActionProgress): string {
  if (progress.total === 0) return 'No actions yet';
  const parts = [`${progress.percentDone}% done`, plural(progress.total, 'action')];
  if (progress.overdue > 0) parts.push(`${progress.overdue} overdue`);
  return parts.join(' · ');
}

export interface StatusCount {
  status: Status | 'No status';
  count: number;
}

/** The statuses with at least one action, in workflow order; "No status" last. */
export function statusCounts(progress: ActionProgress): StatusCount[] {
  const counts: StatusCount[] = STATUSES.map((status) => ({
    status,
    count: progress.byStatus[status],
  }));
  counts.push({ status: 'No status', count: progress.noStatus });
  return counts.filter((entry) => entry.count > 0);
}
