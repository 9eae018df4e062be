/**
 * When to meet next. GitLab asks for a career conversation at least once a quarter in a 1:1, with
 * a formal one twice a year (fiscal Q2 and Q4) and the growth plan refreshed in February and August.
 * GitLab's fiscal year starts on 1 February. One rule serves the agenda's next conversation and the
 * growth plan's next check-in.
 */

export interface NextConversation {
  /** yyyy-mm-dd, a weekday. */
  date: string;
  /** Why this date, in a few words. */
  reason: string;
}

/** Fiscal quarter (1-4) of a date, with the year starting in February. */
export function fiscalQuarter(date: Date): number {
  return Math.floor(((date.getMonth() + 11) % 12) / 3) + 1;
}

export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The same day three months on (the month's last day when it is shorter), moved off a weekend. */
export function nextConversation(today: Date): NextConversation {
  const target = new Date(today.getFullYear(), today.getMonth() + 3, 1, 12);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(today.getDate(), lastDay));
  const day = target.getDay();
  if (day === 6) target.setDate(target.getDate() + 2);
  if (day === 0) target.setDate(target.getDate() + 1);
  const quarter = fiscalQuarter(target);
  const formal = quarter === 2 || quarter === 4;
  const refresh = refreshMonthBetween(today, target);
  const reasons = [formal ? `formal career conversation (fiscal Q${quarter})` : 'quarterly career check-in'];
  if (refresh) reasons.push(`refresh the growth plan in ${refresh}`);
  return { date: isoDate(target), reason: reasons.join('; ') };
}

/**
 * The next check-in GitLab's rhythm proposes when the plan names none: the agenda's rule, counted
 * from the last check-in (from today when there is none). It may lie in the past: then a check-in is due.
 */
export function proposedNextCheckIn(lastCheckIn: Date | null, today: Date): NextConversation {
  return nextConversation(lastCheckIn ?? today);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day a yyyy-mm-dd text names, at noon (so no time-zone shift moves it), or null. */
export function dayFromIso(text: string): Date | null {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 12);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** February or August if one starts after today and no later than the date, else null. */
function refreshMonthBetween(from: Date, to: Date): string | null {
  for (
    let probe = new Date(from.getFullYear(), from.getMonth() + 1, 1);
    probe <= to;
    probe.setMonth(probe.getMonth() + 1)
  ) {
    if (probe.getMonth() === 1) return 'February';
    if (probe.getMonth() === 7) return 'August';
  }
  return null;
}
