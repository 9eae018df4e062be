/**
 * Runs a built Code.js in a worker thread against a fake that stays on this (the main) thread.
 *
 * Why a thread: Apps Script's `ui.alert` blocks the execution until the person answers, and the
 * bundle's code is synchronous, so the only faithful way to let a person answer in the browser is to
 * let the execution really wait. A thread can wait (Atomics.wait) while the main thread keeps
 * serving the page, the answer and the tests, which read the fake directly. Runs are one at a time,
 * in the order asked, like the executions of one person in one document.
 */
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { at } from '../../must';
import { FakeEndpoint, type BeforeCall } from './fakeEndpoint';
import type { FromWorker, RunMode, SyncRequest, ToWorker, Wire, WorkerSetup } from './protocol';

/** Apps Script ends an execution after six minutes, also while an alert waits for its answer. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

export interface BundleThreadOptions {
  /** The bundle's globals: the fake's services. */
  globals: object;
  /** Runs before each call reaches the fake; the bundle waits for it (a question waits for its answer). */
  beforeCall?: BeforeCall;
  /** The bundle's "now" (ms), or null for the real clock: the fake's clock (EnvControls.clock). */
  clock?: () => number | null;
  timeoutMs?: number;
}

export interface BundleThread {
  readonly functionNames: string[];
  /** Runs one function; resolves with its result as plain data, rejects with its error's message. */
  run(name: string, args: unknown[], mode: RunMode): Promise<unknown>;
  close(): Promise<void>;
}

let workerCode: Promise<string> | null = null;

/** The worker's source as one CommonJS file (built once per process). */
function bundledWorker(): Promise<string> {
  workerCode ??= esbuild
    .build({
      entryPoints: [join(__dirname, 'worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    })
    .then((result) => at(result.outputFiles, 0, 'the worker bundle').text);
  return workerCode;
}

export async function startBundleThread(
  codePath: string,
  options: BundleThreadOptions,
): Promise<BundleThread> {
  const endpoint = new FakeEndpoint(options.beforeCall);
  const globals: Record<string, Wire> = {};
  for (const [name, service] of Object.entries(options.globals)) globals[name] = endpoint.encode(service);
  // What loadBundle asks of its host besides the globals, asked across like any call.
  const host = endpoint.encode({ clock: () => options.clock?.() ?? null });
  const pinned = endpoint.pin();
  const flag = new SharedArrayBuffer(4);
  const flagView = new Int32Array(flag);
  const channel = new MessageChannel();
  const setup: WorkerSetup = {
    codePath,
    timeoutMs: options.timeoutMs ?? EXECUTION_LIMIT_MS,
    globals,
    host,
    pinned,
    flag,
    port: channel.port2,
  };
  const worker = new Worker(await bundledWorker(), {
    eval: true,
    workerData: setup,
    transferList: [channel.port2],
  });

  // The bundle's calls: each is answered on this thread, then the waiting worker is woken.
  channel.port1.on('message', (request: SyncRequest) => {
    void endpoint.answer(request).then((reply) => {
      channel.port1.postMessage(reply);
      Atomics.store(flagView, 0, 1);
      Atomics.notify(flagView, 0);
    });
  });

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextRun = 1;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  let failure: Error | null = null;

  const functionNames = await new Promise<string[]>((resolveReady, rejectReady) => {
    const onReady = (message: FromWorker) => {
      if (message.type === 'ready') resolveReady(message.functionNames);
      else if (message.type === 'failed') rejectReady(new Error(message.message));
    };
    worker.once('message', onReady);
    worker.once('error', rejectReady);
  });

  worker.on('message', (message: FromWorker) => {
    if (message.type !== 'done') return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    try {
      if (message.ok) waiting.resolve(endpoint.decode(message.value));
      else waiting.reject(new Error(message.message));
    } catch (error) {
      waiting.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      endpoint.release();
    }
  });
  const stop = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', stop);
  worker.on('exit', () => {
    stop(failure ?? new Error('The bundle thread has stopped.'));
  });

  function runNow(name: string, args: unknown[], mode: RunMode): Promise<unknown> {
    if (closed || failure) return Promise.reject(failure ?? new Error('The bundle thread is closed.'));
    const id = nextRun++;
    const message: ToWorker = { type: 'run', id, name, args: args.map((arg) => endpoint.encode(arg)), mode };
    return new Promise((resolveRun, rejectRun) => {
      pending.set(id, { resolve: resolveRun, reject: rejectRun });
      worker.postMessage(message);
    });
  }

  return {
    functionNames,
    run(name, args, mode) {
      const result = queue.then(() => runNow(name, args, mode));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      closed = true;
      channel.port1.close();
      await worker.terminate();
    },
  };
}
