/**
 * The action-plan summary: where the growth plan stands (counts, gaps, actions by status, percent
 * done) and a table of the actions still open: this period's focus first, by Priority, marked
 * "(focus)" in the Priority column; then the others, overdue ones first. Overdue and focus are text
 * in cells, not formatting, so writing them costs nothing per row.
 */
import { isFocusMark, priorityOf } from '../actionRows';
import { cellText } from '../cells';
import { ACT } from '../layout';
import {
  actionProgress,
  isActionRow,
  parseStatus,
  requirementProgress,
  type ActionProgress,
  type RequirementProgress,
} from '../progress';
import { textAt, valueAt, type Table } from '../table';
import { STATUSES } from '../vocabulary';
import type { BlockSpec } from './block';
import type { DayReader } from './checkIns';
import { dueDay, isOverdueIn, planCalendar, type PlanCalendar } from './planCalendar';

export const OPEN_ACTION_COLUMNS = [
  'Priority',
  'Requirement',
  'Action',
  'Type',
  'Owner',
  'Due date',
  'Status',
  'Overdue',
];
export const OVERDUE = 'Overdue';
export const NO_OPEN_ACTIONS = 'No open actions';
export const FOCUS_MARK = '(focus)';

export interface ActionPlanBlock {
  spec: BlockSpec;
  requirements: RequirementProgress;
  actions: ActionProgress;
  openActions: number;
}

interface OpenAction {
  cells: string[];
  focus: boolean;
  priority: number;
  overdue: boolean;
  /** yyyy-mm-dd, or null for an action without a due date. */
  due: string | null;
  order: number;
}

/** Earlier days first; actions without a date after every dated one. */
function byDueDay(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function openActions(actions: Table, calendar: PlanCalendar): OpenAction[] {
  const open: OpenAction[] = [];
  actions.rows.forEach((row, order) => {
    if (!isActionRow(actions, row)) return;
    const status = parseStatus(textAt(actions, row, ACT.status));
    if (status === 'Done') return;
    const dueValue = valueAt(actions, row, ACT.due);
    const due = dueDay(calendar, dueValue);
    const overdue = isOverdueIn(calendar, dueValue, status);
    const focus = isFocusMark(valueAt(actions, row, ACT.focus));
    const priority = priorityOf(valueAt(actions, row, ACT.priority));
    const rank = Number.isFinite(priority) ? String(priority) : '';
    const cells = [
      focus ? [rank, FOCUS_MARK].filter(Boolean).join(' ') : rank,
      textAt(actions, row, ACT.requirement),
      textAt(actions, row, ACT.action),
      textAt(actions, row, ACT.type),
      textAt(actions, row, ACT.owner),
      due ?? cellText(dueValue),
      status ?? textAt(actions, row, ACT.status),
      overdue ? OVERDUE : '',
    ];
    open.push({ cells, focus, priority, overdue, due, order });
  });
  // The focus by Priority; then what is late, then what is due soonest; undated actions keep their
  // sheet order last.
  return open.sort(
    (a, b) =>
      Number(b.focus) - Number(a.focus) ||
      (a.focus ? a.priority - b.priority || byDueDay(a.due, b.due) : 0) ||
      Number(b.overdue) - Number(a.overdue) ||
      byDueDay(a.due, b.due) ||
      a.order - b.order,
  );
}

/**
 * The summary of the plan as it stands at `now`. `dayOf` reads the plan's date cells as days of
 * its spreadsheet's time zone (daysIn(zone)), so due dates, today and overdue are the sheet's.
 */
export function actionPlanBlock(
  plan: { name: string; requirements: Table; actions: Table },
  now: Date,
  dayOf?: DayReader,
): ActionPlanBlock {
  const calendar = planCalendar(now, dayOf);
  const requirements = requirementProgress(plan.requirements);
  const actions = actionProgress(plan.actions, now, (due, status) => isOverdueIn(calendar, due, status));
  const open = openActions(plan.actions, calendar);
  const byStatus = STATUSES.map((s) => `${s.toLowerCase()} ${actions.byStatus[s]}`);
  if (actions.noStatus > 0) byStatus.push(`no status ${actions.noStatus}`);
  const rows = open.length > 0 ? open.map((a) => a.cells) : [[NO_OPEN_ACTIONS, '', '', '', '', '', '', '']];
  return {
    spec: {
      kind: 'actionPlan',
      elements: [
        { type: 'heading', level: 2, text: 'Action plan: where it stands' },
        { type: 'paragraph', text: `From the growth plan "${plan.name}", read on ${calendar.today}.` },
        {
          type: 'list',
          items: [
            `Requirements: ${requirements.total} (${requirements.rated} rated, ${requirements.unrated} not rated yet)`,
            `Gaps: ${requirements.gaps}`,
            `Actions: ${actions.total} (${byStatus.join(', ')})`,
            `Done: ${actions.percentDone}%`,
            `Overdue: ${actions.overdue}`,
          ],
        },
        { type: 'heading', level: 3, text: `Open actions (${open.length})` },
        { type: 'table', header: OPEN_ACTION_COLUMNS, rows },
      ],
    },
    requirements,
    actions,
    openActions: open.length,
  };
}
