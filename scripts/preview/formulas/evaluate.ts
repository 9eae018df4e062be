/**
 * Computes a formula the way Google Sheets would, for the preview's display, over exactly the part
 * of Sheets the add-on's formulas use: ARRAYFORMULA, SUMPRODUCT, IF, ISNUMBER, MATCH (exact, with
 * array constants), COUNTIF, COUNTIFS, TODAY, arithmetic, `&`, comparisons, references to other tabs
 * and open-ended ranges; plus SUM, IFERROR, AND, OR, NOT, ROUND and ABS, whose Sheets behaviour is
 * plain. Where Sheets' behaviour is not certain (text ordering, booleans in SUMPRODUCT, an array
 * that would spill, an unknown function) it throws Unsupported rather than guess: the preview then
 * shows the formula itself, never a number Sheets would not show.
 */
import { parseFormula, ParseError, type CellAddress, type FormulaNode } from './parse';

/** An error value a formula computes to (`#N/A`, `#DIV/0!`, ...): Sheets shows it in the cell. */
export class FormulaError {
  constructor(readonly code: string) {}
}

/** A computed value: null is an empty cell. Dates are serial numbers (days since 1899-12-30). */
export type Scalar = number | string | boolean | null | FormulaError;

/** A rectangle of values: a range or an array. */
export class Matrix {
  constructor(readonly cells: Scalar[][]) {}
  get height(): number {
    return this.cells.length;
  }
  get width(): number {
    return this.cells[0]?.length ?? 0;
  }
  at(row: number, col: number): Scalar {
    return this.cells[row]?.[col] ?? null;
  }
}

export type Value = Scalar | Matrix;

/** The formula needs something the preview does not compute as Sheets would. */
export class Unsupported extends Error {}

/** What a formula can read of its workbook. */
export interface CellReader {
  /** A cell's value, computed when it holds a formula (throws Unsupported when that cannot be). */
  value(sheet: string, row: number, col: number): Scalar;
  /** True when the cell holds a date (its value is then a serial number). */
  isDate(sheet: string, row: number, col: number): boolean;
  /** The tab's size, or null when there is no such tab (names match case-insensitively). */
  size(sheet: string): { rows: number; cols: number } | null;
  /** Today in the spreadsheet's time zone, as a serial number. */
  today(): number;
}

interface Context {
  reader: CellReader;
  /** The tab the formula is on. */
  sheet: string;
  /** Inside ARRAYFORMULA or SUMPRODUCT: operators and functions work element by element. */
  arrays: boolean;
}

const ERR = {
  na: () => new FormulaError('#N/A'),
  value: () => new FormulaError('#VALUE!'),
  div0: () => new FormulaError('#DIV/0!'),
  ref: () => new FormulaError('#REF!'),
  num: () => new FormulaError('#NUM!'),
};

const isError = (value: unknown): value is FormulaError => value instanceof FormulaError;

// ---- coercions --------------------------------------------------------------------------------

function toNumber(value: Scalar): number | FormulaError {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const text = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  // Sheets reads dates, times, currency and percentages out of text too; which ones is its own affair.
  if (text === '' || /\d/.test(text)) throw new Unsupported(`Sheets' reading of "${value}" as a number`);
  return ERR.value();
}

function toBoolean(value: Scalar): boolean | FormulaError {
  if (isError(value)) return value;
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (/^(true|false)$/i.test(value)) return value.toUpperCase() === 'TRUE';
  return ERR.value();
}

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

function toText(value: Scalar): string | FormulaError {
  if (isError(value)) return value;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return numberText(value);
  return value;
}

/** Numbers compare to 15 significant digits, as Sheets does. */
const sameNumber = (a: number, b: number): boolean => Number(a.toPrecision(15)) === Number(b.toPrecision(15));

const TYPE_RANK = { number: 0, string: 1, boolean: 2 } as const;

