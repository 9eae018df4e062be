/**
 * The menu items that run an action. They have no page to show a result or an error in, so they
 * ask and report with ui.alert; dialogs call the endpoints directly. The menu itself, the dialogs
 * and the help are in addonMenu.ts.
 */
import type { NeedsConfirmation } from '../../api/docs';
import { UserError } from '../../appsscript/errors';
import { insertConversationAgenda } from './insertConversationAgenda';
import { refreshInsertedSections } from './refreshInsertedSections';

const TITLE = 'Career Growth';

function reportError(error: unknown): void {
  const message =
    error instanceof UserError
      ? error.message
      : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  const ui = DocumentApp.getUi();
  ui.alert(TITLE, message, ui.ButtonSet.OK);
}

function confirmed(question: NeedsConfirmation | { message: string }): boolean {
  const ui = DocumentApp.getUi();
  return ui.alert(TITLE, question.message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

export function menuInsertConversationAgenda(): void {
  try {
    const result = insertConversationAgenda();
    if (result.status === 'needs-confirmation' && confirmed(result))
      insertConversationAgenda({ replaceEdited: true });
  } catch (error) {
    reportError(error);
  }
}

/** Refresh from the menu: Yes replaces edited sections too, No refreshes only the others. */
export function menuRefreshInsertedSections(): void {
  try {
    let result = refreshInsertedSections();
    if (result.status === 'needs-confirmation') {
      const ui = DocumentApp.getUi();
      const answer = ui.alert(
        TITLE,
        `${result.message}\n\nYes: replace them too. No: refresh only the sections nobody edited.`,
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES && answer !== ui.Button.NO) return;
      result = refreshInsertedSections(
        answer === ui.Button.YES ? { replaceEdited: true } : { skipEdited: true },
      );
    }
    const ui = DocumentApp.getUi();
    ui.alert(TITLE, result.message, ui.ButtonSet.OK);
  } catch (error) {
    reportError(error);
  }
}
