/**
 * The preview's formula evaluator on small workbooks whose values are worked out by hand: Sheets'
 * grammar, its comparisons and criteria, and the places where it refuses to guess.
 */
import { FakeSpreadsheet, silently } from '../../../fake';
import {
  computeFormula,
  FormulaError,
  type CellReader,
  type Computed,
} from '../../../scripts/preview/formulas/evaluate';
import { parseFormula } from '../../../scripts/preview/formulas/parse';
import { displayComputed, workbookReader } from '../../../scripts/preview/formulas/workbookReader';

/** 2026-03-10 12:00 in London. */
const NOW = Date.UTC(2026, 2, 10, 12);

function workbook(tabs: Record<string, unknown[][]>): FakeSpreadsheet {
  return FakeSpreadsheet.fromTabs(tabs, { timeZone: 'Europe/London' });
}

/** The value of a formula typed into an empty cell far from the data of tab `sheet`. */
function compute(ss: FakeSpreadsheet, formula: string, sheet = 'Data'): Computed {
  return computeFormula(formula, sheet, workbookReader(ss, NOW));
}

function value(ss: FakeSpreadsheet, formula: string, sheet = 'Data'): unknown {
  const result = compute(ss, formula, sheet);
  if (!result.ok) throw new Error(`not computed: ${result.reason}`);
  return result.value instanceof FormulaError ? result.value.code : result.value;
}

describe('parsing', () => {
  test('follows Sheets precedence: unary minus before ^, * before +, & after +, comparisons last', () => {
    const ss = workbook({ Data: [[]] });
    expect(value(ss, '=-2^2')).toBe(4);
    expect(value(ss, '=1+2*3')).toBe(7);
    expect(value(ss, '=1+2&"x"')).toBe('3x');
    expect(value(ss, '=1+1=2')).toBe(true);
    expect(value(ss, '=50%*2')).toBe(1);
    expect(value(ss, '=(1+2)*3')).toBe(9);
  });

  test('reads quoted tab names, doubled quotes and open-ended ranges', () => {
    expect(parseFormula("='Role ''Req'''!$D$2:$D")).toEqual({
      kind: 'ref',
      sheet: "Role 'Req'",
      start: { row: 2, col: 4 },
      end: { row: null, col: 4 },
    });
    expect(parseFormula('=Data!A:B')).toEqual({
      kind: 'ref',
      sheet: 'Data',
      start: { row: 1, col: 1 },
      end: { row: null, col: 2 },
    });
    expect(parseFormula('=B3:A1')).toEqual({
      kind: 'ref',
      sheet: null,
      start: { row: 1, col: 1 },
      end: { row: 3, col: 2 },
    });
  });

  test('a formula it cannot read is not computed', () => {
    const ss = workbook({ Data: [[]] });
    for (const formula of ['=SUM(1,', '="open', '=MyNamedRange*2', '=1:1', '=A1 B1']) {
      expect(compute(ss, formula).ok).toBe(false);
    }
  });
});