/** Sheets' order of two values: numbers < text < booleans; an empty cell takes the other's type. */
function compare(a: Scalar, b: Scalar, equalityOnly: boolean): number | FormulaError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (a === null && b === null) return 0;
  const blank = (other: Exclude<Scalar, null | FormulaError>) =>
    typeof other === 'number' ? 0 : typeof other === 'string' ? '' : false;
  const left = a ?? blank(b as Exclude<Scalar, null | FormulaError>);
  const right = b ?? blank(a as Exclude<Scalar, null | FormulaError>);
  const leftType = typeof left as keyof typeof TYPE_RANK;
  const rightType = typeof right as keyof typeof TYPE_RANK;
  if (leftType !== rightType) return TYPE_RANK[leftType] < TYPE_RANK[rightType] ? -1 : 1;
  if (typeof left === 'number' && typeof right === 'number')
    return sameNumber(left, right) ? 0 : left < right ? -1 : 1;
  if (typeof left === 'boolean') return left === right ? 0 : left ? 1 : -1;
  const x = (left as string).toLowerCase();
  const y = (right as string).toLowerCase();
  if (x === y) return 0;
  // Sheets orders text by its own collation; only equality is certain.
  if (!equalityOnly) throw new Unsupported('ordering text');
  return x < y ? -1 : 1;
}

// ---- element-wise application -------------------------------------------------------------------

function asMatrix(value: Value): Matrix {
  return value instanceof Matrix ? value : new Matrix([[value]]);
}

/**
 * Applies `fn` to scalars, or element by element inside ARRAYFORMULA/SUMPRODUCT (one-cell values
 * are repeated). Outside them a range where one value is wanted is not something we compute.
 */
function lift(ctx: Context, values: Value[], fn: (...scalars: Scalar[]) => Scalar): Value {
  const matrices = values.filter(
    (v): v is Matrix => v instanceof Matrix && (v.height !== 1 || v.width !== 1),
  );
  const single = (v: Value): Scalar => (v instanceof Matrix ? v.at(0, 0) : v);
  if (matrices.length === 0) return fn(...values.map(single));
  if (!ctx.arrays) throw new Unsupported('a range where Sheets wants one value');
  const [first] = matrices as [Matrix, ...Matrix[]];
  if (matrices.some((m) => m.height !== first.height || m.width !== first.width))
    throw new Unsupported('arrays of different sizes');
  const pick = (v: Value, r: number, c: number): Scalar =>
    v instanceof Matrix ? (v.height === 1 && v.width === 1 ? v.at(0, 0) : v.at(r, c)) : v;
  return new Matrix(first.cells.map((row, r) => row.map((_, c) => fn(...values.map((v) => pick(v, r, c))))));
}

// ---- operators -----------------------------------------------------------------------------------

function arithmetic(op: string, a: Scalar, b: Scalar): Scalar {
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  let result: number;
  switch (op) {
    case '+':
      result = x + y;
      break;
    case '-':
      result = x - y;
      break;
    case '*':
      result = x * y;
      break;
    case '/':
      if (y === 0) return ERR.div0();
      result = x / y;
      break;
    default:
      result = x ** y;
  }
  return Number.isFinite(result) ? result : ERR.num();
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  switch (op) {
    case '&': {
      const x = toText(a);
      if (isError(x)) return x;
      const y = toText(b);
      return isError(y) ? y : x + y;
    }
    case '=':
    case '<>':
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const order = compare(a, b, op === '=' || op === '<>');
      if (isError(order)) return order;
      return {
        '=': order === 0,
        '<>': order !== 0,
        '<': order < 0,
        '>': order > 0,
        '<=': order <= 0,
        '>=': order >= 0,
      }[op];
    }
    default:
      return arithmetic(op, a, b);
  }
}

// ---- references -----------------------------------------------------------------------------------

function reference(
  ctx: Context,
  sheetName: string | null,
  start: CellAddress,
  end: CellAddress | undefined,
): Value {
  const sheet = sheetName ?? ctx.sheet;
  const size = ctx.reader.size(sheet);
  if (!size) return ERR.ref();
  if (!end) {
    const row = start.row ?? 1;
    if (row > size.rows || start.col > size.cols) return ERR.ref();
    return ctx.reader.value(sheet, row, start.col);
  }
  const top = start.row ?? 1;
  const bottom = end.row ?? size.rows;
  if (bottom > size.rows || end.col > size.cols) return ERR.ref();
  const cells: Scalar[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: Scalar[] = [];
    for (let col = start.col; col <= end.col; col++) line.push(ctx.reader.value(sheet, row, col));
    cells.push(line);
  }
  return new Matrix(cells);
}

// ---- functions ------------------------------------------------------------------------------------

