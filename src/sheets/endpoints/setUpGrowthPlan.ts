/**
 * setUpGrowthPlan: creates missing plan tabs and repairs existing ones (missing headers appended,
 * header style, dropdowns, conditional formats, Summary formulas, a next check-in when none is
 * set). The Check-ins tab, the Summary's progress table and its charts come with the first
 * check-in; once they are there, set-up repairs them too. It never changes a data cell. Like every
 * action, it reads all it needs (tabs, sizes, a person's own rules, the Summary) before it writes
 * anything.
 */
import { ACTIONS_TAB, REQUIREMENTS_TAB, type TabLayout } from '../../core/layout';
import { readCheckIns } from '../../core/tracker/checkIns';
import { figuresOf } from '../../core/tracker/figures';
import { decideNextCheckIn } from '../../core/tracker/summaryTracker';
import type { Reply, SetUpSummary } from '../../api/sheets';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { TabFinder } from '../../appsscript/tabs';
import { loadCheckIns, writeCheckIns } from '../checkInsTab';
import { withDocumentLock } from '../lock';
import { readProposedNextCheckIn, saveProposedNextCheckIn } from '../nextCheckInStore';
import { readDocumentProperties } from '../documentProperties';
import { readStoredPlan } from '../planStore';
import { readSummaryTracker, writeSummaryTracker } from '../summaryTracker';
import { todayIn } from '../today';
import type { TableChange } from '../tableWriter';
import {
  loadTab,
  planState,
  prepareTab,
  setUpChange,
  summaryTarget,
  writeSummary,
  writeTabChange,
  type ReadyTab,
  type TabTarget,
} from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What set-up will do to one tab, decided from what was read. */
interface TabSetUp {
  layout: TabLayout;
  target: TabTarget;
  change: TableChange;
}

function planTab(tabs: TabFinder, layout: TabLayout, newBefore: number): TabSetUp {
  const state = loadTab(tabs, layout);
  const target = prepareTab(tabs, state, { reformat: true, newBefore });
  return { layout, target, change: setUpChange(state, layout) };
}

/** Creates or repairs one plan tab; says what it did in `created` / `repaired`. */
function setUpTab(
  spreadsheet: Spreadsheet,
  { layout, target, change }: TabSetUp,
  created: string[],
  repaired: string[],
): ReadyTab {
  const tab = writeTabChange(spreadsheet, target, layout, change, true);
  if (!target.sheet) created.push(tab.name);
  else if (change.appendedHeaders.length > 0)
    repaired.push(`${tab.name}: added ${change.appendedHeaders.map((h) => `"${h}"`).join(', ')}`);
  return tab;
}

export function setUpGrowthPlan(): Reply<SetUpSummary> {
  return answer(() => ok(setUp()));
}

function setUp(): SetUpSummary {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const tabs = new TabFinder(spreadsheet);
    // Set-up often creates most tabs: knowing every name at once beats asking for each by name.
    tabs.readNames();
    const requirementsSetUp = planTab(tabs, REQUIREMENTS_TAB, 0);
    const actionsSetUp = planTab(tabs, ACTIONS_TAB, requirementsSetUp.target.sheet ? 0 : 1);
    // The first check-in makes the Check-ins tab, the progress table and the charts; once they are
    // there, set-up repairs them.
    const checkIns = loadCheckIns(tabs);
    const tracking = checkIns.sheet !== null;
    const properties = readDocumentProperties();
    const plan = readStoredPlan(properties);
    const summary = summaryTarget(tabs);
    const tracker = readSummaryTracker(summary.sheet, summary.name, tracking);
    const today = todayIn(spreadsheet);
    const recorded = readCheckIns(checkIns.table).checkIns;
    const next = decideNextCheckIn({
      cells: tracker.next,
      proposed: readProposedNextCheckIn(properties),
      lastCheckIn: recorded[recorded.length - 1]?.date ?? null,
      today,
      recording: false,
    });

    // Everything is read and decided; from here on we only write.
    const created: string[] = [];
    const repaired: string[] = [];
    const requirements = setUpTab(spreadsheet, requirementsSetUp, created, repaired);
    const actions = setUpTab(spreadsheet, actionsSetUp, created, repaired);
    if (tracking && checkIns.appendedHeaders.length > 0) {
      writeCheckIns(spreadsheet, checkIns, null);
      repaired.push(`${checkIns.name}: added ${checkIns.appendedHeaders.map((h) => `"${h}"`).join(', ')}`);
    }
    // Remembered before it is written: a run stopped in between finds the row still empty and
    // proposes the same date again (set-up writes a date only into an empty row).
    if (next.write !== null) saveProposedNextCheckIn(next.write);
    const summarySheet = writeSummary(
      spreadsheet,
      summary,
      { name: requirements.name, header: requirements.table.header },
      { name: actions.name, header: actions.table.header },
      plan,
      next.write,
    );
    // The Summary block above is rewritten; the next check-in below it is kept, or proposed (a
    // Summary written afresh took it with its block).
    writeSummaryTracker(summarySheet, tracker, {
      next: summary.written ? next : { ...next, write: null },
      figures: tracking ? recorded.map(figuresOf) : null,
    });
    (summary.sheet ? repaired : created).push(summary.name);
    spreadsheet.toast(
      created.length ? `Created: ${created.join(', ')}.` : 'Your growth plan tabs are set up.',
      'Career Growth',
      5,
    );
    return { created, repaired, plan: planState(plan, requirements, actions, new Date()) };
  });
}
