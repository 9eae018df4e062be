/**
 * The merge behind "import requirements": which rows to add, which imported rows to re-mark, and
 * nothing else. Cells people fill in (ratings, evidence, edited text) are never part of the result.
 */
import { AREAS, type Role } from './catalog';
import { isDate, literal, normalizeText, type Cell } from './cells';
import { comparisonLabel, compareLevels } from './compare';
import type { HeaderMap } from './headers';
import { IN_TARGET_NO, IN_TARGET_YES, REQ, REQUIREMENTS_TAB } from './layout';
import {
  CARRIED_HEADERS,
  planCarryOver,
  type CarriedValues,
  type Destination,
  type LeavingRow,
  type OtherWording,
} from './ratingCarryOver';
import { isRequirementKey, requirementKey, requirementKeyParts as keyParts } from './requirementKeys';
import { textAt, valueAt, type Table } from './table';

export { isRequirementKey, requirementKey } from './requirementKeys';

/** A whole column of existing data rows to write back, because at least one value changed. */
export interface ColumnWrite {
  header: string;
  values: Cell[];
}

export interface RequirementsImportPlan {
  /** The header row after the import: the tab's own headers plus any of ours it lacked. */
  header: HeaderMap;
  appendedHeaders: string[];
  columnWrites: ColumnWrite[];
  /** New rows, as wide as `header`. */
  newRows: Cell[][];
  requirements: number;
  newComparedWithCurrent: number;
  kept: number;
  markedNotInTarget: number;
  /** Rows leaving the target whose ratings and evidence were copied to a new row in the new wording. */
  carriedOver: number;
  /** Requirement texts of leaving rows with a rating or evidence that found no new row (they keep it). */
  notCarried: string[];
}

/**
 * Plans the import of `target`'s requirements, compared with `current`, into the existing tab.
 * With `other`, the target level's rows in another wording hand their ratings to the new rows.
 */
export function planRequirementsImport(
  table: Table,
  current: Role | null,
  target: Role,
  other: OtherWording = { catalogRole: null },
): RequirementsImportPlan {
  const appendedHeaders = table.header.missing(REQUIREMENTS_TAB.headers);
  const header = table.header.withAppended(appendedHeaders);
  const compared = compareLevels(current?.level ?? null, target.level);
  const wanted = new Map(compared.map((c) => [requirementKey(target.id, c.requirement.id), c]));

  const keyColumn: Cell[] = table.rows.map((row) => textAt(table, row, REQ.key));
  const comparedColumn = table.rows.map((row) => cellFor(table, row, REQ.compared));
  const inTargetColumn = table.rows.map((row) => cellFor(table, row, REQ.inTarget));
  const seen = new Set<string>();
  const leaving: LeavingRow[] = [];
  let markedNotInTarget = 0;
  const claim = (i: number, key: string, match: (typeof compared)[number]) => {
    seen.add(key);
    keyColumn[i] = key;
    comparedColumn[i] = comparisonLabel(match.isNew, current !== null);
    inTargetColumn[i] = IN_TARGET_YES;
  };

  keyColumn.forEach((cell, i) => {
    const key = String(cell);
    if (!isRequirementKey(key)) return; // rows people added are theirs alone
    const match = wanted.get(key);
    if (match) claim(i, key, match);
    else if (inTargetColumn[i] !== IN_TARGET_NO) {
      inTargetColumn[i] = IN_TARGET_NO;
      markedNotInTarget++;
      const row = table.rows[i] ?? [];
      leaving.push({
        ...keyParts(key),
        text: textAt(table, row, REQ.requirement),
        values: carried(table, row),
      });
    }
  });

  // A row without a key that holds a wanted requirement's exact text is that requirement: its key
  // was cleared (or the Key column deleted), or a person typed it in. Claiming it avoids a duplicate.
  const unseenByText = new Map<string, [string, (typeof compared)[number]]>();
  for (const [key, match] of wanted) {
    if (!seen.has(key)) unseenByText.set(normalizeText(match.requirement.text), [key, match]);
  }
  table.rows.forEach((row, i) => {
    if (keyColumn[i] !== '') return;
    const found = unseenByText.get(normalizeText(textAt(table, row, REQ.requirement)));
    if (!found || seen.has(found[0])) return;
    claim(i, found[0], found[1]);
  });

  const columnWrites: ColumnWrite[] = [];
  const addIfChanged = (name: string, values: Cell[]) => {
    const before = table.rows.map((row) => cellFor(table, row, name));
    if (values.some((v, i) => v !== before[i])) {
      // Values read back as text are written back literally, so a row's text never turns into a formula.
      columnWrites.push({
        header: name,
        values: values.map((v) => (typeof v === 'string' ? literal(v) : v)),
      });
    }
  };
  addIfChanged(REQ.key, keyColumn);
  addIfChanged(REQ.compared, comparedColumn);
  addIfChanged(REQ.inTarget, inTargetColumn);

  const rowOfKey = new Map<string, number>();
  keyColumn.forEach((key, i) => {
    if (seen.has(String(key))) rowOfKey.set(String(key), i);
  });
  const destinations: Destination[] = [...wanted].map(([key, { requirement }]) => {
    const i = rowOfKey.get(key);
    return { key, requirement, existing: i === undefined ? null : carried(table, table.rows[i] ?? []) };
  });
  const carry = planCarryOver(leaving, destinations, target.id, other);

  const newRows: Cell[][] = [];
  for (const [key, { requirement, isNew }] of wanted) {
    if (seen.has(key)) continue;
    const row: Cell[] = header.headers.map(() => '');
    const put = (name: string, value: Cell) => {
      row[header.column(name)] = value;
    };
    put(REQ.key, key);
    put(REQ.role, literal(target.level.title));
    put(REQ.area, literal(requirement.areaLabel ?? AREAS[requirement.area]));
    put(REQ.requirement, literal(requirement.text));
    put(REQ.compared, comparisonLabel(isNew, current !== null));
    put(REQ.inTarget, IN_TARGET_YES);
    for (const [header, value] of Object.entries(carry.valuesByKey.get(key) ?? {})) {
      put(header, typeof value === 'string' ? literal(value) : value);
    }
    newRows.push(row);
  }

  return {
    header,
    appendedHeaders,
    columnWrites,
    newRows,
    requirements: compared.length,
    newComparedWithCurrent: compared.filter((c) => c.isNew).length,
    kept: seen.size,
    markedNotInTarget,
    carriedOver: carry.carriedOver,
    notCarried: carry.notCarried,
  };
}

/** What a person typed in a row's rating and evidence cells, as read (a number stays a number). */
function carried(table: Table, row: readonly unknown[]): CarriedValues {
  const values: CarriedValues = {};
  for (const header of CARRIED_HEADERS) {
    const value = valueAt(table, row, header);
    if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      isDate(value)
    ) {
      values[header] = value;
    }
  }
  return values;
}

/** A cell's current text for a managed column ('' when the tab lacks the column so far). */
function cellFor(table: Table, row: readonly unknown[], header: string): Cell {
  return textAt(table, row, header);
}
