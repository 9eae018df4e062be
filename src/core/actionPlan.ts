/**
 * The merge behind "generate action plan": a focused plan for the gaps, added to what the Action
 * Plan already holds. Existing rows, generated or typed by a person, are never changed.
 *
 * The rules (docs/user-guide.md, "Generating the action plan"):
 * - Gaps are ranked (src/core/gaps.ts). The top `focusSize` gaps are this period's focus; a gap
 *   already in focus (a row of it marked in Focus) stays there and counts towards the size.
 * - A focus gap gets a blend: a hands-on project and a step with other people. One of them also gets
 *   formal learning, where it helps most: the best-ranked focus gap rated Not yet (starting from
 *   scratch), else the best-ranked focus gap; none when a focus gap has formal learning already.
 *   One course a period keeps the focus near the 10 of 70-20-10.
 * - Every other gap gets one later action, of the kind that keeps the plan's hours closest to
 *   70-20-10.
 * - Suggestions come from the requirement's skill, then its area; none is used twice in a plan, and
 *   no two actions have the same text. A kind with nothing left to suggest is left out and counted.
 * - Only what is missing is added: the kinds a gap's rows (generated or typed) already cover count.
 */
import { asRead, isFocusMark, parseSuggestionCell, rowFingerprint, suggestionCell } from './actionRows';
import { distanceFromTarget, effortHours, mixOf, parseActionType } from './balance';
import { fingerprint, isDate, literal, normalizeText, type Cell } from './cells';
import { findGaps, rankGaps, type Gap } from './gaps';
import type { HeaderMap } from './headers';
import { ACT, ACTIONS_TAB } from './layout';
import { isRequirementKey } from './requirementsImport';
import { scheduleDueDates, type PlanPeriod } from './schedule';
import {
  candidates,
  helperText,
  resourceText,
  topicOf,
  type SuggestionContent,
  type SuggestionSource,
} from './suggestionChoice';
import { textAt, valueAt, type Table } from './table';
import { ACTION_TYPES, type ActionType } from './vocabulary';

export const DEFAULT_OWNER = 'Me';
export const FOCUS_YES = 'Yes';
export const NOT_STARTED = 'Not started';

/** The order a focus gap's actions are done in, and so fall due: learn, learn from others, do. */
const DOING_ORDER: readonly ActionType[] = ['Learning', 'Mentorship', 'Hands-on project'];

/** The stable key of a requirement's first generated action; later ones add "#2", "#3"... */
export function actionKey(requirementRowKey: string, requirementText: string): string {
  return isRequirementKey(requirementRowKey)
    ? `act:${requirementRowKey.slice('req:'.length)}`
    : `act:manual:${fingerprint(normalizeText(requirementText))}`;
}

export interface ActionPlanOptions {
  today: Date;
  /** How many gaps this period's focus holds (1 to 5). */
  focusSize: number;
  period: PlanPeriod;
  suggestions: SuggestionSource;
}

export interface ActionPlanResult {
  header: HeaderMap;
  appendedHeaders: string[];
  newRows: Cell[][];
  gaps: number;
  unrated: number;
  /** Gaps that needed nothing new (every action they call for is in the plan). */
  alreadyPlanned: number;
  /** Gaps in this period's focus. */
  focusGaps: number;
  /** Actions left out because every suggestion that fits is already in the plan. */
  unsuggested: number;
}

/** What the tab already holds, as the plan needs it. */
interface Existing {
  keys: Set<string>;
  usedIds: Set<string>;
  usedTexts: Set<string>;
  dueDates: Date[];
  mix: { kind: ActionType; hours: number }[];
  /** Per gap: the kinds its rows cover, and whether one of them is marked as focus. */
  coverage(gap: Gap, base: string): { rows: number; kinds: Set<ActionType>; focus: boolean };
}

