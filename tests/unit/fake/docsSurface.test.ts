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

function onlyRealMethods<T extends never>(): T | undefined {
  return undefined;
}

import D = GoogleAppsScript.Document;

onlyRealMethods<Invented<FakeDocumentApp, D.DocumentApp>>();
onlyRealMethods<Invented<FakeDocument, D.Document>>();
onlyRealMethods<Invented<FakeTab, D.Tab>>();
onlyRealMethods<Invented<FakeDocumentTab, D.DocumentTab>>();
onlyRealMethods<Invented<FakeBody, D.Body>>();
onlyRealMethods<Invented<FakeParagraph, D.Paragraph>>();
onlyRealMethods<Invented<FakeListItem, D.ListItem>>();
onlyRealMethods<Invented<FakeTable, D.Table>>();
onlyRealMethods<Invented<FakeTableRow, D.TableRow>>();
onlyRealMethods<Invented<FakeTableCell, D.TableCell>>();
onlyRealMethods<Invented<FakeText, D.Text>>();
onlyRealMethods<Invented<FakeHorizontalRule, D.HorizontalRule>>();
onlyRealMethods<Invented<FakePageBreak, D.PageBreak>>();
onlyRealMethods<Invented<FakeDocRange, D.Range>>();
onlyRealMethods<Invented<FakeRangeBuilder, D.RangeBuilder>>();
onlyRealMethods<Invented<FakeRangeElement, D.RangeElement>>();
onlyRealMethods<Invented<FakeNamedRange, D.NamedRange>>();
onlyRealMethods<Invented<FakePosition, D.Position>>();
onlyRealMethods<Invented<DocsSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>>();
onlyRealMethods<Invented<DocsPropertiesService, GoogleAppsScript.Properties.PropertiesService>>();

test('the DocumentApp fake is a subset of the Apps Script API (checked at compile time)', () => {
  expect(true).toBe(true);
});
