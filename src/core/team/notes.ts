/**
 * The Refresh note of a Team row: why its figures are empty or partial, in words a manager can act
 * on. One sentence per problem; a row without problems gets an empty note.
 */
import { MAX_PLANS } from './layout';
import type { PlanProblem } from './planFigures';

export type RowProblem =
  | { kind: 'no-url' }
  | { kind: 'bad-url' }
  | { kind: 'over-limit' }
  | { kind: 'unreachable' }
  | { kind: 'unreadable' }
  /** The same growth plan as an earlier row (its figures are copied, not read twice). */
  | { kind: 'same'; row: number }
  | PlanProblem;

/** Problems that leave figures out; the others only inform. */
export function isProblem(problem: RowProblem): boolean {
  return problem.kind !== 'no-check-ins' && problem.kind !== 'same';
}

function quoted(names: readonly string[]): string {
  const list = names.map((n) => `"${n}"`);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function sentence(problem: RowProblem, who: string): string {
  switch (problem.kind) {
    case 'no-url':
      return 'No growth plan URL in this row: add the address of their growth plan to include them.';
    case 'bad-url':
      return 'The growth plan URL is not a Google Sheets address (it starts with https://docs.google.com/spreadsheets/d/).';
    case 'over-limit':
      return `Not refreshed: one refresh reads at most ${MAX_PLANS} growth plans, so that it ends well within Apps Script's six minutes. Keep the others in a second workbook.`;
    case 'unreachable':
      return `The growth plan could not be opened: it does not exist, or it is not shared with you. Ask ${who} to share it with you (view access is enough).`;
    case 'unreadable':
      return 'The growth plan opened but could not be read just now. Refresh again later.';
    case 'same':
      return `The same growth plan as row ${problem.row}.`;
    case 'missing-tab':
      return problem.tab === 'Role Requirements'
        ? `The plan has no Role Requirements tab (nor a tab with its columns), so there are no ratings to show. Ask ${who} to set it up with the Growth Plan add-on.`
        : 'The plan has no Action Plan tab (nor a tab with its columns): action figures left empty.';
    case 'missing-columns': {
      const s = problem.columns.length > 1 ? 's' : '';
      return `The "${problem.tab}" tab of the plan has no ${quoted(problem.columns)} column${s} (renamed or removed?): its figures are left empty. Ask ${who} to rename it back, or to run Set up growth plan.`;
    }
    case 'no-check-ins':
      return 'No check-in recorded yet.';
  }
}

/** The note for a row: its problems' sentences, most serious first as they were found. */
export function noteText(problems: readonly RowProblem[], name: string): string {
  const who = name.trim() === '' ? 'its owner' : name.trim();
  return problems.map((p) => sentence(p, who)).join(' ');
}
