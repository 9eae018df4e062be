/**
 * The Extensions menu and what its items open: the dialogs and the help. Nothing here needs the
 * engine (src/docs/shell.ts), so opening a document or a dialog evaluates only this.
 */
import { addAddonMenu } from '../../appsscript/menu';

export const MENU_ITEMS = [
  { caption: 'Insert conversation agenda', functionName: 'menuInsertConversationAgenda' },
  { caption: 'Insert role requirements...', functionName: 'showRequirementsDialog' },
  { caption: 'Insert action plan from growth plan...', functionName: 'showActionPlanDialog' },
  { caption: 'Insert since our last conversation', functionName: 'menuInsertSinceLastConversation' },
  { caption: 'Refresh inserted sections', functionName: 'menuRefreshInsertedSections' },
  { caption: 'Help', functionName: 'showHelp' },
] as const;

/** Adds the add-on menu. Safe in AuthMode.NONE: it touches nothing but the menu. */
export function onOpen(_e?: unknown): void {
  addAddonMenu(DocumentApp.getUi(), MENU_ITEMS);
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

function showDialog(file: string, title: string, width: number, height: number): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  DocumentApp.getUi().showModalDialog(html, title);
}

export function showRequirementsDialog(): void {
  showDialog('RequirementsDialog', 'Insert role requirements', 460, 560);
}

export function showActionPlanDialog(): void {
  showDialog('ActionPlanDialog', 'Insert action plan from growth plan', 460, 420);
}

const HELP = [
  'Career Growth fills your career conversation document and keeps it current.',
  '',
  'Insert conversation agenda: headings and prompts for the conversation, a table for actions and a suggested date for the next one.',
  'Insert role requirements: the requirements of the role you are aiming for, compared with your current role, ready to rate.',
  'Insert action plan from growth plan: counts, gaps, progress and the open actions of your growth plan spreadsheet (paste its URL once).',
  "Insert since our last conversation: what moved between the growth plan's last two check-ins, actions done and overdue, and the next check-in date.",
  'Refresh inserted sections: brings every inserted section up to date.',
  '',
  'Each section goes after the cursor, or at the end of the document. Inserting a section again, or refreshing, replaces it where it is and never touches your own text around it. If you edited inside a section, Career Growth asks before replacing it.',
].join('\n');

export function showHelp(): void {
  const ui = DocumentApp.getUi();
  // Not ALERT_TITLE: that lives with the menu actions in the lazily loaded engine.
  ui.alert('Career Growth help', HELP, ui.ButtonSet.OK);
}
