/**
 * What each counted call does to the file, for measuring round trips.
 *
 * Apps Script queues writes and sends them in batches; any call that has to see the file's current
 * state forces the queue out first. So the cost of an action is not only its number of calls but
 * how often a read lands after a write. Every counted call is one of:
 *
 * - `read`:  a getter that must see the file's state (`Range.getValues`, `Sheet.getMaxRows`,
 *            `Body.getChildIndex`, `Properties.getProperty`, `Document.getCursor`).
 * - `write`: a call that changes the file (`Range.setValues`, `Spreadsheet.insertSheet`,
 *            `Body.insertParagraph`, `NamedRange.remove`, `Properties.setProperty`).
 * - `flush`: an explicit flush (`SpreadsheetApp.flush`, `Document.saveAndClose`).
 * - `none`:  neither: builders and the values they build (`newDataValidation()...build()`,
 *            `RangeBuilder`), handles that need no state (`Sheet.getRange(row, column)`,
 *            `Document.getBody`, `asParagraph`, `editAsText`), the values a read returned
 *            (`RangeElement.getElement`, `Position.getElement`), and services that do not touch the
 *            file (locks, UI, caches, network, logging).
 *
 * Getters (`get`, `is`, `has`, `find`) are reads and everything else is a write, unless a type or a
 * method is listed below: the lists name every exception on purpose, so a reader can check them.
 */

export type CallKind = 'read' | 'write' | 'flush' | 'none';

/** Types none of whose calls read or change the file. */
const NEITHER_TYPES: ReadonlySet<string> = new Set([
  // Builders and the values they build.
  'DataValidationBuilder',
  'DataValidation',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
  'BooleanCondition',
  'RangeBuilder',
  'EmbeddedChartBuilder',
  'ContainerInfo',
  'ChartOptions',
  // A chart handed out by getCharts() is a copy taken by that read (changing it takes updateChart).
  'EmbeddedChart',
  // Values handed out by a read (the read itself was counted as one).
  'RangeElement',
  'Position',
  // Services that do not touch the file.
  'LockService',
  'Lock',
  'Logger',
  'Utilities',
  'Session',
  'User',
  'ScriptApp',
  'HtmlService',
  'HtmlOutput',
  'Ui',
  'Menu',
  'PromptResponse',
  'UrlFetchApp',
  'HTTPResponse',
  'CacheService',
  'Cache',
  'PropertiesService',
  'Charts',
]);

/** Single calls that differ from their name's rule. */
const EXCEPTIONS: Readonly<Record<string, CallKind>> = {
  'SpreadsheetApp.flush': 'flush',
  'Document.saveAndClose': 'flush',
  // Handles: the object, not the state behind it.
  'SpreadsheetApp.getActiveSpreadsheet': 'none',
  'SpreadsheetApp.getActive': 'none',
  'SpreadsheetApp.getUi': 'none',
  'SpreadsheetApp.newDataValidation': 'none',
  'SpreadsheetApp.newConditionalFormatRule': 'none',
  'Sheet.newChart': 'none',
  'Sheet.getRange': 'none',
  'Sheet.getRangeList': 'none',
  'RangeList.getRanges': 'none',
  'Sheet.getParent': 'none',
  'Range.getSheet': 'none',
  'Range.offset': 'none',
  'DocumentApp.getActiveDocument': 'none',
  'DocumentApp.getUi': 'none',
  'Document.getBody': 'none',
  'Document.newRange': 'none',
  'Document.newPosition': 'none',
  'DocumentTab.getBody': 'none',
  'DocumentTab.newRange': 'none',
  'DocumentTab.newPosition': 'none',
  'Tab.asDocumentTab': 'none',
  // The value a named-range read returned: its elements were fixed by that read.
  'Range.getRangeElements': 'none',
  // Opening another file must see that it exists and may be read.
  'SpreadsheetApp.openById': 'read',
  'SpreadsheetApp.openByUrl': 'read',
  'SpreadsheetApp.open': 'read',
  // UI on top of the file, not the file.
  'Spreadsheet.toast': 'none',
};

/**
 * Casts and text handles of document elements (asParagraph, editAsText): the same element, no state;
 * and an element's detached copy, which changes nothing in the file.
 */
const HANDLE_METHOD = /^(as[A-Z]\w*|editAsText|copy)$/;
const GETTER = /^(get|is|has|find)[A-Z]/;

/** The kind of one counted call, by its key (`Range.setValues`, `Body.getChild`). */
export function callKind(key: string): CallKind {
  const dot = key.indexOf('.');
  const type = key.slice(0, dot);
  const method = key.slice(dot + 1);
  const exception = EXCEPTIONS[key];
  if (exception) return exception;
  if (NEITHER_TYPES.has(type)) return 'none';
  if (HANDLE_METHOD.test(method)) return 'none';
  return GETTER.test(method) ? 'read' : 'write';
}

/**
 * Forced flushes: reads (or flushes) that land on writes still queued. Each read that follows a
 * write with no read in between counts once; further reads before the next write find the queue
 * already empty and cost nothing extra. This is the round-trip cost of an execution, and the figure
 * the tests and the bench call "reads after a write".
 */
export function readsAfterWrite(kinds: readonly CallKind[]): number {
  let queued = false;
  let flushes = 0;
  for (const kind of kinds) {
    if (kind === 'write') queued = true;
    else if ((kind === 'read' || kind === 'flush') && queued) {
      flushes += 1;
      queued = false;
    }
  }
  return flushes;
}

/** Every read or flush after the first write (stricter; zero exactly when readsAfterWrite is zero). */
export function readsAfterFirstWrite(kinds: readonly CallKind[]): number {
  const first = kinds.indexOf('write');
  if (first < 0) return 0;
  return kinds.slice(first + 1).filter((k) => k === 'read' || k === 'flush').length;
}
