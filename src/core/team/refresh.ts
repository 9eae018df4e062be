/**
 * A refresh of the team overview as one decision: from the Team tab as read and what could be read
 * of each linked plan, every person's figures and note, the writes into the Team tab, the shared
 * gaps, and a summary for the sidebar and the menu.
 */
import type { Day } from '../tracker/days';
import type { Table } from '../table';
import { sheetRow, type MemberPlan } from './members';
import { isProblem, noteText, type RowProblem } from './notes';
import { personFigures, type LinkedPlanTables, type PersonRead } from './planFigures';
import { sharedGaps, type SharedGap, type SharedGapSource, type TeamPerson } from './sharedGaps';
import { teamWrite, type MemberResult, type TeamCells, type TeamWrite } from './teamRows';

/**
 * What opening one plan gave: its tabs; nothing, because it does not exist or is not shared; or
 * nothing, because it opened but reading it failed.
 */
export type PlanOutcome =
  { kind: 'read'; tables: LinkedPlanTables } | { kind: 'unreachable' } | { kind: 'unreadable' };

/** What the sidebar and the menu say after a refresh; names are the manager's own, nothing is copied from the plans but figures. */
export interface TeamRefreshSummary {
  refreshedOn: Day;
  /** Rows listing a person. */
  people: number;
  /** Of those, rows filled from a plan. */
  read: number;
  /** Rows whose note reports a problem (no URL, not opened, a tab or column missing). */
  withNotes: number;
  sharedGaps: { gap: string; people: number }[];
  /** Each person's row: `problem` when its note says why figures are missing (not only informs). */
  rows: { row: number; name: string; share: number | null; note: string; problem: boolean }[];
}

export interface TeamRefresh {
  results: MemberResult[];
  team: TeamWrite;
  gaps: SharedGap[];
  summary: TeamRefreshSummary;
}

function problemsOf(
  plan: MemberPlan,
  read: PersonRead | null,
  outcome: PlanOutcome | undefined,
): RowProblem[] {
  if (plan.kind === 'skip') return [{ kind: plan.reason }];
  const same: RowProblem[] = plan.kind === 'same' ? [{ kind: 'same', row: plan.row }] : [];
  if (!outcome || outcome.kind !== 'read') return [...same, { kind: outcome?.kind ?? 'unreachable' }];
  return [...same, ...(read?.problems ?? [])];
}

export function teamRefresh(input: {
  table: Table;
  cells: TeamCells;
  plans: readonly MemberPlan[];
  /** By spreadsheet id, each plan opened once. */
  outcomes: ReadonlyMap<string, PlanOutcome>;
  today: Day;
  source: SharedGapSource;
}): TeamRefresh {
  const reads = new Map<string, PersonRead>();
  for (const [id, outcome] of input.outcomes)
    if (outcome.kind === 'read') reads.set(id, personFigures(outcome.tables, input.today));

  const people: TeamPerson[] = [];
  const results = input.plans.map((plan): MemberResult => {
    const outcome = plan.kind === 'skip' ? undefined : input.outcomes.get(plan.id);
    const read = plan.kind === 'skip' ? null : (reads.get(plan.id) ?? null);
    // A plan listed twice counts once among the people sharing a gap.
    if (plan.kind === 'read' && read) people.push({ name: plan.member.name, ratings: read.ratings });
    return { member: plan.member, figures: read?.figures ?? null, problems: problemsOf(plan, read, outcome) };
  });
  const gaps = sharedGaps(people, input.source);

  return {
    results,
    team: teamWrite(input.table, input.cells, results),
    gaps,
    summary: {
      refreshedOn: input.today,
      people: results.length,
      read: results.filter((r) => r.figures !== null).length,
      withNotes: results.filter((r) => r.problems.some(isProblem)).length,
      sharedGaps: gaps.map((g) => ({ gap: g.label, people: g.notYet.length + g.developing.length })),
      rows: results.map((r) => ({
        row: sheetRow(r.member.index),
        name: r.member.name,
        share: r.figures?.requirements?.share ?? null,
        note: noteText(r.problems, r.member.name),
        problem: r.problems.some(isProblem),
      })),
    },
  };
}
