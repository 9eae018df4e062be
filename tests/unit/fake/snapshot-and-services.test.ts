import { createAppsScriptFake, FakeSpreadsheet } from '../../../fake';

function planWorkbook() {
  return FakeSpreadsheet.fromTabs(
    {
      Requirements: [
        ['Skill', 'Rating'],
        ['SQL', 'Meets'],
      ],
      Actions: [['Action', 'Status']],
    },
    { documentProperties: { planVersion: '1' } },
  );
}

describe('snapshot', () => {
  test('equal when nothing changed, even after reads', () => {
    const fake = createAppsScriptFake({ spreadsheet: planWorkbook() });
    const before = fake.spreadsheet.snapshot();
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Requirements')!.getDataRange().getValues();
    fake.globals.PropertiesService.getDocumentProperties().getProperties();
    expect(fake.spreadsheet.snapshot()).toEqual(before);
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
  });

  test('captures values, formulas, validations, layout, rules and properties', () => {
    const fake = createAppsScriptFake({ spreadsheet: planWorkbook() });
    const app = fake.globals.SpreadsheetApp;
    const before = fake.spreadsheet.snapshot();
    const sheet = app.getActiveSpreadsheet().getSheetByName('Requirements')!;
    sheet
      .getRange('B2:B3')
      .setDataValidation(app.newDataValidation().requireValueInList(['Meets', 'Exceeds']).build());
    sheet.getRange('C2').setFormula('=B2');
    sheet.setFrozenRows(1);
    sheet.hideColumns(3);
    sheet.setColumnWidth(1, 250);
    sheet.getRange('A1:B1').setFontWeight('bold');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('Meets')
        .setBold(true)
        .setRanges([sheet.getRange('B2:B')])
        .build(),
    ]);
    fake.globals.PropertiesService.getDocumentProperties().setProperty('planVersion', '2');

    const after = fake.spreadsheet.snapshot();
    expect(after).not.toEqual(before);
    const s = after.sheets[0]!;
    expect(s.values).toEqual([
      ['Skill', 'Rating', ''],
      ['SQL', 'Meets', 'Meets'],
    ]);
    expect(s.formulas).toEqual({ C2: '=B2' });
    expect(s.validations).toEqual({
      'B2:B3': {
        criteria: 'VALUE_IN_LIST',
        values: [['Meets', 'Exceeds'], true],
        allowInvalid: true,
        helpText: null,
      },
    });
    expect(s.formats).toEqual({ A1: { fontWeight: 'bold' }, B1: { fontWeight: 'bold' } });
    expect([s.frozenRows, s.columns]).toEqual([1, { A: { width: 250 }, C: { hidden: true } }]);
    expect(s.conditionalFormats).toEqual([
      { ranges: ['B2:B1000'], criteria: 'TEXT_EQUAL_TO', values: ['Meets'], format: { bold: true } },
    ]);
    expect(after.documentProperties).toEqual({ planVersion: '2' });
  });
});

describe('UI and HtmlService', () => {
  test('sidebars, dialogs, alerts with queued answers, prompts and toasts are recorded', () => {
    const fake = createAppsScriptFake({ htmlFiles: { Sidebar: '<h1>Plan</h1>' } });
    const { SpreadsheetApp, HtmlService } = fake.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Growth plan'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>help</p>').setWidth(500).setHeight(300), 'Help');
    expect(fake.ui.lastSidebar).toEqual({
      title: 'Growth plan',
      html: '<h1>Plan</h1>',
      width: 300,
      height: 0,
    });
    expect(fake.ui.lastDialog).toEqual({
      modal: true,
      title: 'Help',
      html: '<p>help</p>',
      width: 500,
      height: 300,
    });
    expect(() => {
      ui.showSidebar('<p>raw</p>' as never);
    }).toThrow(/method signature for Base\.Ui\.showSidebar/);
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );

    fake.ui.queueResponse('NO', { button: 'OK', text: 'Ada' });
    expect(ui.alert('Replace?', 'This replaces rows', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const reply = ui.prompt('Name?', ui.ButtonSet.OK_CANCEL);
    expect([reply.getSelectedButton(), reply.getResponseText()]).toEqual([ui.Button.OK, 'Ada']);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(fake.ui.alerts.map((a) => [a.kind, a.title, a.buttons, a.response])).toEqual([
      ['alert', 'Replace?', 'YES_NO', 'NO'],
      ['prompt', '', 'OK_CANCEL', 'OK'],
      ['alert', '', 'OK', 'OK'],
    ]);
    SpreadsheetApp.getActiveSpreadsheet().toast('Imported 12 rows', 'Career Growth');
    expect(fake.ui.toasts).toEqual([
      { message: 'Imported 12 rows', title: 'Career Growth', timeoutSeconds: 5 },
    ]);
  });
});

describe('locks, properties, session, utilities', () => {
  test('locks: busy lock makes waitLock throw; held locks are tracked until released', () => {
    const fake = createAppsScriptFake();
    const lock = fake.globals.LockService.getDocumentLock();
    lock.waitLock(10000);
    expect(fake.locksHeld()).toEqual(['document']);
    expect(fake.globals.LockService.getDocumentLock().tryLock(10)).toBe(false);
    lock.releaseLock();
    expect(fake.locksHeld()).toEqual([]);
    fake.lockBusy = true;
    expect(lock.tryLock(10)).toBe(false);
    expect(() => {
      lock.waitLock(10);
    }).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
  });

  test('properties store strings and enforce the value size limit', () => {
    const fake = createAppsScriptFake();
    const props = fake.globals.PropertiesService.getDocumentProperties();
    props.setProperty('n', 42 as never).setProperties({ a: 'x', b: true });
    expect(props.getProperties()).toEqual({ a: 'x', b: 'true', n: '42' });
    expect(props.getProperty('missing')).toBeNull();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => props.setProperty('k', undefined as never)).toThrow(/method signature/);
    props.deleteProperty('a');
    expect(fake.documentProperties.all()).toEqual({ b: 'true', n: '42' });
    props.setProperties({ only: '1' }, true);
    expect(fake.documentProperties.all()).toEqual({ only: '1' });
  });

  test('Session and Utilities', () => {
    const fake = createAppsScriptFake();
    const { Session, Utilities, Logger } = fake.globals;
    expect(Session.getScriptTimeZone()).toBe('Europe/London');
    expect(Session.getActiveUser().getEmail()).toBe('');
    const d = new Date(Date.UTC(2024, 6, 1, 23, 30));
    expect(Utilities.formatDate(d, 'Europe/London', 'yyyy-MM-dd HH:mm EEE')).toBe('2024-07-02 00:30 Tue');
    expect(Utilities.formatDate(d, 'UTC', "d MMM yyyy 'at' h:mm a")).toBe('1 Jul 2024 at 11:30 PM');
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    Logger.log('imported %s rows', 3);
    expect(fake.logs).toEqual([{ level: 'Logger', message: 'imported 3 rows' }]);
  });
});
