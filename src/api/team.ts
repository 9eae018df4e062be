/**
 * The team overview's wire types: a manager's workbook lists each person and their growth plan on
 * the Team tab; a refresh fills the add-on's columns beside them and the Team gaps tab. Only figures
 * and the manager's own names cross the wire: nothing is copied from the plans but figures.
 */
import type { TeamRefreshSummary } from '../core/team/refresh';
import type { Reply } from './reply';

export type { TeamRefreshSummary };

/** What the sidebar knows of the workbook's team overview without reading it (none: no Team tab set up). */
export interface TeamStatus {
  /** The last refresh, yyyy-mm-dd; null before the first. */
  refreshedOn: string | null;
  people: number;
  read: number;
  withNotes: number;
  sharedGaps: number;
}

export interface TeamSetUp {
  /** The Team tab's name (a new tab, or the one found). */
  tab: string;
  created: boolean;
  /** Our columns the tab lacked and got, after the manager's last column. */
  appended: string[];
}

export interface TeamRefreshed extends TeamRefreshSummary {
  /** Where the figures and the shared gaps went. */
  teamTab: string;
  gapsTab: string;
}

export type TeamSetUpReply = Reply<TeamSetUp>;
export type TeamRefreshReply = Reply<TeamRefreshed>;
