/**
 * The gaps of a plan, in the order they are worth working on. A gap is a requirement that applies
 * to the target role and whose effective rating is Not yet or Developing (DESIGN.md).
 */
import { COMPARED_NEW } from './compare';
import { normalizeText } from './cells';
import { REQ } from './layout';
import { isActiveRequirement } from './progress';
import { effectiveRating, parseRating } from './ratings';
import { textAt, valueAt, type Table } from './table';

export type GapRating = 'Not yet' | 'Developing';

export interface Gap {
  /** The requirement's row among the tab's data rows (0 is sheet row 2): the last tie-break. */
  order: number;
  /** The row's Key ('' for a row a person added). */
  key: string;
  text: string;
  /** The Area cell as it reads. */
  areaLabel: string;
  rating: GapRating;
  /** The manager rated it: the effective rating is theirs. */
  managerRated: boolean;
  /** Compared with the current role, the requirement is new (not a deeper version of one held). */
  newAtTarget: boolean;
}

export interface GapsFound {
  /** In sheet order. */
  gaps: Gap[];
  unrated: number;
}

const NEW = normalizeText(COMPARED_NEW);

/** Every gap of the requirements tab, in sheet order, and how many active rows are unrated. */
export function findGaps(requirements: Table): GapsFound {
  const found: GapsFound = { gaps: [], unrated: 0 };
  requirements.rows.forEach((row, order) => {
    if (!isActiveRequirement(requirements, row)) return;
    const manager = parseRating(valueAt(requirements, row, REQ.manager));
    const rating = effectiveRating(valueAt(requirements, row, REQ.self), manager);
    if (rating === null) found.unrated++;
    if (rating !== 'Not yet' && rating !== 'Developing') return;
    found.gaps.push({
      order,
      key: textAt(requirements, row, REQ.key),
      text: textAt(requirements, row, REQ.requirement),
      areaLabel: textAt(requirements, row, REQ.area),
      rating,
      managerRated: manager !== null,
      newAtTarget: normalizeText(textAt(requirements, row, REQ.compared)) === NEW,
    });
  });
  return found;
}

/**
 * The ranking rule: Not yet before Developing; then a gap the manager rated before one only the
 * person rated; then a requirement new at the target role before a deeper version of one already
 * held; then sheet order, so equal gaps keep the order people see.
 */
export function compareGaps(a: Gap, b: Gap): number {
  return (
    Number(a.rating === 'Developing') - Number(b.rating === 'Developing') ||
    Number(!a.managerRated) - Number(!b.managerRated) ||
    Number(!a.newAtTarget) - Number(!b.newAtTarget) ||
    a.order - b.order
  );
}

/** The gaps, most important first (compareGaps). */
export function rankGaps(gaps: readonly Gap[]): Gap[] {
  return [...gaps].sort(compareGaps);
}
