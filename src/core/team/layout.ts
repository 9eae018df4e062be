/**
 * A manager's workbook: the Team tab (the manager lists each person and their growth plan; the
 * add-on fills its figure columns beside them) and the Team gaps tab (gaps two or more people
 * share). Columns are found by header, like every tab of ours, so the manager may move them and add
 * their own anywhere.
 */
import type { TabLayout } from '../layout';

/** The columns the manager fills in. */
export const TEAM = { name: 'Name', plan: 'Growth plan' } as const;

/** The add-on's columns of the Team tab: every refresh rewrites these, and only these. */
export const FIGURES = {
  currentRole: 'Current role',
  targetRole: 'Target role',
  requirements: 'Requirements',
  rated: 'Rated',
  gaps: 'Gaps',
  ready: 'Share at Meets or above',
  managerRated: 'Manager rated',
  actions: 'Actions',
  notStarted: 'Not started',
  inProgress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  overdue: 'Overdue',
  lastCheckIn: 'Last check-in',
  nextCheckIn: 'Next check-in',
  // Not "Note": a manager's own Note column must never be taken for ours.
  note: 'Refresh note',
} as const;

export const FIGURE_HEADERS: readonly string[] = Object.values(FIGURES);

export const TEAM_TAB: TabLayout = {
  name: 'Team',
  headers: [TEAM.name, TEAM.plan, ...FIGURE_HEADERS],
  required: [TEAM.name, TEAM.plan],
  signature: [TEAM.name, TEAM.plan],
  widths: {
    [TEAM.name]: 160,
    [TEAM.plan]: 260,
    [FIGURES.currentRole]: 200,
    [FIGURES.targetRole]: 200,
    [FIGURES.requirements]: 110,
    // Wide enough for its header: a share under a clipped header reads as any other number.
    [FIGURES.ready]: 170,
    [FIGURES.managerRated]: 110,
    [FIGURES.lastCheckIn]: 110,
    [FIGURES.nextCheckIn]: 150,
    [FIGURES.note]: 360,
  },
};

/** The Team gaps tab: one row per gap two or more people share, with what the team could do. */
export const GAPS = {
  gap: 'Shared gap',
  area: 'Area',
  people: 'People',
  notYet: 'Not yet',
  developing: 'Developing',
  who: 'Who',
  meets: 'At Meets or above',
  pairing: 'Pairing',
  workshop: 'Workshop',
  project: 'Shared stretch project',
  resource: 'Resource',
  requirements: 'Requirements',
} as const;

export const TEAM_GAPS_TAB: TabLayout = {
  name: 'Team gaps',
  headers: Object.values(GAPS),
  required: [GAPS.gap, GAPS.who],
  signature: [GAPS.gap, GAPS.who, GAPS.pairing],
  widths: {
    [GAPS.gap]: 200,
    [GAPS.area]: 160,
    [GAPS.people]: 70,
    [GAPS.notYet]: 70,
    [GAPS.developing]: 90,
    [GAPS.who]: 260,
    [GAPS.meets]: 200,
    [GAPS.pairing]: 280,
    [GAPS.workshop]: 360,
    [GAPS.project]: 360,
    [GAPS.resource]: 240,
    [GAPS.requirements]: 360,
  },
};

/** At most this many growth plans are read by one refresh: each costs seconds, and a run stops at six minutes. */
export const MAX_PLANS = 50;
