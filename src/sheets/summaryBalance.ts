/**
 * The Summary as the action plan uses it: read for the next check-in (which sets the plan's period),
 * written with the 70-20-10 block (D1:G6). Only our own Summary is touched; without one the sidebar
 * still shows the balance, and Set up growth plan creates the tab.
 */
import { cellText } from '../core/cells';
import type { PlanBalance } from '../core/balance';
import { SUMMARY_TAB_NAME } from '../core/layout';
import { SUMMARY_TITLE } from '../core/summary';
import {
  BALANCE_BLOCK,
  balanceBlock,
  balanceBlockWeights,
  nextCheckInOf,
  NEXT_CHECK_IN_ROW,
} from '../core/summaryBalance';
import type { TabFinder } from '../appsscript/tabs';
import { findSummaryTab } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SummaryForBalance {
  sheet: Sheet;
  columns: number;
  nextCheckIn: Date | null;
}

/** Our Summary with what the plan needs of it, read in one go; null when there is none. */
export function readSummaryForBalance(tabs: TabFinder): SummaryForBalance | null {
  const named = tabs.byName(SUMMARY_TAB_NAME);
  let sheet: Sheet | null = null;
  let values: unknown[][] = [];
  if (named) {
    values = named.getDataRange().getValues();
    if (cellText(values[0]?.[0]) === SUMMARY_TITLE) sheet = named;
  }
  if (!sheet) {
    // A person's own "Summary", or ours renamed: look for our title as every action does.
    const found = findSummaryTab(tabs);
    if (!found || found.sheet === named) return null;
    sheet = found.sheet;
    values = sheet.getDataRange().getValues();
  }
  const row = values[NEXT_CHECK_IN_ROW - 1] ?? [];
  return { sheet, columns: sheet.getMaxColumns(), nextCheckIn: nextCheckInOf(row[0], row[1]) };
}

/** Writes the 70-20-10 block, widening the tab first if someone narrowed it below column G. */
export function writeBalanceBlock(summary: SummaryForBalance, balance: PlanBalance, today: Date): void {
  const lastColumn = BALANCE_BLOCK.column + BALANCE_BLOCK.columns - 1;
  if (summary.columns < lastColumn)
    summary.sheet.insertColumnsAfter(summary.columns, lastColumn - summary.columns);
  summary.sheet
    .getRange(BALANCE_BLOCK.row, BALANCE_BLOCK.column, BALANCE_BLOCK.rows, BALANCE_BLOCK.columns)
    .setValues(balanceBlock(balance, today))
    .setFontWeights(balanceBlockWeights());
}
