/**
 * The menu items that run an action. They have no page to show a result or a failure in, so their
 * wrappers ask and report with ui.alert; dialogs call the endpoints directly. The menu itself, the
 * dialogs it opens and the help are in addonMenu.ts.
 */
import type { NeedsConfirmation, ReplaceRequest } from '../../api/docs';
import type { Failure } from '../../api/reply';
import { ALERT_TITLE, alertFailure, runMenuItem } from '../../appsscript/menuAlerts';
import { linkedPlanUrl } from '../link';
import { insertConversationAgenda } from './insertConversationAgenda';
import { insertSinceLastConversation } from './insertSinceLastConversation';
import { refreshInsertedSections } from './refreshInsertedSections';

const TITLE = ALERT_TITLE;

const getUi = () => DocumentApp.getUi();

function confirmed(question: Pick<NeedsConfirmation, 'message'>): boolean {
  const ui = DocumentApp.getUi();
  return ui.alert(TITLE, question.message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Runs an insert; asks before replacing an edited block, and alerts a failure. */
function insertFromMenu(insert: (request?: ReplaceRequest) => { ok: true } | Failure<string>): void {
  const reply = insert();
  if (!reply.ok && reply.kind === 'needs-confirmation') {
    if (confirmed(reply)) alertFailure(getUi, insert({ replaceEdited: true }));
    return;
  }
  alertFailure(getUi, reply);
}

/** Insert the agenda from the menu: asks before replacing an edited one, alerts a failure. */
export function menuInsertConversationAgenda(): void {
  runMenuItem(getUi, () => {
    insertFromMenu(insertConversationAgenda);
  });
}

/**
 * Insert "Since our last conversation" from the menu, from the linked plan. Without one yet, the
 * dialog asks for the plan's URL first (it inserts the section itself).
 */
export function menuInsertSinceLastConversation(): void {
  runMenuItem(getUi, () => {
    if (!linkedPlanUrl()) {
      const html = HtmlService.createHtmlOutputFromFile('SinceLastDialog').setWidth(460).setHeight(420);
      getUi().showModalDialog(html, 'Insert since our last conversation');
      return;
    }
    insertFromMenu(insertSinceLastConversation);
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
