/**
 * The DocumentApp fake must not invent API: every public method of a fake class has to exist on the
 * real Apps Script type (checked by `tsc --noEmit`; a violation names the invented method).
 */
import type { FakeDocument, FakeDocumentTab, FakeTab } from '../../../fake/docs/document';
import type {
  FakeBody,
  FakeHorizontalRule,
  FakeListItem,
  FakePageBreak,
  FakeParagraph,
  FakeTable,
  FakeTableCell,
  FakeTableRow,
  FakeText,
} from '../../../fake/docs/elements';
import type {
  FakeDocRange,
  FakeNamedRange,
  FakePosition,
  FakeRangeBuilder,
  FakeRangeElement,
} from '../../../fake/docs/ranges';
import type { DocsPropertiesService, DocsSpreadsheetApp, FakeDocumentApp } from '../../../fake/docs/services';

type Methods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
type Invented<Fake, Real> = Exclude<Methods<Fake>, keyof Real | `_${string}` | 'toString'>;

/** Compiles only when `T` is never: a fake class that invents a method fails here, naming it. */
type OnlyRealMethods<T extends never> = T;

import D = GoogleAppsScript.Document;

/** Checked by tsc -b; exported only so that the type counts as used. */
export type Checked = [
  OnlyRealMethods<Invented<FakeDocumentApp, D.DocumentApp>>,
  OnlyRealMethods<Invented<FakeDocument, D.Document>>,
  OnlyRealMethods<Invented<FakeTab, D.Tab>>,
  OnlyRealMethods<Invented<FakeDocumentTab, D.DocumentTab>>,
  OnlyRealMethods<Invented<FakeBody, D.Body>>,
  OnlyRealMethods<Invented<FakeParagraph, D.Paragraph>>,
  OnlyRealMethods<Invented<FakeListItem, D.ListItem>>,
  OnlyRealMethods<Invented<FakeTable, D.Table>>,
  OnlyRealMethods<Invented<FakeTableRow, D.TableRow>>,
  OnlyRealMethods<Invented<FakeTableCell, D.TableCell>>,
  OnlyRealMethods<Invented<FakeText, D.Text>>,
  OnlyRealMethods<Invented<FakeHorizontalRule, D.HorizontalRule>>,
  OnlyRealMethods<Invented<FakePageBreak, D.PageBreak>>,
  OnlyRealMethods<Invented<FakeDocRange, D.Range>>,
  OnlyRealMethods<Invented<FakeRangeBuilder, D.RangeBuilder>>,
  OnlyRealMethods<Invented<FakeRangeElement, D.RangeElement>>,
  OnlyRealMethods<Invented<FakeNamedRange, D.NamedRange>>,
  OnlyRealMethods<Invented<FakePosition, D.Position>>,
  OnlyRealMethods<Invented<DocsSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>,
  OnlyRealMethods<Invented<DocsPropertiesService, GoogleAppsScript.Properties.PropertiesService>>,
];

test('the DocumentApp fake is a subset of the Apps Script API (checked at compile time)', () => {
  expect(true).toBe(true);
});
