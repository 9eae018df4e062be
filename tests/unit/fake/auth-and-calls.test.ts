import { createAppsScriptFake, FakeSpreadsheet, silently } from '../../../fake';

describe('auth modes', () => {
  test('NONE: data access throws, the add-on menu still works', () => {
    const fake = createAppsScriptFake({ authMode: 'NONE' });
    const g = fake.globals;
    const denied = [
      () => g.SpreadsheetApp.getActiveSpreadsheet(),
      () => g.SpreadsheetApp.getActive(),
      () => g.SpreadsheetApp.openById('x'),
      () => g.PropertiesService.getDocumentProperties(),
      () => g.PropertiesService.getUserProperties(),
      () => g.PropertiesService.getScriptProperties(),
      () => g.LockService.getDocumentLock(),
      () => g.Session.getActiveUser(),
    ];
    for (const attempt of denied)
      expect(attempt).toThrow(/You do not have permission to call .* \(AuthMode\.NONE\)/);
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet in this context (AuthMode.NONE).',
    );

    g.SpreadsheetApp.getUi()
      .createAddonMenu()
      .addItem('Open planner', 'showPlanner')
      .addSeparator()
      .addToUi();
    expect(fake.ui.addonMenu).toEqual({
      caption: null,
      addon: true,
      items: [{ caption: 'Open planner', functionName: 'showPlanner' }, { separator: true }],
    });
    expect(g.ScriptApp.AuthMode.NONE.toString()).toBe('NONE');
    expect(fake.events.onOpen()).toEqual({ authMode: g.ScriptApp.AuthMode.NONE });
  });

  test('LIMITED reaches the current document but not others; setAuthMode switches', () => {
    const other = new FakeSpreadsheet({ id: 'other-id' });
    const fake = createAppsScriptFake({ authMode: 'LIMITED', otherSpreadsheets: [other] });
    const app = fake.globals.SpreadsheetApp;
    expect(app.getActiveSpreadsheet()).toBe(fake.spreadsheet);
    expect(fake.events.onOpen().source).toBe(fake.spreadsheet);
    expect(() => app.openById('other-id')).toThrow(/AuthMode\.LIMITED/);
    fake.setAuthMode('FULL');
    expect(app.openById('other-id')).toBe(other);
    expect(app.openByUrl('https://docs.google.com/spreadsheets/d/other-id/edit#gid=0')).toBe(other);
    expect(() => app.openById('nope')).toThrow(
      /^You do not have permission to access the requested document\./,
    );
  });

  test('enum values are objects: compare with the enum, not a string', () => {
    const fake = createAppsScriptFake();
    const ui = fake.globals.SpreadsheetApp.getUi();
    const answer = ui.alert('Sure?', ui.ButtonSet.YES_NO);
    expect(answer).toBe(ui.Button.YES);
    expect(answer as unknown).not.toBe('YES');
    expect(JSON.stringify({ answer })).toBe('{"answer":"YES"}');
  });

  test('no UI in trigger context', () => {
    const fake = createAppsScriptFake({ hasUi: false });
    expect(() => fake.globals.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });
});

describe('call counting', () => {
  test('counts every call from outside by Type.method, not internal calls', () => {
    const fake = createAppsScriptFake({ spreadsheet: FakeSpreadsheet.fromTabs({ T: [['a', 'b']] }) });
    expect(fake.calls.total).toBe(0); // fixture building is not counted
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName('T')!;
    sheet.getRange(1, 1, 1, 2).getValues();
    sheet.getRange('A1').setValue('x');
    sheet.getDataRange().setFontWeight('bold').setBackground('#eee');
    expect(fake.calls.byMethod).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 2,
      'Range.getValues': 1,
      'Range.setValue': 1,
      'Sheet.getDataRange': 1,
      'Range.setFontWeight': 1,
      'Range.setBackground': 1,
    });
    expect(fake.calls.total).toBe(9);
    expect(fake.calls.count('Range')).toBe(4);
    expect(fake.calls.sequence.slice(0, 3)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheetByName',
      'Sheet.getRange',
    ]);
  });

  test('services, builders and UI count too; helpers do not; reset clears', () => {
    const fake = createAppsScriptFake();
    const g = fake.globals;
    g.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    g.LockService.getDocumentLock().tryLock(100);
    expect(fake.calls.byMethod).toMatchObject({
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireCheckbox': 1,
      'DataValidationBuilder.build': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.setProperty': 1,
      'LockService.getDocumentLock': 1,
      'Lock.tryLock': 1,
    });
    const before = fake.calls.total;
    fake.spreadsheet.snapshot(); // helper: not counted
    silently(() => fake.spreadsheet.getSheets()); // silenced: not counted
    fake.spreadsheet.getSheets()[0]!.valuesAsText(); // getSheets counted, valuesAsText (helper) not
    expect(fake.calls.total).toBe(before + 1);
    fake.calls.reset();
    expect(fake.calls.total).toBe(0);
    expect(fake.calls.byMethod).toEqual({});
  });
});
