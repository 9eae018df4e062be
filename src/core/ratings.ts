/** Ratings and gaps as DESIGN.md defines them. */
import { RATINGS, type Rating } from './vocabulary';
import { cellText, normalizeText } from './cells';

export { RATINGS, type Rating };

const byText = new Map(RATINGS.map((r) => [normalizeText(r), r] as const));

/** The rating a cell holds, matched case-insensitively; null for empty or unknown text. */
export function parseRating(value: unknown): Rating | null {
  return byText.get(normalizeText(cellText(value))) ?? null;
}

/** The manager rating where set, else the self rating. */
export function effectiveRating(self: unknown, manager: unknown): Rating | null {
  return parseRating(manager) ?? parseRating(self);
}

export function isGapRating(rating: Rating | null): boolean {
  return rating === 'Not yet' || rating === 'Developing';
}
