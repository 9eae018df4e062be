/**
 * When the next check-in is, from GitLab's rhythm. The fiscal year starts on 1 February; the growth
 * plan is refreshed in February and reviewed mid-year in August; the formal career conversations
 * are in fiscal Q2 (May to July) and Q4 (November to January); and a conversation happens at least
 * once a quarter. That gives four milestones a year, one per fiscal quarter, each on the 15th of
 * the quarter's first month (the Monday after when the 15th is a weekend):
 *
 *   February: plan refresh (Q1)   May: formal conversation (Q2)
 *   August: mid-year review (Q3)  November: formal conversation (Q4)
 *
 * The proposal is the first milestone at least two weeks after the last check-in (so a check-in
 * held just before a milestone counts for it), or, before any check-in, the first from today on.
 * A proposal can be in the past: the check-in is then due.
 */
import { addDays, compactDay, dayOf, monthOf, weekdayOnOrAfter, yearOf, type Day } from './days';

/** Days a check-in must be before a milestone to count for it. */
export const MILESTONE_GAP_DAYS = 14;
const MILESTONE_DAY_OF_MONTH = 15;

/** The first month of each fiscal quarter and what the check-in then is. */
const MILESTONES: readonly { month: number; label: string }[] = [
  { month: 2, label: 'Plan refresh (fiscal Q1)' },
  { month: 5, label: 'Formal career conversation (fiscal Q2)' },
  { month: 8, label: 'Mid-year review (fiscal Q3)' },
  { month: 11, label: 'Formal career conversation (fiscal Q4)' },
];

/** Fiscal quarter (1-4) of a day; the fiscal year starts in February. */
export function fiscalQuarterOf(day: Day): number {
  return Math.floor(((monthOf(day) + 10) % 12) / 3) + 1;
}

/** Why a check-in on this day matters: the milestone of its month, else a quarterly check-in. */
export function checkInLabel(day: Day): string {
  const month = monthOf(day);
  const milestone = MILESTONES.find((m) => m.month === month);
  if (milestone) return milestone.label;
  const quarter = fiscalQuarterOf(day);
  return quarter === 2 || quarter === 4
    ? `Formal career conversation (fiscal Q${quarter})`
    : 'Quarterly check-in';
}

export interface ProposedCheckIn {
  date: Day;
  label: string;
}

/** The milestones of a calendar year, in order. */
function milestonesOf(year: number): ProposedCheckIn[] {
  return MILESTONES.map((m) => ({
    date: weekdayOnOrAfter(dayOf(year, m.month, MILESTONE_DAY_OF_MONTH)),
    label: m.label,
  }));
}

/** The first milestone on or after a day. */
export function milestoneOnOrAfter(from: Day): ProposedCheckIn {
  const year = yearOf(from);
  const next = [...milestonesOf(year), ...milestonesOf(year + 1)].find((m) => m.date >= from);
  // Four milestones a year: one of this year's or next year's always comes.
  if (!next) throw new Error(`No milestone after ${from}`);
  return next;
}

/** The next check-in GitLab's rhythm proposes, after the last check-in (or from today, before any). */
export function proposeNextCheckIn(lastCheckIn: Day | null, today: Day): ProposedCheckIn {
  return milestoneOnOrAfter(lastCheckIn === null ? today : addDays(lastCheckIn, MILESTONE_GAP_DAYS));
}

/**
 * A Google Calendar link that opens a new all-day event on that day, filled in: no calendar scope
 * is needed, the person saves the event themselves. The end day is exclusive, as Calendar wants.
 */
export function calendarLink(day: Day, title: string, details: string): string {
  const params = [
    ['action', 'TEMPLATE'],
    ['text', title],
    ['dates', `${compactDay(day)}/${compactDay(addDays(day, 1))}`],
    ['details', details],
  ];
  return `https://calendar.google.com/calendar/render?${params
    .map(([k, v]) => `${k}=${encodeURIComponent(v ?? '')}`)
    .join('&')}`;
}
