/**
 * Pure wording of the rating view: the two ratings side by side with their difference, what a
 * conflict shows, the unsaved count. No DOM here, so every phrase is unit tested.
 */
import type { Rating } from '../../api/sheets';
import { RATINGS } from '../../api/sheets';
import type { Rater, RatingConflict, RatingRow } from '../../api/tracker';
import { plural } from './format';
import { moveText } from './progressFormat';

/** How many steps the manager's rating is above (+) or below (-) the self rating; null unless both are set. */
export function ratingDifference(self: Rating | null, manager: Rating | null): number | null {
  if (self === null || manager === null) return null;
  return RATINGS.indexOf(manager) - RATINGS.indexOf(self);
}

/** "+1", "−2" (a true minus sign) or "same". */
export function differenceText(difference: number): string {
  if (difference === 0) return 'same';
  return difference > 0 ? `+${difference}` : `\u2212${-difference}`;
}

function ratingOrNone(rating: Rating | null): string {
  return rating ?? 'not rated';
}

/** "Self: Developing, Manager: Meets, +1"; without both ratings, no difference. */
export function comparisonText(self: Rating | null, manager: Rating | null): string {
  const both = `Self: ${ratingOrNone(self)}, Manager: ${ratingOrNone(manager)}`;
  const difference = ratingDifference(self, manager);
  return difference === null ? both : `${both}, ${differenceText(difference)}`;
}

/** The label of the rating buttons for a rater. */
export function ratingLabel(rater: Rater): string {
  return rater === 'self' ? 'Your rating' : 'Manager rating';
}

/** The line that says who is rating, above the walk. */
export function raterText(rater: Rater): string {
  return rater === 'self' ? 'Rating yourself' : 'Rating as the manager';
}

/** "Requirement 3 of 14". */
export function positionText(index: number, total: number): string {
  return `Requirement ${index + 1} of ${total}`;
}

/** "No unsaved changes", "1 unsaved change", "3 unsaved changes". */
export function unsavedText(count: number): string {
  return count === 0 ? 'No unsaved changes' : plural(count, 'unsaved change');
}

/** "5 of 14 rated" for the rater's own column, drafts included. */
export function ratedText(rated: number, total: number): string {
  return `${rated} of ${total} rated`;
}

const QUOTE_CHARS = 80;

function quoted(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return 'no evidence';
  return `“${trimmed.length > QUOTE_CHARS ? `${trimmed.slice(0, QUOTE_CHARS - 1)}…` : trimmed}”`;
}

/** One side of a conflict: "Meets · “Ran the QBR”". */
export function conflictSideText(side: RatingConflict['sheet']): string {
  return `${ratingOrNone(side.rating)} · ${quoted(side.evidence)}`;
}

/** The headline of the conflict panel. */
export function conflictTitle(count: number): string {
  return count === 1
    ? 'This requirement changed in the sheet since you opened it'
    : `${count} requirements changed in the sheet since you opened them`;
}

/** What a saved batch says: "Saved 3 ratings" or "Nothing to save: the sheet already had these". */
export function savedText(saved: number): string {
  return saved === 0 ? 'The sheet already had these values' : `Saved ${plural(saved, 'requirement')}`;
}

/** The cells of a row that differ between two reads of it, in words. */
export function changedCells(before: RatingRow | undefined, after: RatingRow | undefined): string[] {
  if (!before || !after) return [];
  const changed: string[] = [];
  if (before.self !== after.self) changed.push(`Self rating: ${moveText(before.self, after.self)}`);
  if (before.manager !== after.manager)
    changed.push(`Manager rating: ${moveText(before.manager, after.manager)}`);
  if (before.evidence.trim() !== after.evidence.trim()) changed.push('Evidence edited');
  return changed;
}
