import { actionKey, planActions } from '../../../src/core/actionPlan';
import { HeaderMap } from '../../../src/core/headers';
import { ACTIONS_TAB } from '../../../src/core/layout';
import { applyTableChange, tableFromValues, textAt, valueAt, type Table } from '../../../src/core/table';

const today = new Date(2026, 10, 27);
const requirements = tableFromValues([
  ['Key', 'Area', 'Requirement', 'Self rating', 'Manager rating', 'In target role'],
  ['req:ops/senior:sf', 'Salesforce and systems', 'Designs Salesforce changes', 'Developing', '', 'Yes'],
  ['req:ops/senior:rep', 'Analysis and reporting', 'Owns dashboards', 'Meets', 'Not yet', 'Yes'],
  ['req:ops/senior:st', 'Stakeholder management', 'Aligns leaders', 'Meets', '', 'Yes'],
  ['req:ops/old:x', 'Process and policy', 'Old requirement', 'Not yet', '', 'No'],
  ['', '', 'My own requirement', 'Not yet', '', ''],
  ['req:ops/senior:un', 'Communication', 'Presents plans', '', '', 'Yes'],
  ['', '', '', '', '', ''],
]);
const empty: Table = { header: new HeaderMap([]), rows: [] };

describe('planActions', () => {
  it('adds one action per gap, skipping rows not in the target role and counting unrated', () => {
    const plan = planActions(requirements, empty, today);
    expect(plan.gaps).toBe(3);
    expect(plan.unrated).toBe(1);
    expect(plan.newRows).toHaveLength(3);
    expect(plan.appendedHeaders).toEqual([...ACTIONS_TAB.headers]);
    const after = applyTableChange(empty, plan);
    expect(after.rows.map((r) => textAt(after, r, 'Requirement'))).toEqual([
      'Designs Salesforce changes',
      'Owns dashboards',
      'My own requirement',
    ]);
  });

  it('chooses the type by area, a matching resource, an owner, a status and a due date', () => {
    const plan = planActions(requirements, empty, today);
    const after = applyTableChange(empty, plan);
    const [systems, analysis, manual] = after.rows;
    expect(textAt(after, systems!, 'Type')).toBe('Learning');
    expect(textAt(after, systems!, 'Resource')).toMatch(/Trailhead/);
    expect(textAt(after, analysis!, 'Type')).toBe('Hands-on project');
    expect(textAt(after, manual!, 'Type')).toBe('Hands-on project');
    expect(textAt(after, systems!, 'Status')).toBe('Not started');
    expect(textAt(after, systems!, 'Owner')).toBe('Me');
    // Learning is due in 30 days; "Not yet" on a hands-on project adds 30 to its 90.
    expect(valueAt(after, systems!, 'Due date')).toEqual(new Date(2026, 11, 27, 12));
    expect(valueAt(after, analysis!, 'Due date')).toEqual(new Date(2027, 2, 27, 12));
  });

  it('keys generated rows by requirement, and rows people added by their text', () => {
    expect(actionKey('req:ops/senior:sf', 'x')).toBe('act:ops/senior:sf');
    expect(actionKey('', 'My own requirement')).toBe(actionKey('', '  my OWN requirement '));
    expect(actionKey('', 'My own requirement')).toMatch(/^act:manual:[0-9a-f]{8}$/);
  });

  it('adds nothing on a re-run and never changes existing action rows', () => {
    const first = applyTableChange(empty, planActions(requirements, empty, today));
    const edited = first.rows.map((r) => [...r]);
    edited[0]![first.header.column('Action')] = 'Pair with Sam on the sandbox refresh';
    edited[0]![first.header.column('Status')] = 'In progress';
    const table: Table = { header: first.header, rows: edited };
    const again = planActions(requirements, table, today);
    expect(again.newRows).toEqual([]);
    expect(again.alreadyPlanned).toBe(3);
  });

  it("treats a person's own action row for a requirement as planned", () => {
    const actions = tableFromValues([
      ['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'],
      ['owns DASHBOARDS', 'Shadow the analytics team', 'Mentorship', 'Me', '', 'In progress'],
    ]);
    const plan = planActions(requirements, actions, today);
    expect(plan.alreadyPlanned).toBe(1);
    expect(plan.newRows).toHaveLength(2);
    expect(plan.appendedHeaders).toEqual(['Key', 'Area', 'Resource', 'Success measure', 'Notes']);
  });

  it('writes requirement text that starts with = literally', () => {
    const reqs = tableFromValues([
      ['Requirement', 'Self rating', 'Manager rating', 'Evidence'],
      ['=HYPERLINK("x")', 'Not yet', '', ''],
    ]);
    const plan = planActions(reqs, empty, today);
    expect(plan.newRows[0]![plan.header.column('Requirement')]).toBe('\'=HYPERLINK("x")');
  });
});
