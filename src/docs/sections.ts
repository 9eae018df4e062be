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

/**
 * Ratings of the linked plan's requirements, or null when no plan is linked. A plan that cannot be
 * read leaves the ratings blank with a note rather than blocking the table.
 */
function linkedRatings(source: PlanSource): {
  ratings: Map<string, PlanRatings> | null;
  note: string | null;
} {
  const url = source.linkedUrl();
  if (!url) return { ratings: null, note: null };
  try {
    return { ratings: ratingsByRequirement(source.requirements(url)), note: null };
  } catch (error) {
    const reason = error instanceof UserError ? error.message : 'It could not be read.';
    return {
      ratings: null,
      note: `The ratings were left blank because the linked growth plan could not be read. ${reason}`,
    };
  }
}

export function requirementsSection(
  targetRoleId: string,
  currentRoleId: string | null,
  source = new PlanSource(),
): Section<RequirementsSummary> {
  const target = requireRole(targetRoleId, 'target');
  const current = currentRoleId ? requireRole(currentRoleId, 'current') : null;
  const { ratings, note } = linkedRatings(source);
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
    },
  };
}

/** A requirements block's section from the roles kept in its name. */
export function requirementsSectionFromParams(
  params: readonly string[],
  source: PlanSource,
): Section<RequirementsSummary> {
  const [targetId = '', currentId = ''] = params;
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
