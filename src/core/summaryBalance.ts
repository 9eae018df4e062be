/**
 * The Summary tab's 70-20-10 block (D1:G6, beside the A:B block of counts): the target and the
 * plan's mix by hours, and the sentence on what would bring it closer. Written as values whenever
 * the plan is generated or an action swapped; the sidebar shows the same figures live.
 * Also reads the Summary's "Next check-in" row (A16:B16, written by the career tracker), which sets
 * the plan's period.
 */
import { cellText, isDate, literal, normalizeText, type Cell } from './cells';
import type { PlanBalance } from './balance';
import { isoDate } from './conversation/cadence';
import { ACTION_TYPES } from './vocabulary';

/** Where the block goes: D1, 6 rows by 4 columns (1-based row and column). */
export const BALANCE_BLOCK = { row: 1, column: 4, rows: 6, columns: 4 } as const;
// Labels short enough for a column of Sheets' default width.
export const BALANCE_TITLE = '70-20-10 mix';

/** The Summary row the career tracker keeps the next check-in on: label in A, date in B. */
export const NEXT_CHECK_IN_ROW = 16;
export const NEXT_CHECK_IN_LABEL = 'Next check-in';

/** The block's cells. Percentages are written as "70%", which Sheets reads as a percentage. */
export function balanceBlock(balance: PlanBalance, today: Date): Cell[][] {
  return [
    [BALANCE_TITLE, 'Target', 'Your plan', 'Hours'],
    ...ACTION_TYPES.map((kind): Cell[] => [
      kind,
      `${balance.target[kind]}%`,
      `${balance.percent[kind]}%`,
      Math.round(balance.hours[kind] * 10) / 10,
    ]),
    ['To get closer', literal(balance.advice), '', ''],
    ['As of', isoDate(today), '', ''],
  ];
}

/** Bold for the block's header row and its labels. */
export function balanceBlockWeights(): ('bold' | null)[][] {
  return Array.from({ length: BALANCE_BLOCK.rows }, (_, r) =>
    Array.from({ length: BALANCE_BLOCK.columns }, (_, c) => (r === 0 || c === 0 ? 'bold' : null)),
  );
}

/** The date of the "Next check-in" row (its A and B cells), when it holds one. */
export function nextCheckInOf(label: unknown, value: unknown): Date | null {
  if (normalizeText(cellText(label)) !== normalizeText(NEXT_CHECK_IN_LABEL)) return null;
  if (isDate(value)) return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cellText(value));
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return Number.isNaN(date.getTime()) ? null : date;
}
