/**
 * The Career Conversation scenarios whose Apps Script call counts the benchmark prints and the tests
 * assert: an insert or refresh costs the same whether the plan holds no action rows or 300, the
 * requirements table costs the same for the smallest and the largest role, and an insert costs
 * (nearly) the same whether the document holds the other kinds of block or not.
 */
import { silently } from '../../fake/calls';
import { FakeSpreadsheet } from '../../fake/spreadsheet';
import { LINK_KEY } from '../../src/docs/link';
import type { BlockKind } from '../../src/core/conversation/block';
import { CHECKINS_TAB } from '../../src/core/layout';
import { countOf, type CallCount } from './callScenarios';
import { openDocument, type DocsHarness } from './docsHarness';
import { at } from '../must';

export type { CallCount };

const PLAN_ID = '1BenchGrowthPlanSpreadsheet_0123456789ABCDEF';
const PLAN_URL = `https://docs.google.com/spreadsheets/d/${PLAN_ID}/edit`;
const REQUIREMENTS = ['Requirement', 'Self rating', 'Manager rating', 'Evidence'];
const ACTIONS = ['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'];

function measure(h: DocsHarness, action: () => void): CallCount {
  h.fake.calls.reset();
  action();
  return countOf(h.fake.calls);
}

const CHECKINS = [...CHECKINS_TAB.headers];
const CHECKIN_REQUIREMENTS = 10;
const CHECKIN_ACTIONS = 10;

/**
 * A Check-ins tab holding `count` check-ins a week apart, each a snapshot of 10 requirements and
 * 10 actions (ratings climbing and actions getting done as the weeks pass) and a note.
 */
function checkInRows(count: number): unknown[][] {
  const rows: unknown[][] = [CHECKINS];
  for (let week = 0; week < count; week++) {
    const date = new Date(2026, 0, 5 + 7 * week, 12);
    for (let i = 0; i < CHECKIN_REQUIREMENTS; i++) {
      const rating = ['Not yet', 'Developing', 'Meets', 'Exceeds'][Math.min(3, (i + week) % 5)] ?? '';
      rows.push([date, `req:${i}`, 'Requirement', `Requirement ${i}`, rating, '', rating, '', '', '']);
    }
    for (let i = 0; i < CHECKIN_ACTIONS; i++) {
      const status = i < week ? 'Done' : 'In progress';
      rows.push([
        date,
        `act:${i}`,
        'Action',
        `Action ${i}`,
        '',
        '',
        '',
        status,
        new Date(2026, 5, 1, 12),
        '',
      ]);
    }
    rows.push([date, '', 'Note', '', '', '', '', '', '', `Week ${week}`]);
  }
  return rows;
}

/**
 * A growth plan with `actionRows` actions (a third of them overdue) and as many requirements; with
 * `checkIns`, also a Check-ins tab holding that many check-ins and a Summary naming the next one.
 */
function plan(actionRows: number, checkIns?: number): FakeSpreadsheet {
  const requirements: unknown[][] = [REQUIREMENTS];
  const actions: unknown[][] = [ACTIONS];
  for (let i = 0; i < actionRows; i++) {
    requirements.push([`Requirement ${i}`, i % 2 ? 'Developing' : 'Meets', '', '']);
    const due = i % 3 === 0 ? new Date(2020, 0, 1, 12) : new Date(2099, 0, 1, 12);
    actions.push([
      `Requirement ${i}`,
      `Action ${i}`,
      'Learning',
      'Me',
      due,
      i % 4 === 0 ? 'Done' : 'In progress',
    ]);
  }
  const tracked: Record<string, unknown[][]> =
    checkIns === undefined
      ? {}
      : {
          'Check-ins': checkInRows(checkIns),
          Summary: [
            ['Growth plan summary', ''],
            ['Next check-in', new Date(2027, 2, 1, 12)],
          ],
        };
  return FakeSpreadsheet.fromTabs(
    { 'Role Requirements': requirements, 'Action Plan': actions, ...tracked },
    { id: PLAN_ID, name: 'Bench plan' },
  );
}

function conversation(actionRows = 0): DocsHarness {
  return openDocument(['Notes before', 'Notes after'], {
    spreadsheets: [plan(actionRows)],
    cursor: { path: [0] },
  });
}

export function agendaCalls(): CallCount {
  const h = conversation();
  return measure(h, () => {
    h.run('insertConversationAgenda');
  });
}

