/**
 * The linked growth plan's roles in the requirements dialog (pure, unit tested): the picker choices
 * for roles only the plan holds, the line saying what the table will hold, and the one pick that
 * cannot work (a role of the plan compared with something the plan does not compare it with).
 */
import type { PlanRoleOption, PlanRolesResult } from '../../../api/docs';
import type { RoleOption } from '../../../api/roles';
import type { PinnedChoice } from '../../common/rolePicker';

export const PLAN_GROUP = 'Your growth plan';

type Which = 'current' | 'target';

/** A role of the plan as the picker names it: its title, or what it is to the plan when untitled. */
export function planRoleTitle(role: PlanRoleOption, which: Which): string {
  if (role.title) return role.title;
  return which === 'current' ? 'The role your growth plan compares with' : "Your growth plan's target role";
}

/**
 * The choice of the plan's role for one picker, when the catalog lacks it (a catalog role is picked
 * in the list as it is); null otherwise.
 */
export function planChoice(plan: PlanRolesResult | null, which: Which): PinnedChoice | null {
  const role = plan ? plan[which] : null;
  if (!plan || !role || role.inCatalog) return null;
  const option: RoleOption = {
    id: role.id,
    title: planRoleTitle(role, which),
    familyId: '',
    familyName: role.handbookUrl ? 'Handbook page' : 'Growth plan',
    team: PLAN_GROUP,
    grade: 0,
    url: role.handbookUrl ?? '',
    requirementCount: which === 'target' ? plan.requirements : 0,
  };
  const n = plan.requirements;
  const what =
    which === 'target' ? `${n} ${n === 1 ? 'requirement' : 'requirements'}` : 'the role it compares with';
  return {
    role: option,
    group: PLAN_GROUP,
    optionDetail: `From your growth plan${role.handbookUrl ? ' · handbook page' : ''} · ${what}`,
    detail: `From your growth plan · ${what}`,
    linkText: 'Handbook page',
  };
}

/** True when the picks are the plan's own roles, so the table will hold the plan's rows. */
export function picksPlan(
  plan: PlanRolesResult | null,
  targetId: string | null,
  currentId: string | null,
): boolean {
  if (!plan?.target || targetId !== plan.target.id) return false;
  return currentId === (plan.current?.id ?? null);
}

/** The line under the pickers when the picks are the plan's roles. */
export function planPreview(plan: PlanRolesResult): string {
  const n = plan.requirements;
  const rows = `${n} ${n === 1 ? 'requirement' : 'requirements'}`;
  const wording = plan.target?.handbookUrl ? " (the handbook's wording)" : '';
  const compared = plan.current ? ', marked new or not as it compares them' : '';
  return `${rows} as your growth plan lists them${wording}${compared}, with its self and manager ratings.`;
}

/**
 * Why the picks cannot be inserted, or null: a role only the plan holds is shown as the plan holds
 * it, so it goes only with the plan's other role.
 */
export function planPickProblem(
  plan: PlanRolesResult | null,
  targetId: string | null,
  currentId: string | null,
): string | null {
  if (!plan?.target || picksPlan(plan, targetId, currentId)) return null;
  const targetTitle = `"${planRoleTitle(plan.target, 'target')}"`;
  if (targetId === plan.target.id && !plan.target.inCatalog) {
    if (!plan.current) {
      return `Your growth plan compares ${targetTitle} with no current role. Choose "No current role".`;
    }
    const currentTitle = `"${planRoleTitle(plan.current, 'current')}"`;
    const where = plan.current.inCatalog ? '' : ` (under "${PLAN_GROUP}")`;
    return `Your growth plan compares ${targetTitle} with ${currentTitle}. Choose ${currentTitle}${where} as the current role.`;
  }
  if (plan.current && currentId === plan.current.id && !plan.current.inCatalog) {
    return `"${planRoleTitle(plan.current, 'current')}" comes from your growth plan and goes only with its target role, ${targetTitle}. Choose that target role, or another current role.`;
  }
  return null;
}