function readExisting(actions: Table): Existing {
  const keys = new Set<string>();
  const usedIds = new Set<string>();
  const usedTexts = new Set<string>();
  const dueDates: Date[] = [];
  const mix: { kind: ActionType; hours: number }[] = [];
  const rows = actions.rows.map((row) => {
    const key = textAt(actions, row, ACT.key);
    if (key) keys.add(key);
    const id = parseSuggestionCell(valueAt(actions, row, ACT.suggestion))?.id;
    if (id) usedIds.add(id);
    const action = normalizeText(textAt(actions, row, ACT.action));
    if (action) usedTexts.add(action);
    const due = valueAt(actions, row, ACT.due);
    if (isDate(due)) dueDates.push(due);
    const kind = parseActionType(valueAt(actions, row, ACT.type));
    if (kind) mix.push({ kind, hours: effortHours(valueAt(actions, row, ACT.effort), kind) });
    return {
      key,
      requirement: normalizeText(textAt(actions, row, ACT.requirement)),
      kind,
      focus: isFocusMark(valueAt(actions, row, ACT.focus)),
    };
  });
  return {
    keys,
    usedIds,
    usedTexts,
    dueDates,
    mix,
    coverage(gap, base) {
      const text = normalizeText(gap.text);
      const kinds = new Set<ActionType>();
      let count = 0;
      let focus = false;
      for (const row of rows) {
        // A person's own action for the requirement counts too, matched by the requirement's text.
        const mine = row.key === base || row.key.startsWith(`${base}#`) || row.requirement === text;
        if (!mine) continue;
        count++;
        if (row.kind) kinds.add(row.kind);
        focus ||= row.focus;
      }
      return { rows: count, kinds, focus };
    },
  };
}

interface PlannedGap {
  gap: Gap;
  base: string;
  rank: number;
  focus: boolean;
  covered: { rows: number; kinds: Set<ActionType>; focus: boolean };
  wanted: ActionType[];
  picked: SuggestionContent[];
}

