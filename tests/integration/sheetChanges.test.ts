/** People move and insert columns, rename and delete tabs; the add-on copes without losing data. */
import { headerIndex, openPlan, setCells, tabValues } from '../../scripts/harness/harness';
import { expectCommonFailure } from '../support/replies';

const TARGET = 'deal-desk/senior-analyst';

function importTarget(h: ReturnType<typeof openPlan>, targetRoleId = TARGET) {
  return h.call('importRoleRequirements', {
    currentRoleId: 'deal-desk/analyst',
    targetRoleId,
  }) as { added: number; kept: number; requirements: number };
}

describe('columns people moved or inserted', () => {
  it('finds columns by header after a person moves and inserts columns', () => {
    const h = openPlan();
    importTarget(h);
    setCells(h, 'Role Requirements', 'Self rating', ['Not yet', 'Developing', 'Meets']);
    setCells(h, 'Role Requirements', 'Evidence', ['e1', 'e2', 'e3']);
    const sheet = h.spreadsheet.getSheetByName('Role Requirements')!;
    // Move "Evidence" (H) to the front and insert an own column before "Requirement".
    sheet.moveColumns(sheet.getRange('H:H'), 1);
    sheet.insertColumnBefore(5);
    sheet.getRange(1, 5).setValue('My notes');
    sheet.getRange(2, 5).setValue('keep me');
    const before = tabValues(h, 'Role Requirements');

    const again = importTarget(h);
    expect(again.added).toBe(0);
    expect(tabValues(h, 'Role Requirements')).toEqual(before);

    const generated = h.call('generateActionPlan') as { gaps: number; added: number };
    expect(generated.gaps).toBe(2);
    // The Not yet gap: a project, a step with others and formal learning; the Developing one: two.
    expect(generated.added).toBe(5);
    const actions = tabValues(h, 'Action Plan');
    const a = headerIndex(actions[0]!);
    const r = headerIndex(before[0]!);
    expect(actions.slice(1).map((row) => row[a('Requirement')])).toEqual([
      ...Array<unknown>(3).fill(before[1]![r('Requirement')]),
      ...Array<unknown>(2).fill(before[2]![r('Requirement')]),
    ]);
    expect(tabValues(h, 'Role Requirements')[1]![r('My notes')]).toBe('keep me');
  });

  it('works with a tab a person made with only the required headers, in their own order', () => {
    const h = openPlan({
      'Role Requirements': [
        ['Evidence', 'Requirement', 'Manager rating', 'Self rating'],
        ['Did it', 'Runs deal reviews', '', 'Developing'],
      ],
      'Action Plan': [['Status', 'Due date', 'Owner', 'Type', 'Action', 'Requirement']],
    });
    const imported = importTarget(h);
    const rows = tabValues(h, 'Role Requirements');
    expect(rows[0]!.slice(0, 4)).toEqual(['Evidence', 'Requirement', 'Manager rating', 'Self rating']);
    expect(rows[0]!.slice(4)).toEqual([
      'Key',
      'Role',
      'Area',
      'Compared with current role',
      'In target role',
    ]);
    expect(rows[1]!.slice(0, 4)).toEqual(['Did it', 'Runs deal reviews', '', 'Developing']);
    expect(rows).toHaveLength(2 + imported.added);
    const generated = h.call('generateActionPlan') as { added: number };
    // One gap, the whole focus: a hands-on project, a step with others and formal learning.
    expect(generated.added).toBe(3);
    const actions = tabValues(h, 'Action Plan');
    const a = headerIndex(actions[0]!);
    expect(actions[1]![a('Requirement')]).toBe('Runs deal reviews');
    expect(actions[1]![a('Status')]).toBe('Not started');
  });
});

describe('a Key column people deleted', () => {
  it('survives a deleted Key column: no duplicate requirements or actions, keys written back', () => {
    const h = openPlan();
    const first = importTarget(h);
    setCells(h, 'Role Requirements', 'Self rating', ['Developing', 'Not yet']);
    h.call('generateActionPlan');
    h.spreadsheet.getSheetByName('Role Requirements')!.deleteColumn(1);
    h.spreadsheet.getSheetByName('Action Plan')!.deleteColumn(1);
    const again = importTarget(h);
    expect(again.added).toBe(0);
    expect(again.kept).toBe(first.requirements);
    const rows = tabValues(h, 'Role Requirements');
    const r = headerIndex(rows[0]!);
    expect(rows).toHaveLength(first.requirements + 1);
    expect(
      rows.slice(1).every((row) => String(row[r('Key')]).startsWith('req:deal-desk/senior-analyst:')),
    ).toBe(true);
    expect(rows[1]![r('Self rating')]).toBe('Developing');
    const generated = h.call('generateActionPlan') as { added: number; alreadyPlanned: number };
    expect(generated.added).toBe(0);
    expect(generated.alreadyPlanned).toBe(2);
  });
});

