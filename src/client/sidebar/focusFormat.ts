/**
 * Pure wording of the sidebar's focus and 70-20-10 views: the balance as figures, the focus
 * actions grouped by gap, and the short lines under an action or an idea. No DOM here.
 */
import type { ActionType, FocusAction, PlanBalance, SuggestionOption } from '../../api/sheets';
import { ACTION_TYPES } from '../../api/sheets';
import { plural } from './format';

/** What each kind is called in the 70-20-10 view. */
export const KIND_LABELS: Readonly<Record<ActionType, string>> = {
  'Hands-on project': 'Hands-on',
  Mentorship: 'With others',
  Learning: 'Formal learning',
};

export interface BalanceRow {
  kind: ActionType;
  label: string;
  percent: number;
  target: number;
  hours: number;
}

/** One row per kind, in 70-20-10 order. */
export function balanceRows(balance: PlanBalance): BalanceRow[] {
  return ACTION_TYPES.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    percent: balance.percent[kind],
    target: balance.target[kind],
    hours: balance.hours[kind],
  }));
}

/** "62% · target 70%". */
export function balanceFigure(row: BalanceRow): string {
  return `${row.percent}% · target ${row.target}%`;
}

/** What the figures say, for the hours behind them: "By effort: 195 hours over 11 actions." */
export function balanceBasis(balance: PlanBalance): string {
  if (balance.actions === 0) return 'No actions with a type yet.';
  const hours = Math.round(ACTION_TYPES.reduce((sum, kind) => sum + balance.hours[kind], 0));
  const untyped =
    balance.untyped > 0 ? ` (${plural(balance.untyped, 'action')} without a type left out)` : '';
  return `By effort: ${plural(hours, 'hour')} over ${plural(balance.actions, 'action')}${untyped}.`;
}

export interface FocusGroup {
  priority: number | null;
  requirement: string;
  actions: FocusAction[];
}

/** The focus actions grouped by their gap, in the order they come (by Priority). */
export function focusGroups(focus: readonly FocusAction[]): FocusGroup[] {
  const groups: FocusGroup[] = [];
  for (const action of focus) {
    const group = groups.find((g) => g.requirement === action.requirement && g.priority === action.priority);
    if (group) group.actions.push(action);
    else groups.push({ priority: action.priority, requirement: action.requirement, actions: [action] });
  }
  return groups;
}

/** "with my manager", "with a Deal Desk specialist", "with Salesforce admins", "on your own". */
function withWhom(helper: string): string {
  if (helper === '') return '';
  if (helper === 'On my own') return 'on your own';
  const article = /^(A|An|The|My|Your)\b/.test(helper);
  return `with ${article ? helper.charAt(0).toLowerCase() + helper.slice(1) : helper}`;
}

/** "Due 2027-01-04 · with my manager". */
export function focusActionMeta(action: FocusAction): string {
  return [action.due ? `Due ${action.due}` : '', withWhom(action.helper)].filter(Boolean).join(' · ');
}

/** "20 hours · about 6 weeks · with a Deal Desk specialist". */
export function ideaMeta(option: SuggestionOption): string {
  return [
    plural(option.effortHours, 'hour'),
    `about ${plural(option.weeks, 'week')}`,
    withWhom(option.helper),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The focus size control's options. */
export const FOCUS_SIZES = [1, 2, 3, 4, 5] as const;

/** A resource link is shown only for a public https address. */
export function safeLink(url: string): string | null {
  return /^https:\/\/[^\s"'<>]+$/.test(url) ? url : null;
}