describe('values as Sheets computes them', () => {
  const ss = workbook({
    Data: [
      ['Name', 'Rating', 'Manager', 'Status', 'Due', 'Score'],
      ['a', 'Meets', '', 'Done', new Date(Date.UTC(2026, 2, 1)), 3],
      ['b', 'developing', 'Exceeds', 'In progress', new Date(Date.UTC(2026, 3, 1)), 4],
      ['c', 'Not yet', '', 'in progress', 'someday', ''],
      ['', '', '', '', '', ''],
      ['e', 'odd', '', 'Blocked', new Date(Date.UTC(2026, 1, 1)), 5],
    ],
  });

  test('comparisons: text without regard to case, an empty cell equals "" and 0', () => {
    expect(value(ss, '=B3="DEVELOPING"')).toBe(true);
    expect(value(ss, '=C2=""')).toBe(true);
    expect(value(ss, '=C2=0')).toBe(true);
    expect(value(ss, '=F2<"a"')).toBe(true);
    expect(value(ss, '=TRUE>"z"')).toBe(true);
  });

  test('COUNTIF and COUNTIFS match whole text without case, "<>" counts filled cells, wildcards work', () => {
    expect(value(ss, '=COUNTIF(D2:D,"In progress")')).toBe(2);
    expect(value(ss, '=COUNTIF(D2:D,"in*")')).toBe(2);
    expect(value(ss, '=COUNTIF(D2:D,"Do?e")')).toBe(1);
    expect(value(ss, '=COUNTIF(F2:F,">3")')).toBe(2);
    expect(value(ss, '=COUNTIF(F2:F,4)')).toBe(1);
    expect(value(ss, '=COUNTIFS(A2:A,"<>",D2:D,"in progress")')).toBe(2);
    expect(value(ss, '=COUNTIFS(A2:A6,"<>",D2:D,"Done")')).toBe('#VALUE!');
  });

  test('ARRAYFORMULA and SUMPRODUCT work element by element; MATCH finds exact text in a list', () => {
    const effective = 'IF(C2:C<>"",C2:C,B2:B)';
    const rated = `=ARRAYFORMULA(SUMPRODUCT((A2:A<>"")*ISNUMBER(MATCH(${effective},{"Not yet","Developing","Meets","Exceeds"},0))))`;
    // a Meets, b Exceeds (the manager's), c Not yet; e's "odd" is no rating.
    expect(value(ss, rated)).toBe(3);
    const gaps = `=ARRAYFORMULA(SUMPRODUCT((A2:A<>"")*ISNUMBER(MATCH(${effective},{"Not yet","Developing"},0))))`;
    expect(value(ss, gaps)).toBe(1);
    expect(value(ss, '=MATCH("meets",{"Not yet","Developing","Meets"},0)')).toBe(3);
    expect(value(ss, '=MATCH("x",{"Not yet","Developing"},0)')).toBe('#N/A');
  });

  test('dates are numbers: before TODAY(), not done, counts the overdue ones', () => {
    // Due 2026-03-01 (done), 2026-04-01, "someday" (text), 2026-02-01 (blocked): one overdue.
    expect(
      value(ss, '=ARRAYFORMULA(SUMPRODUCT((A2:A<>"")*ISNUMBER(E2:E)*(E2:E<TODAY())*(D2:D<>"Done")))'),
    ).toBe(1);
    expect(value(ss, '=TODAY()')).toBe(46091);
    expect(value(ss, '=E2')).toBe(46082);
  });

  test('errors are values: #DIV/0!, #N/A, #VALUE! for text in arithmetic', () => {
    expect(value(ss, '=1/0')).toBe('#DIV/0!');
    expect(value(ss, '=IF(1=0,0,1/0)')).toBe('#DIV/0!');
    expect(value(ss, '=IF(0=0,0,1/0)')).toBe(0);
    expect(value(ss, '=A2*2')).toBe('#VALUE!');
    expect(value(ss, '=IFERROR(1/0,"none")')).toBe('none');
    expect(value(ss, '=SUM(F2:F)+ROUND(2.5)+ABS(-1)')).toBe(16);
    expect(value(ss, '=AND(TRUE,NOT(FALSE),OR(FALSE,1))')).toBe(true);
  });

  test('references to other tabs, case-insensitively; a missing tab is #REF!', () => {
    const book = workbook({ Data: [['x', 2]], Other: [[5]] });
    expect(value(book, "='other'!A1*Data!B1")).toBe(10);
    expect(value(book, "='Nowhere'!A1")).toBe('#REF!');
  });
});

describe('what it leaves to Sheets', () => {
  const ss = workbook({
    Data: [
      ['a', 1],
      ['b', 2],
    ],
  });

  test.each([
    ['an unknown function', '=QUERY(A1:B2,"select A")', 'the function QUERY'],
    ['an array that would spill', '=ARRAYFORMULA(B1:B2*2)', 'an array result that spills'],
    ['TRUE/FALSE in SUMPRODUCT', '=SUMPRODUCT(B1:B2>1)', 'text or TRUE/FALSE inside SUMPRODUCT'],
    ['a range where one value is wanted', '=B1:B2*2', 'a range where Sheets wants one value'],
    ['ordering text', '=A1<A2', 'ordering text'],
    ['MATCH other than exact', '=MATCH(1,B1:B2)', 'MATCH other than exact (0)'],
    ['text Sheets may read as a date', '="2026-01-01"+1', 'Sheets\' reading of "2026-01-01" as a number'],
  ])('%s is not computed', (_, formula, reason) => {
    expect(compute(ss, formula)).toEqual({ ok: false, reason });
  });

  test('a formula using a cell the preview cannot compute is not computed either', () => {
    const book = workbook({ Data: [['=QUERY(A2:A,"select A")', '=A1+1']] });
    const reader = workbookReader(book, NOW);
    expect(reader.computed('Data', 1, 2)).toEqual({
      ok: false,
      reason: 'Data!A1, which needs the function QUERY',
    });
  });

  test('a circular reference shows #REF!, as in Sheets', () => {
    const book = workbook({ Data: [['=B1+1', '=A1+1']] });
    const result = workbookReader(book, NOW).computed('Data', 1, 1);
    expect(result?.ok && result.value).toEqual(new FormulaError('#REF!'));
  });
});

describe('display', () => {
  const reader: CellReader = {
    value: () => null,
    isDate: () => false,
    size: () => ({ rows: 10, cols: 10 }),
    today: () => 46091,
  };

  test('numbers take the cell format; TODAY() shows as a date', () => {
    const percent = computeFormula('=1/4', 'Data', reader);
    expect(percent.ok && displayComputed(percent, '0%', 'Europe/London')).toBe('25%');
    const today = computeFormula('=TODAY()', 'Data', reader);
    expect(today.ok && displayComputed(today, '', 'Europe/London')).toBe('2026-03-10');
    const error = computeFormula('=1/0', 'Data', reader);
    expect(error.ok && displayComputed(error, '', 'Europe/London')).toBe('#DIV/0!');
  });

  test('the reader reads the fake without counting a call', () => {
    const ss = workbook({ Data: [['=1+1']] });
    const before = silently(() => ss._calls().total);
    workbookReader(ss, NOW).computed('Data', 1, 1);
    expect(ss._calls().total).toBe(before);
  });
});
