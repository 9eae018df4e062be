/**
 * The team overview in the built sidebar, in headless Chromium against the preview server: a
 * manager's workbook lists five growth plans (one not shared, one with a renamed tab, one without
 * Check-ins); the sidebar's Team overview section refreshes them and sums up what it did.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { silently } from '../../fake';
import type { Preview } from '../../scripts/preview';
import { fiveLinkedPlans, planId, TEAM_NOW } from '../../scripts/harness/teamScenarios';
import { eventually, openSidebarBrowser, type PreviewBrowser } from '../support/browser';

const AXE = require.resolve('axe-core/axe.min.js');
const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(__dirname, 'artifacts');

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

/** No axe violations in the sidebar's frame, or (page) in the preview page around it. */
async function expectAccessible(state: string, where: 'sidebar' | 'page' = 'sidebar'): Promise<void> {
  // A hover left by the last click is not what a static check should judge.
  await page.mouse.move(0, 0);
  const frame = where === 'page' ? page.mainFrame() : page.frame({ url: /\/sidebar/ });
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

/** A fresh workbook of that kind, once the preview has made it. */
async function reset(workbook: 'plan' | 'manager' = 'plan'): Promise<void> {
  const response = await page.request.post(`${preview.url}reset?workbook=${workbook}`, { data: {} });
  expect(response.ok()).toBe(true);
}

/** The preview's growth plan workbook made a manager's by hand: a Team tab listing five people. */
async function openManagersWorkbook(): Promise<void> {
  await reset();
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
  const reply = await preview.host.call('setUpTeamOverview', []);
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
  await reset();
  await page.goto(preview.url);
  await sidebar().getByRole('tab', { name: 'Plan' }).waitFor();
  expect(await sidebar().getByRole('region', { name: 'Team overview' }).count()).toBe(0);
  expect(await sidebar().locator('.card-team').isHidden()).toBe(true);
});

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const FIGURES = [
  'Current role',
  'Target role',
  'Requirements',
  'Rated',
  'Gaps',
  'Share at Meets or above',
  'Manager rated',
  'Actions',
  'Not started',
  'In progress',
  'Blocked',
  'Done',
  'Overdue',
  'Last check-in',
  'Next check-in',
  'Refresh note',
];

/** The Team tab's rows as the manager sees them (display values), header first. */
function teamTab(): string[][] {
  return silently(() =>
    (preview.host.fake.spreadsheet.getSheetByName('Team') as unknown as Sheet)
      .getDataRange()
      .getDisplayValues(),
  );
}

function cell(a1: string): Locator {
  return page.locator(`table.sheet [data-cell="${a1}"]`);
}

async function showTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator(`table.sheet[data-sheet="${name}"]`).waitFor();
}

