/**
 * The Extensions menu, the sidebar and the help dialog. Menu items have no page to show a failure
 * in, so the items that run an endpoint go through a wrapper that reports it with ui.alert; the
 * sidebar calls the endpoints themselves.
 */
import { addAddonMenu } from '../../appsscript/menu';
import { alertFailure, runMenuItem } from '../../appsscript/menuAlerts';
import { generateActionPlan } from './generateActionPlan';
import { setUpGrowthPlan } from './setUpGrowthPlan';

export const MENU_ITEMS = [
  { caption: 'Open growth planner', functionName: 'showPlanner' },
  { caption: 'Set up growth plan', functionName: 'menuSetUpGrowthPlan' },
  { caption: 'Generate action plan', functionName: 'menuGenerateActionPlan' },
  { caption: 'Help', functionName: 'showHelp' },
] as const;

const getUi = () => SpreadsheetApp.getUi();

/**
 * Adds the add-on menu. Safe in AuthMode.NONE (a document where the add-on is installed but not
 * yet used): it touches nothing but the menu.
 */
export function onOpen(_e?: unknown): void {
  addAddonMenu(SpreadsheetApp.getUi(), MENU_ITEMS);
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
  '',
  'Re-running any step keeps what you typed: ratings, evidence, edited actions, statuses and rows you added yourself. Rows that no longer apply are marked, never deleted.',
].join('\n');

export function showHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Career Growth help', HELP, ui.ButtonSet.OK);
}

/** Set up growth plan, from the menu: success is the endpoint's toast; a failure is alerted. */
export function menuSetUpGrowthPlan(): void {
  runMenuItem(getUi, () => {
    alertFailure(getUi, setUpGrowthPlan());
  });
}

/** Generate action plan, from the menu: success is the endpoint's toast; a failure is alerted. */
export function menuGenerateActionPlan(): void {
  runMenuItem(getUi, () => {
    alertFailure(getUi, generateActionPlan());
  });
}
