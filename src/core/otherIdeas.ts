/**
 * "Other ideas" for an action: the suggestions that fit its requirement and are not in the plan yet,
 * and the swap of a generated action for one of them, allowed only on a row nobody has edited since
 * it was generated (src/core/actionRows.ts). An edited row is the person's: it is never overwritten.
 */
import {
  asRead,
  isFocusMark,
  isUntouched,
  parseSuggestionCell,
  priorityOf,
  rowFingerprint,
  suggestionCell,
} from './actionRows';
import { cellText, isDate, literal, normalizeText, type Cell } from './cells';
import { isoDate } from './conversation/cadence';
import { ACT } from './layout';
import { isActionRow } from './progress';
import { dateOfDay, dayNumber, onWeekday } from './schedule';
import {
  candidates,
  helperText,
  resourceText,
  topicOf,
  type ResourceLink,
  type SuggestionContent,
  type SuggestionSource,
} from './suggestionChoice';
import { textAt, valueAt, type Table } from './table';
import { ACTION_TYPES, type ActionType } from './vocabulary';

/** An action of this period's focus, as the sidebar lists it. */
export interface FocusAction {
  key: string;
  requirement: string;
  action: string;
  type: string;
  /** The Priority cell, or null when it holds no number. */
  priority: number | null;
  helper: string;
  /** yyyy-mm-dd, or the cell's text when it is not a date. */
  due: string;
  /** Generated and untouched since: its action may be swapped for another idea. */
  swappable: boolean;
}

/** An idea as the sidebar shows it. */
export interface SuggestionOption {
  id: string;
  kind: ActionType;
  action: string;
  successMeasure: string;
  helper: string;
  effortHours: number;
  weeks: number;
  resource: ResourceLink | null;
  /** Written for the requirement's skill, or for its area as a whole. */
  scope: 'skill' | 'area';
}

export interface OtherIdeas {
  key: string;
  requirement: string;
  /** The suggestion the row was generated from, when it still is. */
  current: SuggestionOption | null;
  options: SuggestionOption[];
  swappable: boolean;
  /** Why the row cannot be swapped (null when it can). */
  reason: string | null;
}

export const NOT_GENERATED =
  'This action was not written by the add-on, so it is yours: change it in the Action Plan tab.';
export const EDITED =
  'This action was edited since it was generated, so it stays as it is. Copy an idea into the Action Plan tab yourself if you want it.';

/** The actions marked as this period's focus, by Priority, then sheet order. */
export function focusActions(actions: Table): FocusAction[] {
  const list = actions.rows.flatMap((row, order) => {
    if (!isActionRow(actions, row) || !isFocusMark(valueAt(actions, row, ACT.focus))) return [];
    const priority = priorityOf(valueAt(actions, row, ACT.priority));
    const due = valueAt(actions, row, ACT.due);
    return [
      {
        order,
        action: {
          key: textAt(actions, row, ACT.key),
          requirement: textAt(actions, row, ACT.requirement),
          action: textAt(actions, row, ACT.action),
          type: textAt(actions, row, ACT.type),
          priority: Number.isFinite(priority) ? priority : null,
          helper: textAt(actions, row, ACT.helper),
          due: isDate(due) ? isoDate(due) : textAt(actions, row, ACT.due),
          swappable: isUntouched(actions, row),
        },
      },
    ];
  });
  const rank = (p: number | null) => p ?? Number.POSITIVE_INFINITY;
  return list
    .sort((a, b) => rank(a.action.priority) - rank(b.action.priority) || a.order - b.order)
    .map((entry) => entry.action);
}

/** The data row (index among the tab's rows) whose Key is `key`, or -1. */
export function findActionRow(actions: Table, key: string): number {
  return actions.rows.findIndex((row) => textAt(actions, row, ACT.key) === key);
}

