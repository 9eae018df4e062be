/**
 * The manifest's OAuth scopes, enforced where an add-on reaches beyond its own file: opening another
 * spreadsheet needs `spreadsheets` or `spreadsheets.readonly`, and a spreadsheet opened under only
 * `spreadsheets.readonly` refuses every write, as Apps Script does. Both fakes use this: the Docs
 * fake (its linked growth plan) and the Sheets fake (a manager's workbook reading its team's plans).
 */
import type { FakeEnv } from './env';
import { exception } from './env';

export const SCOPE = {
  documents: 'https://www.googleapis.com/auth/documents',
  documentsCurrentOnly: 'https://www.googleapis.com/auth/documents.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  spreadsheetsCurrentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheetsReadonly: 'https://www.googleapis.com/auth/spreadsheets.readonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
} as const;

/** The manifest's scopes, or null when the fake does not enforce scopes. */
export class ScopeCheck {
  constructor(
    private readonly env: FakeEnv,
    readonly scopes: ReadonlySet<string> | null,
  ) {}
  has(scope: string): boolean {
    return this.scopes === null || this.scopes.has(scope);
  }
  /** Throws Apps Script's "not sufficient" error unless one of `anyOf` was granted. */
  require(method: string, anyOf: readonly string[]): void {
    if (anyOf.some((s) => this.has(s))) return;
    throw exception(
      this.env,
      `Specified permissions are not sufficient to call ${method}. Required permissions: ${anyOf[0]}`,
    );
  }
}

/** Methods that only read; every other method of a read-only spreadsheet, sheet or range throws. */
const READS = /^(get|is|has|find|toString$|valuesAsText$|invalidCells$|snapshot$|tab$|_)/;

/** A view of a spreadsheet object that refuses writes, as Apps Script does under spreadsheets.readonly. */
export function readOnlyView<T extends object>(env: FakeEnv, target: T): T {
  return new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]): unknown => {
        if (!READS.test(prop)) {
          const type = ((t as { _typeName?: string })._typeName ?? 'SpreadsheetApp').replace(
            /^SpreadsheetApp\./,
            '',
          );
          throw exception(
            env,
            `Specified permissions are not sufficient to call ${type}.${prop}. Required permissions: ${SCOPE.spreadsheets}`,
          );
        }
        return readOnlyResult(env, (value as (...a: unknown[]) => unknown).apply(t, args));
      };
    },
  });
}

function readOnlyResult(env: FakeEnv, result: unknown): unknown {
  if (Array.isArray(result)) return result.map((r) => readOnlyResult(env, r));
  const type = (result as { _typeName?: unknown } | null)?._typeName;
  if (typeof type === 'string' && type.startsWith('SpreadsheetApp.'))
    return readOnlyView(env, result as object);
  return result;
}
