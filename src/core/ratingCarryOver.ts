/**
 * Ratings that follow a change of wording. Importing a level in the handbook's wording after the
 * catalog's (or back) gives its requirements new rows; what a person typed on the rows that leave
 * the target (ratings, evidence) is copied to the new row for the same requirement, found by text
 * (and by catalog skill where both sides know it). The old rows keep their values: nothing moves
 * out of a cell, and nothing is written over a cell that holds something.
 */
import type { Requirement, Role } from './catalog';
import { isBlank, type Cell } from './cells';
import { isHandbookWordingOf } from './handbook/roles';
import { REQ } from './layout';
import { matchRequirements, skillsOfHandbookRequirements, type MatchText } from './requirementMatch';

/** The cells that carry a person's judgement of a requirement. */
export const CARRIED_HEADERS = [REQ.self, REQ.manager, REQ.evidence] as const;
export type CarriedHeader = (typeof CARRIED_HEADERS)[number];
export type CarriedValues = Partial<Record<CarriedHeader, Cell>>;

/**
 * The target level's other wording. A level has at most two: the catalog's and its handbook page's,
 * so the catalog role (when the level has one) names both.
 */
export interface OtherWording {
  /** The catalog role for the target level, or null (a handbook level the catalog lacks). */
  catalogRole: Role | null;
}

/** A row leaving the target in this import. */
export interface LeavingRow {
  roleId: string;
  requirementId: string;
  /** The row's Requirement text as it reads now (a person may have edited it). */
  text: string;
  values: CarriedValues;
}

/** A requirement of the target: a row this import adds (`existing` null) or one already there. */
export interface Destination {
  key: string;
  requirement: Requirement;
  existing: CarriedValues | null;
}

export interface CarryOver {
  /** Values for new rows, by requirement key: only cells the old row filled. */
  valuesByKey: Map<string, CarriedValues>;
  /** Rows whose ratings or evidence now also stand on a new row. */
  carriedOver: number;
  /** Texts of rows holding a rating or evidence that found no row to go to (they keep it). */
  notCarried: string[];
}

/** Plans which leaving row's values go to which new row. */
export function planCarryOver(
  leaving: readonly LeavingRow[],
  destinations: readonly Destination[],
  targetId: string,
  other: OtherWording,
): CarryOver {
  const result: CarryOver = { valuesByKey: new Map(), carriedOver: 0, notCarried: [] };
  const catalog = other.catalogRole;
  if (!catalog) return result;
  const sources = leaving.filter(
    (row) =>
      row.roleId !== targetId && (row.roleId === catalog.id || isHandbookWordingOf(row.roleId, catalog)),
  );
  if (sources.length === 0) return result;

  const sourceTexts: MatchText[] = sources.map((row) => ({
    text: row.text,
    skillId: row.roleId === catalog.id ? row.requirementId : null,
  }));
  const targetSkills = destinationSkills(destinations, targetId, catalog);
  const destinationTexts: MatchText[] = destinations.map((destination, i) => ({
    text: destination.requirement.text,
    skillId: targetSkills[i] ?? null,
  }));
  // Every leaving row takes part, rated or not, so each finds its true counterpart.
  const partner = new Map<number, number>();
  for (const pair of matchRequirements(sourceTexts, destinationTexts)) partner.set(pair.from, pair.to);

  sources.forEach((row, i) => {
    const filled = CARRIED_HEADERS.filter((header) => !isBlank(row.values[header]));
    if (filled.length === 0) return;
    const destination = destinations[partner.get(i) ?? -1];
    if (destination?.existing === null) {
      const values: CarriedValues = {};
      for (const header of filled) values[header] = row.values[header];
      result.valuesByKey.set(destination.key, values);
      result.carriedOver++;
      return;
    }
    // A row already in the target keeps what it holds; the rating shows there only if it has one.
    const shown = destination?.existing && filled.every((header) => !isBlank(destination.existing?.[header]));
    if (!shown) result.notCarried.push(row.text);
  });
  return result;
}

/** The catalog skill of each target requirement: its own id for a catalog role, else tied by text. */
function destinationSkills(
  destinations: readonly Destination[],
  targetId: string,
  catalog: Role,
): (string | null)[] {
  if (catalog.id === targetId) return destinations.map((d) => d.requirement.id);
  return skillsOfHandbookRequirements(
    destinations.map((d) => d.requirement.text),
    catalog.level.requirements,
  );
}
