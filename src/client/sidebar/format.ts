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
  if (summary.currentRole) {
    lines.push(
      `${summary.newComparedWithCurrent} of ${summary.requirements} new compared with ${summary.currentRole.title}`,
    );
  }
  return lines;
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
    `${plural(summary.alreadyPlanned, 'gap')} already planned`,
    `${plural(summary.gaps, 'gap')} in total`,
  ];
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
