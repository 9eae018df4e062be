/** getPlanRoles: the linked growth plan's roles, so the requirements dialog can preselect them. */
import type { PlanRolesResult, Reply } from '../../api/docs';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import { PlanSource } from '../planSource';
import { planRoleOption, readPlanRoles } from '../planRoles';

export function getPlanRoles(): Reply<PlanRolesResult> {
  return answer(() => ok(linkedPlanRoles()));
}

/** A plan that cannot be read is no failure of the dialog: it says why and offers the catalog. */
function linkedPlanRoles(): PlanRolesResult {
  const source = new PlanSource();
  const url = source.linkedUrl();
  const none = { linkedSpreadsheetUrl: url, planName: null, target: null, current: null, requirements: 0 };
  if (!url) return { ...none, note: null };
  try {
    const { reader, roles } = readPlanRoles(source, url);
    const planName = reader.name();
    if (!roles) {
      return {
        ...none,
        planName,
        note: `The growth plan "${planName}" holds no requirements yet, so pick the roles here.`,
      };
    }
    return {
      linkedSpreadsheetUrl: url,
      planName,
      target: planRoleOption(roles.target, 'target'),
      current: roles.current ? planRoleOption(roles.current, 'current') : null,
      requirements: roles.requirements,
      note: null,
    };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return {
      ...none,
      note: `The linked growth plan could not be read, so pick the roles here. ${error.message}`,
    };
  }
}
