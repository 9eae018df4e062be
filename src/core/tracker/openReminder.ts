/**
 * What opening the spreadsheet says, from the Summary's first rows as shown (A1:B16): that the
 * next check-in is due (its date is today or past) and how many actions are overdue, or nothing.
 * The Summary is read rather than the plan's tabs so that opening costs a fixed, small number of
 * calls: its Overdue figure is a formula Sheets keeps current.
 */
import { normalizeText } from '../cells';
import { SUMMARY_TITLE } from '../summary';
import { checkInLabel } from './cadence';
import { isDay, type Day } from './days';
import { NEXT_CHECKIN_LABEL } from './summaryTracker';

const OVERDUE_LABEL = 'Overdue';

/** The reminder for a toast, or null. `today` is asked only when there is a date to compare with. */
export function openReminder(shown: readonly (readonly string[])[], today: () => Day): string | null {
  if ((shown[0]?.[0] ?? '').trim() !== SUMMARY_TITLE) return null; // not our Summary
  const valueOf = (label: string) =>
    (shown.find((row) => normalizeText(row[0] ?? '') === normalizeText(label))?.[1] ?? '').trim();
  const next = valueOf(NEXT_CHECKIN_LABEL);
  const overdueText = valueOf(OVERDUE_LABEL);
  const overdue = /^\d+$/.test(overdueText) ? Number(overdueText) : 0;
  const due = isDay(next) && next <= today();
  const actions = `${overdue} action${overdue === 1 ? ' is' : 's are'} overdue`;
  if (due && overdue > 0)
    return `Your check-in is due (${checkInLabel(next)}, planned for ${next}), and ${actions}. Record it from Extensions > Career Growth.`;
  if (due)
    return `Your check-in is due: ${checkInLabel(next)}, planned for ${next}. Record it from Extensions > Career Growth.`;
  if (overdue > 0) return `${actions.charAt(0).toUpperCase()}${actions.slice(1)} in your growth plan.`;
  return null;
}
