import { createAppsScriptFake, FakeSpreadsheet } from '../../../fake';

function plan() {
  const spreadsheet = FakeSpreadsheet.fromTabs({
    Log: [
      ['Date', 'Item'],
      ['2026-05-12', 'a'],
      ['2026-02-02', 'b'],
      ['2026-05-12', 'c'],
    ],
  });
  const fake = createAppsScriptFake({ spreadsheet });
  const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Log')!;
  return { fake, sheet };
}

describe('RangeList', () => {
  test('clearContent empties every range in one call, and nothing else', () => {
    const { fake, sheet } = plan();
    sheet.getRange('B2').setNumberFormat('@');
    fake.calls.reset();
    sheet.getRangeList(['A2:B2', 'A4:B4']).clearContent();
    expect(fake.calls.sequence).toEqual(['Sheet.getRangeList', 'RangeList.clearContent']);
    expect(fake.calls.kinds).toEqual(['none', 'write']);
    expect(sheet.getDataRange().getDisplayValues()).toEqual([
      ['Date', 'Item'],
      ['', ''],
      ['2026-02-02', 'b'],
    ]);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('@');
  });

  test('refuses what getRange refuses, an empty list and other sheets', () => {
    const { sheet } = plan();
    expect(
      sheet
        .getRangeList(['A1', 'B2:C3'])
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1', 'B2:C3']);
    expect(() => sheet.getRangeList([])).toThrow(/at least one/);
    expect(() => sheet.getRangeList(['nonsense'])).toThrow('Range not found');
    expect(() => sheet.getRangeList(["'Other'!A1"])).toThrow('Range not found');
    expect(() => sheet.getRangeList(['A1001'])).toThrow(/outside the dimensions/);
    expect(() => sheet.getRangeList('A1' as never)).toThrow(/method signature/);
  });
});
