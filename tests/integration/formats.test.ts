/** The look of the plan's tabs: what set-up and imports format, and what of a person's they leave alone. */
import { silently } from '../../fake/calls';
import { headerIndex, openPlan, tabValues, type Harness } from '../../scripts/harness/harness';

const TARGET = 'deal-desk/senior-analyst';

function sheetOf(h: Harness, name: string) {
  const sheet = h.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

/** A person's own rule on the tab: their name in the formula, so it never passes for ours. */
function addOwnRule(h: Harness, tab: string): void {
  silently(() => {
    const sheet = sheetOf(h, tab);
    const rule = h.fake.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2="urgent"')
      .setBackground('#ffff00')
      .setRanges([sheet.getRange('A2:A10')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
  });
}

function ruleFormulas(h: Harness, tab: string): string[] {
  return silently(() =>
    sheetOf(h, tab)
      .getConditionalFormatRules()
      .map((rule) => String(rule.getBooleanCondition().getCriteriaValues()[0])),
  );
}

describe('conditional formats', () => {
  it("set up replaces our rules and keeps a person's own, however often it runs", () => {
    const h = openPlan();
    h.call('setUpGrowthPlan');
    addOwnRule(h, 'Role Requirements');
    addOwnRule(h, 'Action Plan');
    h.call('setUpGrowthPlan');
    h.call('setUpGrowthPlan');
    for (const tab of ['Role Requirements', 'Action Plan']) {
      const formulas = ruleFormulas(h, tab);
      expect(formulas).toHaveLength(3);
      expect(formulas[0]).toBe('=$A2="urgent"');
      expect(formulas.slice(1).every((f) => f.includes('careergrowth:'))).toBe(true);
    }
  });

  it("an import that adds our columns to a person's tab keeps their rules", () => {
    const h = openPlan({
      'Role Requirements': [
        ['Requirement', 'Self rating', 'Manager rating', 'Evidence'],
        ['urgent', 'Developing', '', ''],
      ],
    });
    addOwnRule(h, 'Role Requirements');
    h.call('importRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    const formulas = ruleFormulas(h, 'Role Requirements');
    expect(formulas[0]).toBe('=$A2="urgent"');
    expect(formulas.filter((f) => f.includes('careergrowth:'))).toHaveLength(2);
  });

  it('set up passes over the rows of a tab cut down to its header row, and formats them once there are some', () => {
    const h = openPlan();
    h.call('setUpGrowthPlan');
    silently(() => {
      const sheet = sheetOf(h, 'Action Plan');
      sheet.setFrozenRows(0);
      sheet.deleteRows(2, sheet.getMaxRows() - 1);
    });
    expect(() => h.call('setUpGrowthPlan')).not.toThrow();
    expect(ruleFormulas(h, 'Action Plan')).toEqual([]);
    h.call('importRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
    silently(() => {
      const requirements = sheetOf(h, 'Role Requirements');
      const header = headerIndex(tabValues(h, 'Role Requirements')[0]!);
      requirements.getRange(2, header('Self rating') + 1).setValue('Not yet');
    });
    // One gap, the whole focus: a hands-on project, a step with others and formal learning.
    expect((h.call('generateActionPlan') as { added: number }).added).toBe(3);
    const statusColumn = headerIndex(tabValues(h, 'Action Plan')[0]!)('Status') + 1;
    const rule = silently(() => sheetOf(h, 'Action Plan').getRange(2, statusColumn).getDataValidation());
    expect(rule?.getCriteriaValues()[0]).toEqual(['Not started', 'In progress', 'Blocked', 'Done']);
    h.call('setUpGrowthPlan');
    expect(ruleFormulas(h, 'Action Plan')).toHaveLength(2);
  });
});

describe('dropdowns and widths', () => {
  it('a new Action Plan has dropdowns in Type and Status only, and a date format in Due date', () => {
    const h = openPlan();
    h.call('setUpGrowthPlan');
    const header = headerIndex(tabValues(h, 'Action Plan')[0]!);
    const sheet = sheetOf(h, 'Action Plan');
    const ruleAt = (name: string, row: number) =>
      silently(() => sheet.getRange(row, header(name) + 1).getDataValidation());
    for (const row of [2, 1000]) {
      expect(ruleAt('Type', row)?.getCriteriaValues()[0]).toEqual([
        'Hands-on project',
        'Mentorship',
        'Learning',
      ]);
      expect(ruleAt('Status', row)?.getCriteriaValues()[0]).toEqual([
        'Not started',
        'In progress',
        'Blocked',
        'Done',
      ]);
      for (const other of ['Resource', 'Owner', 'Due date', 'Action']) expect(ruleAt(other, row)).toBeNull();
    }
    expect(silently(() => sheet.getRange(500, header('Due date') + 1).getNumberFormat())).toBe('yyyy-mm-dd');
  });

  it('set up keeps a width a person chose and a validation they added, and sizes only a column it adds', () => {
    const h = openPlan({ 'Role Requirements': [['Requirement', 'Self rating', 'Manager rating']] });
    h.call('setUpGrowthPlan');
    const sheet = sheetOf(h, 'Role Requirements');
    const header = () => headerIndex(tabValues(h, 'Role Requirements')[0]!);
    expect(silently(() => sheet.getColumnWidth(header()('Evidence') + 1))).toBe(280);
    silently(() => {
      sheet.setColumnWidth(header()('Requirement') + 1, 500);
      const own = h.fake.globals.SpreadsheetApp.newDataValidation().requireTextIsUrl().build();
      sheet.getRange(2, header()('Evidence') + 1, 10, 1).setDataValidation(own);
    });
    h.call('setUpGrowthPlan');
    expect(silently(() => sheet.getColumnWidth(header()('Requirement') + 1))).toBe(500);
    const evidenceRule = silently(() => sheet.getRange(5, header()('Evidence') + 1).getDataValidation());
    expect(evidenceRule?.getCriteriaType()).toBe(
      h.fake.globals.SpreadsheetApp.DataValidationCriteria.TEXT_IS_VALID_URL,
    );
  });
});

describe('the Summary', () => {
  it('a new one takes its labels bold, the percent as a percentage and the next check-in as a date with its block', () => {
    const h = openPlan();
    h.call('setUpGrowthPlan');
    const sheet = sheetOf(h, 'Summary');
    const [weights, formats, widths] = silently(() => [
      sheet.getRange(1, 1, 16, 2).getFontWeights(),
      sheet.getRange(14, 2, 3, 1).getNumberFormats(),
      [sheet.getColumnWidth(1), sheet.getColumnWidth(2)],
    ]);
    expect(weights).toEqual(Array.from({ length: 16 }, () => ['bold', 'normal']));
    expect(formats).toEqual([['0%'], ['0'], ['yyyy-mm-dd']]);
    expect(widths).toEqual([170, 170]);
    // A date Sheets holds as a date (for its date picker), shown as yyyy-mm-dd.
    const [next] = silently(() => sheet.getRange(16, 1, 1, 2).getDisplayValues());
    expect(next).toEqual(['Next check-in', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    expect(Object.prototype.toString.call(tabValues(h, 'Summary')[15]?.[1])).toBe('[object Date]');
  });
});
