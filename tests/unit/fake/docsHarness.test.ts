/**
 * The Docs harness against a tiny hand-written bundle (the real build/docs/Code.js comes from the
 * docs-server branch): menu in AuthMode.NONE, inserting after the cursor's top-level element, a
 * named block replaced in place, the linked spreadsheet read under spreadsheets.readonly.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeSpreadsheet } from '../../../fake';
import { openDocument } from '../../../scripts/harness/docsHarness';

const CODE = `
var Internal = (function () {
  function topLevel(element) {
    while (element.getParent().getType() !== DocumentApp.ElementType.BODY_SECTION) element = element.getParent();
    return element;
  }
  function insertNote(text) {
    var doc = DocumentApp.getActiveDocument();
    var tab = doc.getActiveTab().asDocumentTab();
    var body = tab.getBody();
    var old = tab.getNamedRanges('careergrowth.note');
    var index;
    if (old.length > 0) {
      var elements = old[0].getRange().getRangeElements().map(function (e) { return e.getElement(); });
      index = body.getChildIndex(elements[0]);
      old[0].remove();
      elements.forEach(function (e) { e.removeFromParent(); });
    } else {
      var cursor = doc.getCursor();
      index = cursor ? body.getChildIndex(topLevel(cursor.getElement())) + 1 : body.getNumChildren() - 1;
    }
    var heading = body.insertParagraph(index, 'Note').setHeading(DocumentApp.ParagraphHeading.HEADING2);
    var para = body.insertParagraph(index + 1, text).setHeading(DocumentApp.ParagraphHeading.NORMAL);
    tab.addNamedRange('careergrowth.note', tab.newRange().addElement(heading).addElement(para).build());
    return { status: old.length > 0 ? 'replaced' : 'inserted', index: index };
  }
  return { insertNote: insertNote };
})();
function onOpen(e) {
  DocumentApp.getUi().createAddonMenu().addItem('Insert note', 'menuInsertNote').addToUi();
}
function menuInsertNote() { return Internal.insertNote('from the menu'); }
function insertNote(request) { return Internal.insertNote(request.text); }
function readPlan(url) {
  var sheet = SpreadsheetApp.openByUrl(url).getSheetByName('Action Plan');
  return sheet.getDataRange().getValues().length;
}
function writePlan(url) { SpreadsheetApp.openByUrl(url).getSheetByName('Action Plan').getRange('A1').setValue('x'); }
function showDialog() {
  DocumentApp.getUi().showModalDialog(HtmlService.createHtmlOutputFromFile('NoteDialog'), 'Note');
}
`;

describe('docsHarness', () => {
  let dir: string;
  let codePath: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'docs-harness-'));
    codePath = join(dir, 'Code.js');
    writeFileSync(codePath, CODE);
    writeFileSync(join(dir, 'NoteDialog.html'), '<p>note</p>');
    writeFileSync(
      join(dir, 'appsscript.json'),
      JSON.stringify({
        oauthScopes: [
          'https://www.googleapis.com/auth/documents.currentonly',
          'https://www.googleapis.com/auth/script.container.ui',
          'https://www.googleapis.com/auth/spreadsheets.readonly',
        ],
      }),
    );
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('onOpen in AuthMode.NONE adds the menu; the menu item runs', () => {
    const h = openDocument(['intro'], { codePath, authMode: 'NONE' });
    h.call('onOpen', h.fake.events.onOpen());
    expect(h.fake.ui.menuItems()).toEqual([{ caption: 'Insert note', functionName: 'menuInsertNote' }]);
    expect(() => h.runMenuItem('Insert note')).toThrow(/AuthMode\.NONE/);
    h.fake.setAuthMode('FULL');
    expect(h.runMenuItem('Insert note')).toEqual({ status: 'inserted', index: 0 });
  });

  test('inserts after the cursor, then replaces in place; text outside is untouched', () => {
    const h = openDocument(['intro', { table: [['a', 'b']] }, 'outro'], {
      codePath,
      cursor: { path: [1, 0, 1, 0], offset: 1 },
    });
    const outside = h.textOutside();
    expect(h.run('insertNote', { text: 'first' })).toEqual({ status: 'inserted', index: 2 });
    expect(h.snapshot().tabs[0]!.namedRanges.map((r) => [r.name, r.covers])).toEqual([
      ['careergrowth.note', [2, 3]],
    ]);
    h.edit((body) => body.appendParagraph('typed later'));
    expect(h.run('insertNote', { text: 'second' })).toEqual({ status: 'replaced', index: 2 });
    const tab = h.snapshot().tabs[0]!;
    expect(tab.body.slice(2, 4)).toEqual([
      { type: 'PARAGRAPH', text: 'Note', heading: 'HEADING2' },
      { type: 'PARAGRAPH', text: 'second', heading: 'NORMAL' },
    ]);
    expect(h.textOutside()).toEqual([...outside, 'typed later']);
    expect(h.fake.calls.count('Body.insertParagraph')).toBe(4);
  });

  test('the linked plan is readable, not writable, under spreadsheets.readonly', () => {
    const plan = FakeSpreadsheet.fromTabs({ 'Action Plan': [['Requirement'], ['SQL']] }, { id: 'plan' });
    const h = openDocument([], { codePath, spreadsheets: [plan] });
    const url = 'https://docs.google.com/spreadsheets/d/plan/edit';
    expect(h.run('readPlan', url)).toBe(2);
    expect(() => h.run('writePlan', url)).toThrow(
      /Specified permissions are not sufficient to call Range.setValue/,
    );
    expect(() => h.run('readPlan', 'https://docs.google.com/spreadsheets/d/nope/edit')).toThrow(
      /You do not have permission to access the requested document/,
    );
  });

  test('dialogs come from the HTML files beside the bundle', () => {
    const h = openDocument([], { codePath });
    h.call('showDialog');
    expect(h.fake.ui.lastDialog).toMatchObject({ title: 'Note', html: '<p>note</p>' });
  });

  test('a missing bundle is a clear error', () => {
    expect(() => openDocument([], { codePath: join(dir, 'missing.js') })).toThrow(/run `npm run build`/);
  });
});
