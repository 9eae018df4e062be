/**
 * The add-on menu both add-ons build, and what their menu items do with an endpoint's answer: a
 * menu item has no page to show a failure in, so it tells people in an alert.
 */
import type { Failure } from '../api/reply';

type Ui = GoogleAppsScript.Base.Ui;

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** The title of every alert the add-ons show. */
export const ALERT_TITLE = 'Career Growth';

/** Adds the menu to the editor's UI. Touches nothing but the menu, so it is safe in AuthMode.NONE. */
export function addAddonMenu(ui: Ui, items: readonly MenuItem[]): void {
  const menu = ui.createAddonMenu();
  items.forEach((item, i) => {
    if (i === items.length - 1) menu.addSeparator();
    menu.addItem(item.caption, item.functionName);
  });
  menu.addToUi();
}

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
