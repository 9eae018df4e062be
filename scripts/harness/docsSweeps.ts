/**
 * Career Conversation actions for the fault sweep (faultSweep.ts): each insert on a document with a
 * person's notes around the cursor, each replace, and a refresh of three sections. A case is the
 * document and the linked plan, the runs that came before the action (not swept) and the action;
 * a new action or section kind is one more `docsCase(...)` in DOCS_SWEEPS.
 */
import { silently } from '../../fake/calls';
import {
  copyDocument,
  type FakeDocument,
  type ContentItem,
  type CursorSpec,
  type DocumentSnapshot,
} from '../../fake/docs';
import { FakeSpreadsheet } from '../../fake/spreadsheet';
import { LINK_KEY } from '../../src/docs/link';
import type { SweepCase } from './faultSweep';
import { openDocument, type DocsHarness } from './docsHarness';
import { must } from '../must';

const PLAN_ID = '1SweepGrowthPlanSpreadsheet_0123456789ABCDEF';
export const SWEEP_PLAN_URL = `https://docs.google.com/spreadsheets/d/${PLAN_ID}/edit`;

/** The plan's actions: one overdue, one open, one done. */
const sweepActions = (): unknown[][] => [
  ['Key', 'Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'],
  [
    'act:1',
    'Build reports leaders use',
    'Rebuild the pipeline report',
    'Hands-on project',
    'Me',
    new Date(2020, 0, 6, 12),
    'In progress',
  ],
  [
    'act:2',
    'Present findings clearly',
    'Shadow a QBR',
    'Mentorship',
    'Me',
    new Date(2099, 2, 1, 12),
    'Not started',
  ],
  [
    'act:3',
    'Keep the CRM data clean',
    'Take the admin course',
    'Learning',
    'Me',
    new Date(2099, 3, 1, 12),
    'Done',
  ],
];

/** The linked growth plan: a few rated requirements and actions, one of them overdue. */
export function sweepPlan(): FakeSpreadsheet {
  return FakeSpreadsheet.fromTabs(
    {
      'Role Requirements': [
        ['Key', 'Role', 'Area', 'Requirement', 'Self rating', 'Manager rating', 'Evidence', 'In target role'],
        ['req:1', 'Analyst', 'Analysis', 'Build reports leaders use', 'Developing', '', '', 'Yes'],
        ['req:2', 'Analyst', 'Communication', 'Present findings clearly', 'Meets', 'Exceeds', '', 'Yes'],
        ['req:3', 'Analyst', 'Systems', 'Keep the CRM data clean', '', '', '', 'Yes'],
      ],
      'Action Plan': sweepActions(),
    },
    { id: PLAN_ID, name: 'Sweep growth plan' },
  );
}

const HANDBOOK_LEVEL = 'handbook:finance/procurement-operations#senior-procurement-operations-analyst';

/**
 * A linked plan of a handbook page's level (no catalog role): rows keyed by the level, the Summary
 * naming both roles as the Growth Plan writes them, so a table that follows the plan holds its rows.
 */
export function handbookSweepPlan(): FakeSpreadsheet {
  const row = (id: string, area: string, requirement: string, compared: string, self: string) => [
    `req:${HANDBOOK_LEVEL}:${id}`,
    'Senior Procurement Operations Analyst',
    area,
    requirement,
    compared,
    self,
    '',
    '',
    'Yes',
  ];
  return FakeSpreadsheet.fromTabs(
    {
      'Role Requirements': [
        [
          'Key',
          'Role',
          'Area',
          'Requirement',
          'Compared with current role',
          'Self rating',
          'Manager rating',
          'Evidence',
          'In target role',
        ],
        row('sourcing', 'Sourcing', 'Run sourcing events end to end', 'New', 'Developing'),
        row('contracts', 'Contracts', 'Review supplier contracts', 'Builds on current role', 'Meets'),
        row('systems', 'Systems', 'Keep the procurement tool tidy', 'Builds on current role', ''),
      ],
      'Action Plan': sweepActions(),
      Summary: [
        ['Growth plan summary', ''],
        ['Current role', 'Procurement Operations Analyst'],
        ['Target role', 'Senior Procurement Operations Analyst'],
      ],
    },
    { id: PLAN_ID, name: 'Sweep growth plan' },
  );
}

/** A change a person makes to the plan between two runs, so a replace or refresh has work to do. */
export function progressOnPlan(plan: FakeSpreadsheet): void {
  silently(() => {
    const actions = must(plan.getSheetByName('Action Plan'), 'The Action Plan tab');
    actions.getRange(2, 7).setValue('Done');
    const requirements = must(plan.getSheetByName('Role Requirements'), 'The Role Requirements tab');
    const headers = requirements.getRange(1, 1, 1, requirements.getLastColumn()).getValues()[0] ?? [];
    requirements.getRange(4, headers.indexOf('Self rating') + 1).setValue('Developing');
  });
}

/** A person's own notes, the cursor in the second paragraph. */
export const NOTES: readonly ContentItem[] = [
  { p: 'Career conversation with Kim', heading: 'HEADING1' },
  'Notes I took before the meeting',
  'Things to ask about next quarter',
  { li: 'ask about the analytics guild' },
  'Closing thoughts',
];
const NOTES_CURSOR: CursorSpec = { path: [1], offset: 5 };

/** The document without the ids a fresh copy gets anew, named ranges in name order. */
export function documentState(h: DocsHarness): unknown {
  const snapshot: DocumentSnapshot = h.snapshot();
  const withoutIds = JSON.parse(
    JSON.stringify(snapshot, (key: string, value: unknown) =>
      key === 'id' && typeof value === 'string' && /^(kix\.|fake-document-)/.test(value) ? undefined : value,
    ),
  ) as DocumentSnapshot;
  for (const tab of withoutIds.tabs) tab.namedRanges.sort((a, b) => a.name.localeCompare(b.name));
  return withoutIds;
}

