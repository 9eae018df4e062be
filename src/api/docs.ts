/**
 * The JSON shapes that cross google.script.run between the Career Conversation dialogs and the
 * server (build/docs/Code.js). Both sides import these types; nothing here may hold a Date,
 * undefined in arrays or a class. Dates travel as ISO text (yyyy-mm-dd).
 */

import type { RoleOption } from './roles';
import type { ActionProgress, RequirementProgress } from '../core/progress';

import type { BlockKind } from '../core/conversation/block';

export type { RoleOption, ActionProgress, RequirementProgress };

/** The three kinds of block the add-on inserts: agenda, requirements, actionPlan. */
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

export interface RequirementsRequest {
  currentRoleId: string | null;
  targetRoleId: string;
  /** Replace the block even though a person edited inside it (after they confirmed). */
  replaceEdited?: boolean;
}

export interface ActionPlanRequest {
  /** The growth plan's URL; may be omitted once a successful insert remembered it. */
  spreadsheetUrl?: string;
  replaceEdited?: boolean;
}

export interface RefreshRequest {
  /** Replace blocks a person edited too (they confirmed). */
  replaceEdited?: boolean;
  /** Refresh only the blocks nobody edited and leave the edited ones as they are. */
  skipEdited?: boolean;
}

/** 'inserted': a new block (after the cursor or at the end); 'replaced': an existing one, in place. */
export type WriteStatus = 'inserted' | 'replaced';

/** A person edited inside the block; nothing was changed. Ask, then call again with replaceEdited. */
export interface NeedsConfirmation {
  status: 'needs-confirmation';
  kind: BlockKind;
  message: string;
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

export type AgendaOutcome = AgendaResult | NeedsConfirmation;
export type RequirementsOutcome = RequirementsResult | NeedsConfirmation;
export type ActionPlanOutcome = ActionPlanResult | NeedsConfirmation;

export interface RefreshResult {
  /** 'needs-confirmation': some blocks were edited and neither flag was given; nothing changed. */
  status: 'refreshed' | 'needs-confirmation';
  /** Blocks rewritten with current data. */
  refreshed: BlockInfo[];
  /** Blocks a person edited: left as they were (or, with replaceEdited, listed in refreshed). */
  edited: BlockInfo[];
  message: string;
}
