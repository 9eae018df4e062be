/**
 * The JSON shapes that cross google.script.run between the Growth Plan sidebar and the server.
 * Both sides import these types; nothing here may hold a Date, undefined in arrays or a class.
 */

import type { ActionProgress, RequirementProgress } from '../core/progress';
import type { PlanBalance } from '../core/balance';
import type { FocusAction } from '../core/otherIdeas';
import type { Failure, Reply } from './reply';
import type { RoleOption } from './roles';

export type { ActionProgress, RequirementProgress };
export {
  RATINGS,
  ACTION_TYPES,
  STATUSES,
  type Rating,
  type ActionType,
  type Status,
} from '../core/vocabulary';

export type { RoleOption };
export type { Ok, Failure, CommonFailure, Reply } from './reply';
export type {
  ImportRequest,
  HandbookLookupRequest,
  HandbookImportRequest,
  OpenTabRequest,
} from './sheetsRequests';
export type {
  FocusAction,
  GenerateRequest,
  KindFigures,
  OtherIdeas,
  PlanBalance,
  SuggestionOption,
  SuggestionsRequest,
  SwapRefused,
  SwapReply,
  SwapRequest,
  SwapResult,
} from './actionPlan';

export interface PlanState {
  currentRoleId: string | null;
  targetRoleId: string | null;
  /** Set when the last import took its wording from a handbook page. */
  handbook: HandbookSource | null;
  /** True when both plan tabs exist with their headers. */
  isSetUp: boolean;
  requirements: RequirementProgress;
  actions: ActionProgress;
  /** How many gaps this period's focus holds (1 to 5), as the person last chose. */
  focusSize: number;
  /** The actions marked as this period's focus, by Priority. */
  focus: FocusAction[];
  /** The plan's 70-20-10 mix by hours, and what would bring it closer. */
  balance: PlanBalance;
}

export interface PlannerState {
  roles: RoleOption[];
  plan: PlanState;
}

export interface ImportSummary {
  targetRole: { id: string; title: string };
  /** Where the requirements' text came from. */
  wording: Wording;
  /** Handbook boilerplate bullets (values, using GitLab) not imported; 0 for catalog wording. */
  skippedCommon: number;
  currentRole: { id: string; title: string } | null;
  /** Requirements of the target role. */
  requirements: number;
  /** Of those, how many are new compared with the current role. */
  newComparedWithCurrent: number;
  /** Rows appended by this import. */
  added: number;
  /** Target requirements that already had a row (kept as they were, ratings included). */
  kept: number;
  /** Earlier imported rows now marked as not in the target role (never deleted). */
  markedNotInTarget: number;
  /**
   * Rows of the same level in its other wording (catalog or handbook) that left the target and whose
   * ratings and evidence were copied to the matching new row.
   */
  carriedOver: number;
  /** Requirement texts of such rows with a rating or evidence that matched no new row; they keep it. */
  notCarried: string[];
  plan: PlanState;
}

export interface GenerateSummary {
  gaps: number;
  unrated: number;
  /** Action rows appended by this run. */
  added: number;
  /** Gaps that already had every action they call for (their rows kept untouched). */
  alreadyPlanned: number;
  /** Gaps in this period's focus. */
  focusGaps: number;
  /** Actions left out because every suggestion that fits them is in the plan already. */
  unsuggested: number;
  plan: PlanState;
}

export interface SetUpSummary {
  created: string[];
  repaired: string[];
  plan: PlanState;
}

export type TabId = 'requirements' | 'actions' | 'summary';

/** The tab openTab brought to the front, by its name in the spreadsheet. */
export interface OpenedTab {
  tab: TabId;
  name: string;
}

export interface ImportPreview {
  /** Requirements of the target role. */
  requirements: number;
  /** Of those, how many are new compared with the current role (all of them without one). */
  newComparedWithCurrent: number;
  /** How many areas the requirements span. */
  areas: number;
}

/** How the requirements of a catalog role are worded: ours, or the handbook page's current text. */
export type Wording = 'catalog' | 'handbook';

/** A handbook page the plan imported from (kept with the plan so titles and the sidebar survive). */
export interface HandbookSource {
  /** Canonical page URL, https://handbook.gitlab.com/job-families/<department>/<page>/. */
  url: string;
  pageTitle: string;
  targetLevel: string;
  targetTitle: string;
  currentLevel: string | null;
  currentTitle: string | null;
}

export interface HandbookLevelOption {
  slug: string;
  title: string;
  grade: number | null;
  requirementCount: number;
  /** Stable ids of the level's requirements, to count what is new against another level. */
  requirementIds: string[];
  /** The catalog role for the same level, when the catalog has one. */
  catalogRoleId: string | null;
}

/** A catalog role offered when a handbook page cannot be used. */
export interface CatalogOffer {
  roleId: string;
  title: string;
}

export type HandbookFailureReason =
  | 'not-found'
  | 'timeout'
  | 'blocked'
  | 'too-large'
  | 'unreadable'
  | 'unavailable'
  | 'no-level'
  | 'no-requirements';

/**
 * A handbook page that could not be used (or a catalog role's page, for the handbook's wording):
 * nothing was written; `catalogRole` is the way out, the catalog's own words.
 */
export interface HandbookFailure extends Failure<'handbook'> {
  reason: HandbookFailureReason;
  catalogRole: CatalogOffer | null;
}

export interface HandbookFamily {
  title: string;
  url: string;
  levels: HandbookLevelOption[];
  /** The catalog family that links to this page, or null. */
  catalogFamilyId: string | null;
  /** The level the pasted URL's anchor names, when it is one of `levels`. */
  suggestedLevel: string | null;
  /** Boilerplate bullets (values, using GitLab) left out of every level's count. */
  skippedCommon: number;
}

export type HandbookLookup = Reply<HandbookFamily, HandbookFailure>;

/** What both requirement imports answer: the catalog's with handbook wording, and a handbook page's. */
export type HandbookImportResult = Reply<ImportSummary, HandbookFailure>;