/** Plans the new rows for the gaps of `requirements` that `actions` does not cover yet. */
export function planActions(
  requirements: Table,
  actions: Table,
  options: ActionPlanOptions,
): ActionPlanResult {
  const appendedHeaders = actions.header.missing(ACTIONS_TAB.headers);
  const header = actions.header.withAppended(appendedHeaders);
  const existing = readExisting(actions);
  const { gaps: found, unrated } = findGaps(requirements);

  // Two requirement rows with the same key or text are one gap: the first in sheet order.
  const seen = new Set<string>();
  const unique = found.filter((gap) => {
    const ids = [actionKey(gap.key, gap.text), `text:${normalizeText(gap.text)}`];
    if (ids.some((id) => seen.has(id))) return false;
    ids.forEach((id) => seen.add(id));
    return true;
  });

  const planned: PlannedGap[] = rankGaps(unique).map((gap, i) => {
    const base = actionKey(gap.key, gap.text);
    const covered = existing.coverage(gap, base);
    return { gap, base, rank: i + 1, focus: false, covered, wanted: [], picked: [] };
  });

  // This period's focus: gaps already in it stay; the best-ranked others fill it up to its size.
  let room = options.focusSize - planned.filter((p) => p.covered.focus).length;
  for (const p of planned) {
    if (p.covered.focus) p.focus = true;
    else if (room > 0) {
      p.focus = true;
      room--;
    }
  }
  const focus = planned.filter((p) => p.focus);
  for (const p of focus)
    p.wanted = (['Hands-on project', 'Mentorship'] as const).filter((kind) => !p.covered.kinds.has(kind));
  // One piece of formal learning per period, where it helps most: the best-ranked focus gap rated
  // Not yet (starting from scratch), else the best-ranked focus gap.
  const learner = focus.find((p) => p.gap.rating === 'Not yet') ?? focus[0];
  if (learner && !focus.some((p) => p.covered.kinds.has('Learning'))) learner.wanted.push('Learning');

  // Suggestions: focus gaps first (best ranked first, hands-on first), then one per later gap.
  const usedIds = new Set(existing.usedIds);
  const usedTexts = new Set(existing.usedTexts);
  const pick = (p: PlannedGap, kind: ActionType, take: boolean): SuggestionContent | null => {
    const topic = topicOf(p.gap.key, p.gap.text, p.gap.areaLabel, options.suggestions);
    const choice = candidates(topic, kind, options.suggestions).find(
      (s) => !usedIds.has(s.id) && !usedTexts.has(normalizeText(s.action)),
    );
    if (choice && take) {
      usedIds.add(choice.id);
      usedTexts.add(normalizeText(choice.action));
    }
    return choice ?? null;
  };
  let unsuggested = 0;
  const mix = [...existing.mix];
  for (const p of focus) {
    for (const kind of ACTION_TYPES) {
      if (!p.wanted.includes(kind)) continue;
      const choice = pick(p, kind, true);
      if (choice) {
        p.picked.push(choice);
        mix.push({ kind, hours: choice.effortHours });
      } else unsuggested++;
    }
  }
  const later = planned.filter((p) => !p.focus && p.covered.rows === 0);
  for (const p of later) {
    // The kind that keeps the plan's hours closest to 70-20-10 (ties in 70-20-10 order).
    const choices = ACTION_TYPES.flatMap((kind) => {
      const choice = pick(p, kind, false);
      if (!choice) return [];
      const hours = mixOf([...mix, { kind, hours: choice.effortHours }]).hours;
      return [{ kind, choice, distance: distanceFromTarget(hours) }];
    });
    const best = choices.reduce<(typeof choices)[number] | null>(
      (a, b) => (a === null || b.distance < a.distance ? b : a),
      null,
    );
    if (!best) {
      unsuggested++;
      continue;
    }
    pick(p, best.kind, true);
    p.wanted = [best.kind];
    p.picked.push(best.choice);
    mix.push({ kind: best.kind, hours: best.choice.effortHours });
  }

  // Due dates: each focus gap's actions in doing order over the period; later ones after it.
  const inDoingOrder = (p: PlannedGap) =>
    [...p.picked].sort((a, b) => DOING_ORDER.indexOf(a.kind) - DOING_ORDER.indexOf(b.kind));
  const focusWithNew = focus.filter((p) => p.picked.length > 0);
  const laterWithNew = later.filter((p) => p.picked.length > 0);
  const schedule = scheduleDueDates(
    options.period,
    focusWithNew.map((p) => ({ track: focus.indexOf(p), weeks: inDoingOrder(p).map((s) => s.weeks) })),
    laterWithNew.length,
    existing.dueDates,
  );

  const keys = new Set(existing.keys);
  const nextKey = (base: string): string => {
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}#${n}`;
    keys.add(key);
    return key;
  };
  const newRows: Cell[][] = [];
  const addRow = (p: PlannedGap, suggestion: SuggestionContent, due: Date | undefined) => {
    const row: Cell[] = header.headers.map(() => '');
    const put = (name: string, value: Cell) => {
      row[header.column(name)] = value;
    };
    put(ACT.key, nextKey(p.base));
    put(ACT.priority, p.rank);
    put(ACT.focus, p.focus ? FOCUS_YES : '');
    put(ACT.requirement, literal(p.gap.text));
    put(ACT.area, literal(p.gap.areaLabel));
    put(ACT.action, literal(suggestion.action));
    put(ACT.type, suggestion.kind);
    put(ACT.helper, literal(helperText(suggestion.helper)));
    put(ACT.resource, literal(resourceText(suggestion, options.suggestions)));
    put(ACT.owner, DEFAULT_OWNER);
    if (due) put(ACT.due, due);
    put(ACT.status, NOT_STARTED);
    put(ACT.effort, suggestion.effortHours);
    put(ACT.success, literal(suggestion.successMeasure));
    const print = rowFingerprint((name) => asRead(row[header.column(name)]));
    put(ACT.suggestion, suggestionCell(suggestion.id, print));
    newRows.push(row);
  };
  focusWithNew.forEach((p, i) => {
    inDoingOrder(p).forEach((s, k) => {
      addRow(p, s, schedule.focus[i]?.[k]);
    });
  });
  laterWithNew.forEach((p, j) => {
    const suggestion = p.picked[0];
    if (suggestion) addRow(p, suggestion, schedule.later[j]);
  });

  return {
    header,
    appendedHeaders,
    newRows,
    gaps: found.length,
    unrated,
    // A repeated requirement row is planned by its first.
    alreadyPlanned:
      planned.filter((p) => p.covered.rows > 0 && p.wanted.length === 0).length +
      found.length -
      unique.length,
    focusGaps: focus.length,
    unsuggested,
  };
}
