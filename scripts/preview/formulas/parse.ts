/**
 * Parses a Google Sheets formula (as the fake stores it: `=` first, function names in upper case)
 * into a tree, for the preview's evaluator. It knows Sheets' grammar for what the add-on writes and
 * a little more: numbers, strings, booleans, error literals, array constants `{a,b;c,d}`, cell and
 * range references with `$`, quoted and plain tab names and open-ended ranges (`'Tab'!$D$2:$D`,
 * `A:A`), operators with Sheets' precedence (`:` > unary minus > `%` > `^` > `* /` > `+ -` > `&` >
 * comparisons) and function calls. Anything else is a ParseError.
 */

export interface CellAddress {
  /** 1-based; null when the reference leaves it open (`D2:D`, `A:A`). */
  row: number | null;
  col: number;
}

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; code: string }
  | { kind: 'array'; rows: FormulaNode[][] }
  /** A cell (`end` absent) or a range; `sheet` null: the formula's own tab. */
  | { kind: 'ref'; sheet: string | null; start: CellAddress; end?: CellAddress }
  | { kind: 'unary'; op: '-' | '+'; operand: FormulaNode }
  | { kind: 'percent'; operand: FormulaNode }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; name: string; args: FormulaNode[] };

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export class ParseError extends Error {}

type Token =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'error'; code: string }
  | { type: 'sheet'; name: string }
  | { type: 'word'; text: string; call: boolean }
  | { type: 'op'; text: string }
  | { type: 'end' };

