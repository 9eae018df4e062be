/**
 * What each kind of block says now, computed before the document is touched: the core builds the
 * spec, this module fetches what it needs (the catalog roles, the linked growth plan) and the
 * parameters a later refresh needs to build the same block again.
 */
import { findRole } from '../core/catalog';
import { actionPlanBlock } from '../core/conversation/actionPlanBlock';
import { agendaBlock } from '../core/conversation/agenda';
import type { BlockKind, BlockSpec } from '../core/conversation/block';
import { isoDate, nextConversation } from '../core/conversation/cadence';
import { isPlanOnlyId, PLAN_TARGET_ID, picksPlanRoles, planRoleId } from '../core/conversation/planRoles';
import { planRequirementsBlock } from '../core/conversation/planRequirementsBlock';
import {
  ratingsByRequirement,
  requirementsBlock,
  type PlanRatings,
} from '../core/conversation/requirementsBlock';
import { nextCheckInFromSummary } from '../core/conversation/nextCheckIn';
import { sinceLastBlock } from '../core/conversation/sinceLastBlock';
import type { ActionProgress, RequirementProgress } from '../core/progress';
import { UserError } from '../appsscript/errors';
import { loadCatalog, requireRole } from '../appsscript/roles';
import { PlanSource } from './planSource';
import { readPlanRoles, type LinkedPlanRoles } from './planRoles';
import type { RequirementsSummary, SinceLastSummary } from '../api/docs';

export interface Section<Summary> {
  spec: BlockSpec;
  /** Kept in the block's name, so a refresh can build the same block again. */
  params: string[];
  summary: Summary;
}

export const KIND_LABELS: Record<BlockKind, string> = {
  agenda: 'conversation agenda',
  requirements: 'role requirements table',
  actionPlan: 'action plan summary',
  sinceLast: '"Since our last conversation" section',
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The agenda of a conversation held on `day` (yyyy-mm-dd, from an earlier insert) or today. */
export function agendaSection(day?: string): Section<{ sections: number; nextConversation: string }> {
  const match = day ? ISO_DAY.exec(day) : null;
  // Noon, so the day survives any time-zone shift between the script and the document.
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) : new Date();
  const spec = agendaBlock(date);
  return {
    spec,
    params: [isoDate(date)],
    summary: {
      sections: spec.elements.filter((e) => e.type === 'heading').length - 1,
      nextConversation: nextConversation(date).date,
    },
  };
}

/** The first parameter of a requirements block that follows the linked plan's rows. */
export const FOLLOWS_PLAN = 'plan';

/** Why a linked plan's ratings are blank: it cannot be used (gone, not shared, its columns renamed). */
function unreadNote(error: UserError): string {
  return `The ratings were left blank because the linked growth plan could not be read. ${error.message}`;
}

/**
 * The role-requirements table. When the roles are the linked plan's own (its target, compared with
 * its current role), the table holds the plan's rows as they are; otherwise it is built from the
 * catalog, with the plan's ratings where it rates a requirement. A plan that cannot be used leaves
 * those ratings blank with a note rather than blocking the table, unless a role only the plan
 * holds was picked.
 */
export function requirementsSection(
  targetRoleId: string,
  currentRoleId: string | null,
  source = new PlanSource(),
): Section<RequirementsSummary> {
  const planOnly = isPlanOnlyId(targetRoleId) || isPlanOnlyId(currentRoleId);
  // Any failure but a plan that cannot be used (a service failing, say) fails the insert: a table
  // with blank ratings would pass for the plan's answer.
  const url = source.linkedUrl();
  let plan: LinkedPlanRoles | null = null;
  let note: string | null = null;
  if (url) {
    try {
      plan = readPlanRoles(source, url);
    } catch (error) {
      if (planOnly || !(error instanceof UserError)) throw error;
      note = unreadNote(error);
    }
  } else if (planOnly) {
    throw new UserError(
      'This document has no linked growth plan, so a role from a growth plan cannot be used. Pick roles from the list.',
    );
  }
  if (plan?.roles && picksPlanRoles(plan.roles, targetRoleId, currentRoleId)) return planSection(plan);
  if (planOnly) {
    throw new UserError(
      'The linked growth plan no longer holds the roles you picked: its roles changed since the dialog opened. Open the dialog again to see its roles now.',
    );
  }
  const target = requireRole(targetRoleId, 'target');
  const current = currentRoleId ? requireRole(currentRoleId, 'current') : null;
  const ratings: Map<string, PlanRatings> | null = plan ? ratingsByRequirement(plan.requirements) : null;
  const block = requirementsBlock(target, current, ratings);
  return {
    spec: block.spec,
    params: [target.id, current?.id ?? ''],
    summary: {
      targetRole: { id: target.id, title: target.level.title },
      currentRole: current ? { id: current.id, title: current.level.title } : null,
      requirements: block.requirements,
      newComparedWithCurrent: block.newComparedWithCurrent,
      ratedFromPlan: block.rated,
      ratingsNote: note,
      followsPlan: false,
    },
  };
}

