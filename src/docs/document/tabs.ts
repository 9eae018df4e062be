/** The document's tabs: the active one for inserts, every one (child tabs included) for refresh. */

type Document = GoogleAppsScript.Document.Document;
type Tab = GoogleAppsScript.Document.Tab;

/** The active tab; named ranges and the cursor both belong to a tab. */
export function activeTab(document: Document): Tab {
  return document.getActiveTab();
}

/** Every tab in reading order, child tabs after their parent. Calls grow with tabs, never with text. */
export function allTabs(document: Document): Tab[] {
  const tabs: Tab[] = [];
  const visit = (list: Tab[]) => {
    for (const tab of list) {
      tabs.push(tab);
      visit(tab.getChildTabs());
    }
  };
  visit(document.getTabs());
  return tabs;
}
