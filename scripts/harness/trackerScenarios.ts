/**
 * The career tracker on the built bundle, over weeks of fake time: a plan set up, imported, rated
 * and planned, with any number of check-ins recorded on earlier days. The benchmark prints and the
 * tests assert that recording, reading progress and opening cost the same with 0 and with 20
 * earlier check-ins.
 */
import { silently } from '../../fake/calls';
import { countOf, type CallCount } from './callScenarios';
import { openPlan, setCells, type Harness } from './harness';
import { must } from '../must';

export const TRACKER_ROLE = 'sales-operations/senior-analyst';
/** Noon UTC, so the day is the same in the fake spreadsheet's time zone (Europe/London). */
export const FIRST_DAY = '2026-02-02';

const DAY_MS = 86_400_000;

/** The instant `days` days after FIRST_DAY, at noon UTC. */
export function dayAt(days: number): Date {
  return new Date(Date.parse(`${FIRST_DAY}T12:00:00Z`) + days * DAY_MS);
}

/** `yyyy-mm-dd` of dayAt(days). */
export function dayText(days: number): string {
  return dayAt(days).toISOString().slice(0, 10);
}

const RATINGS = ['Not yet', 'Developing', 'Meets', 'Exceeds'] as const;

/** Self ratings for a role's requirements that climb a little with each step. */
export function ratingsAt(step: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => RATINGS[Math.min(3, Math.floor((i + step) / 2))] ?? 'Meets');
}

/** The number of requirement rows of the plan's Role Requirements tab. */
export function requirementCount(h: Harness): number {
  return silently(() => must(h.spreadsheet.getSheetByName('Role Requirements'), 'tab').getLastRow() - 1);
}

/**
 * A plan set up, imported and rated on FIRST_DAY, with an action plan generated, then one check-in
 * a week for `earlier` weeks, the ratings moving each time. The clock is left on the next week's day,
 * last check-in: a week after it (FIRST_DAY itself when there is none).
 */
export function trackedPlan(earlier: number): Harness {
  const h = openPlan();
  h.fake.setClock(dayAt(0));
  h.call('setUpGrowthPlan');
  h.call('importRoleRequirements', { currentRoleId: null, targetRoleId: TRACKER_ROLE });
  const count = requirementCount(h);
  setCells(h, 'Role Requirements', 'Self rating', ratingsAt(0, count));
  h.call('generateActionPlan');
  for (let week = 0; week < earlier; week++) {
    h.fake.setClock(dayAt(week * 7));
    setCells(h, 'Role Requirements', 'Self rating', ratingsAt(week, count));
    const reply = h.call('recordCheckIn', { note: `Week ${week}` }) as { ok: boolean };
    if (!reply.ok) throw new Error(`the check-in of week ${week} failed`);
  }
  h.fake.setClock(dayAt(earlier * 7));
  return h;
}

function measure(h: Harness, action: () => void): CallCount {
  h.fake.calls.reset();
  action();
  return countOf(h.fake.calls);
}

/** Calls of one check-in recorded after `earlier` check-ins. */
export function recordCheckInCalls(earlier: number): CallCount {
  const h = trackedPlan(earlier);
  return measure(h, () => {
    h.call('recordCheckIn', { note: 'Today' });
  });
}

/** Calls of the same check-in recorded again the same day, after `earlier` check-ins. */
export function recordAgainCalls(earlier: number): CallCount {
  const h = trackedPlan(earlier);
  h.call('recordCheckIn', { note: 'Today' });
  setCells(h, 'Role Requirements', 'Self rating', Array<string>(requirementCount(h)).fill('Developing'));
  return measure(h, () => {
    h.call('recordCheckIn', {});
  });
}

/** Calls of the sidebar's progress after `earlier` check-ins. */
export function progressCalls(earlier: number): CallCount {
  const h = trackedPlan(earlier);
  return measure(h, () => {
    h.call('getProgress');
  });
}

/** Calls of choosing the next check-in date after `earlier` check-ins. */
export function setNextCheckInCalls(earlier: number): CallCount {
  const h = trackedPlan(earlier);
  return measure(h, () => {
    h.call('setNextCheckIn', { date: dayText(400) });
  });
}

/** Calls of opening the spreadsheet (menu and reminder) after `earlier` check-ins. */
export function openCalls(earlier: number): CallCount {
  const h = trackedPlan(earlier);
  return measure(h, () => {
    h.call('onOpen', h.fake.events.onOpen());
  });
}
