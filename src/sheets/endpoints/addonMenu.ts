/**
 * The Extensions menu and what opening the file or a menu item shows without running an endpoint:
 * the sidebar and the help. Nothing here needs the engine (src/sheets/shell.ts), so opening a
 * spreadsheet or the sidebar evaluates only this.
 */
import { addAddonMenu } from '../../appsscript/menu';
import { remindOnOpen } from '../openReminder';

export const MENU_ITEMS = [
  { caption: 'Open growth planner', functionName: 'showPlanner' },
  { caption: 'Set up growth plan', functionName: 'menuSetUpGrowthPlan' },
  { caption: 'Generate action plan', functionName: 'menuGenerateActionPlan' },
  { caption: 'Record check-in', functionName: 'menuRecordCheckIn' },
  { caption: 'Help', functionName: 'showHelp' },
] as const;

/** True when the event's auth mode lets the add-on read the spreadsheet (LIMITED or FULL). */
function mayRead(e: unknown): boolean {
  if (typeof e !== 'object' || e === null || !('authMode' in e)) return false;
  const mode = e.authMode;
  return mode === ScriptApp.AuthMode.LIMITED || mode === ScriptApp.AuthMode.FULL;
}

/**
 * Adds the add-on menu, then, where the auth mode allows reading the file, a short toast when a
 * check-in is due or actions are overdue. In AuthMode.NONE (a document where the add-on is
 * installed but not yet used) it touches nothing but the menu.
 */
export function onOpen(e?: unknown): void {
  addAddonMenu(SpreadsheetApp.getUi(), MENU_ITEMS);
  if (mayRead(e)) remindOnOpen();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showPlanner(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Career Growth');
  SpreadsheetApp.getUi().showSidebar(html);
}

const HELP = [
  'Career Growth turns a move to a new role into a plan you can follow.',
  '',
  '1. Open growth planner: choose your current role and the role you want next.',
  "2. Import requirements: the target role's requirements land in the Role Requirements tab, marked New where your current role does not ask for them.",
  '3. Rate yourself on each requirement (Not yet, Developing, Meets, Exceeds); your manager can add their own rating, which counts first.',
  "4. Generate action plan: your most important gaps (Not yet or Developing) become this period's focus, each with a hands-on project and a step with other people, and formal learning where it helps; every other gap gets one later action. The sidebar shows the plan's 70-20-10 balance and other ideas for each focus action.",
  "5. Record check-in at each career conversation: your ratings and action statuses are kept in the Check-ins tab, and the Summary charts how you move. The Summary proposes the next check-in from GitLab's rhythm; type your own date there if you prefer.",
  '',
  'Re-running any step keeps what you typed: ratings, evidence, edited actions, statuses and rows you added yourself. Rows that no longer apply are marked, never deleted.',
].join('\n');

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Career Growth help', HELP, ui.ButtonSet.OK);
}
