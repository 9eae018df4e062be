/**
 * The linked growth plan spreadsheet, opened read-only by its URL: its tabs found by name or by
 * their headers, the columns a section needs checked by header name, each tab read at most once
 * however many sections use it. Every failure is a UserError saying what to fix; nothing in the
 * document has been touched by then.
 */
import { daysIn, readCheckIns, type CheckIn, type DayReader } from '../core/conversation/checkIns';
import {
  REQ,
  ACT,
  ACTIONS_TAB,
  CHECKINS_TAB,
  REQUIREMENTS_TAB,
  SUMMARY_TAB_NAME,
  type TabLayout,
} from '../core/layout';
import type { Table } from '../core/table';
import { isServiceFailure, UserError } from './errors';
import { readTable, TabFinder } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Columns the Docs summary reads; a plan missing one (renamed, say) cannot be summarised. */
const NEEDED: ReadonlyMap<TabLayout, readonly string[]> = new Map([
  [REQUIREMENTS_TAB, [REQ.requirement, REQ.self, REQ.manager]],
  [ACTIONS_TAB, [ACT.requirement, ACT.action, ACT.type, ACT.owner, ACT.due, ACT.status]],
]);

export interface GrowthPlan {
  name: string;
  requirements: Table;
  actions: Table;
}

function open(url: string): Spreadsheet {
  try {
    return SpreadsheetApp.openByUrl(url);
  } catch (error) {
    // A failing service is not a reason to tell the person the file is gone: the action fails as such.
    if (isServiceFailure(error)) throw error;
    throw new UserError(
      'The growth plan could not be opened: it does not exist, or you have no access to it. Check the URL, and ask its owner to share it with you if needed.',
    );
  }
}

function readPlanTab(tabs: TabFinder, layout: TabLayout): Table {
  const found = tabs.find(layout);
  if (!found) {
    throw new UserError(
      `The growth plan has no "${layout.name}" tab (nor a tab with the columns ${layout.signature.join(', ')}). Is this the right spreadsheet? Set it up with the Growth Plan add-on first.`,
    );
  }
  const table = readTable(found.sheet);
  const missing = table.header.missing(NEEDED.get(layout) ?? layout.required);
  if (missing.length > 0) {
    const list = missing.map((h) => `"${h}"`).join(', ');
    throw new UserError(
      `The "${found.name}" tab of the growth plan has no ${list} column${missing.length > 1 ? 's' : ''} (renamed or removed?). Rename it back, or run "Set up growth plan" in the spreadsheet.`,
    );
  }
  return table;
}

/** One plan opened once; each tab is read on first use and kept for the rest of the action. */
export class GrowthPlanReader {
  private readonly spreadsheet: Spreadsheet;
  private readonly tabs: TabFinder;
  private planName: string | null = null;
  private readonly tables = new Map<TabLayout, Table>();
  private checkInsRead: { checkIns: CheckIn[] | null } | null = null;
  private summaryRead: { values: unknown[][] | null } | null = null;
  private dayReader: DayReader | null = null;

  /** Opens the plan (a UserError when it cannot be opened). */
  constructor(url: string) {
    this.spreadsheet = open(url);
    this.tabs = new TabFinder(this.spreadsheet);
  }

  name(): string {
    this.planName ??= this.spreadsheet.getName();
    return this.planName;
  }

  /** Reads the days of the plan's date cells as days of the spreadsheet's time zone. */
  days(): DayReader {
    this.dayReader ??= daysIn(this.spreadsheet.getSpreadsheetTimeZone());
    return this.dayReader;
  }

  private table(layout: TabLayout): Table {
    let table = this.tables.get(layout);
    if (!table) {
      table = readPlanTab(this.tabs, layout);
      this.tables.set(layout, table);
    }
    return table;
  }

  requirements(): Table {
    return this.table(REQUIREMENTS_TAB);
  }

  actions(): Table {
    return this.table(ACTIONS_TAB);
  }

  /**
   * The check-ins, oldest first; null when the plan has no Check-ins tab (found by name or, renamed,
   * by its headers). A tab lacking a column the comparison needs is a UserError naming it.
   */
  checkIns(): CheckIn[] | null {
    if (!this.checkInsRead) {
      const found = this.tabs.find(CHECKINS_TAB);
      let checkIns: CheckIn[] | null = null;
      if (found) {
        const read = readCheckIns(readTable(found.sheet), found.name, this.days());
        if (!read.ok) throw new UserError(read.message);
        checkIns = read.checkIns;
      }
      this.checkInsRead = { checkIns };
    }
    return this.checkInsRead.checkIns;
  }

  /** The Summary tab's values, or null when the plan has none. */
  summary(): unknown[][] | null {
    if (!this.summaryRead) {
      const sheet = this.tabs.byName(SUMMARY_TAB_NAME);
      this.summaryRead = { values: sheet ? sheet.getDataRange().getValues() : null };
    }
    return this.summaryRead.values;
  }
}

/** The two tabs of the plan the action-plan summary reads, or a UserError. */
export function readGrowthPlan(reader: GrowthPlanReader): GrowthPlan {
  return { name: reader.name(), requirements: reader.requirements(), actions: reader.actions() };
}
