/** The Sheets fake with the manifest's scopes: other spreadsheets open read-only under spreadsheets.readonly. */
import { createAppsScriptFake, FakeSpreadsheet, SCOPE, silently } from '../../../fake';

const URL = 'https://docs.google.com/spreadsheets/d/other-plan-id/edit#gid=0';

function otherPlan(): FakeSpreadsheet {
  return FakeSpreadsheet.fromTabs(
    {
      'Action Plan': [
        ['Action', 'Status'],
        ['Pair up', 'Done'],
      ],
    },
    { id: 'other-plan-id' },
  );
}

describe('scopes in a Sheets add-on', () => {
  test('spreadsheets.readonly: another spreadsheet reads as usual and refuses every write', () => {
    const plan = otherPlan();
    const fake = createAppsScriptFake({
      otherSpreadsheets: [plan],
      scopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi, SCOPE.spreadsheetsReadonly],
    });
    const app = fake.globals.SpreadsheetApp;
    const opened = app.openByUrl(URL);
    const sheet = opened.getSheetByName('Action Plan')!;
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Action', 'Status'],
      ['Pair up', 'Done'],
    ]);
    expect(fake.calls.byMethod['Range.getValues']).toBe(1);
    expect(() => sheet.getRange('B2').setValue('Blocked')).toThrow(
      'Specified permissions are not sufficient to call Range.setValue. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => opened.insertSheet('Mine')).toThrow(/not sufficient to call Spreadsheet.insertSheet/);
    expect(() => sheet.getRange('A1').setNote('x')).toThrow(/not sufficient to call Range.setNote/);
    expect(() => opened.getSheets()[0]!.clear()).toThrow(/not sufficient to call Sheet.clear/);
    expect(() => app.openById('other-plan-id').getSheets()[0]!.getRange(1, 1).setValue('x')).toThrow(
      /not sufficient/,
    );
    expect(silently(() => plan.getSheetByName('Action Plan')!.getRange('B2').getValue())).toBe('Done');
    // The active spreadsheet stays writable.
    fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').setValue('mine');
  });

  test('spreadsheets.currentonly alone cannot open another file; no scopes given: nothing enforced', () => {
    const scoped = createAppsScriptFake({
      otherSpreadsheets: [otherPlan()],
      scopes: [SCOPE.spreadsheetsCurrentOnly],
    });
    expect(() => scoped.globals.SpreadsheetApp.openByUrl(URL)).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => scoped.globals.SpreadsheetApp.create('New')).toThrow(
      /not sufficient to call SpreadsheetApp.create/,
    );
    const open = createAppsScriptFake({ otherSpreadsheets: [otherPlan()] });
    open.globals.SpreadsheetApp.openByUrl(URL).getSheets()[0]!.getRange('A1').setValue('written');
  });

  test('an unknown file is refused as Apps Script refuses it, under any scope', () => {
    const fake = createAppsScriptFake({ scopes: [SCOPE.spreadsheetsReadonly] });
    expect(() =>
      fake.globals.SpreadsheetApp.openByUrl('https://docs.google.com/spreadsheets/d/nobody-shared-this/edit'),
    ).toThrow(/^You do not have permission to access the requested document\./);
  });
});
