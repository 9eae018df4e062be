/**
 * The look and the guard rails of the plan's tabs: header style, frozen header, widths, dropdowns
 * and conditional formats. Only formats are set here; values are never touched, and nothing here
 * reads the tab except theirRules, which callers run before their first write.
 */
import { columnLetter } from '../core/a1';
import type { HeaderMap } from '../core/headers';
import { ACT, IN_TARGET_NO, KEY, REQ, type TabLayout } from '../core/layout';
import { ACTION_TYPES, RATINGS, STATUSES } from '../core/vocabulary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

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

/** Data rows first..first+count-1 of a tab. */
export interface DataRows {
  first: number;
  count: number;
}

/** Every data row of a tab with `maxRows` rows: row 2 down to the last. */
export function allDataRows(maxRows: number): DataRows {
  return { first: 2, count: maxRows - 1 };
}

/** Runs of adjacent columns that share something (a dropdown list, a width), in column order. */
function runs<T>(
  columns: readonly { column: number; value: T }[],
): { column: number; width: number; value: T }[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const out: { column: number; width: number; value: T }[] = [];
  for (const { column, value } of sorted) {
    const last = out[out.length - 1];
    if (last && last.value === value && last.column + last.width === column) last.width += 1;
    else out.push({ column, width: 1, value });
  }
  return out;
}

/** A tab's data rows across every column: one range, made when first needed, for several formats. */
export type WholeRows = () => Range;

/** The range of `rows` across the first `width` columns, got once however often it is asked for. */
export function wholeRows(sheet: Sheet, rows: DataRows, width: number): WholeRows {
  let range: Range | null = null;
  return () => (range ??= sheet.getRange(rows.first, 1, rows.count, width));
}

/**
 * Sets the dropdowns of every dropdown column this tab has, on the given rows. In a new tab
 * (`fresh`: its whole data rows) there is no one else's validation to keep, so one call covers every
 * column (no rule where there is no dropdown), through the range the conditional formats use too;
 * elsewhere it is one call per run of adjacent columns sharing a list, so a person's own validations
 * in other columns stay. The rules carry no help text: Sheets' own message names the list, and a
 * help text would cost a call per list.
 */
export function applyDropdowns(
  sheet: Sheet,
  header: HeaderMap,
  layout: TabLayout,
  rows: DataRows,
  fresh: WholeRows | null = null,
): void {
  if (rows.count <= 0) return;
  const rules = new Map<readonly string[], GoogleAppsScript.Spreadsheet.DataValidation>();
  const ruleFor = (values: readonly string[]) => {
    let rule = rules.get(values);
    if (!rule) {
      rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...values], true)
        .setAllowInvalid(false)
        .build();
      rules.set(values, rule);
    }
    return rule;
  };
  const lists = new Map<number, readonly string[]>();
  for (const name of layout.headers) {
    const values = DROPDOWNS[name];
    const column = header.column(name);
    if (values && column >= 0) lists.set(column, values);
  }
  const blocks = runs([...lists].map(([column, value]) => ({ column, value })));
  if (fresh && blocks.length > 0) {
    const row = header.headers.map((_, column) => {
      const values = lists.get(column);
      return values ? ruleFor(values) : null;
    });
    fresh().setDataValidations(Array.from({ length: rows.count }, () => row));
  } else {
    for (const run of blocks)
      sheet.getRange(rows.first, run.column + 1, rows.count, run.width).setDataValidation(ruleFor(run.value));
  }
  const due = header.column(ACT.due);
  if (layout.headers.includes(ACT.due) && due >= 0)
    sheet.getRange(rows.first, due + 1, rows.count, 1).setNumberFormat('yyyy-mm-dd');
}

/** How formatTab treats a tab. */
export interface TabFormatting {
  /** Headers whose columns get their width: the new ones (a width a person chose is theirs). */
  widthsOf: readonly string[];
  /** The tab's rows below the header (none: nothing below the header to format yet). */
  dataRows: DataRows;
  /** A tab just created (nothing of anyone else's to keep): its whole data rows; else null. */
  fresh: WholeRows | null;
  /** Row 1 as the range the headers were just written through, to style it without a new range. */
  headerRow?: Range | null;
  /** false for a tab that records values rather than asks for them (Check-ins): no dropdowns. */
  dropdowns?: boolean;
}

/**
 * Header style, frozen header row, the hidden columns (Key and the layout's own), dropdowns for every data row and the
 * widths of new columns. Adjacent columns of one width take one call; hidden columns none.
 */
export function formatTab(sheet: Sheet, header: HeaderMap, layout: TabLayout, format: TabFormatting): void {
  const headerRow = format.headerRow ?? sheet.getRange(1, 1, 1, header.headers.length);
  headerRow.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  const widths = format.widthsOf.flatMap((name) => {
    const column = header.column(name);
    const px = layout.widths[name];
    return column >= 0 && px && name !== KEY ? [{ column, value: px }] : [];
  });
  for (const run of runs(widths)) {
    if (run.width === 1) sheet.setColumnWidth(run.column + 1, run.value);
    else sheet.setColumnWidths(run.column + 1, run.width, run.value);
  }
  // Key and the layout's other hidden columns, adjacent ones in one call.
  const hidden = [KEY, ...(layout.hidden ?? [])].flatMap((name) => {
    const column = header.column(name);
    return column >= 0 ? [{ column, value: true }] : [];
  });
  for (const run of runs(hidden)) sheet.hideColumns(run.column + 1, run.width);
  if (format.dropdowns !== false) applyDropdowns(sheet, header, layout, format.dataRows, format.fresh);
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

function isOurs(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  return !!condition && condition.getCriteriaValues().some((v) => String(v).includes(`"${RULE_MARK}:`));
}

/** The tab's conditional-format rules that are not ours (a person's own): read before writing. */
export function theirRules(sheet: Sheet): Rule[] {
  return sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule));
}

/**
 * Replaces our conditional formats on the tab's data rows (gaps, retired rows, overdue and done
 * actions), keeping `theirs`, the rules read from the tab before anything was written.
 */
export function applyConditionalFormats(
  sheet: Sheet,
  header: HeaderMap,
  layout: TabLayout,
  dataRows: DataRows,
  theirs: readonly Rule[],
  whole: WholeRows = wholeRows(sheet, dataRows, header.headers.length),
): void {
  if (dataRows.count < 1) return; // a tab cut down to its header row has nothing to format yet
  const range = whole();
  const ours = ruleSpecs(header, layout).map((spec) => {
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setRanges([range]);
    if (spec.background) builder = builder.setBackground(spec.background);
    if (spec.fontColor) builder = builder.setFontColor(spec.fontColor);
    return builder.build();
  });
  sheet.setConditionalFormatRules([...theirs, ...ours]);
}
