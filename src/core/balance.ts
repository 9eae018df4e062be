/**
 * The plan's 70-20-10 balance: how a person's hours split between learning on the job (hands-on
 * projects), learning from others (mentorship) and formal learning, against GitLab's 70-20-10, with
 * one sentence on what would bring the plan closer. Every action row counts, generated or typed by a
 * person: by its Effort (hours) when that holds a number, else by a default effort for its Type.
 */
import { cellText, normalizeText } from './cells';
import { isFocusMark, keySkill, priorityOf, suggestionSkill } from './actionRows';
import { ACT } from './layout';
import { isActionRow } from './progress';
import { textAt, valueAt, type Table } from './table';
import { ACTION_TYPES, type ActionType } from './vocabulary';

export type KindFigures = Record<ActionType, number>;

/** GitLab's 70-20-10 model, in percent of the hours. */
export const TARGET_MIX: Readonly<KindFigures> = { 'Hands-on project': 70, Mentorship: 20, Learning: 10 };

/**
 * Hours a row without an estimate counts for, by type: the suggestion library's median effort of
 * each kind (a hands-on project 20 hours, a step with other people 6, a course 10).
 */
export const DEFAULT_EFFORT_HOURS: Readonly<KindFigures> = {
  'Hands-on project': 20,
  Mentorship: 6,
  Learning: 10,
};

/** Within this many percentage points of the target on every kind, a plan is close enough. */
export const CLOSE_ENOUGH_POINTS = 5;

export interface Mix {
  hours: KindFigures;
  /** Whole percentages of the hours that add up to 100 (all 0 when there are no hours). */
  percent: KindFigures;
}

export interface PlanBalance {
  target: KindFigures;
  hours: KindFigures;
  percent: KindFigures;
  /** Action rows counted (their Type is one of the three). */
  actions: number;
  /** Action rows left out because their Type is none of the three. */
  untyped: number;
  /** Every kind is within CLOSE_ENOUGH_POINTS of its target. */
  close: boolean;
  /** One sentence: what would bring the plan closer to 70-20-10 (or that it is close). */
  advice: string;
}

const zero = (): KindFigures => ({ 'Hands-on project': 0, Mentorship: 0, Learning: 0 });

/** The action type a cell names, matched case-insensitively; null for anything else. */
export function parseActionType(value: unknown): ActionType | null {
  const text = normalizeText(cellText(value));
  return ACTION_TYPES.find((type) => type.toLowerCase() === text) ?? null;
}

/** The hours a row counts for: its estimate when it holds a positive number, else its type's default. */
export function effortHours(value: unknown, type: ActionType): number {
  const hours = typeof value === 'number' ? value : Number(cellText(value).replace(',', '.'));
  return cellText(value) !== '' && Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_EFFORT_HOURS[type];
}

/** Whole percentages summing to 100, by largest remainder (ties in 70-20-10 order). */
export function percentages(hours: KindFigures): KindFigures {
  const total = ACTION_TYPES.reduce((sum, kind) => sum + hours[kind], 0);
  const percent = zero();
  if (total <= 0) return percent;
  const exact = ACTION_TYPES.map((kind) => ({ kind, value: (hours[kind] / total) * 100 }));
  for (const { kind, value } of exact) percent[kind] = Math.floor(value);
  let left = 100 - ACTION_TYPES.reduce((sum, kind) => sum + percent[kind], 0);
  const byRemainder = [...exact].sort((a, b) => (b.value % 1) - (a.value % 1));
  for (const { kind } of byRemainder) {
    if (left <= 0) break;
    percent[kind] += 1;
    left -= 1;
  }
  return percent;
}

/** The mix of some hours per kind. */
export function mixOf(entries: readonly { kind: ActionType; hours: number }[]): Mix {
  const hours = zero();
  for (const entry of entries) hours[entry.kind] += entry.hours;
  return { hours, percent: percentages(hours) };
}

/** How far a mix is from 70-20-10: the sum of the percentage points each kind is off by. */
export function distanceFromTarget(hours: KindFigures): number {
  const percent = percentages(hours);
  return ACTION_TYPES.reduce((sum, kind) => sum + Math.abs(percent[kind] - TARGET_MIX[kind]), 0);
}

