import type { BlockElement, BlockSpec } from '../../../../src/core/conversation/block';
import {
  NO_PLAN_REQUIREMENTS,
  planRequirementsBlock,
} from '../../../../src/core/conversation/planRequirementsBlock';
import { planRoles } from '../../../../src/core/conversation/planRoles';
import {
  REQUIREMENTS_COLUMNS,
  REQUIREMENTS_COLUMNS_NO_CURRENT,
  requirementsBlock,
} from '../../../../src/core/conversation/requirementsBlock';
import { tableFromValues } from '../../../../src/core/table';
import { sampleCatalog, sampleRole } from '../../../support/sampleCatalog';

const tableOf = (spec: BlockSpec) =>
  spec.elements.find((e): e is Extract<BlockElement, { type: 'table' }> => e.type === 'table')!;
const texts = (spec: BlockSpec): string[] =>
  spec.elements.flatMap((e): string[] => (e.type === 'table' || e.type === 'list' ? [] : [e.text]));

const PLANNING = 'handbook:sales/planning-analyst#senior-planning-analyst';
/** A person moved the columns around and added one of their own. */
const HEADER = [
  'Requirement',
  'Manager rating',
  'My notes',
  'Self rating',
  'Area',
  'Key',
  'In target role',
  'Compared with current role',
  'Role',
];
const row = (
  text: string,
  self: string,
  manager: string,
  compared: string,
  key = '',
  inTarget = 'Yes',
  area = 'Planning and strategy',
) => [text, manager, 'mine', self, area, key, inTarget, compared, key ? 'Senior Planning Analyst' : ''];
const summary = [
  ['Growth plan summary', ''],
  ['Current role', 'Planning Analyst'],
  ['Target role', 'Senior Planning Analyst'],
];

describe('the requirements table that follows the plan', () => {
  const table = tableFromValues([
    HEADER,
    row('Leads the yearly capacity planning cycle', 'Developing', '', 'New', `req:${PLANNING}:hb-1`),
    row('Old requirement', 'Meets', '', 'New', 'req:ops/analyst:x', 'No'),
    row('=SUM(A1:A9) style formulas hold no fear', '', 'Meets', 'New', `req:${PLANNING}:hb-2`),
    row('My own requirement', 'not a rating', '', '', '', 'Yes', ''),
    row(
      'Builds territory models in spreadsheets',
      'Exceeds',
      'Meets',
      'Builds on current role',
      `req:${PLANNING}:hb-3`,
    ),
  ]);
  const roles = planRoles(table, summary, sampleCatalog);

  it('holds the plan’s active rows in the sheet’s order, cells as the sheet has them', () => {
    const block = planRequirementsBlock({
      planName: 'My\nplan',
      roles,
      requirements: table,
      targetRole: null,
    });
    expect(tableOf(block.spec)).toEqual({
      type: 'table',
      header: REQUIREMENTS_COLUMNS,
      rows: [
        ['Planning and strategy', 'Leads the yearly capacity planning cycle', 'New', 'Developing', ''],
        ['Planning and strategy', '=SUM(A1:A9) style formulas hold no fear', 'New', '', 'Meets'],
        ['', 'My own requirement', '', 'not a rating', ''],
        [
          'Planning and strategy',
          'Builds territory models in spreadsheets',
          'Builds on current role',
          'Exceeds',
          'Meets',
        ],
      ],
    });
    expect(block).toMatchObject({ requirements: 4, newComparedWithCurrent: 2, rated: 3 });
    expect(texts(block.spec)).toEqual([
      'Role requirements: Senior Planning Analyst (GitLab handbook)',
      'As in the growth plan "My plan": its 4 requirements in the handbook\'s wording, in the order of its Role Requirements tab. Compared with Planning Analyst: 2 of 4 are new. Ratings as the plan holds them (3 of 4 rated there).',
    ]);
  });

  it('has no comparison column when the plan compares with no current role', () => {
    const noCurrent = planRoles(table, [summary[0]!, ['Current role', ''], summary[2]!], sampleCatalog);
    const block = planRequirementsBlock({
      planName: 'p',
      roles: noCurrent,
      requirements: table,
      targetRole: null,
    });
    expect(tableOf(block.spec).header).toEqual(REQUIREMENTS_COLUMNS_NO_CURRENT);
    expect(tableOf(block.spec).rows[0]).toEqual([
      'Planning and strategy',
      'Leads the yearly capacity planning cycle',
      'Developing',
      '',
    ]);
    expect(block.newComparedWithCurrent).toBe(4);
    expect(texts(block.spec)[1]).toContain('It compares them with no current role.');
  });

  it('heads a catalog role with its family and grade, as the catalog’s table does', () => {
    const target = sampleRole('ops/senior-analyst');
    const keyed = tableFromValues([
      ['Key', 'Requirement', 'Self rating', 'Manager rating', 'In target role'],
      [
        'req:ops/senior-analyst:salesforce',
        'Designs Salesforce changes with the systems team',
        'Meets',
        '',
        'Yes',
      ],
    ]);
    const catalogRoles = planRoles(keyed, null, sampleCatalog);
    const block = planRequirementsBlock({
      planName: 'p',
      roles: catalogRoles,
      requirements: keyed,
      targetRole: target,
    });
    const fromCatalog = requirementsBlock(target, null, null);
    expect(texts(block.spec)[0]).toBe(texts(fromCatalog.spec)[0]);
    // The same shape as the catalog's table, so switching between them replaces the block in place.
    expect(block.spec.elements.map((e) => e.type)).toEqual(fromCatalog.spec.elements.map((e) => e.type));
  });

  it('says so when the plan holds no requirements, keeping the same shape', () => {
    const block = planRequirementsBlock({
      planName: 'p',
      roles: null,
      requirements: tableFromValues([]),
      targetRole: null,
    });
    expect(tableOf(block.spec).rows).toEqual([['', NO_PLAN_REQUIREMENTS, '', '']]);
    expect(block.spec.elements.map((e) => e.type)).toEqual(['heading', 'paragraph', 'table']);
    expect(block.requirements).toBe(0);
  });
});
