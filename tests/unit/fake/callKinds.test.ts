import { createAppsScriptFake, FakeSpreadsheet } from '../../../fake';
import { callKind, readsAfterFirstWrite, readsAfterWrite, type CallKind } from '../../../fake/callKinds';

const kinds = (keys: string[]): CallKind[] => keys.map(callKind);

describe('what each call does to the file', () => {
  it.each([
    ['Range.getValues', 'read'],
    ['Sheet.getMaxRows', 'read'],
    ['Spreadsheet.getSheetByName', 'read'],
    ['Sheet.getConditionalFormatRules', 'read'],
    ['Properties.getProperty', 'read'],
    ['SpreadsheetApp.openByUrl', 'read'],
    ['Body.getChildIndex', 'read'],
    ['Paragraph.getText', 'read'],
    ['Document.getCursor', 'read'],
    ['NamedRange.getRange', 'read'],
    ['Range.setValues', 'write'],
    ['Spreadsheet.insertSheet', 'write'],
    ['Sheet.hideColumns', 'write'],
    ['Range.setDataValidations', 'write'],
    ['Properties.setProperty', 'write'],
    ['Body.insertParagraph', 'write'],
    ['Paragraph.setHeading', 'write'],
    ['ListItem.removeFromParent', 'write'],
    ['NamedRange.remove', 'write'],
    ['DocumentTab.addNamedRange', 'write'],
    ['SpreadsheetApp.flush', 'flush'],
    ['Document.saveAndClose', 'flush'],
  ] as const)('%s is a %s', (key, kind) => {
    expect(callKind(key)).toBe(kind);
  });

  it.each([
    // Handles that need no state.
    'SpreadsheetApp.getActiveSpreadsheet',
    'Sheet.getRange',
    'DocumentApp.getActiveDocument',
    'DocumentTab.getBody',
    'Tab.asDocumentTab',
    'Paragraph.asParagraph',
    'TableRow.editAsText',
    'Paragraph.copy',
    // Builders and the values they build.
    'SpreadsheetApp.newDataValidation',
    'DataValidationBuilder.requireValueInList',
    'DataValidationBuilder.build',
    'ConditionalFormatRuleBuilder.setRanges',
    'ConditionalFormatRule.getBooleanCondition',
    'BooleanCondition.getCriteriaValues',
    'RangeBuilder.addElementsBetween',
    'DocumentTab.newRange',
    // The values a read returned.
    'Range.getRangeElements',
    'RangeElement.getElement',
    'Position.getElement',
    // Services that do not touch the file.
    'LockService.getDocumentLock',
    'Lock.releaseLock',
    'Spreadsheet.toast',
    'Ui.alert',
    'UrlFetchApp.fetch',
    'Cache.get',
    'PropertiesService.getDocumentProperties',
  ])('%s is neither a read nor a write', (key) => {
    expect(callKind(key)).toBe('none');
  });
});

describe('reads after a write', () => {
  const R = 'Range.getValues';
  const W = 'Range.setValues';
  const N = 'Sheet.getRange';
  const F = 'SpreadsheetApp.flush';

  it('is zero when every read comes before the first write', () => {
    const sequence = kinds([R, N, R, W, N, W, W]);
    expect(readsAfterWrite(sequence)).toBe(0);
    expect(readsAfterFirstWrite(sequence)).toBe(0);
  });

  it('counts one forced flush for a run of reads after writes', () => {
    const sequence = kinds([R, W, W, R, R, R]);
    expect(readsAfterWrite(sequence)).toBe(1);
    expect(readsAfterFirstWrite(sequence)).toBe(3);
  });

  it('counts each read that lands on queued writes', () => {
    const sequence = kinds([W, R, W, N, R, W, R]);
    expect(readsAfterWrite(sequence)).toBe(3);
    expect(readsAfterFirstWrite(sequence)).toBe(3);
  });

  it('counts a flush after writes, not one with nothing queued, and a read after it finds nothing queued', () => {
    expect(readsAfterWrite(kinds([F, R, W, F, R]))).toBe(1);
    expect(readsAfterFirstWrite(kinds([F, R, W, F, R]))).toBe(2);
  });

  it('ignores calls that are neither', () => {
    expect(readsAfterWrite(kinds([W, N, 'Lock.releaseLock', 'DataValidationBuilder.build']))).toBe(0);
    expect(readsAfterWrite([])).toBe(0);
  });

  it('is what the fake records for an execution, from its first call since the last reset', () => {
    const spreadsheet = FakeSpreadsheet.fromTabs({ Plan: [['a', 'b']] });
    const fake = createAppsScriptFake({ spreadsheet });
    const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Plan')!;
    sheet.getRange(1, 1, 1, 2).setValues([['c', 'd']]);
    sheet.getRange(1, 1).getValue();
    sheet.getMaxRows();
    expect(fake.calls.kinds).toEqual(['none', 'read', 'none', 'write', 'none', 'read', 'read']);
    expect(fake.calls.readsAfterWrite()).toBe(1);
    expect(fake.calls.readsAfterFirstWrite()).toBe(2);
    fake.calls.reset();
    sheet.getMaxColumns();
    expect(fake.calls.readsAfterWrite()).toBe(0);
  });
});
