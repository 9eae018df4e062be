/** The RSOE teams a job family can belong to, in the order the role picker groups them. */
export const TEAMS = [
  'Sales Operations',
  'Sales Systems',
  'Sales Strategy',
  'Field Enablement',
  'Channel Operations',
  'Customer Success Operations',
  'RSOE Leadership',
] as const;

export type Team = (typeof TEAMS)[number];
