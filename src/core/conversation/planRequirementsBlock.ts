/**
 * The role-requirements table as the linked growth plan holds it: its active Role Requirements rows
 * in the sheet's order, with their area, requirement, comparison with the current role and ratings
 * as the cells say, whatever the wording or source of the rows (the catalog's, the handbook's, or a
 * person's own). The block keeps the shape of the catalog's table (heading, paragraph, table), so
 * switching between the two, or refreshing, replaces it in place.
 */
import type { Role } from '../catalog';
import { normalizeText } from '../cells';
import { COMPARED_NEW } from '../compare';
import { REQ } from '../layout';
import { isActiveRequirement } from '../progress';
import { parseRating } from '../ratings';
import { textAt, valueAt, type Table } from '../table';
import type { PlanRoles } from './planRoles';
import {
  REQUIREMENTS_COLUMNS,
  REQUIREMENTS_COLUMNS_NO_CURRENT,
  type RequirementsBlock,
} from './requirementsBlock';

export const NO_PLAN_REQUIREMENTS = 'No requirements in the growth plan yet';

export interface PlanRequirementsInputs {
  planName: string;
  /** The plan's roles (planRoles); null when it holds no requirements to follow. */
  roles: PlanRoles | null;
  /** The plan's Role Requirements tab. */
  requirements: Table;
  /** The catalog role of the target, when the catalog has it: its family and grade head the table. */
  targetRole: Role | null;
}

/** Text from the plan as one line: a line break would start a new paragraph in the document. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

const count = (n: number) => `${n} ${n === 1 ? 'requirement' : 'requirements'}`;

export function planRequirementsBlock(inputs: PlanRequirementsInputs): RequirementsBlock {
  const { roles, requirements: table, targetRole } = inputs;
  const planName = oneLine(inputs.planName);
  if (!roles) {
    return {
      spec: {
        kind: 'requirements',
        elements: [
          { type: 'heading', level: 2, text: 'Role requirements: none in the growth plan yet' },
          {
            type: 'paragraph',
            text: `The growth plan "${planName}" holds no requirements of a target role yet. Import them with the Growth Plan add-on in the spreadsheet, then refresh this section.`,
          },
          {
            type: 'table',
            header: REQUIREMENTS_COLUMNS_NO_CURRENT,
            rows: [['', NO_PLAN_REQUIREMENTS, '', '']],
          },
        ],
      },
      requirements: 0,
      newComparedWithCurrent: 0,
      rated: 0,
    };
  }
  const { target, current } = roles;
  const active = table.rows.filter((row) => isActiveRequirement(table, row));
  let rated = 0;
  let newCount = 0;
  const rows = active.map((row) => {
    const self = textAt(table, row, REQ.self);
    const manager = textAt(table, row, REQ.manager);
    if (parseRating(valueAt(table, row, REQ.self)) || parseRating(valueAt(table, row, REQ.manager))) rated++;
    const compared = textAt(table, row, REQ.compared);
    if (normalizeText(compared) === normalizeText(COMPARED_NEW)) newCount++;
    const cells = [textAt(table, row, REQ.area), textAt(table, row, REQ.requirement)];
    return current ? [...cells, compared, self, manager] : [...cells, self, manager];
  });
  const title = oneLine(target.title);
  const source = targetRole
    ? ` (${targetRole.family.name}, grade ${targetRole.level.grade})`
    : target.handbookUrl
      ? ' (GitLab handbook)'
      : '';
  const n = active.length;
  const wording = target.handbookUrl ? " in the handbook's wording" : '';
  const against = current
    ? `Compared with ${oneLine(current.title) || 'its current role'}: ${newCount} of ${n} are new.`
    : 'It compares them with no current role.';
  return {
    spec: {
      kind: 'requirements',
      elements: [
        { type: 'heading', level: 2, text: `Role requirements: ${title}${source}` },
        {
          type: 'paragraph',
          text: `As in the growth plan "${planName}": its ${count(n)}${wording}, in the order of its Role Requirements tab. ${against} Ratings as the plan holds them (${rated} of ${n} rated there).`,
        },
        { type: 'table', header: current ? REQUIREMENTS_COLUMNS : REQUIREMENTS_COLUMNS_NO_CURRENT, rows },
      ],
    },
    requirements: n,
    newComparedWithCurrent: current ? newCount : n,
    rated,
  };
}