const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'];
const OPERATORS = [
  '<>',
  '<=',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '^',
  '&',
  '=',
  '<',
  '>',
  '%',
  '(',
  ')',
  ',',
  ';',
  '{',
  '}',
  ':',
];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(rest);
    // Digits right before a letter or `$` are a row-first reference Sheets allows (`1:1`); not ours.
    if (number && !/^[A-Za-z_$]/.test(rest.slice(number[0].length))) {
      tokens.push({ type: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    if (rest.startsWith('"')) {
      const string = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!string) throw new ParseError('A string is not closed');
      tokens.push({ type: 'string', value: (string[1] ?? '').replace(/""/g, '"') });
      i += string[0].length;
      continue;
    }
    if (rest.startsWith("'")) {
      const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
      if (!quoted) throw new ParseError('A quoted tab name is not closed');
      tokens.push({ type: 'sheet', name: (quoted[1] ?? '').replace(/''/g, "'") });
      i += quoted[0].length;
      continue;
    }
    const error = ERRORS.find((code) => rest.toUpperCase().startsWith(code));
    if (error) {
      tokens.push({ type: 'error', code: error });
      i += error.length;
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(rest);
    if (word) {
      const after = rest.slice(word[0].length);
      if (after.startsWith('!')) {
        tokens.push({ type: 'sheet', name: word[0] });
        i += word[0].length + 1;
      } else {
        tokens.push({ type: 'word', text: word[0], call: /^\s*\(/.test(after) });
        i += word[0].length;
      }
      continue;
    }
    const op = OPERATORS.find((text) => rest.startsWith(text));
    if (op) {
      tokens.push({ type: 'op', text: op });
      i += op.length;
      continue;
    }
    throw new ParseError(`Unexpected "${rest[0] ?? ''}"`);
  }
  tokens.push({ type: 'end' });
  return tokens;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

/** A reference word as an address: `$D$2` (a cell), `$D` (a whole column, only after `:` or before it). */
function address(text: string, columnAllowed: boolean): CellAddress | null {
  const cell = CELL.exec(text);
  if (cell) {
    const row = Number(cell[2]);
    return row >= 1 ? { row, col: columnNumber(cell[1] ?? '') } : null;
  }
  const column = COLUMN.exec(text);
  if (column && columnAllowed) return { row: null, col: columnNumber(column[1] ?? '') };
  return null;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.at] ?? { type: 'end' };
  }
  private next(): Token {
    const token = this.peek();
    this.at += 1;
    return token;
  }
  private isOp(text: string): boolean {
    const token = this.peek();
    return token.type === 'op' && token.text === text;
  }
  private expectOp(text: string): void {
    if (!this.isOp(text)) throw new ParseError(`Expected "${text}"`);
    this.at += 1;
  }

  formula(): FormulaNode {
    const node = this.comparison();
    if (this.peek().type !== 'end') throw new ParseError('Unexpected text after the formula');
    return node;
  }

  private binaryLevel(ops: readonly string[], operand: () => FormulaNode): FormulaNode {
    let left = operand();
    for (;;) {
      const token = this.peek();
      if (token.type !== 'op' || !ops.includes(token.text)) return left;
      this.at += 1;
      left = { kind: 'binary', op: token.text as BinaryOp, left, right: operand() };
    }
  }

  private comparison(): FormulaNode {
    return this.binaryLevel(['=', '<>', '<', '>', '<=', '>='], () => this.concatenation());
  }
  private concatenation(): FormulaNode {
    return this.binaryLevel(['&'], () => this.additive());
  }
  private additive(): FormulaNode {
    return this.binaryLevel(['+', '-'], () => this.multiplicative());
  }
  private multiplicative(): FormulaNode {
    return this.binaryLevel(['*', '/'], () => this.power());
  }
  private power(): FormulaNode {
    return this.binaryLevel(['^'], () => this.percent());
  }
  private percent(): FormulaNode {
    let node = this.unary();
    while (this.isOp('%')) {
      this.at += 1;
      node = { kind: 'percent', operand: node };
    }
    return node;
  }
  private unary(): FormulaNode {
    if (this.isOp('-') || this.isOp('+')) {
      const op = (this.next() as { text: '-' | '+' }).text;
      return { kind: 'unary', op, operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): FormulaNode {
    const token = this.next();
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'error':
        return { kind: 'error', code: token.code };
      case 'sheet': {
        const word = this.next();
        if (word.type !== 'word' || word.call)
          throw new ParseError(`Expected a reference after ${token.name}!`);
        return this.reference(token.name, word.text);
      }
      case 'word':
        if (token.call) return this.call(token.text);
        if (/^(TRUE|FALSE)$/i.test(token.text))
          return { kind: 'boolean', value: token.text.toUpperCase() === 'TRUE' };
        return this.reference(null, token.text);
      case 'op':
        if (token.text === '(') {
          const inner = this.comparison();
          this.expectOp(')');
          return inner;
        }
        if (token.text === '{') return this.arrayConstant();
        throw new ParseError(`Unexpected "${token.text}"`);
      case 'end':
        throw new ParseError('The formula ends too early');
    }
  }

  private reference(sheet: string | null, text: string): FormulaNode {
    const ranged = this.isOp(':');
    const start = address(text, ranged);
    if (!start)
      throw new ParseError(`"${text}" is not a reference this preview knows (named ranges are not read)`);
    if (!ranged) return { kind: 'ref', sheet, start };
    this.at += 1;
    const word = this.next();
    const end = word.type === 'word' && !word.call ? address(word.text, true) : null;
    if (!end) throw new ParseError('A range ends in something that is not a reference');
    // Sheets reads A:A and D2:D as open at the bottom; a range is normalised to top-left first.
    const rows = [start.row, end.row].filter((row): row is number => row !== null);
    const open = rows.length < 2;
    return {
      kind: 'ref',
      sheet,
      start: { row: rows.length > 0 ? Math.min(...rows) : 1, col: Math.min(start.col, end.col) },
      end: { row: open ? null : Math.max(...rows), col: Math.max(start.col, end.col) },
    };
  }

  private call(name: string): FormulaNode {
    this.expectOp('(');
    const args: FormulaNode[] = [];
    if (!this.isOp(')')) {
      for (;;) {
        args.push(this.comparison());
        if (this.isOp(',')) {
          this.at += 1;
          continue;
        }
        break;
      }
    }
    this.expectOp(')');
    return { kind: 'call', name: name.toUpperCase(), args };
  }

  private arrayConstant(): FormulaNode {
    let row: FormulaNode[] = [];
    const rows: FormulaNode[][] = [row];
    for (;;) {
      row.push(this.comparison());
      if (this.isOp(',')) {
        this.at += 1;
        continue;
      }
      if (this.isOp(';')) {
        this.at += 1;
        row = [];
        rows.push(row);
        continue;
      }
      break;
    }
    this.expectOp('}');
    const width = rows[0]?.length ?? 0;
    if (rows.some((row) => row.length !== width))
      throw new ParseError('The rows of an array constant differ in length');
    return { kind: 'array', rows };
  }
}

/** The tree of a formula (with or without its leading `=`). */
export function parseFormula(formula: string): FormulaNode {
  const source = formula.startsWith('=') ? formula.slice(1) : formula;
  return new Parser(tokenize(source)).formula();
}
