import { createAppsScriptFake } from '../../../fake';

function app() {
  return createAppsScriptFake().globals.SpreadsheetApp;
}

describe('data validation builder', () => {
  test('list rules report criteria as Apps Script does', () => {
    const SpreadsheetApp = app();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Not yet', 'Meets'], false)
      .setAllowInvalid(false)
      .setHelpText('Pick a rating')
      .build();
    expect(rule.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['Not yet', 'Meets'], false]);
    expect([rule.getAllowInvalid(), rule.getHelpText()]).toEqual([false, 'Pick a rating']);
    const copy = rule.copy().setAllowInvalid(true).build();
    expect([copy.getAllowInvalid(), rule.getAllowInvalid()]).toEqual([true, false]);
  });

  test('wrong argument types throw signature errors', () => {
    const SpreadsheetApp = app();
    const b = SpreadsheetApp.newDataValidation();
    expect(() => b.requireValueInList([1, 2] as never)).toThrow(
      /don't match the method signature for SpreadsheetApp\.DataValidationBuilder\.requireValueInList/,
    );
    expect(() => b.requireValueInList('A,B' as never)).toThrow(/method signature/);
    expect(() => b.setAllowInvalid('no' as never)).toThrow(/method signature/);
    expect(() => b.build()).toThrow(/criteria/);
  });

  test('checkbox and range rules; invalid cells', () => {
    const fake = createAppsScriptFake();
    const SpreadsheetApp = fake.globals.SpreadsheetApp;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    sheet.getRange('E1:E2').setValues([['Yes'], ['No']]);
    sheet.getRange('A1:A2').insertCheckboxes();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    sheet
      .getRange('B1')
      .setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInRange(sheet.getRange('E1:E2')).build(),
      );
    sheet.getRange('B1').setValue('Maybe');
    sheet.getRange('A2').setValue('x');
    expect(sheet.invalidCells().map((c) => [c.a1, c.criteria])).toEqual([
      ['B1', 'VALUE_IN_RANGE'],
      ['A2', 'CHECKBOX'],
    ]);
  });
});

describe('conditional format rule builder', () => {
  test('formula rules with format and ranges', () => {
    const SpreadsheetApp = app();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$D2="Done"')
      .setBackground('#D9EAD3')
      .setFontColor('green')
      .setRanges([sheet.getRange('A2:F')])
      .build();
    const cond = rule.getBooleanCondition();
    expect(cond.getCriteriaType()).toBe(SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA);
    expect(cond.getCriteriaValues()).toEqual(['=$D2="Done"']);
    expect([cond.getBackground(), cond.getFontColor(), cond.getBold()]).toEqual(['#d9ead3', '#008000', null]);
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:F1000']);
    expect(rule.copy().whenTextEqualTo('x').build().getBooleanCondition().getCriteriaType()).toBe(
      SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO,
    );
  });

  test('setConditionalFormatRules replaces all rules and checks them', () => {
    const SpreadsheetApp = app();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0]!;
    const other = ss.insertSheet('Other');
    const make = (text: string, range = sheet.getRange('A1:A9')) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBold(true)
        .setRanges([range])
        .build();
    sheet.setConditionalFormatRules([make('a'), make('b')]);
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules().slice(1), make('c')]);
    expect(
      sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition().getCriteriaValues()[0]),
    ).toEqual(['b', 'c']);
    expect(() => {
      sheet.setConditionalFormatRules([make('d', other.getRange('A1'))]);
    }).toThrow(/different sheet/);
    expect(() => {
      sheet.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().build()]);
    }).toThrow(/at least one range/);
    expect(() => SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('$D2="Done"')).toThrow(
      /must start with "="/,
    );
  });
});
