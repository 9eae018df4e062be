/** The document's tabs: the active one for inserts, every one (child tabs included) for refresh. */

type Document = GoogleAppsScript.Document.Document;
type DocumentTab = GoogleAppsScript.Document.DocumentTab;
type Tab = GoogleAppsScript.Document.Tab;

/** What blocks need of a tab: its body and its named ranges. A Document has the same methods. */
export type BlockHost = Pick<DocumentTab, 'getBody' | 'getNamedRanges' | 'newRange' | 'addNamedRange'>;

export interface TabView {
  /** The tab's title; empty when the document has no tabs to tell apart. */
  title: string;
  host: BlockHost;
}

/**
 * A document without the tab methods (an older runtime, or a stand-in for Apps Script that predates
 * tabs) is its own single tab: the Document's body and named ranges are that tab's.
 */
function hasTabs(document: Document): boolean {
  return (
    typeof (document as Partial<Document>).getActiveTab === 'function' &&
    typeof (document as Partial<Document>).getTabs === 'function'
  );
}

function view(tab: Tab): TabView {
  return { title: tab.getTitle(), host: tab.asDocumentTab() };
}

/** The active tab; named ranges and the cursor both belong to a tab. */
export function activeTab(document: Document): TabView {
  return hasTabs(document) ? view(document.getActiveTab()) : { title: '', host: document };
}

/** The active tab's blocks host, when its title is not needed (an insert). */
export function activeHost(document: Document): BlockHost {
  return hasTabs(document) ? document.getActiveTab().asDocumentTab() : document;
}

/** The active tab's title ('' for a document without tabs), for messages about its blocks. */
export function activeTabTitle(document: Document): string {
  return hasTabs(document) ? document.getActiveTab().getTitle() : '';
}

/** Every tab in reading order, child tabs after their parent. Calls grow with tabs, never with text. */
export function allTabs(document: Document): TabView[] {
  if (!hasTabs(document)) return [{ title: '', host: document }];
  const tabs: TabView[] = [];
  const visit = (list: Tab[]) => {
    for (const tab of list) {
      tabs.push(view(tab));
      visit(tab.getChildTabs());
    }
  };
  visit(document.getTabs());
  return tabs;
}
