/**
 * The JSON shapes that cross google.script.run between the Career Conversation dialogs and the
 * server (build/docs/Code.js). Both sides import these types; nothing here may hold a Date,
 * undefined in arrays or a class. Dates travel as ISO text (yyyy-mm-dd).
 */

import type { RoleOption } from './roles';
import type { Failure, Reply } from './reply';
import type { ActionProgress, RequirementProgress } from '../core/progress';
import type { PlannedCheckIn } from '../core/conversation/nextCheckIn';
import type { ProgressChanges } from './tracker';

import type { BlockKind } from '../core/conversation/block';

export type { RoleOption, ActionProgress, RequirementProgress, PlannedCheckIn, ProgressChanges };
export type { Ok, Failure, CommonFailure, Reply } from './reply';
export type {
  RequirementsRequest,
  ActionPlanRequest,
  SinceLastRequest,
  RefreshRequest,
  ReplaceRequest,
} from './docsRequests';

/** The kinds of block the add-on inserts: agenda, requirements, actionPlan, sinceLast. */
export { BLOCK_KINDS, type BlockKind } from '../core/conversation/block';
/** Every named range the add-on owns starts with this; blocks are found again only through it. */
export { BLOCK_PREFIX } from '../core/conversation/blockName';

/** An inserted block as the dialogs see it. */
export interface BlockInfo {
  kind: BlockKind;
  /** The named range's full name, `careergrowth.<kind>.<suffix>`. */
  name: string;
  /** True when the text inside the block changed since the add-on wrote it. */
  edited: boolean;
  /** Title of the document tab holding the block. */
  tab: string;
}

export interface RolesResult {
  roles: RoleOption[];
}

export interface ConversationState {
  roles: RoleOption[];
  /** The growth plan remembered by an earlier successful action-plan insert, or null. */
  linkedSpreadsheetUrl: string | null;
  /** Roles chosen by the last requirements insert, to preselect the pickers; null when none yet. */
  lastRoles: { currentRoleId: string | null; targetRoleId: string } | null;
  /** The blocks of the active tab. */
  blocks: BlockInfo[];
}

/**
 * One of the linked growth plan's roles, as the plan holds it (told from its cells:
 * src/core/conversation/planRoles.ts). Send `id` back as the role of insertRoleRequirements.
 */
export interface PlanRoleOption {
  /** The catalog role's id when `inCatalog`; else `plan:target` or `plan:current`, a role only the plan holds. */
  id: string;
  /** As the plan shows it; '' for a current role the plan compares with but does not name. */
  title: string;
  inCatalog: boolean;
  /** The handbook page whose wording the plan's rows have (a level of it for a handbook role), or null. */
  handbookUrl: string | null;
}

/** The linked plan's roles, to preselect the requirements dialog's pickers. */
export interface PlanRolesResult {
  /** The growth plan linked to this document, or null. */
  linkedSpreadsheetUrl: string | null;
  /** Its name, when it could be read. */
  planName: string | null;
  /** Null when no plan is linked, it cannot be read, or it holds no requirements yet (`note` says which). */
  target: PlanRoleOption | null;
  /** The role the plan compares with; null when it compares with none. */
  current: PlanRoleOption | null;
  /** The plan's active requirement rows: the rows a table that follows the plan holds. */
  requirements: number;
  /** Why a linked plan's roles are not offered, in words; null otherwise. */
  note: string | null;
}

/** 'inserted': a new block (after the cursor or at the end); 'replaced': an existing one, in place. */
export type WriteStatus = 'inserted' | 'replaced';

/**
 * A person edited inside a block the call would replace; nothing was changed. `message` asks them;
 * call again with replaceEdited (a refresh also takes skipEdited) once they answered.
 */
export interface NeedsConfirmation extends Failure<'needs-confirmation'> {
  /** The blocks a person edited. */
  edited: BlockInfo[];
}

export interface AgendaResult {
  status: WriteStatus;
  kind: 'agenda';
  name: string;
  /** Headings in the agenda. */
  sections: number;
  /** Suggested date of the next conversation (yyyy-mm-dd). */
  nextConversation: string;
}

/** What a requirements table holds, as the insert reports it. */
export interface RequirementsSummary {
  targetRole: { id: string; title: string };
  currentRole: { id: string; title: string } | null;
  /** Rows of the inserted table (the target role's requirements). */
  requirements: number;
  newComparedWithCurrent: number;
  /** Rows whose ratings came from the linked growth plan (0 when none is linked). */
  ratedFromPlan: number;
  /** Set when a growth plan is linked but could not be read, so the ratings were left blank. */
  ratingsNote: string | null;
  /**
   * True when the table holds the linked plan's own rows, because the roles are the plan's: a
   * refresh then follows the plan's rows as they are by then.
   */
  followsPlan: boolean;
}

export interface RequirementsResult extends RequirementsSummary {
  status: WriteStatus;
  kind: 'requirements';
  name: string;
}

export interface ActionPlanResult {
  status: WriteStatus;
  kind: 'actionPlan';
  name: string;
  spreadsheetUrl: string;
  requirements: RequirementProgress;
  actions: ActionProgress;
  /** Rows of the open-actions table (actions not done). */
  openActions: number;
}

/** What a "Since our last conversation" section holds, as the insert reports it. */
export interface SinceLastSummary {
  spreadsheetUrl: string;
  /** Check-ins in the plan (0 when it has none, or no Check-ins tab). */
  checkIns: number;
  /** yyyy-mm-dd of the last check-in, or null. */
  lastCheckIn: string | null;
  /** yyyy-mm-dd of the one before it; null when the last is the first (compared with the plan's start). */
  previousCheckIn: string | null;
  /** From the check-in before the last to the last; `overdue` counts the Action Plan as it is today. */
  changes: ProgressChanges;
  /** The Summary's "Next check-in", or GitLab's rhythm's proposal when it sets none (`chosen: false`). */
  nextCheckIn: PlannedCheckIn;
}

export interface SinceLastResult extends SinceLastSummary {
  status: WriteStatus;
  kind: 'sinceLast';
  name: string;
}

export type AgendaReply = Reply<AgendaResult, NeedsConfirmation>;
export type RequirementsReply = Reply<RequirementsResult, NeedsConfirmation>;
export type ActionPlanReply = Reply<ActionPlanResult, NeedsConfirmation>;
export type SinceLastReply = Reply<SinceLastResult, NeedsConfirmation>;

export interface RefreshResult {
  status: 'refreshed';
  /** Blocks rewritten with current data. */
  refreshed: BlockInfo[];
  /** Blocks a person edited, left as they were (with replaceEdited they are listed in refreshed). */
  edited: BlockInfo[];
  /** What was done, in words, for the menu's alert. */
  message: string;
}

export type RefreshReply = Reply<RefreshResult, NeedsConfirmation>;
