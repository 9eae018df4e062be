/**
 * Pure wording of the handbook import in the sidebar: level labels, what an import will bring and
 * what it brought. No DOM here, so every phrase is unit tested.
 */
import type { HandbookLevelOption, ImportSummary } from '../../api/sheets';
import { plural } from './format';

/** "Senior Planning Analyst · grade 7 · 4 requirements". */
export function levelLabel(level: HandbookLevelOption): string {
  const parts = [level.title];
  if (level.grade !== null) parts.push(`grade ${level.grade}`);
  parts.push(plural(level.requirementCount, 'requirement'));
  return parts.join(' · ');
}

/** A level with nothing to import: the page lists no requirements under it. */
export function canImportLevel(level: HandbookLevelOption): boolean {
  return level.requirementCount > 0;
}

/** Why a level is listed but cannot be chosen. */
export const EMPTY_LEVEL_NOTE =
  'This level lists no requirements on the page (none of its own yet), so it cannot be imported.';

/** What the look-up adds when no level of the page can be imported. */
export function noImportableLevelLine(levels: readonly HandbookLevelOption[]): string | null {
  if (levels.some(canImportLevel)) return null;
  return levels.length === 1
    ? 'Its only level lists no requirements, so there is nothing to import from this page.'
    : 'None of its levels lists requirements, so there is nothing to import from this page.';
}

/** How many of the target level's requirements the current level does not have (by their text). */
export function newAgainst(target: HandbookLevelOption, current: HandbookLevelOption | null): number {
  if (!current) return target.requirementCount;
  const held = new Set(current.requirementIds);
  return target.requirementIds.filter((id) => !held.has(id)).length;
}

/** What importing `target` will bring: "4 requirements · 3 new compared with Planning Analyst". */
export function handbookPreviewText(
  target: HandbookLevelOption,
  current: HandbookLevelOption | null,
): string {
  const total = plural(target.requirementCount, 'requirement');
  if (target.requirementCount === 0) return `${total}: this level lists no requirements of its own`;
  if (!current) return `${total} · no current level to compare with`;
  const fresh = newAgainst(target, current);
  return `${total} · ${fresh === target.requirementCount ? 'all' : fresh} new compared with ${current.title}`;
}

/** The extra line a handbook import adds to its result. */
export function handbookSummaryLines(summary: ImportSummary): string[] {
  if (summary.wording !== 'handbook') return [];
  const lines = ['Worded as the handbook page reads today'];
  if (summary.skippedCommon > 0) {
    lines.push(
      `${plural(summary.skippedCommon, 'line')} every job family shares (values, using GitLab) left out`,
    );
  }
  return lines;
}

/**
 * The buttons under a handbook failure. The failure's message already names the catalog role and
 * says it can be imported instead, so the button only acts on it.
 */
export const CATALOG_OFFER_BUTTON = 'Import the catalog role instead';
export const CATALOG_WORDING_BUTTON = "Import in the catalog's wording";
