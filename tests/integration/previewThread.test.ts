/**
 * The preview's bundle thread: the built Code.js in a worker, its Apps Script calls answered by the
 * fake on this thread. It must be indistinguishable from running the bundle here (same file, same
 * call counts, errors the bundle can catch), except that a question waits for its answer.
 */
import { createAppsScriptFake, readBuiltHtml, silently } from '../../fake';
import { BUILD_DIR, CODE_PATH, openPlan } from '../../scripts/harness/harness';
import { askBeforeQuestions, QuestionDesk } from '../../scripts/preview/questions';
import { startBundleThread, type BundleThread } from '../../scripts/preview/thread/bundleThread';

const TARGET = 'sales-operations/senior-analyst';
const CURRENT = 'sales-operations/analyst';

function threadFake() {
  return createAppsScriptFake({ htmlFiles: readBuiltHtml(BUILD_DIR) });
}

let threads: BundleThread[] = [];
afterEach(async () => {
  await Promise.all(threads.map((t) => t.close()));
  threads = [];
});

async function start(fake: ReturnType<typeof threadFake>, options: Parameters<typeof startBundleThread>[1]) {
  const thread = await startBundleThread(CODE_PATH, options);
  threads.push(thread);
  expect(fake.calls.total).toBe(0);
  return thread;
}

test('a flow run in the thread leaves the same workbook and the same call counts as one run here', async () => {
  const here = openPlan();
  const fake = threadFake();
  const thread = await start(fake, { globals: fake.globals });
  const steps: [string, unknown[]][] = [
    ['setUpGrowthPlan', []],
    ['importRoleRequirements', [{ currentRoleId: CURRENT, targetRoleId: TARGET }]],
    ['generateActionPlan', []],
    ['getPlannerState', []],
  ];
  for (const [name, args] of steps) {
    here.fake.calls.reset();
    fake.calls.reset();
    const expected = here.run(name, ...args);
    const got = await thread.run(name, args, 'client');
    expect(got).toEqual(expected);
    expect(fake.calls.sequence).toEqual(here.fake.calls.sequence);
  }
  const snapshot = (ss: typeof fake.spreadsheet) => {
    const { id: _id, ...rest } = silently(() => ss.snapshot()) as { id: string };
    return rest;
  };
  expect(snapshot(fake.spreadsheet)).toEqual(snapshot(here.spreadsheet));
  expect(fake.documentProperties.all()).toEqual(here.fake.documentProperties.all());
});

test('an exception of the fake reaches the bundle as one it can catch: a busy lock is a tagged reply', async () => {
  const fake = threadFake();
  const thread = await start(fake, { globals: fake.globals });
  fake.lockBusy = true;
  const reply = (await thread.run('setUpGrowthPlan', [], 'client')) as { ok: boolean; kind?: string };
  expect(reply).toMatchObject({ ok: false, kind: 'busy' });
  fake.lockBusy = false;
  expect(fake.locksHeld()).toEqual([]);
  await expect(thread.run('noSuchFunction', [], 'client')).rejects.toThrow(/is not a top-level function/);
});

test('an alert waits for the person: the execution ends only after the answer, which the bundle gets', async () => {
  const fake = threadFake();
  const desk = new QuestionDesk();
  const thread = await start(fake, { globals: fake.globals, beforeCall: askBeforeQuestions(fake.ui, desk) });
  let ended = false;
  const run = thread.run('showHelp', [], 'call').then(() => {
    ended = true;
  });
  for (let i = 0; i < 100 && !desk.pending; i++) await new Promise((r) => setTimeout(r, 20));
  expect(desk.pending).toMatchObject({ kind: 'alert', title: 'Career Growth help', buttons: ['OK'] });
  await new Promise((r) => setTimeout(r, 100));
  expect(ended).toBe(false);
  expect(fake.ui.alerts).toEqual([]);
  desk.answer(desk.pending!.id, 'OK', undefined);
  await run;
  expect(fake.ui.alerts).toMatchObject([{ title: 'Career Growth help', buttons: 'OK', response: 'OK' }]);
  expect(desk.pending).toBeNull();
});

test('an answer that is not one of the buttons is refused; a queued response is used without asking', async () => {
  const fake = threadFake();
  const desk = new QuestionDesk();
  const thread = await start(fake, { globals: fake.globals, beforeCall: askBeforeQuestions(fake.ui, desk) });
  fake.ui.queueResponse('OK');
  await thread.run('showHelp', [], 'call');
  expect(fake.ui.alerts.at(-1)?.response).toBe('OK');

  const run = thread.run('showHelp', [], 'call');
  for (let i = 0; i < 100 && !desk.pending; i++) await new Promise((r) => setTimeout(r, 20));
  const id = desk.pending!.id;
  expect(() => {
    desk.answer(id, 'YES', undefined);
  }).toThrow(/Answer with one of OK or CLOSE/);
  expect(() => {
    desk.answer(id + 1, 'OK', undefined);
  }).toThrow(/no longer asked/);
  desk.answer(id, 'CLOSE', undefined);
  await run;
  expect(fake.ui.alerts.at(-1)?.response).toBe('CLOSE');
});

test('an execution left waiting longer than its limit ends, as Apps Script ends it', async () => {
  const fake = threadFake();
  const thread = await start(fake, {
    globals: fake.globals,
    timeoutMs: 1000,
    // Nobody ever answers the alert.
    beforeCall: (_target, method) => (method === 'alert' ? new Promise(() => undefined) : undefined),
  });
  await expect(thread.run('showHelp', [], 'call')).rejects.toThrow(/timed out/);
  // The thread runs on: the next execution works (its handles are fresh).
  const state = (await thread.run('getPlannerState', [], 'client')) as { ok: boolean };
  expect(state.ok).toBe(true);
});
