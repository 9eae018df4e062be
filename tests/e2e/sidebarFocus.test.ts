/**
 * The sidebar's focused plan in headless Chromium, wired to the built Code.js: choose the focus
 * size, generate, read the 70-20-10 balance, open other ideas with the keyboard and swap one in; an
 * edited action offers ideas but no swap. Run after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { silently } from '../../fake';
import type { Preview } from '../../scripts/preview';
import { eventually, openSidebarBrowser, resetWorkbook, type PreviewBrowser } from '../support/browser';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(__dirname, 'artifacts');
const MARKUP = '<img src=x onerror="window.__pwned=1">Owns <b>the</b> forecast';

jest.setTimeout(90_000);

let browser: PreviewBrowser | undefined;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  browser = await openSidebarBrowser('careergrowth-focus-');
  ({ preview, page } = browser);
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(browser!.errors).toEqual([]);
});

function sidebar(): FrameLocator {
  return page.frameLocator('#sidebar-frame');
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function fakeSheet(name: string): Sheet {
  const sheet = silently(() => preview.host.fake.spreadsheet.getSheetByName(name));
  if (!sheet) throw new Error(`No tab "${name}"`);
  return sheet as unknown as Sheet;
}

function columnOf(sheet: Sheet, header: string): number {
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0]!;
  const column = headers.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase()) + 1;
  if (column === 0) throw new Error(`No "${header}" column: ${headers.join(', ')}`);
  return column;
}

/** Writes into a column (found by header) of the fake spreadsheet, as a person typing would. */
function typeIntoColumn(tab: string, header: string, values: string[], firstRow = 2): void {
  silently(() => {
    const sheet = fakeSheet(tab);
    sheet.getRange(firstRow, columnOf(sheet, header), values.length, 1).setValues(values.map((v) => [v]));
  });
}

/**
 * A fresh workbook with a VP role imported and rated (six gaps), then the sidebar; with `markup`, a
 * requirement a person added whose text holds markup.
 */
async function openRatedPlan({ markup }: { markup: boolean }): Promise<void> {
  await page.goto(preview.url);
  await resetWorkbook(page);
  const reply = await preview.host.call('importRoleRequirements', [
    { currentRoleId: 'sales-operations/analyst', targetRoleId: 'sales-strategy/vp' },
  ]);
  if (!reply.ok) throw new Error(reply.message);
  typeIntoColumn('Role Requirements', 'Self rating', [
    'Not yet',
    'Developing',
    'Developing',
    'Not yet',
    'Developing',
    'Meets',
    'Developing',
  ]);
  typeIntoColumn('Role Requirements', 'Manager rating', ['', 'Not yet', '', '', '', '', '']);
  // A requirement a person added, whose text holds markup: shown as text only.
  if (markup)
    silently(() => {
      const sheet = fakeSheet('Role Requirements');
      const row = sheet.getLastRow() + 1;
      sheet.getRange(row, columnOf(sheet, 'Requirement')).setValue(MARKUP);
      sheet.getRange(row, columnOf(sheet, 'Self rating')).setValue('Not yet');
    });
  await page.goto(preview.url);
  await sidebar().getByRole('combobox', { name: 'Target role' }).waitFor();
}

async function generate(size: number): Promise<void> {
  const sb = sidebar();
  const select = sb.getByLabel('Focus on');
  // The keyboard alone: focus the control and pick the size.
  await select.focus();
  await select.selectOption(String(size));
  await sb.getByRole('button', { name: 'Generate action plan' }).click();
  await eventually(async () => {
    expect(await text(sb.locator('section[aria-labelledby=actions-heading] .status'))).toContain(
      'Action plan updated',
    );
  });
}

