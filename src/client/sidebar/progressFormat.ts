/**
 * Pure wording of the progress view: dates, the figures of each check-in, what moved since the
 * last one and the next check-in. No DOM here, so every phrase is unit tested.
 */
import type { CheckInFigures, NextCheckIn, ProgressChanges } from '../../api/tracker';
import { plural } from './format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 3, 2027" for "2027-03-03"; text that is not such a date is shown as it is. */
export function shortDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/** "9 of 14 at Meets or above · 3 gaps · 2 unrated". */
export function requirementFiguresText(figures: CheckInFigures): string {
  const parts = [`${figures.atMeetsOrAbove} of ${figures.requirements} at Meets or above`];
  parts.push(plural(figures.gaps, 'gap'));
  if (figures.unrated > 0) parts.push(`${figures.unrated} unrated`);
  return parts.join(' · ');
}

/** "2 of 5 actions done · 1 overdue", or "No actions yet". */
export function actionFiguresText(figures: CheckInFigures): string {
  if (figures.actions === 0) return 'No actions yet';
  const parts = [`${figures.byStatus.Done} of ${plural(figures.actions, 'action')} done`];
  if (figures.overdue > 0) parts.push(`${figures.overdue} overdue`);
  return parts.join(' · ');
}

/** "Since the check-in of Mar 3, 2027", or "Where you stand now" before there is one to compare with. */
export function changesHeading(changes: ProgressChanges): string {
  return changes.since === null ? 'Where you stand now' : `Since the check-in of ${shortDate(changes.since)}`;
}

/** "Developing → Meets" ("not rated" for no rating). */
export function moveText(from: string | null, to: string | null): string {
  return `${from ?? 'not rated'} → ${to ?? 'not rated'}`;
}

/** "Quarterly check-in · Mar 3, 2027", with "(proposed)" until a person chose the date. */
export function nextCheckInText(next: NextCheckIn): string {
  return `${next.label} · ${shortDate(next.date)}${next.chosen ? '' : ' (proposed)'}`;
}

/** The banner shown when a check-in is due. */
export function dueText(next: NextCheckIn): string {
  return `${next.label} is due (planned for ${shortDate(next.date)}).`;
}

/** The result of recording a check-in. */
export function recordedText(date: string, replaced: boolean): string {
  return replaced
    ? `Check-in of ${shortDate(date)} recorded again, replacing the earlier one of that day`
    : `Check-in recorded for ${shortDate(date)}`;
}

/** A calendar link is only ever an https link to Google Calendar. */
export function safeCalendarUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === 'calendar.google.com' ? parsed.href : null;
  } catch {
    return null;
  }
}
