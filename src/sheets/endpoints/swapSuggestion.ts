/**
 * swapSuggestion: replaces a generated action with another idea, only on a row nobody edited since
 * it was generated (src/core/otherIdeas.ts); an edited row is answered 'edited' and never written.
 * The row's changed cells go in one write per run of adjacent columns, the Suggestion cell's first,
 * then the Summary's balance.
 */
import { ACT, ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import { findActionRow, planSwap } from '../../core/otherIdeas';
import type { Reply, SwapRefused, SwapRequest, SwapResult } from '../../api/sheets';
import { failure, ok } from '../../api/reply';
import { swapRequest } from '../../api/actionPlanRequests';
import { answerRequest } from '../../appsscript/answer';
import { TabFinder } from '../../appsscript/tabs';
import { asRead } from '../../core/actionRows';
import type { Cell } from '../../core/cells';
import { withDocumentLock } from '../lock';
import { readStoredPlan } from '../planStore';
import { suggestionSource } from '../suggestionSource';
import { readSummaryForBalance, writeBalanceBlock } from '../summaryBalance';
import { loadTab, planState } from '../workbook';
import { ACTION_GONE } from './getSuggestions';

export function swapSuggestion(input: SwapRequest): Reply<SwapResult, SwapRefused> {
  return answerRequest(swapRequest, input, ({ key, suggestionId }) =>
    withDocumentLock((): Reply<SwapResult, SwapRefused> => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const tabs = new TabFinder(spreadsheet);
      const actions = loadTab(tabs, ACTIONS_TAB);
      const index = actions.sheet ? findActionRow(actions.table, key) : -1;
      if (!actions.sheet || index < 0) return failure('invalid', ACTION_GONE);
      const today = new Date();
      const swap = planSwap(actions.table, index, suggestionId, suggestionSource(), today);
      if (!swap.ok) return failure(swap.kind, swap.message);
      const requirements = loadTab(tabs, REQUIREMENTS_TAB);
      const stored = readStoredPlan();
      const summary = readSummaryForBalance(tabs);

      // Everything is read and decided; from here on we only write.
      const header = actions.table.header;
      const byColumn = swap.writes
        .map((w) => ({ column: header.column(w.header), value: w.value }))
        .filter((w) => w.column >= 0)
        .sort((a, b) => a.column - b.column);
      const runs: { column: number; values: Cell[] }[] = [];
      for (const w of byColumn) {
        const last = runs[runs.length - 1];
        if (last && last.column + last.values.length === w.column) last.values.push(w.value);
        else runs.push({ column: w.column, values: [w.value] });
      }
      // The Suggestion cell (the idea and the row's new fingerprint) goes first: a swap stopped
      // after it is finished by the same request (planSwap), one stopped before it never began.
      const marker = header.column(ACT.suggestion);
      const holdsMarker = (run: { column: number; values: Cell[] }) =>
        run.column <= marker && marker < run.column + run.values.length;
      for (const run of [...runs.filter(holdsMarker), ...runs.filter((run) => !holdsMarker(run))])
        actions.sheet.getRange(index + 2, run.column + 1, 1, run.values.length).setValues([run.values]);

      // The tab as it now reads, without reading it again.
      const rows = actions.table.rows.map((row, i) => {
        if (i !== index) return row;
        const changed = [...row];
        for (const w of byColumn) changed[w.column] = asRead(w.value);
        return changed;
      });
      const after = { header, rows };
      const plan = planState(stored, requirements, { sheet: actions.sheet, table: after }, today);
      if (summary) writeBalanceBlock(summary, plan.balance, today);
      return ok({ key, suggestionId, action: swap.suggestion.action, type: swap.suggestion.kind, plan });
    }),
  );
}