describe('tabs people renamed or deleted', () => {
  it('finds a renamed Role Requirements tab by its headers and adds no second tab', () => {
    const h = openPlan();
    const first = importTarget(h);
    setCells(h, 'Role Requirements', 'Self rating', ['Developing']);
    h.spreadsheet.getSheetByName('Role Requirements')!.setName('My requirements');
    const again = importTarget(h);
    expect(again.added).toBe(0);
    expect(again.kept).toBe(first.requirements);
    expect(h.spreadsheet.getSheetByName('Role Requirements')).toBeNull();
    expect((h.call('generateActionPlan') as { added: number }).added).toBe(3);
    expect((h.call('openTab', { tab: 'requirements' }) as { name: string }).name).toBe('My requirements');
  });

  it('recreates a deleted Action Plan tab and keeps the requirements', () => {
    const h = openPlan();
    importTarget(h);
    setCells(h, 'Role Requirements', 'Self rating', ['Developing', 'Not yet']);
    h.call('generateActionPlan');
    h.spreadsheet.deleteSheet(h.spreadsheet.getSheetByName('Action Plan')!);
    const generated = h.call('generateActionPlan') as { added: number };
    expect(generated.added).toBe(5);
    expect(tabValues(h, 'Action Plan')).toHaveLength(6);
  });

  it('recreates a deleted Role Requirements tab on import, and set up repairs the rest', () => {
    const h = openPlan();
    importTarget(h);
    h.spreadsheet.deleteSheet(h.spreadsheet.getSheetByName('Role Requirements')!);
    const state = h.call('getPlannerState') as { plan: { isSetUp: boolean } };
    expect(state.plan.isSetUp).toBe(false);
    const again = importTarget(h);
    expect(again.added).toBe(again.requirements);
    const setUp = h.call('setUpGrowthPlan') as { created: string[]; plan: { isSetUp: boolean } };
    // Nothing is left to create: the Check-ins tab comes with the first check-in.
    expect(setUp.created).toEqual([]);
    expect(h.spreadsheet.getSheetByName('Check-ins')).toBeNull();
    expect(setUp.plan.isSetUp).toBe(true);
  });

  it("never takes over a person's own tab called Summary", () => {
    const h = openPlan({ Summary: [['My summary'], ['Q3 wins']] });
    h.call('setUpGrowthPlan');
    expect(tabValues(h, 'Summary')).toEqual([['My summary'], ['Q3 wins']]);
    expect(tabValues(h, 'Summary 2')[0]?.slice(0, 2)).toEqual(['Growth plan summary', '']);
  });

  it('setting up twice changes nothing the second time', () => {
    const h = openPlan();
    h.call('setUpGrowthPlan');
    importTarget(h);
    const before = h.spreadsheet.snapshot();
    h.call('setUpGrowthPlan');
    expect(h.spreadsheet.snapshot()).toEqual(before);
  });
});

describe('literal text', () => {
  it('keeps text that starts with = + - or @ literal in every tab it reaches', () => {
    const h = openPlan({
      'Role Requirements': [
        ['Requirement', 'Self rating', 'Manager rating', 'Evidence', 'Area'],
        // Typed with an apostrophe, as Sheets stores literal text a person typed.
        ['\'=HYPERLINK("http://example.com","click")', 'Not yet', '', '', 'Communication'],
        ["'-negotiates renewals", 'Developing', '', '', 'Deals and commercial'],
        ["'@mentions the right people", 'Not yet', '', '', "'=Stakeholder management"],
      ],
    });
    h.call('generateActionPlan');
    const actions = tabValues(h, 'Action Plan');
    const a = headerIndex(actions[0]!);
    // In Priority order: the two Not yet gaps, then the Developing one.
    expect([...new Set(actions.slice(1).map((r) => r[a('Requirement')]))]).toEqual([
      '=HYPERLINK("http://example.com","click")',
      '@mentions the right people',
      '-negotiates renewals',
    ]);
    expect(new Set(actions.slice(1).map((r) => r[a('Area')]))).toContain('=Stakeholder management');
    const formulas = h.spreadsheet.getSheetByName('Action Plan')!.getDataRange().getFormulas();
    expect(formulas.flat().filter(Boolean)).toEqual([]);
  });
});

describe('an Action Plan tab missing a required column', () => {
  it('does not stop an import, and the import writes no half-made Summary', () => {
    const h = openPlan({
      'Action Plan': [['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Progress']],
    });
    const imported = importTarget(h);
    expect(imported.added).toBeGreaterThan(0);
    expect(h.spreadsheet.getSheetByName('Summary')).toBeNull();
    expectCommonFailure(h.call('generateActionPlan'), 'invalid', /"Action Plan" tab has no "Status" column/);
    const setUp = h.call('setUpGrowthPlan') as { created: string[]; repaired: string[] };
    expect(setUp.created).toContain('Summary');
    expect(setUp.repaired.join()).toMatch(/Action Plan: added .*"Status"/);
  });
});
