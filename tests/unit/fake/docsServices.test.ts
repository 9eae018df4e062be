import { createDocsFake, FakeDocument, FakeSpreadsheet, silently } from '../../../fake';
import { SCOPE } from '../../../fake/docs';

describe('auth modes in a Docs add-on', () => {
  test('NONE: no document, properties, lock or session; the add-on menu still works', () => {
    const fake = createDocsFake({ authMode: 'NONE' });
    const g = fake.globals;
    const denied = [
      () => g.DocumentApp.getActiveDocument(),
      () => g.DocumentApp.openById('x'),
      () => g.SpreadsheetApp.getActiveSpreadsheet(),
      () => g.SpreadsheetApp.openByUrl('https://docs.google.com/spreadsheets/d/x/edit'),
      () => g.PropertiesService.getDocumentProperties(),
      () => g.PropertiesService.getUserProperties(),
      () => g.LockService.getDocumentLock(),
      () => g.Session.getActiveUser(),
    ];
    for (const attempt of denied)
      expect(attempt).toThrow(/You do not have permission to call .* \(AuthMode\.NONE\)/);
    g.DocumentApp.getUi()
      .createAddonMenu()
      .addItem('Insert conversation agenda', 'insertAgendaFromMenu')
      .addSeparator()
      .addToUi();
    expect(fake.ui.addonMenu!.items[0]).toEqual({
      caption: 'Insert conversation agenda',
      functionName: 'insertAgendaFromMenu',
    });
    expect(fake.events.onOpen()).toEqual({ authMode: g.ScriptApp.AuthMode.NONE });
    fake.setAuthMode('LIMITED');
    expect(g.DocumentApp.getActiveDocument()).toBe(fake.document);
    expect(fake.events.onOpen().source).toBe(fake.document);
  });

  test('LIMITED reaches the document but cannot open other files', () => {
    const linked = new FakeSpreadsheet({ id: 'plan-id' });
    const fake = createDocsFake({ authMode: 'LIMITED', spreadsheets: [linked] });
    expect(() => fake.globals.SpreadsheetApp.openById('plan-id')).toThrow(/AuthMode\.LIMITED/);
  });

  test('getUi outside a UI context throws; alerts take scripted answers', () => {
    expect(() => createDocsFake({ hasUi: false }).globals.DocumentApp.getUi()).toThrow(
      'Cannot call DocumentApp.getUi() from this context.',
    );
    const fake = createDocsFake();
    const ui = fake.globals.DocumentApp.getUi();
    fake.ui.queueResponse('NO');
    expect(ui.alert('Replace edited block?', 'Someone edited it.', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(fake.ui.alerts.map((a) => [a.title, a.response])).toEqual([
      ['Replace edited block?', 'NO'],
      ['', 'OK'],
    ]);
    const html = fake.globals.HtmlService.createHtmlOutput('<p>x</p>').setWidth(400).setHeight(300);
    ui.showModalDialog(html, 'Role requirements');
    expect(fake.ui.lastDialog).toMatchObject({ modal: true, title: 'Role requirements', width: 400 });
  });
});

describe('the linked spreadsheet', () => {
  test('a Docs add-on has no active spreadsheet and no Sheets UI', () => {
    const fake = createDocsFake();
    expect(fake.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(fake.globals.SpreadsheetApp.getActive()).toBeNull();
    expect(() => fake.globals.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('openByUrl reaches registered spreadsheets only', () => {
    const plan = FakeSpreadsheet.fromTabs(
      {
        'Action Plan': [
          ['Requirement', 'Status'],
          ['SQL', 'Done'],
        ],
      },
      { id: 'plan-id' },
    );
    const fake = createDocsFake({ spreadsheets: [plan] });
    const app = fake.globals.SpreadsheetApp;
    const opened = app.openByUrl('https://docs.google.com/spreadsheets/d/plan-id/edit#gid=0');
    expect(opened.getSheetByName('Action Plan')!.getDataRange().getValues()).toEqual([
      ['Requirement', 'Status'],
      ['SQL', 'Done'],
    ]);
    expect(() => app.openByUrl('https://docs.google.com/spreadsheets/d/unknown/edit')).toThrow(
      /^You do not have permission to access the requested document\./,
    );
    expect(() => app.openByUrl('https://example.com/not-a-sheet')).toThrow('Invalid argument: url');
    expect(() => app.openById('__docs-add-on-has-no-active-spreadsheet__')).not.toThrow(); // the placeholder id is not a URL anyone has
  });

  test('scopes from the manifest: read-only access refuses writes; missing scopes refuse the call', () => {
    const plan = FakeSpreadsheet.fromTabs({ 'Action Plan': [['Requirement'], ['SQL']] }, { id: 'plan-id' });
    const scopes = [SCOPE.documentsCurrentOnly, SCOPE.containerUi, SCOPE.spreadsheetsReadonly];
    const fake = createDocsFake({ spreadsheets: [plan], scopes });
    const ss = fake.globals.SpreadsheetApp.openById('plan-id');
    const sheet = ss.getSheetByName('Action Plan')!;
    expect(sheet.getRange(1, 1, 2, 1).getValues()).toEqual([['Requirement'], ['SQL']]);
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(
      'Specified permissions are not sufficient to call Range.setValue. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => ss.insertSheet('New')).toThrow(/not sufficient to call Spreadsheet.insertSheet/);
    expect(silently(() => plan.getSheetByName('Action Plan')!.getRange('A1').getValue())).toBe('Requirement');
    expect(() => fake.globals.DocumentApp.openById('other')).toThrow(
      /not sufficient to call DocumentApp.openById/,
    );
    const noSheets = createDocsFake({ spreadsheets: [plan], scopes: [SCOPE.documentsCurrentOnly] });
    expect(() => noSheets.globals.SpreadsheetApp.openById('plan-id')).toThrow(
      /not sufficient to call SpreadsheetApp.openById/,
    );
    const noUi = createDocsFake({ scopes: [SCOPE.documentsCurrentOnly] });
    const ui = noUi.globals.DocumentApp.getUi();
    ui.createAddonMenu().addItem('Help', 'showHelp').addToUi(); // menus need no scope
    expect(() => {
      ui.showModalDialog(noUi.globals.HtmlService.createHtmlOutput('x'), 'Help');
    }).toThrow(
      /not sufficient to call Ui.showModalDialog. Required permissions: https:\/\/www.googleapis.com\/auth\/script.container.ui/,
    );
    const noDocs = createDocsFake({ scopes: [SCOPE.spreadsheetsReadonly] });
    expect(() => noDocs.globals.DocumentApp.getActiveDocument()).toThrow(
      /not sufficient to call DocumentApp.getActiveDocument/,
    );
  });
});

describe('services', () => {
  test('document properties belong to the document; locks are released', () => {
    const document = FakeDocument.fromContent([], { documentProperties: { 'careergrowth.planUrl': 'u' } });
    const fake = createDocsFake({ document });
    const props = fake.globals.PropertiesService.getDocumentProperties();
    expect(props.getProperty('careergrowth.planUrl')).toBe('u');
    props.setProperty('careergrowth.planUrl', 'v');
    expect(fake.documentProperties.all()).toEqual({ 'careergrowth.planUrl': 'v' });
    expect(fake.snapshot().documentProperties).toEqual({ 'careergrowth.planUrl': 'v' });
    const lock = fake.globals.LockService.getDocumentLock();
    lock.waitLock(1000);
    expect(fake.locksHeld()).toEqual(['document']);
    lock.releaseLock();
    expect(fake.locksHeld()).toEqual([]);
  });

  test('saveAndClose: later calls on the Document throw; the next execution opens it again', () => {
    const fake = createDocsFake();
    const doc = fake.globals.DocumentApp.getActiveDocument()!;
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    expect(fake.globals.DocumentApp.getActiveDocument()!.getBody().getNumChildren()).toBe(1);
  });
});

describe('call counting', () => {
  test('every call from outside counts as Class.method; fixtures, snapshots and internals do not', () => {
    const document = FakeDocument.fromContent(['a', { table: [['x', 'y']] }]);
    const fake = createDocsFake({ document });
    expect(fake.calls.total).toBe(0);
    const doc = fake.globals.DocumentApp.getActiveDocument()!;
    const body = doc.getActiveTab().asDocumentTab().getBody();
    const table = body.getChild(1).asTable();
    table.getCell(0, 0).editAsText().setBold(true);
    body.insertParagraph(0, 'new').setHeading(fake.globals.DocumentApp.ParagraphHeading.HEADING1);
    doc.addNamedRange('n', doc.newRange().addElement(body.getChild(0)).build());
    fake.snapshot();
    expect(fake.calls.byMethod).toEqual({
      'DocumentApp.getActiveDocument': 1,
      'Document.getActiveTab': 1,
      'Tab.asDocumentTab': 1,
      'DocumentTab.getBody': 1,
      'Body.getChild': 2,
      'Table.asTable': 1, // a handle counts under the class of the element it is, whatever it was fetched as
      'Table.getCell': 1,
      'TableCell.editAsText': 1,
      'Text.setBold': 1,
      'Body.insertParagraph': 1,
      'Paragraph.setHeading': 1,
      'Document.newRange': 1,
      'RangeBuilder.addElement': 1,
      'RangeBuilder.build': 1,
      'Document.addNamedRange': 1,
    });
  });

  test('one table from a string[][] costs the same for 0 and 300 rows', () => {
    const cost = (rows: number) => {
      const fake = createDocsFake();
      const body = fake.globals.DocumentApp.getActiveDocument()!.getBody();
      const cells = [
        ['Requirement', 'Action'],
        ...Array.from({ length: rows }, (_, i) => [`r${i}`, `a${i}`]),
      ];
      const table = body.appendTable(cells);
      table.getRow(0).editAsText().setBold(true);
      return fake.calls.total;
    };
    expect(cost(300)).toBe(cost(0));
  });
});
