/**
 * The Summary tab: labels and live formulas over the two plan tabs, written as one block.
 * Formulas name columns by letter as they are at set-up time; Sheets keeps them pointing at the
 * same columns when people later move or insert columns, or rename a tab.
 */
import { columnLetter } from './a1';
import { literal, type Cell } from './cells';
import type { HeaderMap } from './headers';
import { ACT, IN_TARGET_NO, REQ } from './layout';
import { RATINGS } from './vocabulary';

export const SUMMARY_TITLE = 'Growth plan summary';
export const SUMMARY_ROWS = 15;
/** Row (1-based) of the current role; the target role is on the next row. */
export const SUMMARY_ROLE_ROW = 2;
export const SUMMARY_PERCENT_ROW = 14;
/** The rows (1-based) of the actions by status, Not started to Done: what the status chart draws. */
export const SUMMARY_STATUS_ROWS = { first: 10, count: 4 } as const;

export interface SummaryInputs {
  requirementsTab: string;
  requirementsHeader: HeaderMap;
  actionsTab: string;
  actionsHeader: HeaderMap;
  currentRole: string;
  targetRole: string;
}

/** A tab name as a formula reference: always quoted, quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function list(values: readonly string[]): string {
  return `{${values.map((v) => `"${v}"`).join(',')}}`;
}

/** The Summary tab's 15 x 2 block: labels in column A, role titles and formulas in column B. */
export function summaryBlock(inputs: SummaryInputs): Cell[][] {
  const col = (tab: string, header: HeaderMap, name: string) => {
    const index = header.column(name);
    if (index < 0) throw new Error(`The ${tab} tab has no "${name}" column.`);
    const letter = columnLetter(index);
    return `${sheetRef(tab)}!$${letter}$2:$${letter}`;
  };
  const r = (name: string) => col(inputs.requirementsTab, inputs.requirementsHeader, name);
  const a = (name: string) => col(inputs.actionsTab, inputs.actionsHeader, name);
  const text = r(REQ.requirement);
  const active = `(${text}<>"")*(${r(REQ.inTarget)}<>"${IN_TARGET_NO}")`;
  const effective = `IF(${r(REQ.manager)}<>"",${r(REQ.manager)},${r(REQ.self)})`;
  const isAction = `(((${a(ACT.requirement)}<>"")+(${a(ACT.action)}<>""))>0)`;
  const status = a(ACT.status);
  const due = a(ACT.due);
  return [
    [SUMMARY_TITLE, ''],
    ['Current role', literal(inputs.currentRole)],
    ['Target role', literal(inputs.targetRole)],
    ['Requirements', `=ARRAYFORMULA(SUMPRODUCT(${active}))`],
    ['Rated', `=ARRAYFORMULA(SUMPRODUCT(${active}*ISNUMBER(MATCH(${effective},${list(RATINGS)},0))))`],
    ['Unrated', '=B4-B5'],
    [
      'Gaps',
      `=ARRAYFORMULA(SUMPRODUCT(${active}*ISNUMBER(MATCH(${effective},${list(RATINGS.slice(0, 2))},0))))`,
    ],
    ['Not in target role', `=COUNTIFS(${text},"<>",${r(REQ.inTarget)},"${IN_TARGET_NO}")`],
    ['Actions', `=ARRAYFORMULA(SUMPRODUCT(${isAction}*1))`],
    ['Not started', `=COUNTIF(${status},"Not started")`],
    ['In progress', `=COUNTIF(${status},"In progress")`],
    ['Blocked', `=COUNTIF(${status},"Blocked")`],
    ['Done', `=COUNTIF(${status},"Done")`],
    ['Percent done', '=IF(B9=0,0,B13/B9)'],
    [
      'Overdue',
      `=ARRAYFORMULA(SUMPRODUCT(${isAction}*ISNUMBER(${due})*(${due}<TODAY())*(${status}<>"Done")))`,
    ],
  ];
}
