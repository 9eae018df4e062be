/**
 * The growth plan's tabs and columns. Columns are found by header text, so people may reorder
 * them or add their own; `required` headers are the ones DESIGN.md promises, the rest we add.
 */

export interface TabLayout {
  name: string;
  /** Every header we write, in the order a new tab gets them. */
  headers: readonly string[];
  /** Headers whose absence means a person renamed or removed a column we cannot do without. */
  required: readonly string[];
  /** Headers that, together, identify the tab if a person renamed it. */
  signature: readonly string[];
  /** Columns kept out of sight besides Key: data the add-on needs that people need not read. */
  hidden?: readonly string[];
  /**
   * Column widths in pixels, by header, for the columns that need more than Sheets' default of
   * 100 px; the others keep the default. Neighbours of equal width are set in one call.
   */
  widths: Readonly<Record<string, number>>;
}

export const KEY = 'Key';

export const REQ = {
  key: KEY,
  role: 'Role',
  area: 'Area',
  requirement: 'Requirement',
  compared: 'Compared with current role',
  self: 'Self rating',
  manager: 'Manager rating',
  evidence: 'Evidence',
  inTarget: 'In target role',
} as const;

export const ACT = {
  key: KEY,
  /** Hidden: the suggestion a generated row came from and the fingerprint of what was written. */
  suggestion: 'Suggestion',
  /** The gap's rank when its actions were generated, 1 = most important. */
  priority: 'Priority',
  /** "Yes" on the actions of this period's focus gaps. */
  focus: 'Focus',
  requirement: 'Requirement',
  area: 'Area',
  action: 'Action',
  type: 'Type',
  helper: 'Who helps',
  resource: 'Resource',
  owner: 'Owner',
  due: 'Due date',
  status: 'Status',
  effort: 'Effort (hours)',
  success: 'Success measure',
  notes: 'Notes',
} as const;

export const REQUIREMENTS_TAB: TabLayout = {
  name: 'Role Requirements',
  headers: [
    REQ.key,
    REQ.role,
    REQ.area,
    REQ.requirement,
    REQ.compared,
    REQ.self,
    REQ.manager,
    REQ.evidence,
    REQ.inTarget,
  ],
  required: [REQ.requirement, REQ.self, REQ.manager, REQ.evidence],
  signature: [REQ.requirement, REQ.self, REQ.manager],
  // Role and Area side by side at one width: a new tab sets both in one call.
  widths: {
    [REQ.role]: 160,
    [REQ.area]: 160,
    [REQ.requirement]: 360,
    [REQ.compared]: 150,
    [REQ.evidence]: 280,
  },
};

export const ACTIONS_TAB: TabLayout = {
  name: 'Action Plan',
  // Key and Suggestion side by side: a new tab hides both in one call.
  headers: [
    ACT.key,
    ACT.suggestion,
    ACT.priority,
    ACT.focus,
    ACT.requirement,
    ACT.area,
    ACT.action,
    ACT.type,
    ACT.helper,
    ACT.resource,
    ACT.owner,
    ACT.due,
    ACT.status,
    ACT.effort,
    ACT.success,
    ACT.notes,
  ],
  required: [ACT.requirement, ACT.action, ACT.type, ACT.owner, ACT.due, ACT.status],
  signature: [ACT.requirement, ACT.action, ACT.status],
  hidden: [ACT.suggestion],
  widths: {
    [ACT.priority]: 70,
    [ACT.focus]: 70,
    [ACT.requirement]: 280,
    [ACT.area]: 150,
    [ACT.action]: 360,
    [ACT.type]: 130,
    [ACT.helper]: 220,
    [ACT.resource]: 220,
    [ACT.success]: 250,
    [ACT.notes]: 250,
  },
};

export const SUMMARY_TAB_NAME = 'Summary';

/** "In target role" values. */
export const IN_TARGET_YES = 'Yes';
export const IN_TARGET_NO = 'No';

/** Check-ins columns: one row per requirement and per action at each check-in, and one for the note. */
export const CHK = {
  date: 'Date',
  key: KEY,
  kind: 'Kind',
  item: 'Item',
  self: 'Self rating',
  manager: 'Manager rating',
  rating: 'Rating',
  status: 'Status',
  due: 'Due date',
  note: 'Note',
} as const;

/** The Kind of a Check-ins row. */
export const CHECKIN_KINDS = { requirement: 'Requirement', action: 'Action', note: 'Note' } as const;

export const CHECKINS_TAB: TabLayout = {
  name: 'Check-ins',
  headers: [
    CHK.date,
    CHK.key,
    CHK.kind,
    CHK.item,
    CHK.self,
    CHK.manager,
    CHK.rating,
    CHK.status,
    CHK.due,
    CHK.note,
  ],
  required: [CHK.date, CHK.key, CHK.rating, CHK.status],
  signature: [CHK.date, CHK.key, CHK.rating, CHK.status],
  widths: { [CHK.item]: 360, [CHK.note]: 280 },
};
