import {
  actionPlanBlock,
  NO_OPEN_ACTIONS,
  OPEN_ACTION_COLUMNS,
  OVERDUE,
} from '../../../../src/core/conversation/actionPlanBlock';
import { AGENDA_ACTION_COLUMNS, agendaBlock } from '../../../../src/core/conversation/agenda';
import { elementCount, type BlockElement, type BlockSpec } from '../../../../src/core/conversation/block';
import {
  ratingsByRequirement,
  REQUIREMENTS_COLUMNS,
  requirementsBlock,
} from '../../../../src/core/conversation/requirementsBlock';
import { tableFromValues } from '../../../../src/core/table';
import { sampleRole } from '../../../support/sampleCatalog';

const tableOf = (spec: BlockSpec) =>
  spec.elements.find((e): e is Extract<BlockElement, { type: 'table' }> => e.type === 'table')!;
const headings = (spec: BlockSpec) => spec.elements.flatMap((e) => (e.type === 'heading' ? [e.text] : []));

describe('agenda', () => {
  it('walks through the conversation in order and ends with the next date', () => {
    const spec = agendaBlock(new Date(2026, 10, 27, 15));
    expect(spec.kind).toBe('agenda');
    expect(headings(spec)).toEqual([
      'Career conversation',
      'Aspirations',
      'What energises you, what drains you',
      'Strengths, with evidence',
      'Progress since last time',
      'Target role and readiness',
      'Gaps',
      'Actions',
      'Support needed',
      'Obstacles',
      'Next steps',
    ]);
    const table = tableOf(spec);
    expect(table.header).toEqual(AGENDA_ACTION_COLUMNS);
    expect(table.header).toEqual(['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Success measure']);
    expect(table.rows.every((r) => r.length === table.header.length && r.every((c) => c === ''))).toBe(true);
    const last = spec.elements[spec.elements.length - 1]!;
    expect(last).toEqual({
      type: 'paragraph',
      text: expect.stringContaining('Next conversation: 2027-03-01') as unknown,
    });
    expect(spec.elements[1]).toEqual({
      type: 'paragraph',
      text: expect.stringContaining('Date: 2026-11-27') as unknown,
    });
  });

  it('is the same block for the same day, so refreshing an untouched agenda changes nothing', () => {
    expect(agendaBlock(new Date(2026, 10, 27, 9))).toEqual(agendaBlock(new Date(2026, 10, 27, 18)));
    expect(elementCount(agendaBlock(new Date(2026, 10, 27)))).toBe(
      agendaBlock(new Date(2026, 10, 27)).elements.length,
    );
  });
});

describe('requirements block', () => {
  const target = sampleRole('ops/senior-analyst');
  const current = sampleRole('ops/analyst');

  it('lists every target requirement with its area and whether it is new, ratings blank without a plan', () => {
    const block = requirementsBlock(target, current, null);
    const table = tableOf(block.spec);
    expect(table.header).toEqual(REQUIREMENTS_COLUMNS);
    expect(table.rows).toEqual([
      [
        'Salesforce and systems',
        'Designs Salesforce changes with the systems team',
        'Builds on current role',
        '',
        '',
      ],
      ['Analysis and reporting', 'Owns the forecast dashboards', 'Builds on current role', '', ''],
      ['Stakeholder management', 'Aligns sales leaders on process changes', 'New', '', ''],
      ['People leadership', '=Coaches junior analysts', 'New', '', ''],
    ]);
    expect(block).toMatchObject({ requirements: 4, newComparedWithCurrent: 2, rated: 0 });
    expect(headings(block.spec)[0]).toBe(
      'Role requirements: Senior Operations Analyst (Operations, grade 7)',
    );
  });

  it('says once, above the table, that there is no current role, and leaves the comparison column out', () => {
    const block = requirementsBlock(target, null, null);
    const table = tableOf(block.spec);
    expect(table.header).toEqual(['Area', 'Requirement', 'Self rating', 'Manager rating']);
    expect(table.rows.every((row) => row.length === 4)).toBe(true);
    expect(table.rows.map((r) => r[1])).toContain('Owns the forecast dashboards');
    const text = JSON.stringify(block.spec);
    expect(text.match(/No current role chosen/g)).toHaveLength(1);
    expect(block.newComparedWithCurrent).toBe(4);
  });

  it('takes ratings from the growth plan by requirement text, whatever the case or spacing', () => {
    const plan = tableFromValues([
      ['Self rating', 'Requirement', 'Manager rating'],
      ['Meets', '  owns the FORECAST dashboards ', 'developing'],
      ['Exceeds', 'Owns the forecast dashboards', 'Exceeds'],
      ['banana', 'Aligns sales leaders on process changes', ''],
      ['Not yet', 'Something else', ''],
    ]);
    const block = requirementsBlock(target, current, ratingsByRequirement(plan));
    const rows = tableOf(block.spec).rows;
    expect(rows[1]!.slice(3)).toEqual(['Meets', 'Developing']);
    expect(rows[2]!.slice(3)).toEqual(['', '']);
    expect(block.rated).toBe(1);
  });
});