type Fn = (ctx: Context, args: FormulaNode[]) => Value;

function arity(name: string, args: FormulaNode[], min: number, max: number): void {
  if (args.length < min || args.length > max) throw new Unsupported(`${name} with ${args.length} arguments`);
}

const inArrays = (ctx: Context): Context => ({ ...ctx, arrays: true });

function argAt(args: FormulaNode[], index: number): FormulaNode {
  const arg = args[index];
  if (!arg) throw new Unsupported('an argument left out');
  return arg;
}

/** Sheets' criteria of COUNTIF/COUNTIFS: `"Done"`, `"<>"`, `"="`, `">3"`, a number, wildcards `*` `?` `~`. */
function criterion(value: Scalar): (cell: Scalar) => boolean {
  if (isError(value)) throw new Unsupported('an error as a criterion');
  if (value === null) return (cell) => cell === null || cell === '';
  if (typeof value === 'number') return (cell) => typeof cell === 'number' && sameNumber(cell, value);
  if (typeof value === 'boolean') return (cell) => cell === value;
  const match = /^(<>|<=|>=|=|<|>)?([\s\S]*)$/.exec(value);
  const op = match?.[1] ?? '=';
  const operand = match?.[2] ?? '';
  const numeric = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(operand) ? Number(operand) : null;
  const empty = (cell: Scalar) => cell === null || cell === '';
  if (op === '=' || op === '<>') {
    let test: (cell: Scalar) => boolean;
    if (operand === '') test = empty;
    else if (numeric !== null) test = (cell) => typeof cell === 'number' && sameNumber(cell, numeric);
    else {
      const pattern = new RegExp(
        `^${operand.replace(
          /~([*?~])|([*?])|([.+^${}()|[\]\\])/g,
          (_, escaped: string, wild: string, special: string) =>
            escaped ? `\\${escaped}` : wild ? (wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : `\\${special}`,
        )}$`,
        'i',
      );
      test = (cell) => typeof cell === 'string' && cell !== '' && pattern.test(cell);
    }
    if (op === '=') return test;
    // "<>" alone means "not empty"; "<>x" and blanks is a corner we leave to Sheets.
    if (operand !== '') throw new Unsupported('a "<>" criterion with a value');
    return (cell) => !test(cell) && !isError(cell);
  }
  if (numeric === null) throw new Unsupported('comparing text in a criterion');
  return (cell) => {
    if (typeof cell !== 'number') return false;
    return { '<': cell < numeric, '>': cell > numeric, '<=': cell <= numeric, '>=': cell >= numeric }[
      op as '<'
    ];
  };
}

function countIfs(ctx: Context, args: FormulaNode[], name: string): Value {
  if (args.length < 2 || args.length % 2 !== 0)
    throw new Unsupported(`${name} with ${args.length} arguments`);
  const pairs: { range: Matrix; test: (cell: Scalar) => boolean }[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const range = asMatrix(evaluate(argAt(args, i), inArrays(ctx)));
    const wanted = evaluate(argAt(args, i + 1), ctx);
    if (wanted instanceof Matrix) throw new Unsupported('an array of criteria');
    pairs.push({ range, test: criterion(wanted) });
  }
  const [first] = pairs as [(typeof pairs)[number]];
  if (pairs.some((p) => p.range.height !== first.range.height || p.range.width !== first.range.width))
    return ERR.value();
  let count = 0;
  for (let r = 0; r < first.range.height; r++) {
    for (let c = 0; c < first.range.width; c++) if (pairs.every((p) => p.test(p.range.at(r, c)))) count += 1;
  }
  return count;
}

