/**
 * The one place the front end talks to the Apps Script server: a typed promise wrapper around
 * google.script.run. Types come from the server entry by `import type` only, so no server code is
 * ever bundled into a page.
 */
import type * as SheetsEntry from '../../sheets/main';
import type { HandbookImportRequest, ImportRequest, TabId } from '../../sheets/api';

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

export type ServerApi = typeof SheetsEntry;
export type ServerFunctionName = keyof ServerApi & string;

/**
 * The server validates requests itself and so types them `unknown`; the client states the shape
 * it means to send, so a typo is a compile error here rather than a zod error at run time.
 */
interface ClientRequests {
  importRoleRequirements: [request: ImportRequest];
  previewImport: [request: ImportRequest];
  openTab: [request: { tab: TabId }];
  getHandbookFamily: [request: { url: string }];
  importHandbookRequirements: [request: HandbookImportRequest];
}

export type ServerArgs<K extends ServerFunctionName> = K extends keyof ClientRequests
  ? ClientRequests[K]
  : Parameters<ServerApi[K]>;

export type ServerResult<K extends ServerFunctionName> = Jsonify<ReturnType<ServerApi[K]>>;

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
    const message = (error as { message: unknown }).message;
    if (typeof message === 'string' && message) return message;
  }
  return 'Something went wrong. Please try again.';
}

/** Calls a server function and resolves with its JSON result, or rejects with a ServerCallError. */
export function callServer<K extends ServerFunctionName>(
  name: K,
  ...args: ServerArgs<K>
): Promise<ServerResult<K>> {
  return new Promise((resolve, reject) => {
    let run: ScriptRunner;
    try {
      run = runner();
    } catch (error) {
      reject(error);
      return;
    }
    const configured = run
      .withSuccessHandler((value) => resolve(value as ServerResult<K>))
      .withFailureHandler((error) => reject(new ServerCallError(errorMessage(error), name)));
    const fn = configured[name];
    if (typeof fn !== 'function') {
      reject(new ServerCallError(`The add-on has no server function "${name}".`, name));
      return;
    }
    try {
      (fn as (...a: unknown[]) => void).apply(configured, args);
    } catch (error) {
      reject(new ServerCallError(errorMessage(error), name));
    }
  });
}
