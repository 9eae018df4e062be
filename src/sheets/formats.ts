/**
 * The look and the guard rails of the plan's tabs: header style, frozen header, widths, dropdowns
 * and conditional formats. Only formats are set here; values are never touched.
 */
import { columnLetter } from '../core/a1';
import type { HeaderMap } from '../core/headers';
import { ACT, IN_TARGET_NO, KEY, REQ, type TabLayout } from '../core/layout';
import { ACTION_TYPES, RATINGS, STATUSES } from '../core/vocabulary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8f0fe';
const GAP_BACKGROUND = '#fce8e6';
const OVERDUE_BACKGROUND = '#f4c7c3';
const DONE_FONT = '#188038';
const RETIRED_FONT = '#80868b';

/** Marks our conditional-format rules, so a repair replaces ours and keeps everyone else's. */
export const RULE_MARK = 'careergrowth';

/** Dropdown lists by header. */
const DROPDOWNS: Readonly<Record<string, readonly string[]>> = {
  [REQ.self]: RATINGS,
  [REQ.manager]: RATINGS,
  [ACT.type]: ACTION_TYPES,
  [ACT.status]: STATUSES,
};

/** Sets the dropdowns of every dropdown column this tab has, on rows first..first+count-1. */
export function applyDropdowns(
  sheet: Sheet,
  header: HeaderMap,
  layout: TabLayout,
  first: number,
  count: number,
): void {
  if (count <= 0) return;
  // Columns that share a list share one rule: both rating columns cost a single builder chain.
  const rules = new Map<readonly string[], GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const name of layout.headers) {
    const values = DROPDOWNS[name];
    const column = header.column(name);
    if (!values || column < 0) continue;
    let rule = rules.get(values);
    if (!rule) {
      rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...values], true)
        .setAllowInvalid(false)
        .setHelpText(`Choose one of: ${values.join(', ')}.`)
        .build();
      rules.set(values, rule);
    }
    sheet.getRange(first, column + 1, count, 1).setDataValidation(rule);
  }
  const due = header.column(ACT.due);
  if (layout.headers.includes(ACT.due) && due >= 0)
    sheet.getRange(first, due + 1, count, 1).setNumberFormat('yyyy-mm-dd');
}

/** Header style, frozen header row, widths, the hidden key column and dropdowns for every row. */
export function formatTab(sheet: Sheet, header: HeaderMap, layout: TabLayout): void {
  const width = header.headers.length;
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  for (const name of layout.headers) {
    const column = header.column(name);
    const px = layout.widths[name];
    if (column >= 0 && px) sheet.setColumnWidth(column + 1, px);
  }
  const key = header.column(KEY);
  if (key >= 0) sheet.hideColumns(key + 1);
  const dataRows = sheet.getMaxRows() - 1;
  applyDropdowns(sheet, header, layout, 2, dataRows);
}

interface RuleSpec {
  formula: string;
  background?: string;
  fontColor?: string;
}

/** The formula text of one marked rule: N("...") is 0, so the mark never changes the outcome. */
function marked(name: string, condition: string): string {
  return `=AND(N("${RULE_MARK}:${name}")=0,${condition})`;
}

function ruleSpecs(header: HeaderMap, layout: TabLayout): RuleSpec[] {
  const col = (name: string) => {
    const index = header.column(name);
    return index < 0 ? null : `$${columnLetter(index)}2`;
  };
  const specs: RuleSpec[] = [];
  if (layout.headers.includes(REQ.self)) {
    const self = col(REQ.self);
    const manager = col(REQ.manager);
    const inTarget = col(REQ.inTarget);
    if (self && manager && inTarget) {
      const effective = `IF(${manager}<>"",${manager},${self})`;
      specs.push({ formula: marked('retired', `${inTarget}="${IN_TARGET_NO}"`), fontColor: RETIRED_FONT });
      specs.push({
        formula: marked(
          'gap',
          `${inTarget}<>"${IN_TARGET_NO}",OR(${effective}="Not yet",${effective}="Developing")`,
        ),
        background: GAP_BACKGROUND,
      });
    }
  }
  if (layout.headers.includes(ACT.status)) {
    const due = col(ACT.due);
    const status = col(ACT.status);
    if (due && status) {
      specs.push({
        formula: marked('overdue', `ISNUMBER(${due}),${due}<TODAY(),${status}<>"Done"`),
        background: OVERDUE_BACKGROUND,
      });
      specs.push({ formula: marked('done', `${status}="Done"`), fontColor: DONE_FONT });
    }
  }
  return specs;
}

function isOurs(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  return !!condition && condition.getCriteriaValues().some((v) => String(v).includes(`"${RULE_MARK}:`));
}

/** Replaces our conditional formats on the tab (gaps, retired rows, overdue and done actions). */
export function applyConditionalFormats(sheet: Sheet, header: HeaderMap, layout: TabLayout): void {
  const dataRows = sheet.getMaxRows() - 1;
  if (dataRows < 1) return; // a tab cut down to its header row has nothing to format yet
  const range = sheet.getRange(2, 1, dataRows, header.headers.length);
  const ours = ruleSpecs(header, layout).map((spec) => {
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setRanges([range]);
    if (spec.background) builder = builder.setBackground(spec.background);
    if (spec.fontColor) builder = builder.setFontColor(spec.fontColor);
    return builder.build();
  });
  const theirs = sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule));
  sheet.setConditionalFormatRules([...theirs, ...ours]);
}
