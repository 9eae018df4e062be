/**
 * The linked growth plan spreadsheet, opened read-only by its URL: both tabs found by name or by
 * their headers, the columns the summary needs checked by header name, each tab read once. Every
 * failure is a UserError saying what to fix; nothing in the document has been touched by then.
 */
import { REQ, ACT, ACTIONS_TAB, REQUIREMENTS_TAB, type TabLayout } from '../core/layout';
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

/** Both tabs of the plan, or a UserError. */
export function readGrowthPlan(url: string): GrowthPlan {
  const spreadsheet = open(url);
  const tabs = new TabFinder(spreadsheet);
  return {
    name: spreadsheet.getName(),
    requirements: readPlanTab(tabs, REQUIREMENTS_TAB),
    actions: readPlanTab(tabs, ACTIONS_TAB),
  };
}

/** Only the Role Requirements tab, for the ratings of the requirements table. */
export function readPlanRequirements(url: string): Table {
  return readPlanTab(new TabFinder(open(url)), REQUIREMENTS_TAB);
}
