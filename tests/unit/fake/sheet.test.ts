import { createAppsScriptFake, FakeSpreadsheet } from '../../../fake';

const tabs = () =>
  FakeSpreadsheet.fromTabs({
    Plan: [
      ['Skill', 'Rating', 'Notes'],
      ['SQL', 'Meets', 'ok'],
      ['Excel', 'Developing', ''],
    ],
    Other: [['x']],
  });

function setUp() {
  const fake = createAppsScriptFake({ spreadsheet: tabs() });
  const app = fake.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Plan')!;
  return { fake, app, ss, sheet };
}

describe('size and growth', () => {
  test('new sheets are 1000 x 26; last row/column follow content', () => {
    const { ss, sheet } = setUp();
    const fresh = ss.insertSheet('Fresh');
    expect([fresh.getMaxRows(), fresh.getMaxColumns(), fresh.getLastRow(), fresh.getLastColumn()]).toEqual([
      1000, 26, 0, 0,
    ]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
  });

  test('insertRowsAfter grows maxRows and shifts content below', () => {
    const { sheet } = setUp();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['Skill'], [''], [''], ['SQL'], ['Excel']]);
    sheet.insertRowsAfter(1002, 5);
    expect(sheet.getMaxRows()).toBe(1007);
    expect(() => sheet.getRange(1008, 1)).toThrow(/outside the dimensions/);
    expect(() => sheet.insertRowsAfter(1008, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertRowsAfter(1, 0)).toThrow(/at least 1/);
  });

  test('writing below maxRows needs rows inserted first; appendRow grows the sheet itself', () => {
    const { ss } = setUp();
    const small = ss.insertSheet('Small');
    small.deleteRows(3, 998);
    expect(small.getMaxRows()).toBe(2);
    small.getRange('A1:A2').setValues([['a'], ['b']]);
    expect(() => small.getRange(3, 1).setValue('c')).toThrow(/outside the dimensions/);
    small.appendRow(['c', 'd']);
    expect(small.getMaxRows()).toBe(3);
    expect(small.getRange('A3:B3').getValues()).toEqual([['c', 'd']]);
  });

  test('deleting every non-frozen row throws', () => {
    const { ss } = setUp();
    const s = ss.insertSheet('S');
    s.setFrozenRows(1);
    expect(() => {
      s.deleteRows(2, 999);
    }).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => {
      s.deleteRows(990, 20);
    }).toThrow('Those rows are out of bounds.');
  });

  test('inserting rows inside the frozen area grows it', () => {
    const { sheet } = setUp();
    sheet.setFrozenRows(1);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getFrozenRows()).toBe(2);
  });
});

describe('moveColumns', () => {
  test('moves data, validations, formulas, widths and hidden state; formulas follow', () => {
    const { app, sheet } = setUp();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Not yet', 'Developing', 'Meets', 'Exceeds'])
      .build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    sheet.getRange('D2').setFormula('=B2&"!"');
    sheet.setColumnWidth(2, 180);
    sheet.hideColumns(3);
    const cf = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2="Meets"')
      .setBackground('#00ff00')
      .setRanges([sheet.getRange('A2:C3')])
      .build();
    sheet.setConditionalFormatRules([cf]);

    // Move "Rating" (B) to the front: destination index 1.
    sheet.moveColumns(sheet.getRange('B1'), 1);

    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      ['Rating', 'Skill', 'Notes', ''],
      ['Meets', 'SQL', 'ok', '#FORMULA'],
    ]);
    expect(sheet.getRange('A2').getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Not yet',
      'Developing',
      'Meets',
      'Exceeds',
    ]);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    expect(sheet.getRange('D2').getFormula()).toBe('=A2&"!"');
    expect(sheet.getColumnWidth(1)).toBe(180);
    expect(sheet.isColumnHiddenByUser(3)).toBe(true);
    const [moved] = sheet.getConditionalFormatRules();
    expect(moved!.getBooleanCondition().getCriteriaValues()).toEqual(['=$A2="Meets"']);
    expect(moved!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:C3']);
  });

  test('destination index is counted before the move (A:B to 5 lands in C:D)', () => {
    const ss = FakeSpreadsheet.fromTabs({ T: [['a', 'b', 'c', 'd', 'e']] });
    const t = ss.getSheetByName('T')!;
    t.moveColumns(t.getRange('A1:B1'), 5);
    expect(t.getRange('A1:E1').getValues()).toEqual([['c', 'd', 'a', 'b', 'e']]);
    expect(() => {
      t.moveColumns(t.getRange('A1:C1'), 2);
    }).toThrow(/destination index/);
  });

  test('deleting a referenced column turns references into #REF!', () => {
    const { sheet, ss } = setUp();
    sheet.getRange('E1').setFormula('=SUM(B2:C3)+C2');
    ss.getSheetByName('Other')!.getRange('B1').setFormula('=Plan!C2');
    sheet.deleteColumn(3);
    expect(sheet.getRange('D1').getFormula()).toBe('=SUM(B2:B3)+#REF!');
    expect(ss.getSheetByName('Other')!.getRange('B1').getFormula()).toBe('=#REF!');
    expect(ss.getSheetByName('Other')!.getRange('B1').getValue()).toBe('#REF!');
  });
});

