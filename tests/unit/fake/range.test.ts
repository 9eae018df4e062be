import { createAppsScriptFake, FakeSpreadsheet, FORMULA_PLACEHOLDER } from '../../../fake';

function setUp() {
  const fake = createAppsScriptFake();
  const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  return { fake, ss, sheet };
}

describe('Range.setValues shape strictness', () => {
  test('rows must match exactly', () => {
    const { sheet } = setUp();
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  test('columns must match exactly, row by row (ragged rows throw)', () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b'], ['c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  test('non-arrays and non-array rows throw a signature error', () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange('A1').setValues('x' as never)).toThrow(
      /don't match the method signature for SpreadsheetApp\.Range\.setValues/,
    );
    expect(() => sheet.getRange('A1').setValues(['x'] as never)).toThrow(/method signature/);
  });

  test('errors look like Apps Script exceptions', () => {
    const { sheet } = setUp();
    try {
      sheet.getRange(1, 1, 2, 1).setValues([['only one']]);
      throw new Error('did not throw');
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
      expect(String(e)).toMatch(/^Exception: The number of rows/);
    }
  });

  test('undefined throws, null stores empty, objects throw', () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange('A1:B1').setValues([['a', undefined]])).toThrow(/B1 is undefined/);
    sheet.getRange('A1:B1').setValues([['a', null]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', '']]);
    expect(() => sheet.getRange('A1').setValue({ a: 1 })).toThrow(/method signature/);
    expect(() => sheet.getRange('A1').setValue(NaN)).toThrow(/method signature/);
  });

  test('setDataValidations and setFormulas check the shape too', () => {
    const { sheet, fake } = setUp();
    const rule = fake.globals.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    expect(() => sheet.getRange('A1:A2').setDataValidations([[rule]])).toThrow(/number of rows/);
    expect(() => sheet.getRange('A1:B1').setFormulas([['=1']])).toThrow(/number of columns/);
  });
});

describe('ranges outside the sheet', () => {
  test.each([
    [0, 1, 1, 1],
    [1, 0, 1, 1],
    [1000, 1, 2, 1],
    [1, 26, 1, 2],
    [1001, 1, 1, 1],
  ])('getRange(%i, %i, %i, %i) throws', (r, c, nr, nc) => {
    const { sheet } = setUp();
    expect(() => sheet.getRange(r, c, nr, nc)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test('zero rows/columns and bad A1 throw', () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => sheet.getRange('1', 1)).toThrow(/\(String,number\) don't match/);
    expect(() => sheet.getRange(1, 1, undefined as never, 2)).toThrow(
      /\(number,number,undefined,number\) don't match/,
    );
    expect(() => sheet.getRange(1.5, 1)).toThrow(/whole numbers/);
  });

  test('the last row and column are inside', () => {
    const { sheet } = setUp();
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    expect(sheet.getRange('A:A').getA1Notation()).toBe('A:A');
    expect(sheet.getRange('B2:C').getNumRows()).toBe(999);
  });
});

describe('cell semantics', () => {
  test('= stores a formula; getValues gives the placeholder or a trivial evaluation', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:D1').setValues([['x', '=sum(a1:a3)', '=A1', '=HYPERLINK("https://e.com","Link")']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([
      ['', '=SUM(A1:A3)', '=A1', '=HYPERLINK("https://e.com","Link")'],
    ]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['x', FORMULA_PLACEHOLDER, 'x', 'Link']]);
  });

  test("' stores the rest as text", () => {
    const { sheet } = setUp();
    sheet.getRange('A1:C1').setValues([["'=not a formula", "'42", "'-dash"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=not a formula', '42', '-dash']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  test('+ or - text that is not a number becomes a formula parse error', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:D1').setValues([['- Learn SQL', '+1 555', '-5', '+2.5']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['#ERROR!', '#ERROR!', -5, 2.5]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=- Learn SQL');
  });

  test('numbers, booleans, percentages and ISO dates are parsed; leading zeros are lost', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:F1').setValues([['42', '007', 'true', 'FALSE', '50%', '2024-03-01']]);
    const [row] = sheet.getRange('A1:F1').getValues();
    expect(row!.slice(0, 5)).toEqual([42, 7, true, false, 0.5]);
    expect(Object.prototype.toString.call(row![5])).toBe('[object Date]');
    expect((row![5] as Date).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(sheet.getRange('F1').getDisplayValue()).toBe('2024-03-01');
  });

  test('slash dates follow the locale, times and currency amounts are parsed too', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:D1').setValues([['3/4/2024', '10:30', '£1,200', '50/50 split']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      ['2024-04-03', '10:30:00', '1200', '50/50 split'],
    ]);
  });

  test('plain-text number format keeps strings as typed', () => {
    const { sheet } = setUp();
    sheet.getRange('A1').setNumberFormat('@').setValue('007');
    expect(sheet.getRange('A1').getValue()).toBe('007');
  });

  test('Dates and empty cells', () => {
    const { sheet } = setUp();
    const d = new Date(Date.UTC(2024, 0, 2, 12));
    sheet.getRange('A1').setValue(d);
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back.getTime()).toBe(d.getTime());
    expect(back).not.toBe(d);
    expect(sheet.getRange('B1').getValue()).toBe('');
  });

  test('display values', () => {
    const { sheet } = setUp();
    sheet.getRange('A1:C1').setValues([[true, 0.5, 3]]);
    sheet.getRange('B1').setNumberFormat('0%');
    sheet.getRange('C1').setNumberFormat('0.00');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['TRUE', '50%', '3.00']]);
  });

  test('setFormula on many cells adjusts relative references like a fill', () => {
    const { sheet } = setUp();
    sheet.getRange('B2:B4').setFormula('=A2*$C$1');
    expect(sheet.getRange('B2:B4').getFormulas()).toEqual([['=A2*$C$1'], ['=A3*$C$1'], ['=A4*$C$1']]);
  });

  test('a cell holds at most 50000 characters', () => {
    const { sheet } = setUp();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow(/maximum of 50000 characters/);
  });
});

