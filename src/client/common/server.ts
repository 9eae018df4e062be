/**
 * The one place the front end talks to an Apps Script server: a typed promise wrapper around
 * google.script.run. Types come from a server entry by `import type` only, so no server code is
 * ever bundled into a page. `callServer` is typed from the Sheets entry; other pages (the Docs
 * dialogs) make their own caller with `createServerCaller<typeof TheirEntry, TheirRequests>()`.
 */
import type * as SheetsEntry from '../../sheets/main';
import type { HandbookImportRequest, ImportRequest, TabId } from '../../api/sheets';

/** What a value looks like after the JSON trip through google.script.run. */
export type Jsonify<T> = T extends string | number | boolean | null
  ? T
  : T extends undefined | void | symbol | ((...args: never[]) => unknown)
    ? undefined
    : T extends { toJSON(): infer J }
      ? Jsonify<J>
      : T extends readonly (infer U)[]
        ? Jsonify<U>[]
        : T extends object
          ? { [K in keyof T]: Jsonify<T[K]> }
          : never;

/** The names of an entry module's exported functions. */
export type FunctionName<Api> = {
  [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Api] &
  string;

/**
 * A server validates requests itself and so types them `unknown`; `Requests` states the shape the
 * client means to send, so a typo is a compile error here rather than a zod error at run time.
 */
export type ArgsOf<Api, Requests, K extends FunctionName<Api>> = K extends keyof Requests
  ? Requests[K]
  : Api[K] extends (...args: infer P) => unknown
    ? P
    : never;

export type ResultOf<Api, K extends FunctionName<Api>> = Api[K] extends (...args: never[]) => infer R
  ? Jsonify<R>
  : never;

/** A typed call of one server's functions. */
export type ServerCaller<Api, Requests> = <K extends FunctionName<Api>>(
  name: K,
  ...args: Extract<ArgsOf<Api, Requests, K>, unknown[]>
) => Promise<ResultOf<Api, K>>;

export type ServerApi = typeof SheetsEntry;
export type ServerFunctionName = FunctionName<ServerApi>;

interface ClientRequests {
  importRoleRequirements: [request: ImportRequest];
  previewImport: [request: ImportRequest];
  openTab: [request: { tab: TabId }];
  getHandbookFamily: [request: { url: string }];
  importHandbookRequirements: [request: HandbookImportRequest];
}

export type ServerArgs<K extends ServerFunctionName> = ArgsOf<ServerApi, ClientRequests, K>;

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

/** Thrown when a call fails before or after reaching the server; `message` is shown to people. */
export class ServerCallError extends Error {
  constructor(
    message: string,
    readonly functionName: string,
  ) {
    super(message);
    this.name = 'ServerCallError';
  }
}

function runner(): ScriptRunner {
  const run = (globalThis as ScriptHostGlobals).google?.script?.run;
  if (!run) throw new ServerCallError('This page must be opened from the Career Growth add-on.', '');
  return run;
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

/** Calls a server function by name and resolves with its JSON result, or rejects with a ServerCallError. */
function invoke(name: string, args: readonly unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let run: ScriptRunner;
    try {
      run = runner();
    } catch (error) {
      reject(error);
      return;
    }
    const configured = run
      .withSuccessHandler((value) => {
        resolve(value);
      })
      .withFailureHandler((error) => {
        reject(new ServerCallError(errorMessage(error), name));
      });
    const fn = configured[name];
    if (typeof fn !== 'function') {
      reject(new ServerCallError(`The add-on has no server function "${name}".`, name));
      return;
    }
    try {
      (fn as (...a: unknown[]) => void).apply(configured, [...args]);
    } catch (error) {
      reject(new ServerCallError(errorMessage(error), name));
    }
  });
}

/** A callServer typed against another server entry (types only; nothing of the server is bundled). */
export function createServerCaller<Api, Requests = Record<never, never>>(): ServerCaller<Api, Requests> {
  return ((name: string, ...args: unknown[]) => invoke(name, args)) as ServerCaller<Api, Requests>;
}

/** Calls a Growth Plan server function and resolves with its JSON result, or rejects with a ServerCallError. */
export function callServer<K extends ServerFunctionName>(
  name: K,
  ...args: ServerArgs<K>
): Promise<ServerResult<K>> {
  return invoke(name, args) as Promise<ServerResult<K>>;
}
