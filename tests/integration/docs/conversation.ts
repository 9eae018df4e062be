/**
 * Fixtures of the Docs integration tests: a growth plan spreadsheet to link, and the docs harness
 * (the BUILT build/docs/Code.js against the DocumentApp fake, manifest scopes enforced) with helpers.
 */
import type { snapshotDocument, FakeDocumentOptions } from '../../../fake/docs';
import { FakeSpreadsheet } from '../../../fake/spreadsheet';
import { silently } from '../../../fake/calls';
import { openDocument, type DocsHarness } from '../../../scripts/harness/docsHarness';

export const PLAN_ID = '1GrowthPlanSpreadsheetIdForTests_0123ABCDEFG';
export const PLAN_URL = `https://docs.google.com/spreadsheets/d/${PLAN_ID}/edit#gid=0`;
export const TARGET = 'sales-operations/senior-analyst';
export const CURRENT = 'sales-operations/analyst';

export const REQUIREMENTS_HEADER = [
  'Key',
  'Role',
  'Area',
  'Requirement',
  'Compared with current role',
  'Self rating',
  'Manager rating',
  'Evidence',
  'In target role',
];
export const ACTIONS_HEADER = [
  'Key',
  'Requirement',
  'Area',
  'Action',
  'Type',
  'Resource',
  'Owner',
  'Due date',
  'Status',
  'Success measure',
  'Notes',
];

/** Action rows: the first `overdue` are late and in progress, then alternately not started and done. */
export function actionRows(count: number, overdue = 0): unknown[][] {
  return Array.from({ length: count }, (_, i) => {
    const late = i < overdue;
    const due = late ? new Date(2020, 0, 1 + i, 12) : new Date(2099, 0, 1 + (i % 28), 12);
    const status = late ? 'In progress' : i % 2 === 0 ? 'Not started' : 'Done';
    return [
      `act:${i}`,
      `Requirement ${i}`,
      'Analysis and reporting',
      `Action ${i}`,
      'Learning',
      '',
      'Me',
      due,
      status,
      '',
      '',
    ];
  });
}

export function growthPlan(
  options: {
    actions?: unknown[][];
    requirements?: unknown[][];
    tabs?: Record<string, unknown[][]>;
    id?: string;
    name?: string;
  } = {},
): FakeSpreadsheet {
  const tabs = options.tabs ?? {
    'Role Requirements': [
      REQUIREMENTS_HEADER,
      [
        'req:1',
        'Senior Analyst',
        'Analysis and reporting',
        'Requirement 0',
        'New',
        'Developing',
        '',
        '',
        'Yes',
      ],
      ['req:2', 'Senior Analyst', 'Communication', 'Requirement 1', 'New', 'Meets', 'Exceeds', '', 'Yes'],
      ['req:3', 'Senior Analyst', 'Communication', 'Requirement 2', 'New', '', '', '', 'Yes'],
      ...(options.requirements ?? []),
    ],
    'Action Plan': [ACTIONS_HEADER, ...(options.actions ?? actionRows(4, 1))],
  };
  return FakeSpreadsheet.fromTabs(tabs, {
    id: options.id ?? PLAN_ID,
    name: options.name ?? 'My growth plan',
  });
}

export interface OpenOptions extends FakeDocumentOptions {
  spreadsheets?: FakeSpreadsheet[];
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
}

export interface Conversation extends DocsHarness {
  /** Text of the body elements outside our blocks, per tab. */
  outside(): string[];
}

/** The docs harness (scripts/harness/docsHarness.ts) around a document built from `options`. */
export function openConversation(options: OpenOptions = {}): Conversation {
  const { spreadsheets, authMode, ...document } = options;
  const h = openDocument([], { document, spreadsheets, authMode });
  return {
    ...h,
    outside: () => silently(() => h.textOutside()),
  };
}

type Snapshot = ReturnType<typeof snapshotDocument>;

/** Texts of a tab's body (tables as their cells joined), for readable assertions. */
export function bodyTexts(snapshot: Snapshot, tab = 0): string[] {
  return snapshot.tabs[tab]!.body.map((e) =>
    e.type === 'TABLE' ? `[table ${e.cells.length}x${e.cells[0]!.length}] ${e.cells[0]!.join('|')}` : e.text,
  );
}

/** Our named ranges in a tab: kind and the body indexes they cover. */
export function blocksOf(snapshot: Snapshot, tab = 0): { kind: string; covers: (number | string)[] }[] {
  return snapshot.tabs[tab]!.namedRanges.filter((r) => r.name.startsWith('careergrowth.'))
    .map((r) => ({ kind: r.name.split('.')[1]!, covers: r.covers }))
    .sort((a, b) => Number(a.covers[0]) - Number(b.covers[0]));
}

/** The snapshot without named-range ids, which change whenever a block is written again. */
export function withoutIds(snapshot: Snapshot): unknown {
  return JSON.parse(
    JSON.stringify(snapshot, (key: string, value: unknown) =>
      key === 'id' && typeof value === 'string' && value.startsWith('kix.') ? undefined : value,
    ),
  );
}

export const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
