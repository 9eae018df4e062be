/**
 * The merge behind "generate action plan": one new row per gap that has no action yet. Existing
 * action rows, generated or typed by a person, are never changed.
 */
import { AREAS, AREA_IDS, type AreaId } from './catalog';
import { fingerprint, literal, normalizeText, type Cell } from './cells';
import type { HeaderMap } from './headers';
import { ACT, ACTIONS_TAB, REQ } from './layout';
import { isActiveRequirement } from './progress';
import { effectiveRating, isGapRating } from './ratings';
import { isRequirementKey } from './requirementsImport';
import { suggestAction } from './suggestions';
import { textAt, valueAt, type Table } from './table';

const areaByLabel = new Map<string, AreaId>(AREA_IDS.map((id) => [normalizeText(AREAS[id]), id]));

/** The stable key of the action generated for a requirement row. */
export function actionKey(requirementRowKey: string, requirementText: string): string {
  return isRequirementKey(requirementRowKey)
    ? `act:${requirementRowKey.slice('req:'.length)}`
    : `act:manual:${fingerprint(normalizeText(requirementText))}`;
}

export interface ActionPlanResult {
  header: HeaderMap;
  appendedHeaders: string[];
  newRows: Cell[][];
  gaps: number;
  unrated: number;
  alreadyPlanned: number;
}

/** Plans one action row per gap in `requirements` that `actions` does not cover yet. */
export function planActions(requirements: Table, actions: Table, today: Date): ActionPlanResult {
  const appendedHeaders = actions.header.missing(ACTIONS_TAB.headers);
  const header = actions.header.withAppended(appendedHeaders);
  const plannedKeys = new Set(actions.rows.map((row) => textAt(actions, row, ACT.key)).filter(Boolean));
  // A person's own action for a requirement counts too, matched by the requirement's text.
  const plannedTexts = new Set(
    actions.rows.map((row) => normalizeText(textAt(actions, row, ACT.requirement))).filter(Boolean),
  );

  const result: ActionPlanResult = {
    header,
    appendedHeaders,
    newRows: [],
    gaps: 0,
    unrated: 0,
    alreadyPlanned: 0,
  };
  for (const row of requirements.rows) {
    if (!isActiveRequirement(requirements, row)) continue;
    const rating = effectiveRating(
      valueAt(requirements, row, REQ.self),
      valueAt(requirements, row, REQ.manager),
    );
    if (rating === null) result.unrated++;
    if (!isGapRating(rating)) continue;
    result.gaps++;
    const text = textAt(requirements, row, REQ.requirement);
    const key = actionKey(textAt(requirements, row, REQ.key), text);
    if (plannedKeys.has(key) || plannedTexts.has(normalizeText(text))) {
      result.alreadyPlanned++;
      continue;
    }
    plannedKeys.add(key); // two rows with the same requirement get one action
    plannedTexts.add(normalizeText(text));
    const areaLabel = textAt(requirements, row, REQ.area);
    const area = areaByLabel.get(normalizeText(areaLabel)) ?? null;
    const suggestion = suggestAction(text, area, rating, today);
    const newRow: Cell[] = header.headers.map(() => '');
    const put = (name: string, value: Cell) => {
      newRow[header.column(name)] = value;
    };
    put(ACT.key, key);
    put(ACT.requirement, literal(text));
    put(ACT.area, literal(areaLabel));
    put(ACT.action, literal(suggestion.action));
    put(ACT.type, suggestion.type);
    put(ACT.resource, literal(suggestion.resource));
    put(ACT.owner, suggestion.owner);
    put(ACT.due, suggestion.due);
    put(ACT.status, 'Not started');
    put(ACT.success, literal(suggestion.successMeasure));
    result.newRows.push(newRow);
  }
  return result;
}
