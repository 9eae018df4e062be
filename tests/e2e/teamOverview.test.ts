/**
 * The team overview in the built sidebar, in headless Chromium against the preview server: a
 * manager's workbook lists five growth plans (one not shared, one with a renamed tab, one without
 * Check-ins); the sidebar's Team overview section refreshes them and sums up what it did.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { silently } from '../../fake';
import type { Preview } from '../../scripts/preview';
import { fiveLinkedPlans, TEAM_NOW } from '../../scripts/harness/teamScenarios';
import { eventually, openSidebarBrowser, type PreviewBrowser } from '../support/browser';

const AXE = require.resolve('axe-core/axe.min.js');

jest.setTimeout(90_000);

let browser: PreviewBrowser | undefined;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  browser = await openSidebarBrowser('careergrowth-team-');
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

async function expectAccessible(state: string): Promise<void> {
  const frame = page.frame({ url: /\/sidebar/ });
  if (!frame) throw new Error('No sidebar frame');
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  const found = await frame.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(document, { iframes: false });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
  expect({ state, violations: found.filter((v) => v !== 'region: h1') }).toEqual({ state, violations: [] });
}

/** The preview's workbook made a manager's: a Team tab listing five people, their plans reachable by URL. */
async function openManagersWorkbook(): Promise<void> {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Reset workbook' }).click();
  const { rows, plans } = fiveLinkedPlans();
  const { fake } = preview.host;
  fake.setClock(TEAM_NOW);
  for (const plan of plans) fake.registerSpreadsheet(plan);
  silently(() => {
    const team = fake.spreadsheet.insertSheet('Team');
    team
      .getRange(1, 1, rows.length + 1, 2)
      .setValues([['Name', 'Growth plan'], ...rows.map((r) => [r.name, r.url])]);
  });
  const reply = preview.host.call('setUpTeamOverview', []);
  expect(reply).toMatchObject({ ok: true, value: { ok: true } });
  await page.goto(preview.url);
  await sidebar().getByRole('tab', { name: 'Plan' }).waitFor();
}

test('the sidebar’s Team overview refreshes every linked plan and says what it did', async () => {
  await openManagersWorkbook();
  const section = sidebar().getByRole('region', { name: 'Team overview' });
  await section.waitFor();
  expect(await text(section.locator('.progress-text'))).toBe(
    'Not refreshed yet. List each person and the URL of their growth plan on the Team tab, then refresh.',
  );
  await expectAccessible('team overview before a refresh');

  await section.getByRole('button', { name: 'Refresh team overview' }).click();
  const status = section.getByRole('status').filter({ hasText: 'Team overview refreshed' });
  await status.waitFor();
  expect(await status.locator('li').allTextContents()).toEqual([
    '4 people of 5 filled in from their growth plan.',
    '1 row has a note: Dev Patel (row 5).',
    'Shared gaps: Process improvement (3), Go-to-market policy (2), Process documentation (2), Stakeholder alignment (2) and 2 more.',
    'Figures in the "Team" tab, shared gaps and the chart in "Team gaps".',
  ]);
  expect(await text(section.locator('.progress-text'))).toBe(
    'Refreshed 2026-03-02: 4 of 5 people filled in, 1 row with a note, 6 shared gaps.',
  );
  await expectAccessible('team overview after a refresh');

  // The workbook beside the sidebar shows the figures and the new tab.
  await eventually(async () => {
    expect(await page.locator('#tabs').textContent()).toContain('Team gaps');
  });
  const team = silently(() =>
    preview.host.fake.spreadsheet.getSheetByName('Team')!.getDataRange().getValues(),
  );
  expect(team[1]!.slice(0, 7)).toEqual([
    'Ana Costa',
    expect.stringContaining('/spreadsheets/d/'),
    'Sales Operations Analyst',
    'Senior Sales Operations Analyst',
    7,
    7,
    4,
  ]);
});

test('a workbook without a team overview shows no Team overview section', async () => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Reset workbook' }).click();
  await page.goto(preview.url);
  await sidebar().getByRole('tab', { name: 'Plan' }).waitFor();
  expect(await sidebar().getByRole('region', { name: 'Team overview' }).count()).toBe(0);
  expect(await sidebar().locator('.card-team').isHidden()).toBe(true);
});
