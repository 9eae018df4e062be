/**
 * A manager's workbook and the growth plans of their team, for the team overview's tests, the
 * benchmark and the preview: plans built as the Growth Plan writes them (catalog requirements with
 * their keys, actions, check-ins, a Summary), each its own spreadsheet the manager can open by URL,
 * and a Team tab listing them. Evidence, notes and action text carry the word PRIVATE, so a test can
 * tell that none of it reached the manager's workbook.
 */
import { FakeSpreadsheet } from '../../fake';
import { catalog } from '../../src/catalog';
import { findRole } from '../../src/core/catalog';
import { ACTIONS_TAB, CHECKINS_TAB, REQUIREMENTS_TAB, SUMMARY_TAB_NAME } from '../../src/core/layout';
import { requirementKey } from '../../src/core/requirementsImport';
import { SUMMARY_TITLE } from '../../src/core/summary';
import type { Rating, Status } from '../../src/core/vocabulary';
import { countOf, type CallCount } from './callScenarios';
import { openPlan, type Harness } from './harness';
import { must } from '../must';

/** What day it is for the manager: a Monday, noon UTC. */
export const TEAM_DAY = '2026-03-02';
export const TEAM_NOW = new Date(`${TEAM_DAY}T12:00:00Z`);

/** The word every piece of text of a plan's own (evidence, notes, actions) carries. */
export const PRIVATE = 'PRIVATE';

/** Characters to fill an id out to Google's length. */
const ID_FILL = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR';

/** A spreadsheet id as Google makes them: 44 characters (the add-on accepts 20 or more). */
export function planId(tag: string | number): string {
  const head = `1TeamGrowthPlan_${String(tag).padStart(4, '0')}_`;
  return head + ID_FILL.slice(0, 44 - head.length);
}

export function planUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;
}

type R = Rating | '';

export interface PlanSpec {
  id: string;
  /** Whose plan it is: the file is named for them. */
  person?: string;
  targetRoleId: string;
  currentRoleId?: string | null;
  /** Self ratings of the target role's requirements, in catalog order ('' unrated). */
  self: readonly R[];
  manager?: readonly R[];
  /** Rows the person typed themselves: no key, so the add-on matches their words to a skill. */
  ownRequirements?: readonly { text: string; area: string; self: R; manager?: R }[];
  actions?: readonly { status: Status | ''; due: string }[];
  /** Days with a check-in, oldest first. */
  checkIns?: readonly string[];
  /** The Summary's Next check-in (a date cell), or null for none. */
  nextCheckIn?: string | null;
  /** Tabs renamed by the person, by our name. */
  renamed?: Partial<Record<string, string>>;
  withoutCheckIns?: boolean;
}

function role(id: string) {
  return must(findRole(catalog, id), `role ${id}`);
}

