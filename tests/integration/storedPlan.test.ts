/**
 * The chosen roles kept in the document properties: a property a person (or an older version)
 * left in another shape costs only the fields that do not fit, and never fails the sidebar.
 */
import { createAppsScriptFake, FakeSpreadsheet, loadBundle, readBuiltHtml } from '../../fake';
import { BUILD_DIR, CODE_PATH } from '../../scripts/harness/harness';
import type { PlannerState } from '../../src/api/sheets';

const PROPERTY = 'careergrowth.plan';
const HANDBOOK = {
  url: 'https://handbook.gitlab.com/job-families/sales/deal-desk/',
  pageTitle: 'Deal Desk',
  targetLevel: 'analyst',
  targetTitle: 'Deal Desk Analyst',
  currentLevel: null,
  currentTitle: null,
};

function plannerStateWith(stored: string): PlannerState['plan'] {
  const spreadsheet = FakeSpreadsheet.fromTabs(
    { Sheet1: [] },
    { documentProperties: { [PROPERTY]: stored } },
  );
  const fake = createAppsScriptFake({ spreadsheet, htmlFiles: readBuiltHtml(BUILD_DIR) });
  return (loadBundle(CODE_PATH, fake).runFromClient('getPlannerState') as PlannerState).plan;
}

const roles = (plan: PlannerState['plan']) => [plan.currentRoleId, plan.targetRoleId, plan.handbook];

describe('the stored plan', () => {
  it('reads back every field that fits', () => {
    const plan = plannerStateWith(
      JSON.stringify({
        currentRoleId: 'deal-desk/analyst',
        targetRoleId: 'sales-strategy/vp',
        handbook: HANDBOOK,
      }),
    );
    expect(roles(plan)).toEqual(['deal-desk/analyst', 'sales-strategy/vp', HANDBOOK]);
  });

  it('keeps the fields that fit when others do not', () => {
    const plan = plannerStateWith(
      JSON.stringify({ currentRoleId: 42, targetRoleId: 'sales-strategy/vp', handbook: { url: 1 } }),
    );
    expect(roles(plan)).toEqual([null, 'sales-strategy/vp', null]);
    expect(roles(plannerStateWith(JSON.stringify({ targetRoleId: 'deal-desk/analyst' })))).toEqual([
      null,
      'deal-desk/analyst',
      null,
    ]);
  });

  it('drops what the handbook source does not know, keeping the rest of it', () => {
    const plan = plannerStateWith(
      JSON.stringify({ currentRoleId: null, targetRoleId: 'x/y', handbook: { ...HANDBOOK, extra: 'x' } }),
    );
    expect(plan.handbook).toEqual(HANDBOOK);
  });

  it.each([
    ['not JSON', '{currentRoleId:'],
    ['an array', '["deal-desk/analyst"]'],
    ['a string', '"deal-desk/analyst"'],
    ['null', 'null'],
  ])('reads as no roles chosen when the property is %s', (_label, stored) => {
    expect(roles(plannerStateWith(stored))).toEqual([null, null, null]);
  });
});