/** The kind furthest below its target, or null when every kind is close enough. */
export function shortfall(percent: KindFigures): ActionType | null {
  let worst: ActionType | null = null;
  let worstGap = 0;
  for (const kind of ACTION_TYPES) {
    const gap = TARGET_MIX[kind] - percent[kind];
    if (gap > worstGap) {
      worst = kind;
      worstGap = gap;
    }
  }
  const close = ACTION_TYPES.every(
    (kind) => Math.abs(percent[kind] - TARGET_MIX[kind]) <= CLOSE_ENOUGH_POINTS,
  );
  return close ? null : worst;
}

const ADD_FOR: Readonly<Record<ActionType, string>> = {
  'Hands-on project': 'a hands-on project',
  Mentorship: 'a step with other people (a mentor, shadowing, feedback)',
  Learning: 'a course or other formal learning',
};

const ADD_ANOTHER: Readonly<Record<ActionType, string>> = {
  'Hands-on project': 'Add another hands-on project, or give the ones you have more of your time.',
  Mentorship: 'Add another step with other people: a mentor, someone to shadow, or regular feedback.',
  Learning: 'Add a course or other formal learning to your plan.',
};

export const NO_ACTIONS_ADVICE = 'Generate your action plan to see its 70-20-10 balance.';
export const CLOSE_ADVICE = 'Your plan is close to the 70-20-10 target.';

/** One sentence for a shortfall of `kind`, naming the gap it is for when there is one. */
export function adviceFor(kind: ActionType, gapName: string | null): string {
  return gapName === null ? ADD_ANOTHER[kind] : `Add ${ADD_FOR[kind]} for ${gapName}.`;
}

const NAME_MAX = 50;

/** A requirement's text as a gap's name in a sentence: quoted, cut to NAME_MAX characters. */
export function quotedRequirement(text: string): string {
  const cut = text.length > NAME_MAX ? `${text.slice(0, NAME_MAX - 1).trimEnd()}…` : text;
  return `"${cut}"`;
}

interface GapGroup {
  name: string;
  kinds: Set<ActionType>;
  focus: boolean;
  priority: number;
  order: number;
}

/**
 * The balance of the Action Plan tab. `skillName` names a skill in a sentence; the advice names the
 * most important gap (focus first, then by Priority, then sheet order) that lacks the kind the plan
 * is shortest of, by its skill's name or else its requirement's text.
 */
export function planBalance(actions: Table, skillName: (skillId: string) => string | undefined): PlanBalance {
  const entries: { kind: ActionType; hours: number }[] = [];
  const groups = new Map<string, GapGroup>();
  let untyped = 0;
  actions.rows.forEach((row, order) => {
    if (!isActionRow(actions, row)) return;
    const kind = parseActionType(valueAt(actions, row, ACT.type));
    if (kind === null) untyped++;
    else entries.push({ kind, hours: effortHours(valueAt(actions, row, ACT.effort), kind) });
    const requirement = textAt(actions, row, ACT.requirement);
    if (requirement === '') return;
    const id = normalizeText(requirement);
    let group = groups.get(id);
    if (!group) {
      group = { name: '', kinds: new Set(), focus: false, priority: Number.POSITIVE_INFINITY, order };
      groups.set(id, group);
    }
    if (kind) group.kinds.add(kind);
    group.focus ||= isFocusMark(valueAt(actions, row, ACT.focus));
    group.priority = Math.min(group.priority, priorityOf(valueAt(actions, row, ACT.priority)));
    if (group.name === '') {
      const skill =
        suggestionSkill(textAt(actions, row, ACT.suggestion)) || keySkill(textAt(actions, row, ACT.key));
      group.name = (skill && skillName(skill)) || '';
    }
  });
  const mix = mixOf(entries);
  const base = {
    target: { ...TARGET_MIX },
    hours: mix.hours,
    percent: mix.percent,
    actions: entries.length,
    untyped,
  };
  if (entries.length === 0) return { ...base, close: false, advice: NO_ACTIONS_ADVICE };
  const short = shortfall(mix.percent);
  if (short === null) return { ...base, close: true, advice: CLOSE_ADVICE };
  const ranked = [...groups.entries()].sort(
    ([, a], [, b]) => Number(b.focus) - Number(a.focus) || a.priority - b.priority || a.order - b.order,
  );
  const lacking = ranked.find(([, group]) => !group.kinds.has(short));
  const name = lacking
    ? lacking[1].name || quotedRequirement(requirementText(actions, lacking[1].order))
    : null;
  return { ...base, close: false, advice: adviceFor(short, name) };
}

function requirementText(actions: Table, order: number): string {
  const row = actions.rows[order];
  return row ? textAt(actions, row, ACT.requirement) : '';
}
