/**
 * The role-requirements table: the target role's requirements, each marked new or not compared
 * with the current role (a table without a current role says so once, above it, and has no such
 * column), with the self and manager ratings from the linked growth plan when it has a row for the
 * requirement (matched by its text), blank otherwise.
 */
import { AREAS, type Role } from '../catalog';
import { normalizeText } from '../cells';
import { compareLevels } from '../compare';
import { REQ } from '../layout';
import { parseRating, type Rating } from '../ratings';
import { textAt, valueAt, type Table } from '../table';
import type { BlockSpec } from './block';

const NOVELTY_COLUMN = 'New compared with current role';

export const REQUIREMENTS_COLUMNS = ['Area', 'Requirement', NOVELTY_COLUMN, 'Self rating', 'Manager rating'];

/** The table's columns without a current role: nothing to compare with, so no comparison column. */
export const REQUIREMENTS_COLUMNS_NO_CURRENT = REQUIREMENTS_COLUMNS.filter((c) => c !== NOVELTY_COLUMN);

export interface PlanRatings {
  self: Rating | null;
  manager: Rating | null;
}

/** Ratings of the growth plan's Role Requirements tab by requirement text (the first row wins). */
export function ratingsByRequirement(table: Table): Map<string, PlanRatings> {
  const ratings = new Map<string, PlanRatings>();
  for (const row of table.rows) {
    const key = normalizeText(textAt(table, row, REQ.requirement));
    if (key === '' || ratings.has(key)) continue;
    ratings.set(key, {
      self: parseRating(valueAt(table, row, REQ.self)),
      manager: parseRating(valueAt(table, row, REQ.manager)),
    });
  }
  return ratings;
}

export interface RequirementsBlock {
  spec: BlockSpec;
  requirements: number;
  newComparedWithCurrent: number;
  /** Rows that got at least one rating from the growth plan. */
  rated: number;
}

export function requirementsBlock(
  target: Role,
  current: Role | null,
  ratings: ReadonlyMap<string, PlanRatings> | null,
): RequirementsBlock {
  const compared = compareLevels(current?.level ?? null, target.level);
  let rated = 0;
  const rows = compared.map(({ requirement, isNew }) => {
    const found = ratings?.get(normalizeText(requirement.text));
    if (found && (found.self || found.manager)) rated++;
    const ratingCells = [found?.self ?? '', found?.manager ?? ''];
    const area = AREAS[requirement.area];
    return current
      ? [area, requirement.text, isNew ? 'New' : 'Builds on current role', ...ratingCells]
      : [area, requirement.text, ...ratingCells];
  });
  const newCount = compared.filter((c) => c.isNew).length;
  const against = current
    ? `Compared with ${current.level.title}: ${newCount} of ${compared.length} requirements are new.`
    : 'No current role chosen, so every requirement counts as new.';
  const ratingNote = ratings
    ? `Ratings come from the linked growth plan (${rated} of ${compared.length} requirements rated there).`
    : 'Rate each requirement together: Not yet, Developing, Meets or Exceeds.';
  return {
    spec: {
      kind: 'requirements',
      elements: [
        {
          type: 'heading',
          level: 2,
          text: `Role requirements: ${target.level.title} (${target.family.name}, grade ${target.level.grade})`,
        },
        { type: 'paragraph', text: `${against} ${ratingNote}` },
        { type: 'table', header: current ? REQUIREMENTS_COLUMNS : REQUIREMENTS_COLUMNS_NO_CURRENT, rows },
      ],
    },
    requirements: compared.length,
    newComparedWithCurrent: current ? newCount : compared.length,
    rated,
  };
}
