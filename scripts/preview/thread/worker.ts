/**
 * The bundle thread: loads the built Code.js with loadBundle against stand-ins for the fake on the
 * main thread, then runs one function at a time as the main thread asks. Bundled by esbuild and
 * started from its text, so it runs the same under tsx and under Jest.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UiRecorder } from '../../../fake/env';
import { loadBundle, type LoadedBundle } from '../../../fake/loadBundle';
import type { FromWorker, ToWorker, Wire, WorkerSetup } from './protocol';
import { RemoteFake } from './remoteFake';

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}

function start(): void {
  const port = parentPort;
  if (!port) throw new Error('The bundle thread must run as a worker.');
  const setup = workerData as WorkerSetup;
  const remote = new RemoteFake(setup.port, new Int32Array(setup.flag));
  const post = (message: FromWorker): void => {
    port.postMessage(message);
  };

  let bundle: LoadedBundle;
  try {
    const globals = remote.decode({ $: 'o', v: setup.globals }) as object;
    const host = remote.decode(setup.host) as { clock(): number | null };
    remote.pin(setup.pinned);
    bundle = loadBundle(
      setup.codePath,
      {
        globals,
        // Menu items are run by function name on the main thread's menu record; this one stays empty.
        ui: new UiRecorder(),
        setRealm: (realm) => {
          remote.realm = realm;
        },
        // The fake's clock lives on the main thread, where tests set it.
        clock: () => host.clock(),
      },
      { timeoutMs: setup.timeoutMs },
    );
  } catch (error) {
    post({ type: 'failed', message: messageOf(error) });
    return;
  }
  post({ type: 'ready', functionNames: bundle.functionNames });

  port.on('message', (message: ToWorker) => {
    const { id } = message;
    try {
      const args = message.args.map((arg) => remote.decode(arg));
      const value =
        message.mode === 'client'
          ? bundle.runFromClient(message.name, ...args)
          : bundle.call(message.name, ...args);
      let wire: Wire = null;
      try {
        wire = remote.encode(value);
      } catch {
        // A menu function's result never reaches anyone; what cannot cross is left behind.
      }
      post({ type: 'done', id, ok: true, value: wire });
    } catch (error) {
      post({ type: 'done', id, ok: false, message: messageOf(error) });
    } finally {
      remote.release();
    }
  });
}

start();
