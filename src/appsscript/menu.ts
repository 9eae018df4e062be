/** The add-on menu both add-ons build. Nothing else, so a menu-only execution loads nothing more. */

type Ui = GoogleAppsScript.Base.Ui;

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** Adds the menu to the editor's UI. Touches nothing but the menu, so it is safe in AuthMode.NONE. */
export function addAddonMenu(ui: Ui, items: readonly MenuItem[]): void {
  const menu = ui.createAddonMenu();
  items.forEach((item, i) => {
    if (i === items.length - 1) menu.addSeparator();
    menu.addItem(item.caption, item.functionName);
  });
  menu.addToUi();
}
