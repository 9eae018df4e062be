/**
 * The sidebar's Runner in headless Chromium: the real DOM, the bundled module, scripted replies.
 * What it resolves to is what its callers branch on, so each outcome is checked here.
 */
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunOutcome, Runner } from '../../src/client/sidebar/runner';
import { CHROMIUM } from '../support/browser';

jest.setTimeout(60_000);

interface RunnerPage {
  RunnerModule: { Runner: typeof Runner };
}

let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  const bundle = await esbuild.build({
    entryPoints: [join(__dirname, '../../src/client/sidebar/runner.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'RunnerModule',
    target: 'es2020',
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage();
  await page.setContent(
    '<button id="go" class="button"><span class="button-label">Import</span></button><div id="status" hidden></div>',
  );
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});

afterAll(async () => {
  await browser?.close();
});

type Outcome = RunOutcome<{ ok: true; added: number } | { ok: false; kind: string; message: string }>;

test('reports busy as its own outcome, failures with their kind (shown as text), and successes', async () => {
  const seen = await page.evaluate(async () => {
    const { Runner } = (window as unknown as RunnerPage).RunnerModule;
    const busyChanges: boolean[] = [];
    const runner = new Runner((busy) => busyChanges.push(busy));
    const button = document.getElementById('go') as HTMLButtonElement;
    const status = document.getElementById('status')!;
    type Reply = { ok: true; added: number } | { ok: false; kind: string; message: string };
    let answer: (reply: Reply) => void = () => undefined;
    const first = runner.run(
      button,
      'Importing…',
      status,
      () => new Promise<Reply>((resolve) => (answer = resolve)),
    );
    let secondRan = false;
    const second = await runner.run(button, 'Importing…', status, () => {
      secondRan = true;
      return Promise.resolve<Reply>({ ok: true, added: 0 });
    });
    const whileRunning = { label: button.textContent, busy: button.getAttribute('aria-busy') };
    answer({ ok: false, kind: 'handbook', message: 'The page took too long. <b>Try again</b>.' });
    const failed = await first;
    const shown = {
      text: status.textContent,
      hidden: status.hidden,
      role: status.getAttribute('role'),
      markup: status.querySelectorAll('b').length,
      label: button.textContent,
    };
    const succeeded = await runner.run(button, 'Importing…', status, () =>
      Promise.resolve<Reply>({ ok: true, added: 3 }),
    );
    const hiddenAfterSuccess = status.hidden;
    const thrown = await runner.run(button, 'Importing…', status, () => Promise.reject(new Error('boom')));
    return {
      second,
      secondRan,
      whileRunning,
      failed,
      shown,
      succeeded,
      hiddenAfterSuccess,
      thrown,
      busyChanges,
    };
  });

  expect(seen.second).toEqual<Outcome>({ status: 'busy' });
  expect(seen.secondRan).toBe(false);
  expect(seen.whileRunning).toEqual({ label: 'Importing…', busy: 'true' });
  expect(seen.failed).toEqual<Outcome>({
    status: 'failed',
    failure: { ok: false, kind: 'handbook', message: 'The page took too long. <b>Try again</b>.' },
  });
  expect(seen.shown).toEqual({
    text: 'The page took too long. <b>Try again</b>.',
    hidden: false,
    role: 'alert',
    markup: 0,
    label: 'Import',
  });
  expect(seen.succeeded).toEqual<Outcome>({ status: 'succeeded', reply: { ok: true, added: 3 } });
  expect(seen.hiddenAfterSuccess).toBe(true);
  expect(seen.thrown).toEqual({
    status: 'failed',
    failure: { ok: false, kind: 'unexpected', message: 'boom' },
  });
  // The busy call changed nothing: one busy-and-back per action that ran.
  expect(seen.busyChanges).toEqual([true, false, true, false, true, false]);
});
