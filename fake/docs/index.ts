/**
 * The DocumentApp fake: createDocsFake() around a FakeDocument built with FakeDocument.fromContent();
 * load the built bundle with loadBundle() (../loadBundle.ts) as for Sheets.
 */
export { createDocsFake } from './fake';
export type { DocsFake, DocsFakeOptions, DocsGlobals, DocsOpenEvent } from './fake';
export { copyDocument, FakeDocument, FakeDocumentTab, FakeTab } from './document';
export type { ContentItem, CursorSpec, FakeDocumentOptions, NamedRangeSpec, TabSpec } from './document';
export {
  FakeBody,
  FakeElement,
  FakeHorizontalRule,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeTable,
  FakeTableCell,
  FakeTableRow,
  FakeText,
} from './elements';
export { FakeDocRange, FakeNamedRange, FakePosition, FakeRangeBuilder, FakeRangeElement } from './ranges';
export { DocsPropertiesService, DocsSpreadsheetApp, FakeDocumentApp, readOnlyView, SCOPE } from './services';
export { snapshotDocument, snapshotElement, textOutside } from './snapshot';
export type { DocumentSnapshot, ElementSnapshot, NamedRangeSnapshot, TabSnapshot } from './snapshot';
export { editAsUser } from './person';
export * as DocsEnums from './enums';
