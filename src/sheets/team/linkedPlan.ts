/**
 * Reading one team member's growth plan for the manager's overview: opened read-only by its URL,
 * its tabs found by name or (renamed) by their headers, each read in one call. The cost is fixed
 * whatever the plan's size: open, list the tabs and their names, one data-range read per tab the
 * overview needs, plus the first row of each tab of other names when one of ours was renamed.
 * Nothing is ever written here; the manifest's spreadsheets.readonly scope could not write anyway.
 */
import { HeaderMap } from '../../core/headers';
import {
  ACTIONS_TAB,
  CHECKINS_TAB,
  REQUIREMENTS_TAB,
  SUMMARY_TAB_NAME,
  type TabLayout,
} from '../../core/layout';
import { cellText } from '../../core/cells';
import { SUMMARY_TITLE } from '../../core/summary';
import type { PlanOutcome } from '../../core/team/refresh';
import type { PlanTab } from '../../core/team/planFigures';
import { isServiceFailure } from '../../appsscript/errors';
import { readTable, TabFinder } from '../../appsscript/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const OUR_NAMES = new Set(
  [REQUIREMENTS_TAB.name, ACTIONS_TAB.name, CHECKINS_TAB.name, SUMMARY_TAB_NAME].map((n) => n.toLowerCase()),
);

/** Looks up the plan's tabs with every name read once, so a missing tab costs no call of its own. */
class PlanTabs {
  private readonly finder: TabFinder;
  private readonly sheets: Sheet[];
  private readonly names: string[];
  private readonly byName = new Map<string, number>();
  /** Tabs not named like one of ours: only these can be one of ours renamed. */
  private readonly others: number[] = [];

  constructor(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this.finder = new TabFinder(spreadsheet);
    this.sheets = this.finder.sheets();
    this.names = this.sheets.map((sheet) => sheet.getName());
    this.names.forEach((name, i) => {
      const key = name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, i);
      if (!OUR_NAMES.has(key)) this.others.push(i);
    });
  }

  private named(name: string): Sheet | null {
    const i = this.byName.get(name.toLowerCase());
    return i === undefined ? null : (this.sheets[i] ?? null);
  }

  find(layout: TabLayout): PlanTab | null {
    const named = this.named(layout.name);
    if (named) return { name: layout.name, table: readTable(named) };
    for (const i of this.others) {
      const row = this.finder.firstRow(i);
      const sheet = this.sheets[i];
      if (sheet && row.length > 0 && HeaderMap.fromRow(row).matches(layout))
        return { name: this.names[i] ?? layout.name, table: readTable(sheet) };
    }
    return null;
  }

  /** Our Summary tab's values: the tab named Summary, else a renamed tab that carries our title. */
  summary(): unknown[][] | null {
    let sheet = this.named(SUMMARY_TAB_NAME);
    if (!sheet) {
      const i = this.others.find((index) => cellText(this.finder.firstCell(index)) === SUMMARY_TITLE);
      sheet = i === undefined ? null : (this.sheets[i] ?? null);
    }
    return sheet ? sheet.getDataRange().getValues() : null;
  }
}

/**
 * The plan's tabs, or 'unreachable' when it cannot be opened (no such file, or not shared with the
 * manager). A failure while reading an opened plan is reported on its row as well: the other plans
 * still refresh. A Google service that failed on its own account is no fact about the plan: it is
 * thrown on, so the refresh stops before its first write and a re-run reads every plan again.
 */
export function readLinkedPlan(url: string): PlanOutcome {
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    spreadsheet = SpreadsheetApp.openByUrl(url);
  } catch (error) {
    if (isServiceFailure(error)) throw error;
    return { kind: 'unreachable' };
  }
  try {
    const tabs = new PlanTabs(spreadsheet);
    return {
      kind: 'read',
      tables: {
        requirements: tabs.find(REQUIREMENTS_TAB),
        actions: tabs.find(ACTIONS_TAB),
        checkIns: tabs.find(CHECKINS_TAB),
        summary: tabs.summary(),
      },
    };
  } catch (error) {
    if (isServiceFailure(error)) throw error;
    console.error('Career Growth: a linked growth plan could not be read', error);
    return { kind: 'unreadable' };
  }
}
