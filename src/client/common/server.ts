/**
 * The one place the front end talks to an Apps Script server: a typed promise wrapper around
 * google.script.run. Types come from a server entry by `import type` only, so no server code is
 * ever bundled into a page: each function's arguments are the entry's parameter types (derived
 * from the request schemas), its result the entry's reply after the JSON trip. `callServer` is
 * typed from the Sheets entry; the Docs dialogs make theirs with `createServerCaller<typeof Entry>()`.
 *
 * A call always resolves to a reply. When the call itself fails (no google.script.run, a transport
 * failure, an error the server threw) it resolves to an 'unexpected' failure, logged to the console.
 */
import type * as SheetsEntry from '../../sheets/main';
import type { Failure } from '../../api/reply';

/** What a value looks like after the JSON trip through google.script.run. */
export type Jsonify<T> = T extends string | number | boolean | null
  ? T
  : T extends undefined | symbol | ((...args: never[]) => unknown)
    ? undefined
    : T extends { toJSON(): infer J }
      ? Jsonify<J>
      : T extends readonly (infer U)[]
        ? Jsonify<U>[]
        : T extends object
          ? { [K in keyof T]: Jsonify<T[K]> }
          : never;

/** A call that failed before or after the server answered, or an error the server threw. */
export type Unexpected = Failure<'unexpected'>;

/** The names of an entry's functions that answer a reply, i.e. what pages may call. */
export type FunctionName<Api> = {
  [K in keyof Api]: Api[K] extends (...args: never[]) => { ok: boolean } ? K : never;
}[keyof Api] &
  string;

export type ArgsOf<Api, K extends FunctionName<Api>> = Api[K] extends (...args: infer P) => unknown
  ? P
  : never;

export type ResultOf<Api, K extends FunctionName<Api>> = Api[K] extends (...args: never[]) => infer R
  ? Jsonify<R> | Unexpected
  : never;

/** A typed call of one server's functions. */
export type ServerCaller<Api> = <K extends FunctionName<Api>>(
  name: K,
  ...args: ArgsOf<Api, K>
) => Promise<ResultOf<Api, K>>;

export type ServerApi = typeof SheetsEntry;
export type ServerFunctionName = FunctionName<ServerApi>;
export type ServerArgs<K extends ServerFunctionName> = ArgsOf<ServerApi, K>;
export type ServerResult<K extends ServerFunctionName> = ResultOf<ServerApi, K>;

/** The part of google.script.run this wrapper uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [functionName: string]: unknown;
}

interface ScriptHostGlobals {
  google?: { script?: { run?: ScriptRunner } };
}

/** The readable message of whatever a failure handler received. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  if (error && typeof error === 'object' && 'message' in error) {
    const message = error.message;
    if (typeof message === 'string' && message) return message;
  }
  return 'Something went wrong. Please try again.';
}

/** An 'unexpected' failure for `error`, logged so that the console keeps what people did not see. */
export function unexpected(name: string, error: unknown): Unexpected {
  console.error(`Career Growth: ${name || 'the server call'} failed`, error);
  return { ok: false, kind: 'unexpected', message: errorMessage(error) };
}

/** Calls a server function by name and resolves with its JSON reply, or with an 'unexpected' failure. */
function invoke(name: string, args: readonly unknown[]): Promise<unknown> {
  return new Promise((resolve) => {
    const run = (globalThis as ScriptHostGlobals).google?.script?.run;
    if (!run) {
      resolve(unexpected(name, 'This page must be opened from the Career Growth add-on.'));
      return;
    }
    const configured = run
      .withSuccessHandler((value) => {
        resolve(value);
      })
      .withFailureHandler((error) => {
        resolve(unexpected(name, error));
      });
    const fn = configured[name];
    if (typeof fn !== 'function') {
      resolve(unexpected(name, `The add-on has no server function "${name}".`));
      return;
    }
    try {
      (fn as (...a: unknown[]) => void).apply(configured, [...args]);
    } catch (error) {
      resolve(unexpected(name, error));
    }
  });
}

/** A callServer typed against another server entry (types only; nothing of the server is bundled). */
export function createServerCaller<Api>(): ServerCaller<Api> {
  return ((name: string, ...args: unknown[]) => invoke(name, args)) as ServerCaller<Api>;
}

/** Calls a Growth Plan server function and resolves with its reply (never rejects). */
export const callServer: ServerCaller<ServerApi> = createServerCaller<ServerApi>();