describe('action plan block', () => {
  const today = new Date(2026, 10, 27, 15);
  const requirements = tableFromValues([
    ['Requirement', 'Self rating', 'Manager rating'],
    ['a', 'Developing', ''],
    ['b', 'Meets', ''],
    ['c', '', ''],
  ]);
  const actions = tableFromValues([
    ['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'],
    ['a', 'later', 'Learning', 'Me', new Date(2027, 0, 10, 12), 'Not started'],
    ['a', 'late', 'Mentorship', 'Me', new Date(2026, 10, 1, 12), 'In progress'],
    ['b', 'finished', 'Learning', 'Me', new Date(2026, 9, 1, 12), 'Done'],
    ['c', 'undated', 'Hands-on project', '=Boss', '', ''],
    ['', '', '', '', '', ''],
  ]);

  it('counts the plan and lists open actions, overdue first, flagged as text', () => {
    const block = actionPlanBlock({ name: 'My plan', requirements, actions }, today);
    expect(block.requirements).toMatchObject({ total: 3, rated: 2, unrated: 1, gaps: 1 });
    expect(block.actions).toMatchObject({ total: 4, overdue: 1, percentDone: 25, noStatus: 1 });
    expect(block.openActions).toBe(3);
    const table = tableOf(block.spec);
    expect(table.header).toEqual(OPEN_ACTION_COLUMNS);
    expect(table.rows).toEqual([
      ['', 'a', 'late', 'Mentorship', 'Me', '2026-11-01', 'In progress', OVERDUE],
      ['', 'a', 'later', 'Learning', 'Me', '2027-01-10', 'Not started', ''],
      ['', 'c', 'undated', 'Hands-on project', '=Boss', '', '', ''],
    ]);
    const list = block.spec.elements.find((e) => e.type === 'list');
    expect(list).toEqual({
      type: 'list',
      items: [
        'Requirements: 3 (2 rated, 1 not rated yet)',
        'Gaps: 1',
        'Actions: 4 (not started 1, in progress 1, blocked 0, done 1, no status 1)',
        'Done: 25%',
        'Overdue: 1',
      ],
    });
  });

  it('has the same shape with no actions and with 300, so writing it costs the same', () => {
    const none = actionPlanBlock(
      { name: 'p', requirements, actions: tableFromValues([actions.header.headers]) },
      today,
    );
    expect(tableOf(none.spec).rows).toEqual([[NO_OPEN_ACTIONS, '', '', '', '', '', '', '']]);
    const many = tableFromValues([
      [...actions.header.headers],
      ...Array.from({ length: 300 }, (_, i) => [
        `r${i}`,
        `act ${i}`,
        'Learning',
        'Me',
        new Date(2026, 10, 1 + (i % 60), 12),
        'Not started',
      ]),
    ]);
    const full = actionPlanBlock({ name: 'p', requirements, actions: many }, today);
    expect(tableOf(full.spec).rows).toHaveLength(300);
    expect(full.spec.elements.map((e) => e.type)).toEqual(none.spec.elements.map((e) => e.type));
    expect(elementCount(full.spec)).toBe(elementCount(none.spec));
  });

  it('lists the focus first, by Priority and marked, then the other open actions, overdue first', () => {
    const planned = tableFromValues([
      ['Priority', 'Focus', 'Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'],
      [4, '', 'later gap', 'late later action', 'Learning', 'Me', new Date(2026, 10, 1, 12), 'Not started'],
      [
        2,
        'Yes',
        'second',
        'second project',
        'Hands-on project',
        'Me',
        new Date(2027, 1, 1, 12),
        'Not started',
      ],
      [1, 'Yes', 'first', 'first project', 'Hands-on project', 'Me', new Date(2027, 2, 1, 12), 'Not started'],
      [1, 'Yes', 'first', 'first mentor', 'Mentorship', 'Me', new Date(2027, 0, 1, 12), 'In progress'],
      ['', '', 'own', 'my own', '', 'Me', '', ''],
      [3, 'Yes', 'done', 'finished', 'Learning', 'Me', new Date(2026, 9, 1, 12), 'Done'],
    ]);
    const block = actionPlanBlock({ name: 'p', requirements, actions: planned }, today);
    expect(tableOf(block.spec).rows.map((r) => [r[0], r[2], r[7]])).toEqual([
      ['1 (focus)', 'first mentor', ''],
      ['1 (focus)', 'first project', ''],
      ['2 (focus)', 'second project', ''],
      ['4', 'late later action', OVERDUE],
      ['', 'my own', ''],
    ]);
  });
});

describe('labels in the inserted sections', () => {
  /**
   * Headings, list items, table headers, "Label: value" lines and (for tables holding no data,
   * `withCells`) the cells: none ends with a period. Requirement texts are data, not labels.
   */
  function labels(spec: BlockSpec, withCells = false): string[] {
    return spec.elements.flatMap((e) => {
      if (e.type === 'heading') return [e.text];
      if (e.type === 'list') return e.items;
      if (e.type === 'table') return withCells ? [...e.header, ...e.rows.flat()] : e.header;
      return /^[A-Z][a-z ]+: /.test(e.text) && !e.text.includes('. ') ? [e.text] : [];
    });
  }

  it('have no final period, in every section', () => {
    const today = new Date(2026, 10, 27, 12);
    const empty = tableFromValues([['Requirement', 'Self rating', 'Manager rating']]);
    const noActions = tableFromValues([['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status']]);
    const target = sampleRole('ops/senior-analyst');
    const found = [
      ...labels(agendaBlock(today)),
      ...labels(requirementsBlock(target, null, null).spec),
      ...labels(requirementsBlock(target, sampleRole('ops/analyst'), null).spec),
      ...labels(
        actionPlanBlock({ name: 'My plan', requirements: empty, actions: noActions }, today).spec,
        true,
      ),
    ].filter((text) => text !== '');
    expect(found).toEqual(expect.arrayContaining(['Career conversation', NO_OPEN_ACTIONS]));
    expect(found.some((text) => text.startsWith('Next conversation: '))).toBe(true);
    expect(found.filter((text) => text.endsWith('.'))).toEqual([]);
  });
});
