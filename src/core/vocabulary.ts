/** The fixed dropdown values of the growth plan (DESIGN.md). */

export const RATINGS = ['Not yet', 'Developing', 'Meets', 'Exceeds'] as const;
export type Rating = (typeof RATINGS)[number];

/** The 70-20-10 model: experience, other people, formal learning. */
export const ACTION_TYPES = ['Hands-on project', 'Mentorship', 'Learning'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const STATUSES = ['Not started', 'In progress', 'Blocked', 'Done'] as const;
export type Status = (typeof STATUSES)[number];
