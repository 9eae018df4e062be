/**
 * What a menu item does with an endpoint's answer: it has no page to show a failure in, so it tells
 * people in an alert.
 */
import type { Failure } from '../api/reply';

type Ui = GoogleAppsScript.Base.Ui;

/** The title of every alert the add-ons show. */
export const ALERT_TITLE = 'Career Growth';

/** Shows a failure's message in an alert; a success shows nothing here (the endpoint said it with a toast, if at all). */
export function alertFailure(ui: () => Ui, reply: { ok: true } | Failure<string>): void {
  if (reply.ok) return;
  const shown = ui();
  shown.alert(ALERT_TITLE, reply.message, shown.ButtonSet.OK);
}

/**
 * Runs a menu item. An unexpected error is logged (console.error reaches the execution log) and
 * shown in an alert too, rather than only in Apps Script's own notice, which is easy to miss.
 */
export function runMenuItem(ui: () => Ui, work: () => void): void {
  try {
    work();
  } catch (error) {
    console.error(error);
    const shown = ui();
    // Not `instanceof Error`: errors of the platform's services may come from another realm.
    const detail =
      typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
        ? error.message
        : String(error);
    shown.alert(ALERT_TITLE, `Something went wrong: ${detail}`, shown.ButtonSet.OK);
  }
}
