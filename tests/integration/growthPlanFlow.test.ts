/**
 * The whole Growth Plan path on the built bundle: set up, import, rate, generate, and re-run,
 * with everything a person typed kept.
 */
import { silently } from '../../fake';
import { openPlan, tabValues, headerIndex, setCells, type Harness } from '../../scripts/harness/harness';

interface RoleOption {
  id: string;
  title: string;
  familyId: string;
  grade: number;
  requirementCount: number;
}
interface PlannerState {
  roles: RoleOption[];
  plan: {
    isSetUp: boolean;
    targetRoleId: string | null;
    requirements: { total: number; gaps: number; unrated: number };
    actions: { total: number; percentDone: number };
    focusSize: number;
    focus: { key: string }[];
    balance: { actions: number; advice: string };
  };
}

const TARGET = 'sales-operations/senior-analyst';
const CURRENT = 'sales-operations/analyst';

function importRoles(h: Harness, targetRoleId = TARGET, currentRoleId: string | null = CURRENT) {
  return h.run('importRoleRequirements', { currentRoleId, targetRoleId }) as {
    added: number;
    kept: number;
    requirements: number;
    newComparedWithCurrent: number;
    markedNotInTarget: number;
  };
}

describe('Growth Plan flow on the built bundle', () => {
  it('lists the catalog roles and an empty plan for a new spreadsheet', () => {
    const h = openPlan();
    const state = h.run('getPlannerState') as PlannerState;
    expect(state.roles.length).toBeGreaterThanOrEqual(60);
    expect(state.roles.find((r) => r.id === TARGET)).toMatchObject({
      title: 'Senior Sales Operations Analyst',
      grade: 7,
    });
    expect(state.plan.isSetUp).toBe(false);
    expect(state.plan.targetRoleId).toBeNull();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('sets up the three tabs with headers, dropdowns, a frozen header and Summary formulas', () => {
    const h = openPlan();
    const summary = h.call('setUpGrowthPlan') as { created: string[]; plan: { isSetUp: boolean } };
    expect(summary.created).toEqual(expect.arrayContaining(['Role Requirements', 'Action Plan', 'Summary']));
    expect(summary.plan.isSetUp).toBe(true);
    const requirements = h.spreadsheet.getSheetByName('Role Requirements')!;
    expect(tabValues(h, 'Role Requirements')[0]).toEqual([
      'Key',
      'Role',
      'Area',
      'Requirement',
      'Compared with current role',
      'Self rating',
      'Manager rating',
      'Evidence',
      'In target role',
    ]);
    expect(requirements.getFrozenRows()).toBe(1);
    expect(requirements.isColumnHiddenByUser(1)).toBe(true);
    const rule = requirements.getRange(2, 6).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['Not yet', 'Developing', 'Meets', 'Exceeds']);
    const actionsHeader = tabValues(h, 'Action Plan')[0]!;
    expect(actionsHeader).toEqual([
      'Key',
      'Suggestion',
      'Priority',
      'Focus',
      'Requirement',
      'Area',
      'Action',
      'Type',
      'Who helps',
      'Resource',
      'Owner',
      'Due date',
      'Status',
      'Effort (hours)',
      'Success measure',
      'Notes',
    ]);
    const actionsTab = h.spreadsheet.getSheetByName('Action Plan')!;
    // Key and Suggestion are the add-on's bookkeeping: hidden.
    expect([1, 2, 3].map((c) => actionsTab.isColumnHiddenByUser(c))).toEqual([true, true, false]);
    const statusColumn = actionsHeader.indexOf('Status') + 1;
    const statusRule = actionsTab.getRange(500, statusColumn).getDataValidation();
    expect(statusRule?.getCriteriaValues()[0]).toEqual(['Not started', 'In progress', 'Blocked', 'Done']);
    expect(requirements.getConditionalFormatRules().length).toBe(2);
    const formulas = h.spreadsheet
      .getSheetByName('Summary')!
      .getRange(1, 2, 15, 1)
      .getFormulas()
      .map((r) => r[0]);
    expect(formulas[3]).toMatch(/^=ARRAYFORMULA\(SUMPRODUCT\(/);
    expect(formulas[13]).toBe('=IF(B9=0,0,B13/B9)');
  });

  it('imports the target role, rates, generates a focused plan for the gaps, and reports progress', () => {
    const h = openPlan();
    const imported = importRoles(h);
    expect(imported.added).toBe(imported.requirements);
    expect(imported.newComparedWithCurrent).toBeGreaterThan(0);
    expect(imported.newComparedWithCurrent).toBeLessThan(imported.requirements);
    const rows = tabValues(h, 'Role Requirements');
    const col = headerIndex(rows[0]!);
    expect(rows).toHaveLength(imported.requirements + 1);
    expect(rows.slice(1).every((r) => String(r[col('Key')]).startsWith(`req:${TARGET}:`))).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[col('Compared with current role')]))).toEqual(
      new Set(['New', 'Builds on current role']),
    );

    setCells(h, 'Role Requirements', 'Self rating', ['Developing', 'Meets', 'Not yet']);
    setCells(h, 'Role Requirements', 'Manager rating', ['', 'Developing', 'Meets']);
    const generated = h.run('generateActionPlan') as {
      gaps: number;
      added: number;
      unrated: number;
      focusGaps: number;
      plan: PlannerState['plan'];
    };
    // Row 1: Developing (gap); row 2: manager says Developing (gap); row 3: manager says Meets.
    expect(generated.gaps).toBe(2);
    expect(generated.focusGaps).toBe(2);
    // The manager-rated gap ranks first and gets the period's formal learning besides a hands-on
    // project and a step with others; the other gets the project and the step with others.
    expect(generated.added).toBe(5);
    expect(generated.unrated).toBe(imported.requirements - 3);
    const actions = tabValues(h, 'Action Plan');
    const a = headerIndex(actions[0]!);
    expect(actions).toHaveLength(6);
    expect(actions.slice(1).map((r) => [r[a('Requirement')], r[a('Priority')], r[a('Type')]])).toEqual([
      [rows[2]![col('Requirement')], 1, 'Learning'],
      [rows[2]![col('Requirement')], 1, 'Mentorship'],
      [rows[2]![col('Requirement')], 1, 'Hands-on project'],
      [rows[1]![col('Requirement')], 2, 'Mentorship'],
      [rows[1]![col('Requirement')], 2, 'Hands-on project'],
    ]);
    for (const row of actions.slice(1)) {
      expect(row[a('Status')]).toBe('Not started');
      expect(row[a('Focus')]).toBe('Yes');
      expect(row[a('Owner')]).toBe('Me');
      expect(Object.prototype.toString.call(row[a('Due date')])).toBe('[object Date]');
    }
    expect(generated.plan.actions.total).toBe(5);
    expect(generated.plan.requirements.gaps).toBe(2);
    expect(generated.plan.focus).toHaveLength(5);
    expect(generated.plan.balance.actions).toBe(5);

    const state = h.run('getPlannerState') as PlannerState;
    expect(state.plan).toMatchObject({
      isSetUp: true,
      targetRoleId: TARGET,
      requirements: { gaps: 2 },
      actions: { total: 5, percentDone: 0 },
      focusSize: 3,
      balance: generated.plan.balance,
    });
    expect(tabValues(h, 'Summary')[2]!.slice(0, 2)).toEqual([
      'Target role',
      'Senior Sales Operations Analyst',
    ]);
  });

  it('brings Role Requirements to the front after an import, where the person rates next', () => {
    const activeTab = (h: Harness) => silently(() => h.spreadsheet.getActiveSheet().getName());
    // A new user's first import: Sheet1 holds their notes, and the import creates every tab.
    const fresh = openPlan({ Sheet1: [['My notes']] });
    expect(activeTab(fresh)).toBe('Sheet1');
    importRoles(fresh);
    expect(activeTab(fresh)).toBe('Role Requirements');

    // A plan in use, with the person looking at Summary: a re-import brings Role Requirements forward.
    silently(() => fresh.spreadsheet.getSheetByName('Summary')!.activate());
    importRoles(fresh, 'sales-operations/manager');
    expect(activeTab(fresh)).toBe('Role Requirements');
    expect(tabValues(fresh, 'Sheet1')).toEqual([['My notes']]);
  });

  it('keeps ratings, evidence, edited actions, statuses and rows people added on every re-run', () => {
    const h = openPlan();
    importRoles(h);
    setCells(h, 'Role Requirements', 'Self rating', ['Not yet', 'Developing']);
    setCells(h, 'Role Requirements', 'Evidence', ['Ran the Q3 territory carve']);
    h.call('generateActionPlan');
    setCells(h, 'Action Plan', 'Action', ['My own better action']);
    setCells(h, 'Action Plan', 'Status', ['In progress', 'Done']);
    // A person adds their own requirement and their own action row at the bottom.
    const reqRows = tabValues(h, 'Role Requirements');
    const r = headerIndex(reqRows[0]!);
    const manual = reqRows[0]!.map((name) =>
      name === 'Requirement' ? 'Speaks at the RSOE all-hands' : name === 'Self rating' ? 'Not yet' : '',
    );
    h.spreadsheet
      .getSheetByName('Role Requirements')!
      .getRange(reqRows.length + 1, 1, 1, manual.length)
      .setValues([manual]);
    const actRows = tabValues(h, 'Action Plan');
    const myAction = actRows[0]!.map((name) =>
      name === 'Action' ? 'Read two books on negotiation' : name === 'Status' ? 'Blocked' : '',
    );
    h.spreadsheet
      .getSheetByName('Action Plan')!
      .getRange(actRows.length + 1, 1, 1, myAction.length)
      .setValues([myAction]);

    const beforeReq = tabValues(h, 'Role Requirements');
    const again = importRoles(h);
    expect(again.added).toBe(0);
    expect(again.kept).toBe(again.requirements);
    expect(tabValues(h, 'Role Requirements')).toEqual(beforeReq);

    const first = h.call('generateActionPlan') as { added: number; alreadyPlanned: number };
    // Only the new manual requirement's gap is new: it joins the focus (two gaps were in it, of
    // three) with a hands-on project and a step with others; the period's learning is planned already.
    expect(first.added).toBe(2);
    expect(first.alreadyPlanned).toBe(2);
    const afterActions = tabValues(h, 'Action Plan');
    const a = headerIndex(afterActions[0]!);
    expect(afterActions[1]![a('Action')]).toBe('My own better action');
    expect(afterActions[1]![a('Status')]).toBe('In progress');
    expect(afterActions[2]![a('Status')]).toBe('Done');
    expect(afterActions[6]![a('Action')]).toBe('Read two books on negotiation');
    expect(afterActions.slice(7).map((row) => row[a('Requirement')])).toEqual([
      'Speaks at the RSOE all-hands',
      'Speaks at the RSOE all-hands',
    ]);

    const snapshot = JSON.stringify(h.spreadsheet.snapshot());
    const second = h.call('generateActionPlan') as { added: number };
    expect(second.added).toBe(0);
    expect(JSON.stringify(h.spreadsheet.snapshot())).toBe(snapshot);
    expect(tabValues(h, 'Role Requirements')[1]![r('Evidence')]).toBe('Ran the Q3 territory carve');
  });

  it('marks, never deletes, rows of an earlier target when the target changes', () => {
    const h = openPlan();
    const first = importRoles(h);
    setCells(h, 'Role Requirements', 'Self rating', ['Meets']);
    const second = importRoles(h, 'sales-operations/manager', TARGET);
    expect(second.markedNotInTarget).toBe(first.requirements);
    const rows = tabValues(h, 'Role Requirements');
    const c = headerIndex(rows[0]!);
    expect(rows).toHaveLength(1 + first.requirements + second.requirements);
    expect(rows[1]![c('Self rating')]).toBe('Meets');
    expect(rows[1]![c('In target role')]).toBe('No');
    const state = h.run('getPlannerState') as PlannerState;
    expect(state.plan.requirements.total).toBe(second.requirements);
  });
});