/** A date cell of that day: midnight, as Sheets hands date cells over (the fake's zone is London). */
function dateCell(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const AREA_LABELS: Record<string, string> = {
  systems: 'Salesforce and systems',
  analysis: 'Analysis and reporting',
  planning: 'Planning and strategy',
  process: 'Process and policy',
  commercial: 'Deals and commercial',
  stakeholders: 'Stakeholder management',
  communication: 'Communication',
  programs: 'Program management',
  enablement: 'Enablement and training',
  leadership: 'People leadership',
};

/** A growth plan spreadsheet as the Growth Plan add-on leaves it. */
export function growthPlanFile(spec: PlanSpec): FakeSpreadsheet {
  const target = role(spec.targetRoleId);
  const current = spec.currentRoleId ? role(spec.currentRoleId) : null;
  const requirementRows = [
    ...target.level.requirements.map((r, i) => [
      requirementKey(target.id, r.id),
      target.level.title,
      AREA_LABELS[r.area] ?? r.area,
      r.text,
      'New',
      spec.self[i] ?? '',
      spec.manager?.[i] ?? '',
      `${PRIVATE} evidence ${i}`,
      'Yes',
    ]),
    ...(spec.ownRequirements ?? []).map((r, i) => [
      '',
      '',
      r.area,
      r.text,
      '',
      r.self,
      r.manager ?? '',
      `${PRIVATE} own evidence ${i}`,
      '',
    ]),
  ];
  const actions = (spec.actions ?? []).map((a, i) => {
    const row: Record<string, unknown> = {
      Key: `act:${i}`,
      Priority: i + 1,
      Requirement: target.level.requirements[i % target.level.requirements.length]?.text ?? '',
      Action: `${PRIVATE} action ${i}`,
      Type: 'Hands-on project',
      Owner: 'Me',
      'Due date': dateCell(a.due),
      Status: a.status,
      Notes: `${PRIVATE} note ${i}`,
    };
    return ACTIONS_TAB.headers.map((h) => row[h] ?? '');
  });
  const checkIns = (spec.checkIns ?? []).flatMap((day, d) => [
    ...target.level.requirements.map((r, i) => {
      const row: Record<string, unknown> = {
        Date: day,
        Key: requirementKey(target.id, r.id),
        Kind: 'Requirement',
        Item: r.text,
        'Self rating': spec.self[i] ?? '',
        Rating: spec.self[i] ?? '',
      };
      return CHECKINS_TAB.headers.map((h) => row[h] ?? '');
    }),
    CHECKINS_TAB.headers.map(
      (h) => ({ Date: day, Key: 'note', Kind: 'Note', Note: `${PRIVATE} check-in note ${d}` })[h] ?? '',
    ),
  ]);
  const summary = [
    [SUMMARY_TITLE, ''],
    ['Current role', current ? current.level.title : ''],
    ['Target role', target.level.title],
    ...Array.from({ length: 12 }, () => ['', '']),
    ['Next check-in', spec.nextCheckIn ? dateCell(spec.nextCheckIn) : ''],
  ];
  const name = (tab: string) => spec.renamed?.[tab] ?? tab;
  const tabs: Record<string, unknown[][]> = {
    [name(SUMMARY_TAB_NAME)]: summary,
    [name(REQUIREMENTS_TAB.name)]: [[...REQUIREMENTS_TAB.headers], ...requirementRows],
    [name(ACTIONS_TAB.name)]: [[...ACTIONS_TAB.headers], ...actions],
  };
  if (!spec.withoutCheckIns) tabs[name(CHECKINS_TAB.name)] = [[...CHECKINS_TAB.headers], ...checkIns];
  const fileName = spec.person ? `${spec.person}'s growth plan` : `Growth plan ${spec.id.slice(-6)}`;
  return FakeSpreadsheet.fromTabs(tabs, { id: spec.id, name: fileName });
}

export interface TeamRow {
  name: string;
  url: string;
}

/** A manager's workbook with a Team tab (just Name and Growth plan, or with `header`), and a tab of theirs. */
export function teamWorkbook(
  rows: readonly TeamRow[],
  header: readonly string[] = ['Name', 'Growth plan'],
): FakeSpreadsheet {
  const cells = rows.map((r) =>
    header.map((h) => (h === 'Name' ? r.name : h === 'Growth plan' ? r.url : '')),
  );
  return FakeSpreadsheet.fromTabs(
    { Team: [[...header], ...cells], 'My notes': [['Quarter plan'], ['Hire a sixth analyst']] },
    { id: '1ManagersOwnWorkbook_0123456789abcdefghijklm', name: "Manager's workbook" },
  );
}

/**
 * Five people: Ana and Ben aim at Senior Sales Operations Analyst and share gaps; Ben renamed his
 * Action Plan tab; Chloe has no Check-ins tab and a requirement she typed herself; Dev's plan is not
 * shared with the manager; Eva aims at Senior Manager, Deal Desk, whose requirements meet the
 * others' by skill.
 */
export function fiveLinkedPlans(): { rows: TeamRow[]; plans: FakeSpreadsheet[] } {
  const TARGET = 'sales-operations/senior-analyst';
  const specs: (PlanSpec & { person: string })[] = [
    {
      person: 'Ana Costa',
      id: planId('ana'),
      targetRoleId: TARGET,
      currentRoleId: 'sales-operations/analyst',
      // process-improvement, sales-tech-stack, stakeholder-alignment, operating-cadence,
      // process-documentation, training-delivery, gtm-policy
      self: ['Not yet', 'Developing', 'Meets', 'Developing', 'Meets', 'Exceeds', 'Not yet'],
      manager: ['Not yet', '', 'Meets', '', '', '', ''],
      actions: [
        { status: 'Done', due: '2026-02-10' },
        { status: 'In progress', due: '2026-02-20' },
        { status: 'Not started', due: '2026-04-15' },
        { status: 'Not started', due: '2026-05-01' },
      ],
      checkIns: ['2026-01-12', '2026-02-16'],
      nextCheckIn: '2026-05-15',
    },
    {
      person: 'Ben Okafor',
      id: planId('ben'),
      targetRoleId: TARGET,
      currentRoleId: 'sales-operations/analyst',
      self: ['Developing', 'Meets', 'Not yet', 'Developing', 'Developing', 'Meets', 'Meets'],
      manager: ['Developing', 'Meets', 'Not yet', 'Developing', 'Developing', 'Meets', 'Meets'],
      actions: [
        { status: 'Blocked', due: '2026-02-27' },
        { status: 'Done', due: '2026-03-20' },
      ],
      checkIns: ['2026-02-02'],
      nextCheckIn: '2026-02-23',
      renamed: { 'Action Plan': 'My actions' },
    },
    {
      person: 'Chloe Martin',
      id: planId('chloe'),
      targetRoleId: TARGET,
      self: ['Meets', 'Exceeds', 'Developing', 'Meets', 'Not yet', 'Meets', 'Developing'],
      ownRequirements: [
        {
          text: 'Runs enablement sessions that teach sellers new tools',
          area: 'Enablement and training',
          self: 'Developing',
        },
      ],
      actions: [{ status: 'In progress', due: '2026-06-01' }],
      withoutCheckIns: true,
    },
    {
      person: 'Eva Lindqvist',
      id: planId('eva'),
      targetRoleId: 'deal-desk/senior-manager',
      currentRoleId: 'deal-desk/manager',
      self: ['Developing', 'Not yet', 'Meets', 'Meets', 'Developing', 'Meets', 'Meets'],
      actions: [],
      checkIns: ['2026-02-23'],
      nextCheckIn: '2026-05-15',
    },
  ];
  const plans = specs.map((spec) => growthPlanFile(spec));
  const rows: TeamRow[] = [
    { name: 'Ana Costa', url: planUrl(planId('ana')) },
    { name: 'Ben Okafor', url: planUrl(planId('ben')) },
    { name: 'Chloe Martin', url: planUrl(planId('chloe')) },
    // Never registered with the fake: the manager has no access to it.
    { name: 'Dev Patel', url: planUrl(planId('dev')) },
    { name: 'Eva Lindqvist', url: planUrl(planId('eva')) },
  ];
  return { rows, plans };
}

/** The workbook of fiveLinkedPlans on the built bundle, on TEAM_DAY. */
export function openFiveLinkedPlans(header?: readonly string[]): Harness & { plans: FakeSpreadsheet[] } {
  const { rows, plans } = fiveLinkedPlans();
  const h = openPlan({}, { spreadsheet: teamWorkbook(rows, header), otherSpreadsheets: plans });
  h.fake.setClock(TEAM_NOW);
  return { ...h, plans };
}

/** `count` people whose plans all have the same shape (7 requirements, 4 actions, 2 check-ins). */
export function teamOf(count: number): { rows: TeamRow[]; plans: FakeSpreadsheet[] } {
  const plans = Array.from({ length: count }, (_, i) =>
    growthPlanFile({
      id: planId(i),
      targetRoleId: 'sales-operations/senior-analyst',
      currentRoleId: 'sales-operations/analyst',
      self: ['Not yet', 'Developing', 'Meets', 'Developing', 'Meets', 'Exceeds', i % 2 ? 'Meets' : 'Not yet'],
      manager: ['Developing', '', '', '', '', '', ''],
      actions: [
        { status: 'Done', due: '2026-02-10' },
        { status: 'In progress', due: '2026-02-20' },
        { status: 'Not started', due: '2026-04-15' },
        { status: 'Blocked', due: '2026-05-01' },
      ],
      checkIns: ['2026-01-12', '2026-02-16'],
      nextCheckIn: '2026-05-15',
    }),
  );
  const rows = plans.map((p, i) => ({ name: `Person ${i + 1}`, url: planUrl(planId(i)) }));
  return { rows, plans };
}

/** The calls of one refresh of a team of `count` (after a first refresh made the tabs and the chart). */
export function refreshCalls(count: number, first = false): CallCount & { ms: number } {
  const { rows, plans } = teamOf(count);
  const h = openPlan({}, { spreadsheet: teamWorkbook(rows), otherSpreadsheets: plans });
  h.fake.setClock(TEAM_NOW);
  if (!first) h.call('refreshTeamOverview');
  h.fake.calls.reset();
  const start = performance.now();
  const reply = h.call('refreshTeamOverview') as { ok: boolean; message?: string };
  const ms = performance.now() - start;
  if (!reply.ok) throw new Error(`refresh of ${count} failed: ${reply.message ?? ''}`);
  return { ...countOf(h.fake.calls), ms };
}
