/**
 * What a refresh writes into the Team tab: the add-on's figure columns, and nothing else. Each run
 * of adjacent figure columns is one block from the first person's row to the last; rows in between
 * that are not a person's (blank, or a note of the manager's) are written back exactly as they were,
 * formulas included. Figure columns the tab lacks are appended after its last column.
 */
import { textCell, keptCell } from '../ratingEdits';
import type { Cell } from '../cells';
import { type HeaderMap } from '../headers';
import type { Table } from '../table';
import { STATUSES } from '../vocabulary';
import { FIGURES, FIGURE_HEADERS } from './layout';
import { columnBlocks, type ColumnBlock } from './columnBlocks';
import type { TeamMember } from './members';
import { noteText, type RowProblem } from './notes';
import type { PersonFigures } from './planFigures';

/** One person's outcome: the figures read (null: none could be), and what to say about it. */
export interface MemberResult {
  member: TeamMember;
  figures: PersonFigures | null;
  problems: RowProblem[];
}

const STATUS_HEADERS = {
  'Not started': FIGURES.notStarted,
  'In progress': FIGURES.inProgress,
  Blocked: FIGURES.blocked,
  Done: FIGURES.done,
} as const;

/** "Yes" when the manager rated every requirement, "No" for none, else "3 of 7". */
export function managerRatedText(rated: number, total: number): string {
  if (total === 0) return '';
  if (rated === total) return 'Yes';
  return rated === 0 ? 'No' : `${rated} of ${total}`;
}

/** The next check-in's date, marked when it is only proposed and when it is due. */
export function nextCheckInText(next: PersonFigures['nextCheckIn']): string {
  if (!next) return '';
  const marks = [next.chosen ? '' : 'proposed', next.due ? 'due' : ''].filter(Boolean);
  return marks.length === 0 ? next.date : `${next.date} (${marks.join(', ')})`;
}

/** The cells of a person's figure columns, by header. */
export function figureCells(result: MemberResult): Record<string, Cell> {
  const f = result.figures;
  const r = f?.requirements ?? null;
  const a = f?.actions ?? null;
  const text = (value: string) => (value === '' ? '' : textCell(value));
  const cells: Record<string, Cell> = {
    [FIGURES.currentRole]: text(f?.currentRole ?? ''),
    [FIGURES.targetRole]: text(f?.targetRole ?? ''),
    [FIGURES.requirements]: r ? r.total : '',
    [FIGURES.rated]: r ? r.rated : '',
    [FIGURES.gaps]: r ? r.gaps : '',
    [FIGURES.ready]: r?.share ?? '',
    [FIGURES.managerRated]: r ? text(managerRatedText(r.managerRated, r.total)) : '',
    [FIGURES.actions]: a ? a.total : '',
    [FIGURES.overdue]: a ? a.overdue : '',
    [FIGURES.lastCheckIn]: text(f?.lastCheckIn ?? ''),
    [FIGURES.nextCheckIn]: text(nextCheckInText(f?.nextCheckIn ?? null)),
    [FIGURES.note]: text(noteText(result.problems, result.member.name)),
  };
  for (const status of STATUSES) cells[STATUS_HEADERS[status]] = a ? a.byStatus[status] : '';
  return cells;
}

export interface TeamWrite {
  /** The header row once missing figure columns are appended. */
  header: HeaderMap;
  appendedHeaders: string[];
  blocks: ColumnBlock[];
  /** The data rows the blocks cover (first 0-based, count), for the percent format of the share column. */
  rows: { first: number; count: number };
}

/** The cells of what the Team tab held, for rows written back unchanged. */
export interface TeamCells {
  formulas: readonly (readonly string[])[];
  numberFormats: readonly (readonly string[])[];
}

/** The whole write of a refresh into the Team tab, from the table as read and every person's result. */
export function teamWrite(table: Table, cells: TeamCells, results: readonly MemberResult[]): TeamWrite {
  const appendedHeaders = table.header.missing(FIGURE_HEADERS);
  const header = table.header.withAppended(appendedHeaders);
  const byIndex = new Map(results.map((r) => [r.member.index, figureCells(r)]));
  const indexes = [...byIndex.keys()];
  if (indexes.length === 0) return { header, appendedHeaders, blocks: [], rows: { first: 0, count: 0 } };
  const first = Math.min(...indexes);
  const count = Math.max(...indexes) - first + 1;
  const blocks = columnBlocks(header, FIGURE_HEADERS, { first, count }, (index, name, column) => {
    const own = byIndex.get(index);
    if (own) return own[name] ?? '';
    const row = table.rows[index] ?? [];
    return column < row.length
      ? keptCell(
          row[column],
          cells.formulas[index]?.[column] ?? '',
          cells.numberFormats[index]?.[column] ?? '',
        )
      : '';
  });
  return { header, appendedHeaders, blocks, rows: { first, count } };
}
