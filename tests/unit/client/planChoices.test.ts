import type { PlanRoleOption, PlanRolesResult } from '../../../src/api/docs';
import {
  PLAN_GROUP,
  picksPlan,
  planChoice,
  planPickProblem,
  planPreview,
} from '../../../src/client/dialogs/requirements/planChoices';

const PAGE = 'https://handbook.gitlab.com/job-families/finance/procurement-operations/';

function role(
  id: string,
  title: string,
  inCatalog: boolean,
  handbookUrl: string | null = null,
): PlanRoleOption {
  return { id, title, inCatalog, handbookUrl };
}

function plan(
  target: PlanRoleOption | null,
  current: PlanRoleOption | null,
  requirements = 7,
): PlanRolesResult {
  return {
    linkedSpreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
    planName: 'My plan',
    target,
    current,
    requirements,
    note: null,
  };
}

const handbookTarget = role('plan:target', 'Senior Procurement Operations Analyst', false, `${PAGE}#senior`);
const handbookCurrent = role('plan:current', 'Procurement Operations Analyst', false, `${PAGE}#analyst`);
const catalogTarget = role('sales-ops-senior', 'Senior Sales Operations Analyst', true);
const catalogCurrent = role('sales-ops', 'Sales Operations Analyst', true);

describe('planChoice', () => {
  it('offers a role only the plan holds, labelled as the plan’s and linked to its handbook page', () => {
    const choice = planChoice(plan(handbookTarget, handbookCurrent), 'target');
    expect(choice).toMatchObject({
      group: PLAN_GROUP,
      optionDetail: 'From your growth plan · handbook page · 7 requirements',
      detail: 'From your growth plan · 7 requirements',
      linkText: 'Handbook page',
      role: {
        id: 'plan:target',
        title: 'Senior Procurement Operations Analyst',
        url: `${PAGE}#senior`,
        requirementCount: 7,
      },
    });
    expect(planChoice(plan(handbookTarget, handbookCurrent, 1), 'current')).toMatchObject({
      optionDetail: 'From your growth plan · handbook page · the role it compares with',
      role: { id: 'plan:current', title: 'Procurement Operations Analyst' },
    });
  });

  it('offers nothing for a catalog role (the list has it), no role, or no plan', () => {
    expect(planChoice(plan(catalogTarget, catalogCurrent), 'target')).toBeNull();
    expect(planChoice(plan(handbookTarget, null), 'current')).toBeNull();
    expect(planChoice(null, 'target')).toBeNull();
  });

  it('names a role the plan does not title by what it is to the plan', () => {
    const untitled = role('plan:current', '', false);
    const choice = planChoice(plan(handbookTarget, untitled), 'current');
    expect(choice?.role.title).toBe('The role your growth plan compares with');
    expect(choice?.optionDetail).toBe('From your growth plan · the role it compares with');
    expect(choice?.role.url).toBe('');
  });
});

describe('picksPlan and planPreview', () => {
  it('holds for the plan’s own target and current role, and only those', () => {
    const p = plan(handbookTarget, catalogCurrent);
    expect(picksPlan(p, 'plan:target', 'sales-ops')).toBe(true);
    expect(picksPlan(p, 'plan:target', null)).toBe(false);
    expect(picksPlan(p, 'sales-ops-senior', 'sales-ops')).toBe(false);
    expect(picksPlan(plan(catalogTarget, null), 'sales-ops-senior', null)).toBe(true);
    expect(picksPlan(plan(null, null), 'sales-ops-senior', null)).toBe(false);
    expect(picksPlan(null, 'plan:target', null)).toBe(false);
  });

  it('says the table holds the plan’s rows, in the handbook’s wording when the plan has it', () => {
    expect(planPreview(plan(handbookTarget, handbookCurrent))).toBe(
      "7 requirements as your growth plan lists them (the handbook's wording), marked new or not as it compares them, with its self and manager ratings.",
    );
    expect(planPreview(plan(catalogTarget, null, 1))).toBe(
      '1 requirement as your growth plan lists them, with its self and manager ratings.',
    );
  });
});

describe('planPickProblem', () => {
  it('has nothing to say about the plan’s roles, catalog picks, or no plan', () => {
    const p = plan(handbookTarget, handbookCurrent);
    expect(planPickProblem(p, 'plan:target', 'plan:current')).toBeNull();
    expect(planPickProblem(p, 'sales-ops-senior', 'sales-ops')).toBeNull();
    expect(planPickProblem(p, 'sales-ops-senior', null)).toBeNull();
    expect(planPickProblem(null, 'sales-ops-senior', null)).toBeNull();
    // A catalog target the plan holds may be compared with any role: the catalog builds that table.
    expect(planPickProblem(plan(catalogTarget, catalogCurrent), 'sales-ops-senior', null)).toBeNull();
  });

  it('asks for the plan’s current role with the plan’s own target, saying where it is listed', () => {
    expect(planPickProblem(plan(handbookTarget, handbookCurrent), 'plan:target', 'sales-ops')).toBe(
      'Your growth plan compares "Senior Procurement Operations Analyst" with "Procurement Operations Analyst". Choose "Procurement Operations Analyst" (under "Your growth plan") as the current role.',
    );
    expect(planPickProblem(plan(handbookTarget, catalogCurrent), 'plan:target', null)).toBe(
      'Your growth plan compares "Senior Procurement Operations Analyst" with "Sales Operations Analyst". Choose "Sales Operations Analyst" as the current role.',
    );
    expect(planPickProblem(plan(handbookTarget, null), 'plan:target', 'sales-ops')).toBe(
      'Your growth plan compares "Senior Procurement Operations Analyst" with no current role. Choose "No current role".',
    );
  });

  it('keeps the plan’s own current role to the plan’s target', () => {
    expect(planPickProblem(plan(handbookTarget, handbookCurrent), 'sales-ops-senior', 'plan:current')).toBe(
      '"Procurement Operations Analyst" comes from your growth plan and goes only with its target role, "Senior Procurement Operations Analyst". Choose that target role, or another current role.',
    );
  });
});
