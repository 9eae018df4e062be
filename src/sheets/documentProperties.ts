/**
 * The spreadsheet's document properties, where the plan's roles, its focus size and the proposed
 * next check-in are kept. Every store asks here, so an action that reads and writes them gets the
 * service once, and reads them all in one call.
 */
type Properties = GoogleAppsScript.Properties.Properties;

/** Each execution starts afresh, so this lives as long as one action. */
let service: Properties | null = null;

/** The document's properties (one call the first time in an execution, none after). */
export function documentProperties(): Properties {
  service ??= PropertiesService.getDocumentProperties();
  return service;
}

/** Every document property, in one read. */
export function readDocumentProperties(): Record<string, string> {
  return documentProperties().getProperties();
}