describe('sheets of a spreadsheet', () => {
  test('insertSheet rejects duplicate names (ignoring case) and activates the new sheet', () => {
    const { ss } = setUp();
    expect(() => ss.insertSheet('plan')).toThrow(
      'A sheet with the name "plan" already exists. Please enter another name.',
    );
    const s = ss.insertSheet('Summary', 0);
    expect(s.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('Summary');
    expect(ss.getSheetByName('SUMMARY')).toBe(s);
    expect(ss.getSheetByName('Missing')).toBeNull();
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    expect(ss.getNumSheets()).toBe(4);
  });

  test('renaming a sheet rewrites formulas that name it; deleting the last sheet throws', () => {
    const { ss } = setUp();
    const other = ss.getSheetByName('Other')!;
    other.getRange('A2').setFormula('=Plan!A1');
    ss.getSheetByName('Plan')!.setName('My plan');
    expect(other.getRange('A2').getFormula()).toBe("='My plan'!A1");
    expect(other.getRange('A2').getValue()).toBe('Skill');
    expect(() => other.setName('my PLAN')).toThrow(/already exists/);
    ss.deleteSheet(other);
    expect(() => {
      ss.deleteSheet(ss.getSheets()[0]!);
    }).toThrow(/remove all the sheets/);
  });

  test('invalid values are recorded, not rejected', () => {
    const { app, sheet } = setUp();
    const rule = app
      .newDataValidation()
      .requireValueInList(['Meets', 'Exceeds'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    sheet.getRange('B3').setValue('Bogus');
    expect(sheet.invalidCells()).toEqual([
      { a1: 'B3', value: 'Bogus', criteria: 'VALUE_IN_LIST', allowInvalid: false },
    ]);
  });

  test('valuesAsText', () => {
    const { sheet } = setUp();
    expect(sheet.valuesAsText()).toBe('Skill | Rating | Notes\nSQL | Meets | ok\nExcel | Developing | ');
  });
});

describe('percentages typed as text', () => {
  test('become a fraction with a percent format, as Sheets shows them', () => {
    const { sheet } = setUp();
    sheet.getRange('D1:D3').setValues([['70%'], ['12.5%'], ['-5 %']]);
    expect(sheet.getRange('D1:D3').getValues()).toEqual([[0.7], [0.125], [-0.05]]);
    expect(sheet.getRange('D1:D3').getNumberFormats()).toEqual([['0%'], ['0.00%'], ['0%']]);
    expect(sheet.getRange('D1:D3').getDisplayValues()).toEqual([['70%'], ['12.50%'], ['-5%']]);
  });

  test("keep a cell's own number format", () => {
    const { sheet } = setUp();
    sheet.getRange('D1').setNumberFormat('0.0');
    sheet.getRange('D1').setValue('70%');
    expect(sheet.getRange('D1').getNumberFormat()).toBe('0.0');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('0.7');
  });
});