test('the preview opens a manager’s workbook: a refresh shows each person’s figures, the shared gaps and the chart, and a second one after changes in the plans updates only the add-on’s columns', async () => {
  await reset();
  await page.goto(preview.url);
  await page.locator('table.sheet').waitFor();
  // The toolbar offers the second workbook.
  await page.getByRole('combobox', { name: 'Workbook' }).selectOption('manager');
  await eventually(async () => {
    expect(await text(page.locator('#doc-title'))).toBe("Manager's workbook");
  }, 15_000);
  expect(preview.host.kind).toBe('manager');
  expect(preview.host.linked).toHaveLength(4);
  preview.host.fake.setClock(TEAM_NOW);
  expect(await page.getByRole('tab').allTextContents()).toEqual(['Team', 'My notes']);
  await showTab('Team');
  const header = teamTab()[0]!;
  expect(header).toEqual(['Name', 'Growth plan', 'Next one-to-one', ...FIGURES]);
  const at = (name: string) => header.indexOf(name);

  // The manager types into their own column, in the grid.
  await cell('C2').click();
  await page.keyboard.type('Thursday 10:00');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(cell('C2'))).toBe('Thursday 10:00');
  });

  // The sidebar (reloaded with the new workbook) shows the section; a refresh fills the figures.
  const section = sidebar().getByRole('region', { name: 'Team overview' });
  await section.waitFor({ timeout: 15_000 });
  await section.getByRole('button', { name: 'Refresh team overview' }).click();
  await section.getByRole('status').filter({ hasText: 'Team overview refreshed' }).waitFor();
  const first = teamTab();
  expect(first.slice(1).map((row) => [row[0], row[at('Gaps')], row[at('Share at Meets or above')]])).toEqual([
    ['Ana Costa', '4', '43%'],
    ['Ben Okafor', '4', '43%'],
    ['Chloe Martin', '4', '50%'],
    ['Dev Patel', '', ''],
    ['Eva Lindqvist', '3', '57%'],
  ]);
  expect(first[4]![at('Refresh note')]).toMatch(/^The growth plan could not be opened/);
  // The first refresh made the Team gaps tab, and Sheets shows a tab just inserted.
  await eventually(async () => {
    expect(await page.getByRole('tab', { name: 'Team gaps' }).getAttribute('aria-selected')).toBe('true');
  });
  await showTab('Team');
  await eventually(async () => {
    expect(await text(cell('H2'))).toBe('4');
  });
  expect(await text(cell('S5'))).toMatch(/^The growth plan could not be opened/);

  // The shared gaps and the readiness chart, drawn from the Team tab's names and shares.
  await showTab('Team gaps');
  expect(await text(cell('A2'))).toBe('Process improvement');
  expect(await text(cell('F2'))).toBe(
    'Ana Costa (Not yet), Ben Okafor (Developing), Eva Lindqvist (Developing)',
  );
  const chart = page.getByRole('img', { name: 'Readiness: share of requirements at Meets or above' });
  await chart.waitFor();
  const description = await text(chart.locator('desc'));
  expect(description).toMatch(/^Readiness: share of requirements at Meets or above\. Bar chart\./);
  for (const name of ['Ana Costa', 'Ben Okafor', 'Chloe Martin', 'Eva Lindqvist'])
    expect(description).toContain(name);
  expect(description).toContain('Dev Patel no value');
  await expectAccessible('a manager’s workbook after a refresh', 'page');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'team-preview.png') });
  if (process.env.UPDATE_SCREENSHOT === '1')
    await page.screenshot({ path: join(ROOT, 'docs', 'team-preview.png') });

  // Ana's manager rates her sales tech stack Meets, in Ana's plan, opened from the file strip.
  const files = page.getByRole('navigation', { name: 'Files' });
  expect(await files.getByRole('button').allTextContents()).toEqual([
    "Manager's workbook",
    "Ana Costa's growth plan",
    "Ben Okafor's growth plan",
    "Chloe Martin's growth plan",
    "Eva Lindqvist's growth plan",
  ]);
  await files.getByRole('button', { name: "Ana Costa's growth plan" }).click();
  await eventually(async () => {
    expect(await text(page.locator('#doc-title'))).toBe("Ana Costa's growth plan");
  });
  expect(await text(page.locator('#file-note'))).toContain('what you type here goes into their plan');
  await showTab('Role Requirements');
  expect(await text(cell('G1'))).toBe('Manager rating');
  expect(await text(cell('G3'))).toBe('');
  await cell('G3').click();
  await page.keyboard.type('Meets');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(cell('G3'))).toBe('Meets');
  });
  expect(
    silently(() => preview.host.linked[0]!.getSheetByName('Role Requirements')!.getRange('G3').getValue()),
  ).toBe('Meets');
  await expectAccessible('a linked plan open', 'page');
  await page.screenshot({ path: join(ARTIFACTS, 'team-linked-plan.png') });

  // Back in the manager's workbook (on the tab left there), the menu's refresh picks the change up.
  await files.getByRole('button', { name: "Manager's workbook" }).click();
  await page.locator('table.sheet[data-sheet="Team gaps"]').waitFor();
  expect(await page.locator('#file-note').isHidden()).toBe(true);
  await page.locator('#menu').getByRole('button', { name: 'Refresh team overview' }).click();
  const alert = page.getByRole('alertdialog', { name: 'Career Growth' });
  await alert.waitFor();
  expect(await text(alert)).toContain('4 people of 5 filled in from their growth plan.');
  await alert.getByRole('button', { name: 'OK' }).click();
  await eventually(() => {
    expect(teamTab()[1]![at('Gaps')]).toBe('3');
  });
  const second = teamTab();
  const changed = second.flatMap((row, r) =>
    row.flatMap((v, c) => (v === first[r]?.[c] ? [] : [`${row[0]}: ${header[c]}`])),
  );
  expect(changed.sort()).toEqual([
    'Ana Costa: Gaps',
    'Ana Costa: Manager rated',
    'Ana Costa: Share at Meets or above',
  ]);
  expect(second[1]!.slice(0, 3)).toEqual([
    'Ana Costa',
    expect.stringContaining('/spreadsheets/d/'),
    'Thursday 10:00',
  ]);
  await showTab('Team');
  await eventually(async () => {
    expect(await text(cell('H2'))).toBe('3');
  });
  expect(await text(cell('C2'))).toBe('Thursday 10:00');
  await page.screenshot({ path: join(ARTIFACTS, 'team-second-refresh.png') });

  // Only a plan the Team tab links to opens; Dev's, not shared with the manager, is not one.
  const open = (plan: unknown) => page.request.post(`${preview.url}open`, { data: { plan } });
  expect((await open(planId('dev'))).status()).toBe(404);
  expect((await open(5)).status()).toBe(400);
  expect(preview.host.openedPlan()).toBeNull();
});
