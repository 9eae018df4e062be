/**
 * Re-running finishes the job (Growth Plan): each swept action fails at every one of its calls in
 * turn and is run again, and the workbook must end exactly as after an uninterrupted run, with what
 * a person typed untouched throughout (scripts/harness/faultSweep.ts). Then the examples the sweep
 * first found, spelt out.
 */
import { sweep } from '../../scripts/harness/faultSweep';
import { openPlan, setCells, tabValues } from '../../scripts/harness/harness';
import { CURRENT, NOTES_TAB, SHEETS_SWEEPS, TARGET, workbookState } from '../../scripts/harness/sheetsSweeps';
import { must } from '../../scripts/must';

const SWEEP_TIMEOUT = 300_000;
/** What an action answers when a Google service fails half way through it. */
const INTERRUPTED: Record<string, unknown> = {
  ok: false,
  kind: 'interrupted',
  message: expect.stringMatching(
    /^A Google service failed before this was finished \(Service .* failed.*Run it again to finish it/,
  ),
};

describe('a failure at any call, then a plain re-run (Growth Plan)', () => {
  it.each(SHEETS_SWEEPS.map((c) => [c.name, c] as const))(
    '%s: recovers at every fault point',
    (_name, c) => {
      const result = sweep(c);
      expect(result.calls).toBeGreaterThan(20);
      expect(result.findings).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );
});

describe('the first import into a fresh workbook, stopped half way', () => {
  const request = { currentRoleId: CURRENT, targetRoleId: TARGET };
  const uninterrupted = () => {
    const h = openPlan({ Sheet1: NOTES_TAB });
    h.run('importRoleRequirements', request);
    return workbookState(h);
  };

  it('sets up an Action Plan it created empty, and writes the Summary, on the re-run', () => {
    const h = openPlan({ Sheet1: NOTES_TAB });
    // The Action Plan's header style: the second tab's formats had begun.
    h.fake.failOn('Range.setFontWeight', 2);
    expect(h.run('importRoleRequirements', request)).toMatchObject(INTERRUPTED);
    expect(tabValues(h, 'Action Plan')).toEqual([]);
    expect(h.spreadsheet.getSheetByName('Summary')).toBeNull();

    expect(h.run('importRoleRequirements', request)).toMatchObject({ ok: true, added: 0 });
    const actions = must(h.spreadsheet.getSheetByName('Action Plan'), 'The Action Plan tab');
    expect(tabValues(h, 'Action Plan')[0]).toContain('Status');
    expect(actions.getFrozenRows()).toBe(1);
    expect(tabValues(h, 'Summary')[0]).toEqual(['Growth plan summary', '']);
    expect(workbookState(h)).toEqual(uninterrupted());
  });

  it('gives Role Requirements its frozen header and rating dropdowns when hiding the key column failed', () => {
    const h = openPlan({ Sheet1: NOTES_TAB });
    h.fake.failOn('Sheet.hideColumns');
    expect(h.run('importRoleRequirements', request)).toMatchObject(INTERRUPTED);
    // Its headers go in last, so the tab does not pass for set up.
    expect(tabValues(h, 'Role Requirements')).toEqual([]);

    h.run('importRoleRequirements', request);
    const requirements = must(h.spreadsheet.getSheetByName('Role Requirements'), 'The Role Requirements tab');
    expect(requirements.getFrozenRows()).toBe(1);
    expect(requirements.isColumnHiddenByUser(1)).toBe(true);
    expect(requirements.getRange(2, 6).getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'Not yet',
      'Developing',
      'Meets',
      'Exceeds',
    ]);
    expect(workbookState(h)).toEqual(uninterrupted());
  });

  it('writes the Summary an interrupted import left out when the person generates next instead', () => {
    const h = openPlan({ Sheet1: NOTES_TAB });
    h.fake.failOn('Spreadsheet.insertSheet', 3);
    expect(h.run('importRoleRequirements', request)).toMatchObject(INTERRUPTED);
    expect(h.spreadsheet.getSheetByName('Summary')).toBeNull();
    setCells(h, 'Role Requirements', 'Self rating', ['Developing']);

    // One focus gap: a hands-on project, a step with other people and formal learning.
    expect(h.run('generateActionPlan')).toMatchObject({ ok: true, added: 3 });
    const summary = tabValues(h, 'Summary');
    expect(summary.slice(0, 3).map((row) => row.slice(0, 2))).toEqual([
      ['Growth plan summary', ''],
      ['Current role', 'Associate Sales Operations Analyst'],
      ['Target role', 'Sales Operations Analyst'],
    ]);
    // Beside it, the plan's 70-20-10 balance, which generate writes into a Summary.
    expect(summary[0]?.[3]).toBe('70-20-10 mix');
  });
});