/** A person's texts in the order they appear in the body (anything else is ours or a leftover). */
function personTexts(h: DocsHarness, texts: ReadonlySet<string>): string[] {
  return h
    .snapshot()
    .tabs.flatMap((tab) => tab.body)
    .flatMap((element) => ('text' in element && texts.has(element.text) ? [element.text] : []));
}

export interface DocsCaseSpec {
  name: string;
  /** The document before anything runs; default NOTES with the cursor in them. */
  content?: readonly ContentItem[];
  cursor?: CursorSpec | null;
  documentProperties?: Record<string, string>;
  /** The linked plan's spreadsheet; default sweepPlan(). */
  plan?: () => FakeSpreadsheet;
  /** What ran before the action (earlier inserts, a person's progress on the plan): never failed. */
  before?: (h: DocsHarness, plan: FakeSpreadsheet) => void;
  act: (h: DocsHarness) => unknown;
}

export function docsCase(spec: DocsCaseSpec): SweepCase {
  const content = spec.content ?? NOTES;
  const texts = new Set(
    content.flatMap((item) =>
      typeof item === 'string' ? [item] : 'p' in item ? [item.p] : 'li' in item ? [item.li] : [],
    ),
  );
  // The document and plan after the runs that come before the action, made once and copied for
  // every fault point: the plan is only read by the action, so all copies share it.
  let prepared: { document: FakeDocument; plan: FakeSpreadsheet } | null = null;
  const prepare = () => {
    const plan = (spec.plan ?? sweepPlan)();
    const h = openDocument([...content], {
      spreadsheets: [plan],
      cursor: spec.cursor === undefined ? NOTES_CURSOR : spec.cursor,
      documentProperties: spec.documentProperties,
    });
    spec.before?.(h, plan);
    return { document: h.document, plan };
  };
  return {
    name: spec.name,
    open() {
      prepared ??= prepare();
      const h = openDocument([], {
        document: copyDocument(prepared.document),
        spreadsheets: [prepared.plan],
      });
      return {
        fake: h.fake,
        act: () => spec.act(h),
        state: () => documentState(h),
        typed: () => personTexts(h, texts),
      };
    },
  };
}

const TARGET = 'sales-operations/analyst';
const CURRENT = 'sales-operations/associate-analyst';
const OTHER_TARGET = 'deal-desk/senior-analyst';
/** The ids getPlanRoles gives the roles only a plan holds. */
const PLAN_TARGET = 'plan:target';
const PLAN_CURRENT = 'plan:current';

const insertAgenda = (h: DocsHarness) => h.run('insertConversationAgenda');
const insertRequirements = (targetRoleId: string, currentRoleId: string | null) => (h: DocsHarness) =>
  h.run('insertRoleRequirements', { currentRoleId, targetRoleId });
const insertSummary = (h: DocsHarness) =>
  h.run('insertActionPlanSummary', { spreadsheetUrl: SWEEP_PLAN_URL });
const refresh = (h: DocsHarness) => h.run('refreshInsertedSections');

export const DOCS_SWEEPS: readonly SweepCase[] = [
  docsCase({ name: 'insert the agenda', act: insertAgenda }),
  docsCase({ name: 'insert the requirements table', act: insertRequirements(TARGET, CURRENT) }),
  docsCase({
    name: 'insert the requirements table rated from the linked plan',
    documentProperties: { [LINK_KEY]: SWEEP_PLAN_URL },
    act: insertRequirements(TARGET, CURRENT),
  }),
  docsCase({
    name: 'insert the requirements table the linked plan holds (a handbook level)',
    plan: handbookSweepPlan,
    documentProperties: { [LINK_KEY]: SWEEP_PLAN_URL },
    act: insertRequirements(PLAN_TARGET, PLAN_CURRENT),
  }),
  docsCase({
    name: 'replace a catalog requirements table with the linked plan’s rows',
    plan: handbookSweepPlan,
    documentProperties: { [LINK_KEY]: SWEEP_PLAN_URL },
    before: insertRequirements(TARGET, CURRENT),
    act: insertRequirements(PLAN_TARGET, PLAN_CURRENT),
  }),
  docsCase({
    name: 'refresh a requirements table that follows the plan after progress',
    plan: handbookSweepPlan,
    documentProperties: { [LINK_KEY]: SWEEP_PLAN_URL },
    before: (h, plan) => {
      insertRequirements(PLAN_TARGET, PLAN_CURRENT)(h);
      progressOnPlan(plan);
    },
    act: refresh,
  }),
  docsCase({ name: 'insert the action plan summary', act: insertSummary }),
  docsCase({
    name: 'insert the agenda into an empty document',
    content: [],
    cursor: null,
    act: insertAgenda,
  }),
  docsCase({ name: 'insert the action plan summary with no cursor', cursor: null, act: insertSummary }),
  docsCase({ name: 'replace the agenda', before: insertAgenda, act: insertAgenda }),
  docsCase({
    name: 'replace the requirements table with other roles',
    before: insertRequirements(TARGET, CURRENT),
    act: insertRequirements(OTHER_TARGET, TARGET),
  }),
  docsCase({
    name: 'replace the action plan summary after progress',
    before: (h, plan) => {
      insertSummary(h);
      progressOnPlan(plan);
    },
    act: insertSummary,
  }),
  docsCase({
    name: 'refresh three sections',
    before: (h, plan) => {
      insertAgenda(h);
      insertRequirements(TARGET, CURRENT)(h);
      insertSummary(h);
      progressOnPlan(plan);
    },
    act: refresh,
  }),
];