/** The requirement key a generated action's key was made from ('' for a row people added). */
function requirementKeyOf(actionKey: string): string {
  const base = actionKey.replace(/#\d+$/, '');
  return base.startsWith('act:') && !base.startsWith('act:manual:') ? `req:${base.slice('act:'.length)}` : '';
}

function option(suggestion: SuggestionContent, source: SuggestionSource): SuggestionOption {
  const resource = suggestion.resource === undefined ? undefined : source.resources[suggestion.resource];
  return {
    id: suggestion.id,
    kind: suggestion.kind,
    action: suggestion.action,
    successMeasure: suggestion.successMeasure,
    helper: helperText(suggestion.helper),
    effortHours: suggestion.effortHours,
    weeks: suggestion.weeks,
    resource: resource ? { name: resource.name, url: resource.url } : null,
    scope: suggestion.id.startsWith('area/') ? 'area' : 'skill',
  };
}

/** Every suggestion that fits the row's requirement, its skill's first, in 70-20-10 order. */
function fitting(actions: Table, row: readonly unknown[], source: SuggestionSource): SuggestionContent[] {
  const topic = topicOf(
    requirementKeyOf(textAt(actions, row, ACT.key)),
    textAt(actions, row, ACT.requirement),
    textAt(actions, row, ACT.area),
    source,
  );
  const seen = new Set<string>();
  return ACTION_TYPES.flatMap((kind) => candidates(topic, kind, source)).filter((s) => {
    if (seen.has(s.id)) return false;
    seen.add(s.id);
    return true;
  });
}

/** Why a row cannot be swapped, or null. */
function refusal(
  actions: Table,
  row: readonly unknown[],
): { kind: 'invalid' | 'edited'; message: string } | null {
  if (!parseSuggestionCell(valueAt(actions, row, ACT.suggestion)))
    return { kind: 'invalid', message: NOT_GENERATED };
  if (!isUntouched(actions, row)) return { kind: 'edited', message: EDITED };
  return null;
}

/** The other ideas for the action in data row `index`: none already in the plan, by id or by text. */
export function otherIdeas(actions: Table, index: number, source: SuggestionSource): OtherIdeas {
  const row = actions.rows[index] ?? [];
  const inPlan = new Set<string>();
  const textsInPlan = new Set<string>();
  for (const other of actions.rows) {
    const id = parseSuggestionCell(valueAt(actions, other, ACT.suggestion))?.id;
    if (id) inPlan.add(id);
    textsInPlan.add(normalizeText(textAt(actions, other, ACT.action)));
  }
  const currentId = parseSuggestionCell(valueAt(actions, row, ACT.suggestion))?.id ?? null;
  const all = fitting(actions, row, source);
  const current = all.find((s) => s.id === currentId);
  const refused = refusal(actions, row);
  return {
    key: textAt(actions, row, ACT.key),
    requirement: textAt(actions, row, ACT.requirement),
    current: current ? option(current, source) : null,
    options: all
      .filter((s) => !inPlan.has(s.id) && !textsInPlan.has(normalizeText(s.action)))
      .map((s) => option(s, source)),
    swappable: refused === null,
    reason: refused?.message ?? null,
  };
}

export type SwapPlan =
  | { ok: true; suggestion: SuggestionContent; writes: { header: string; value: Cell }[] }
  | { ok: false; kind: 'invalid' | 'edited'; message: string };

/**
 * The cells to write to swap the action in data row `index` for suggestion `suggestionId`: action,
 * type, who helps, resource, effort, success measure and the new fingerprint. The due date stays,
 * unless the new action needs longer than is left until it. Refused on a row people edited or
 * wrote, and for an idea that is not one of the row's other ideas.
 *
 * The Suggestion cell (the new id and fingerprint) is written first (swapSuggestion.ts), so a swap
 * that stopped half way left a row that names the idea and whose cells, completed with the idea's,
 * give its fingerprint: the same request finishes it, writing only the cells still missing. A row
 * swapped to the idea already answers the same, with nothing to write.
 */
export function planSwap(
  actions: Table,
  index: number,
  suggestionId: string,
  source: SuggestionSource,
  today: Date,
): SwapPlan {
  const row = actions.rows[index];
  if (!row) return { ok: false, kind: 'invalid', message: 'That action is no longer in the Action Plan.' };
  const begun = begunSwap(actions, row, suggestionId, source, today);
  if (begun) return begun;
  const refused = refusal(actions, row);
  if (refused) return { ok: false, ...refused };
  const ideas = otherIdeas(actions, index, source);
  const suggestion = ideas.options.some((o) => o.id === suggestionId)
    ? fitting(actions, row, source).find((s) => s.id === suggestionId)
    : undefined;
  if (!suggestion) {
    return {
      ok: false,
      kind: 'invalid',
      message: 'That idea is not one of the other ideas for this action (it may be in your plan already).',
    };
  }
  const cells = swapCells(actions, row, suggestion, source, today);
  return { ok: true, suggestion, writes: [...cells].map(([header, value]) => ({ header, value })) };
}

/**
 * The rest of a swap to `suggestionId` that this row already names in its Suggestion cell, when the
 * row completed with the idea's cells gives the fingerprint stored there (nobody touched it since);
 * else null.
 */
function begunSwap(
  actions: Table,
  row: readonly unknown[],
  suggestionId: string,
  source: SuggestionSource,
  today: Date,
): SwapPlan | null {
  const stored = parseSuggestionCell(valueAt(actions, row, ACT.suggestion));
  if (stored?.id !== suggestionId) return null;
  const suggestion = fitting(actions, row, source).find((s) => s.id === suggestionId);
  if (!suggestion) return null;
  const cells = swapCells(actions, row, suggestion, source, today);
  if (cells.get(ACT.suggestion) !== valueAt(actions, row, ACT.suggestion)) return null;
  const missing = [...cells].filter(([header, value]) => !sameCell(valueAt(actions, row, header), value));
  return { ok: true, suggestion, writes: missing.map(([header, value]) => ({ header, value })) };
}

/** The cells a swap to `suggestion` writes into the row, the Suggestion cell with its fingerprint last. */
function swapCells(
  actions: Table,
  row: readonly unknown[],
  suggestion: SuggestionContent,
  source: SuggestionSource,
  today: Date,
): Map<string, Cell> {
  const cells = new Map<string, Cell>([
    [ACT.action, literal(suggestion.action)],
    [ACT.type, suggestion.kind],
    [ACT.helper, literal(helperText(suggestion.helper))],
    [ACT.resource, literal(resourceText(suggestion, source))],
    [ACT.effort, suggestion.effortHours],
    [ACT.success, literal(suggestion.successMeasure)],
  ]);
  const due = valueAt(actions, row, ACT.due);
  const earliest = dateOfDay(onWeekday(dayNumber(today) + suggestion.weeks * 7));
  if (!isDate(due) || dayNumber(due) < dayNumber(earliest)) cells.set(ACT.due, earliest);
  const print = rowFingerprint((header) =>
    cells.has(header) ? asRead(cells.get(header)) : valueAt(actions, row, header),
  );
  cells.set(ACT.suggestion, suggestionCell(suggestion.id, print));
  return cells;
}

/** True when a cell already holds what writing `value` would leave there. */
function sameCell(current: unknown, value: Cell): boolean {
  const written = asRead(value);
  if (isDate(current) || isDate(written))
    return isDate(current) && isDate(written) && current.getTime() === written.getTime();
  return cellText(current) === cellText(written);
}