test('generate a focused plan, see its balance, open other ideas with the keyboard and swap one in', async () => {
  await openRatedPlan({ markup: true });
  const sb = sidebar();
  await generate(2);
  expect(await text(sb.locator('section[aria-labelledby=actions-heading] .status'))).toContain(
    "2 gaps in this period's focus",
  );

  // This period's focus: two gaps, most important first, each with its actions.
  const focus = sb.locator('section[aria-labelledby=focus-heading]');
  await focus.waitFor();
  const gaps = focus.locator('.focus-gap');
  expect(await gaps.count()).toBe(2);
  expect(await text(gaps.first().locator('.priority'))).toBe('Priority 1');
  const kinds = await focus.locator('.focus-action .kind-tag').allTextContents();
  expect(new Set(kinds)).toEqual(new Set(['Hands-on project', 'Mentorship', 'Learning']));
  expect(await focus.locator('img, b').count()).toBe(0);
  expect(
    await page.frame({ url: /\/sidebar/ })!.evaluate(() => (window as { __pwned?: number }).__pwned),
  ).toBeUndefined();

  // The balance: three figures against 70-20-10, and one sentence.
  const figures = await focus.locator('.balance-row').allTextContents();
  expect(figures.map((f) => f.replace(/\s+/g, ' ').trim())).toEqual([
    expect.stringMatching(/^Hands-on\d+% · target 70%$/),
    expect.stringMatching(/^With others\d+% · target 20%$/),
    expect.stringMatching(/^Formal learning\d+% · target 10%$/),
  ]);
  expect(await text(focus.locator('.balance-advice'))).toMatch(
    /^(Add .+|Your plan is close to the 70-20-10 target)\.$/,
  );

  // Other ideas for the first focus action, opened from the keyboard.
  const firstAction = focus.locator('.focus-action').first();
  const before = await text(firstAction.locator('.focus-action-text'));
  const toggle = firstAction.getByRole('button', { name: 'Other ideas' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const panel = sb.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
  await eventually(async () => {
    expect(await panel.locator('.idea').count()).toBeGreaterThan(0);
  });
  const idea = panel.locator('.idea').first();
  const ideaText = await text(idea.locator('.idea-action'));
  expect(ideaText).not.toBe(before);
  expect(await text(idea.locator('.idea-meta'))).toMatch(/^\d+ hours? · about \d+ weeks?/);
  expect(await text(idea.locator('.idea-success'))).toMatch(/^Done when: ./);

  // Swap it in, from the keyboard too.
  await idea.getByRole('button', { name: 'Use this instead' }).focus();
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(focus.locator('.focus-action').first().locator('.focus-action-text'))).toBe(ideaText);
  });
  expect(await text(focus.locator('> .status'))).toContain('Swapped');
  // The focus is back on the swapped action's "Other ideas".
  await eventually(async () => {
    expect(await sb.locator(':focus').textContent()).toBe('Other ideas');
  });
  await page.getByRole('tab', { name: 'Action Plan' }).click();
  const actionPlan = page.locator('table.sheet[data-sheet="Action Plan"]');
  await eventually(async () => {
    expect(await actionPlan.textContent()).toContain(ideaText);
  });
  expect(await actionPlan.textContent()).not.toContain(before);
});

test('an action someone edited shows its other ideas but offers no swap', async () => {
  await openRatedPlan({ markup: false });
  await generate(3);
  const sb = sidebar();
  const focus = sb.locator('section[aria-labelledby=focus-heading]');
  const first = focus.locator('.focus-action').first();

  // The screenshot for the README: the sidebar's focus, balance and ideas beside the Action Plan.
  await page.getByRole('tab', { name: 'Action Plan' }).click();
  await first.getByRole('button', { name: 'Other ideas' }).click();
  await eventually(async () => {
    expect(await first.locator('.idea').count()).toBeGreaterThan(0);
  });
  await page.setViewportSize({ width: 1440, height: 1100 });
  await focus.locator('#focus-heading').evaluate((heading) => {
    heading.scrollIntoView({ block: 'start' });
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'action-plan-preview.png') });
  if (process.env.UPDATE_SCREENSHOT === '1')
    await page.screenshot({ path: join(ROOT, 'docs', 'action-plan-preview.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // A person changes the status of the first action in the sheet.
  silently(() => {
    const sheet = fakeSheet('Action Plan');
    sheet.getRange(2, columnOf(sheet, 'Status')).setValue('In progress');
  });
  await sb.getByRole('button', { name: 'Refresh' }).click();
  await first.getByRole('button', { name: 'Other ideas' }).click();
  await eventually(async () => {
    expect(await text(first.locator('.ideas-note'))).toMatch(/edited since it was generated/);
  });
  expect(await first.locator('.idea').count()).toBeGreaterThan(0);
  expect(await first.getByRole('button', { name: 'Use this instead' }).count()).toBe(0);

  // Nothing scrolls sideways in the 300 px sidebar, ideas open.
  const widths = await sb
    .locator('body')
    .evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
});
