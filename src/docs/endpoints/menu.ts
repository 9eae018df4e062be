/**
 * The Extensions menu and what its items open. Menu items have no page to show a result or a
 * failure in, so their wrappers ask and report with ui.alert; dialogs call the endpoints directly.
 */
import type { NeedsConfirmation } from '../../api/docs';
import { ALERT_TITLE, addAddonMenu, alertFailure, runMenuItem } from '../../appsscript/menu';
import { insertConversationAgenda } from './insertConversationAgenda';
import { refreshInsertedSections } from './refreshInsertedSections';

export const MENU_ITEMS = [
  { caption: 'Insert conversation agenda', functionName: 'menuInsertConversationAgenda' },
  { caption: 'Insert role requirements...', functionName: 'showRequirementsDialog' },
  { caption: 'Insert action plan from growth plan...', functionName: 'showActionPlanDialog' },
  { caption: 'Refresh inserted sections', functionName: 'menuRefreshInsertedSections' },
  { caption: 'Help', functionName: 'showHelp' },
] as const;

const TITLE = ALERT_TITLE;

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
  'Refresh inserted sections: brings every inserted section up to date.',
  '',
  'Each section goes after the cursor, or at the end of the document. Inserting a section again, or refreshing, replaces it where it is and never touches your own text around it. If you edited inside a section, Career Growth asks before replacing it.',
].join('\n');

export function showHelp(): void {
  const ui = DocumentApp.getUi();
  ui.alert(`${TITLE} help`, HELP, ui.ButtonSet.OK);
}

const getUi = () => DocumentApp.getUi();

function confirmed(question: NeedsConfirmation): boolean {
  const ui = DocumentApp.getUi();
  return ui.alert(TITLE, question.message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Insert the agenda from the menu: asks before replacing an edited one, alerts a failure. */
export function menuInsertConversationAgenda(): void {
  runMenuItem(getUi, () => {
    const reply = insertConversationAgenda();
    if (!reply.ok && reply.kind === 'needs-confirmation') {
      if (confirmed(reply)) alertFailure(getUi, insertConversationAgenda({ replaceEdited: true }));
      return;
    }
    alertFailure(getUi, reply);
  });
}

/** Refresh from the menu: Yes replaces edited sections too, No refreshes only the others. */
export function menuRefreshInsertedSections(): void {
  runMenuItem(getUi, () => {
    let reply = refreshInsertedSections();
    if (!reply.ok && reply.kind === 'needs-confirmation') {
      const ui = DocumentApp.getUi();
      const answer = ui.alert(
        TITLE,
        `${reply.message}\n\nYes: replace them too. No: refresh only the sections nobody edited.`,
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES && answer !== ui.Button.NO) return;
      reply = refreshInsertedSections(
        answer === ui.Button.YES ? { replaceEdited: true } : { skipEdited: true },
      );
    }
    if (!reply.ok) {
      alertFailure(getUi, reply);
      return;
    }
    const ui = DocumentApp.getUi();
    ui.alert(TITLE, reply.message, ui.ButtonSet.OK);
  });
}