export function requirementsCalls(targetRoleId: string): CallCount {
  const h = conversation();
  return measure(h, () => {
    h.run('insertRoleRequirements', { currentRoleId: null, targetRoleId });
  });
}

/** A first insert of the summary of a plan with `actionRows` actions (replace = a second insert). */
export function actionPlanCalls(actionRows: number, replace = false): CallCount {
  const h = conversation(actionRows);
  if (replace) h.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
  return measure(h, () => {
    h.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
  });
}

/** Refresh of a document holding all three blocks, the plan holding `actionRows` actions. */
export function refreshCalls(actionRows: number, targetRoleId: string): CallCount {
  const h = conversation(actionRows);
  h.run('insertConversationAgenda');
  h.run('insertRoleRequirements', { currentRoleId: null, targetRoleId });
  h.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
  return measure(h, () => {
    h.run('refreshInsertedSections');
  });
}

/**
 * An insert of "Since our last conversation" (replace = a second insert) from a plan whose last
 * check-in has `earlierCheckIns` check-ins before it, and 20 action rows.
 */
export function sinceLastCalls(earlierCheckIns: number, replace = false): CallCount {
  const h = openDocument(['Notes before', 'Notes after'], {
    spreadsheets: [plan(20, earlierCheckIns + 1)],
    cursor: { path: [0] },
  });
  if (replace) h.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
  return measure(h, () => {
    h.run('insertSinceLastConversation', { spreadsheetUrl: PLAN_URL });
  });
}

/** Refresh of a document holding the agenda, the summary and the since-last section. */
export function refreshSinceLastCalls(earlierCheckIns: number): CallCount {
  const h = openDocument(['Notes before', 'Notes after'], {
    spreadsheets: [plan(20, earlierCheckIns + 1)],
    cursor: { path: [0] },
  });
  h.run('insertConversationAgenda');
  h.run('insertActionPlanSummary', { spreadsheetUrl: PLAN_URL });
  h.run('insertSinceLastConversation');
  return measure(h, () => {
    h.run('refreshInsertedSections');
  });
}

const INSERTS: Record<BlockKind, { name: string; request: Record<string, unknown> }> = {
  agenda: { name: 'insertConversationAgenda', request: {} },
  requirements: {
    name: 'insertRoleRequirements',
    request: { currentRoleId: null, targetRoleId: 'deal-desk/senior-analyst' },
  },
  actionPlan: { name: 'insertActionPlanSummary', request: { spreadsheetUrl: PLAN_URL } },
  sinceLast: { name: 'insertSinceLastConversation', request: { spreadsheetUrl: PLAN_URL } },
};

/**
 * One insert of `kind` (replace: a second insert, replacing the first) in a document that holds
 * two blocks of other kinds or none. The cursor is in the text before them and the plan is
 * linked from the start, so only the other blocks differ between the two cases.
 */
export function insertBesideCalls(kind: BlockKind, others: boolean, replace = false): CallCount {
  const h = openDocument(['Notes before', 'Notes after'], {
    spreadsheets: [plan(20, 3)],
    cursor: { path: [0] },
    documentProperties: { [LINK_KEY]: PLAN_URL },
  });
  const insert = (k: BlockKind) => h.run(INSERTS[k].name, INSERTS[k].request);
  // Two others, whatever the kind: the first two of the other kinds, in the order INSERTS lists them.
  const beside = (Object.keys(INSERTS) as BlockKind[]).filter((k) => k !== kind).slice(0, 2);
  if (others) for (const other of beside) insert(other);
  if (replace) insert(kind);
  return measure(h, () => {
    insert(kind);
  });
}

/** The catalog roles with the fewest and the most requirements. */
export function smallestAndLargestRoles(): {
  smallest: { id: string; count: number };
  largest: { id: string; count: number };
} {
  const h = openDocument();
  const { roles } = silently(
    () => h.run('getRoles') as { roles: { id: string; requirementCount: number }[] },
  );
  const sorted = [...roles].sort((a, b) => a.requirementCount - b.requirementCount);
  const pick = (r: { id: string; requirementCount: number }) => ({ id: r.id, count: r.requirementCount });
  return { smallest: pick(at(sorted, 0, 'role')), largest: pick(at(sorted, sorted.length - 1, 'role')) };
}