/** The numbers in a function's arguments as SUM reads them: in ranges only numbers count. */
function numbersOf(ctx: Context, args: FormulaNode[]): number[] | FormulaError {
  const out: number[] = [];
  for (const arg of args) {
    const value = evaluate(arg, inArrays(ctx));
    if (value instanceof Matrix) {
      for (const row of value.cells) {
        for (const cell of row) {
          if (isError(cell)) return cell;
          if (typeof cell === 'number') out.push(cell);
        }
      }
      continue;
    }
    const n = toNumber(value);
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

function logical(
  ctx: Context,
  args: FormulaNode[],
  name: string,
  combine: (values: boolean[]) => boolean,
): Value {
  if (args.length === 0) throw new Unsupported(`${name} without arguments`);
  const values: boolean[] = [];
  for (const arg of args) {
    const value = evaluate(arg, ctx);
    if (value instanceof Matrix) throw new Unsupported(`${name} over a range`);
    const b = toBoolean(value);
    if (isError(b)) return b;
    values.push(b);
  }
  return combine(values);
}

const FUNCTIONS: Record<string, Fn> = {
  ARRAYFORMULA(ctx, args) {
    arity('ARRAYFORMULA', args, 1, 1);
    return evaluate(argAt(args, 0), inArrays(ctx));
  },
  SUMPRODUCT(ctx, args) {
    arity('SUMPRODUCT', args, 1, 255);
    const arrays = args.map((arg) => asMatrix(evaluate(arg, inArrays(ctx))));
    const [first] = arrays as [Matrix];
    if (arrays.some((m) => m.height !== first.height || m.width !== first.width)) return ERR.value();
    let sum = 0;
    for (let r = 0; r < first.height; r++) {
      for (let c = 0; c < first.width; c++) {
        let product = 1;
        for (const array of arrays) {
          const cell = array.at(r, c);
          if (isError(cell)) return cell;
          if (cell === null) product = 0;
          else if (typeof cell === 'number') product *= cell;
          // Whether Sheets counts TRUE or text here is not documented; we do not guess.
          else throw new Unsupported('text or TRUE/FALSE inside SUMPRODUCT');
        }
        sum += product;
      }
    }
    return sum;
  },
  IF(ctx, args) {
    arity('IF', args, 2, 3);
    const condition = evaluate(argAt(args, 0), ctx);
    const choose = (test: Scalar, yes: Scalar, no: Scalar): Scalar => {
      const b = toBoolean(test);
      return isError(b) ? b : b ? yes : no;
    };
    const otherwise = (): Value => (args[2] ? evaluate(args[2], ctx) : false);
    if (!(condition instanceof Matrix) || (condition.height === 1 && condition.width === 1)) {
      const test = condition instanceof Matrix ? condition.at(0, 0) : condition;
      const b = toBoolean(test);
      if (isError(b)) return b;
      return b ? evaluate(argAt(args, 1), ctx) : otherwise();
    }
    return lift(ctx, [condition, evaluate(argAt(args, 1), ctx), otherwise()], choose);
  },
  IFERROR(ctx, args) {
    arity('IFERROR', args, 1, 2);
    const fallback = (): Value => (args[1] ? evaluate(args[1], ctx) : '');
    const value = evaluate(argAt(args, 0), ctx);
    if (!(value instanceof Matrix)) return isError(value) ? fallback() : value;
    return lift(ctx, [value, fallback()], (v, f) => (isError(v) ? f : v));
  },
  ISNUMBER(ctx, args) {
    arity('ISNUMBER', args, 1, 1);
    return lift(ctx, [evaluate(argAt(args, 0), ctx)], (v) => typeof v === 'number');
  },
  MATCH(ctx, args) {
    arity('MATCH', args, 2, 3);
    const type = args[2] ? evaluate(args[2], ctx) : 1;
    if (type instanceof Matrix || toNumber(type) !== 0) throw new Unsupported('MATCH other than exact (0)');
    const list = asMatrix(evaluate(argAt(args, 1), inArrays(ctx)));
    if (list.height !== 1 && list.width !== 1) return ERR.na();
    const items = list.height === 1 ? (list.cells[0] ?? []) : list.cells.map((row) => row[0] ?? null);
    return lift(ctx, [evaluate(argAt(args, 0), ctx)], (wanted) => {
      if (isError(wanted)) return wanted;
      if (typeof wanted === 'string' && /[*?~]/.test(wanted)) throw new Unsupported('wildcards in MATCH');
      const index = items.findIndex((item) => !isError(item) && compare(wanted, item, true) === 0);
      return index < 0 ? ERR.na() : index + 1;
    });
  },
  COUNTIF(ctx, args) {
    arity('COUNTIF', args, 2, 2);
    return countIfs(ctx, args, 'COUNTIF');
  },
  COUNTIFS(ctx, args) {
    return countIfs(ctx, args, 'COUNTIFS');
  },
  TODAY(ctx, args) {
    arity('TODAY', args, 0, 0);
    return ctx.reader.today();
  },
  SUM(ctx, args) {
    arity('SUM', args, 1, 255);
    const numbers = numbersOf(ctx, args);
    return isError(numbers) ? numbers : numbers.reduce((a, b) => a + b, 0);
  },
  AND: (ctx, args) => logical(ctx, args, 'AND', (values) => values.every(Boolean)),
  OR: (ctx, args) => logical(ctx, args, 'OR', (values) => values.some(Boolean)),
  NOT(ctx, args) {
    arity('NOT', args, 1, 1);
    return lift(ctx, [evaluate(argAt(args, 0), ctx)], (v) => {
      const b = toBoolean(v);
      return isError(b) ? b : !b;
    });
  },
  ABS(ctx, args) {
    arity('ABS', args, 1, 1);
    return lift(ctx, [evaluate(argAt(args, 0), ctx)], (v) => {
      const n = toNumber(v);
      return isError(n) ? n : Math.abs(n);
    });
  },
  ROUND(ctx, args) {
    arity('ROUND', args, 1, 2);
    return lift(ctx, [evaluate(argAt(args, 0), ctx), args[1] ? evaluate(args[1], ctx) : 0], (v, p) => {
      const n = toNumber(v);
      if (isError(n)) return n;
      const places = toNumber(p);
      if (isError(places)) return places;
      const factor = 10 ** Math.trunc(places);
      // Half away from zero, as Sheets rounds.
      return (Math.sign(n) * Math.round(Math.abs(n) * factor + Number.EPSILON)) / factor;
    });
  },
};

// ---- the tree ---------------------------------------------------------------------------------------

function evaluate(node: FormulaNode, ctx: Context): Value {
  switch (node.kind) {
    case 'number':
    case 'boolean':
    case 'string':
      return node.value;
    case 'error':
      return new FormulaError(node.code);
    case 'array':
      return new Matrix(
        node.rows.map((row) =>
          row.map((item) => {
            const value = evaluate(item, ctx);
            if (value instanceof Matrix) throw new Unsupported('an array inside an array constant');
            return value;
          }),
        ),
      );
    case 'ref':
      return reference(ctx, node.sheet, node.start, node.end);
    case 'unary':
      return lift(ctx, [evaluate(node.operand, ctx)], (v) => {
        if (node.op === '+') return v;
        const n = toNumber(v);
        return isError(n) ? n : -n;
      });
    case 'percent':
      return lift(ctx, [evaluate(node.operand, ctx)], (v) => {
        const n = toNumber(v);
        return isError(n) ? n : n / 100;
      });
    case 'binary':
      return lift(ctx, [evaluate(node.left, ctx), evaluate(node.right, ctx)], (a, b) =>
        binary(node.op, a, b),
      );
    case 'call': {
      const fn = FUNCTIONS[node.name];
      if (!fn) throw new Unsupported(`the function ${node.name}`);
      return fn(ctx, node.args);
    }
  }
}

export type Computed = { ok: true; value: Scalar; isDate: boolean } | { ok: false; reason: string };

/** Whether Sheets would show the result as a date: TODAY() or a cell holding a date, on its own. */
function showsDate(node: FormulaNode, ctx: Context): boolean {
  if (node.kind === 'call' && node.name === 'TODAY') return true;
  if (node.kind === 'ref' && !node.end)
    return ctx.reader.isDate(node.sheet ?? ctx.sheet, node.start.row ?? 1, node.start.col);
  return false;
}

/** A formula's value in one cell of `sheet`; `ok: false` says why the preview does not compute it. */
export function computeFormula(formula: string, sheet: string, reader: CellReader): Computed {
  const ctx: Context = { reader, sheet, arrays: false };
  try {
    const node = parseFormula(formula);
    let value = evaluate(node, ctx);
    if (value instanceof Matrix) {
      // A bigger array spills into the cells beside it in Sheets; the preview shows no spills.
      if (value.height !== 1 || value.width !== 1) throw new Unsupported('an array result that spills');
      value = value.at(0, 0);
    }
    return { ok: true, value, isDate: typeof value === 'number' && showsDate(node, ctx) };
  } catch (error) {
    if (error instanceof Unsupported || error instanceof ParseError)
      return { ok: false, reason: error.message };
    throw error;
  }
}