describe('other range methods', () => {
  test('offset, getCell, bounds', () => {
    const { sheet } = setUp();
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => r.getCell(3, 1)).toThrow('Cell reference out of range');
    expect(() => r.offset(-5, 0)).toThrow(/outside the dimensions/);
    expect([
      r.getRow(),
      r.getColumn(),
      r.getLastRow(),
      r.getLastColumn(),
      r.getNumRows(),
      r.getNumColumns(),
    ]).toEqual([2, 2, 3, 3, 2, 2]);
  });

  test('formats, notes and clear', () => {
    const { sheet } = setUp();
    const r = sheet.getRange('A1:B1');
    r.setValues([['a', 'b']])
      .setFontWeight('bold')
      .setBackground('#FFF')
      .setNote('n');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getBackground()).toBe('#ffffff');
    expect(() => r.setFontWeight('heavy')).toThrow(/method signature/);
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getFontWeight()).toBe('bold');
    r.clear();
    expect(r.getFontWeight()).toBe('normal');
    expect(r.getNote()).toBe('n');
  });

  test('setDataValidation wants a built rule, not the builder', () => {
    const { sheet, fake } = setUp();
    const builder = fake.globals.SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B']);
    expect(() => sheet.getRange('A1').setDataValidation(builder as never)).toThrow(/builder\.build\(\)/);
  });

  test('deleted sheets cannot be used any more', () => {
    const ss = FakeSpreadsheet.fromTabs({ One: [['a']], Two: [['b']] });
    const two = ss.getSheetByName('Two')!;
    const range = two.getRange('A1');
    ss.deleteSheet(two);
    expect(() => range.getValue()).toThrow(/has been deleted/);
    expect(() => two.getName()).toThrow(/has been deleted/);
  });
});