/** The table of the plan's own rows; a refresh of it reads the plan again, whatever its roles are by then. */
function planSection(plan: LinkedPlanRoles): Section<RequirementsSummary> {
  const { roles, requirements, reader } = plan;
  const catalogId = roles?.target.catalogRoleId;
  const block = planRequirementsBlock({
    planName: reader.name(),
    roles,
    requirements,
    targetRole: catalogId ? (findRole(loadCatalog(), catalogId) ?? null) : null,
  });
  return {
    spec: block.spec,
    params: [FOLLOWS_PLAN],
    summary: {
      // Without roles (only a refresh gets here: the plan was emptied), the target has no title.
      targetRole: roles
        ? { id: planRoleId(roles.target, 'target'), title: roles.target.title }
        : { id: PLAN_TARGET_ID, title: '' },
      currentRole: roles?.current
        ? { id: planRoleId(roles.current, 'current'), title: roles.current.title }
        : null,
      requirements: block.requirements,
      newComparedWithCurrent: block.newComparedWithCurrent,
      ratedFromPlan: block.rated,
      ratingsNote: null,
      followsPlan: true,
    },
  };
}

/** A requirements block's section from the parameters kept in its name. */
export function requirementsSectionFromParams(
  params: readonly string[],
  source: PlanSource,
): Section<RequirementsSummary> {
  const [targetId = '', currentId = ''] = params;
  if (targetId === FOLLOWS_PLAN) {
    const url = source.linkedUrl();
    if (!url)
      throw new UserError(
        'This document has a role requirements table that follows a growth plan, but no growth plan is linked. Insert the role requirements again to choose the roles.',
      );
    return planSection(readPlanRoles(source, url));
  }
  const catalog = loadCatalog();
  if (!findRole(catalog, targetId) || (currentId && !findRole(catalog, currentId))) {
    throw new UserError(
      'A role requirements table in this document names a role that is no longer in the catalog. Insert the role requirements again to choose the roles.',
    );
  }
  return requirementsSection(targetId, currentId || null, source);
}

export interface ActionPlanSummary {
  spreadsheetUrl: string;
  requirements: RequirementProgress;
  actions: ActionProgress;
  openActions: number;
}

export function actionPlanSection(url: string, source = new PlanSource()): Section<ActionPlanSummary> {
  const plan = source.plan(url);
  // Due dates and overdue as the plan's spreadsheet counts days, not the script's UTC.
  const block = actionPlanBlock(plan, new Date(), source.reader(url).days());
  return {
    spec: block.spec,
    params: [],
    summary: {
      spreadsheetUrl: url,
      requirements: block.requirements,
      actions: block.actions,
      openActions: block.openActions,
    },
  };
}

/** What moved between the plan's last two check-ins, what is overdue today, and the next check-in. */
export function sinceLastSection(url: string, source = new PlanSource()): Section<SinceLastSummary> {
  const plan = source.reader(url);
  // Every tab is read before the document is touched.
  const block = sinceLastBlock({
    planName: plan.name(),
    actions: plan.actions(),
    checkIns: plan.checkIns(),
    nextFromSummary: nextCheckInFromSummary(plan.summary(), plan.days()),
    today: new Date(),
    dayOf: plan.days(),
  });
  return {
    spec: block.spec,
    params: [],
    summary: {
      spreadsheetUrl: url,
      checkIns: block.checkIns,
      lastCheckIn: block.lastCheckIn,
      previousCheckIn: block.previousCheckIn,
      changes: block.changes,
      nextCheckIn: block.next,
    },
  };
}
