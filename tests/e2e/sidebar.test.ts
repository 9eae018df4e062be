/**
 * The built sidebar in headless Chromium, wired through the preview server to the built Code.js
 * running against the in-memory spreadsheet fake. Run after `npm run build`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { silently } from '../../fake';
import type { Preview } from '../../scripts/preview';
import { eventually, openSidebarBrowser, resetWorkbook, type PreviewBrowser } from '../support/browser';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(__dirname, 'artifacts');

jest.setTimeout(60_000);

/** Undefined until beforeAll opens it (and still, if opening failed). */
let browser: PreviewBrowser | undefined;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  browser = await openSidebarBrowser('careergrowth-e2e-');
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

/** Opens the preview on a fresh workbook and waits for the sidebar to load its roles. */
async function openFresh(): Promise<void> {
  await page.goto(preview.url);
  await resetWorkbook(page);
  await page.goto(preview.url);
  await sidebar().getByRole('combobox', { name: 'Target role' }).waitFor();
}

/**
 * Picks a role with the keyboard only: focus the picker, type a search, arrow to the option whose
 * title is `title`, press Enter.
 */
async function pickRole(name: 'Current role' | 'Target role', search: string, title: string): Promise<void> {
  const input = sidebar().getByRole('combobox', { name });
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(search);
  expect(await input.getAttribute('aria-expanded')).toBe('true');
  const listbox = sidebar().getByRole('listbox', { name });
  const optionTitles = await listbox.locator('[role=option] .combo-option-title').allTextContents();
  const index = optionTitles.indexOf(title);
  expect(index).toBeGreaterThanOrEqual(0);
  // Typing makes the first match active; walk down to ours.
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  const activeId = await input.getAttribute('aria-activedescendant');
  expect(await text(listbox.locator(`[id="${activeId}"] .combo-option-title`))).toBe(title);
  await page.keyboard.press('Enter');
  expect(await input.getAttribute('aria-expanded')).toBe('false');
  expect(await input.inputValue()).toBe(title);
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function fakeSheet(name: string): Sheet {
  const sheet = silently(() => preview.host.fake.spreadsheet.getSheetByName(name));
  if (!sheet) throw new Error(`No tab "${name}"`);
  return sheet as unknown as Sheet;
}

/** Writes into a column (found by header) of the fake spreadsheet, as a person typing would. */
function typeIntoColumn(tab: string, header: string, values: string[]): void {
  silently(() => {
    const sheet = fakeSheet(tab);
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0]!;
    const column = headers.findIndex((h) => h.trim().toLowerCase() === header.toLowerCase()) + 1;
    if (column === 0) throw new Error(`No "${header}" column in ${tab}: ${headers.join(', ')}`);
    sheet.getRange(2, column, values.length, 1).setValues(values.map((v) => [v]));
  });
}

async function showTab(name: string): Promise<Locator> {
  await page.getByRole('tab', { name }).click();
  const table = page.locator(`table.sheet[data-sheet="${name}"]`);
  await table.waitFor();
  return table;
}

test('the built sidebar is one small self-contained page with no server code in it', () => {
  const html = readFileSync(join(ROOT, 'build/sheets/Sidebar.html'), 'utf8');
  // 60 KB before the rating, progress and focus views; they add about 23 KB (minified script and styles).
  expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  expect(css).not.toMatch(/@import|url\(/i);
  // Apps Script's HTML parser mangles these inside inline code.
  expect(html).not.toContain('://');
  expect(html).not.toContain('<?');
  for (const serverOnly of [
    'SpreadsheetApp',
    'LockService',
    'PropertiesService',
    'HtmlService',
    'ZodError',
  ]) {
    expect(html).not.toContain(serverOnly);
  }
});

test('a new user imports requirements, rates them and generates an action plan', async () => {
  await openFresh();
  // The workbook starts as a new user's: one empty Sheet1, which the add-on has not touched yet.
  expect(await page.getByRole('tab').allTextContents()).toEqual(['Sheet1']);
  const sb = sidebar();
  await sb.getByRole('button', { name: 'Set up growth plan' }).waitFor();
  const importButton = sb.getByRole('button', { name: 'Import requirements' });
  expect(await importButton.isDisabled()).toBe(true);

  await pickRole('Current role', 'sales operations analyst', 'Sales Operations Analyst');
  await pickRole('Target role', 'senior sales op', 'Senior Sales Operations Analyst');
  expect(await importButton.isDisabled()).toBe(false);

  const preview_ = sb.locator('.source-panel > .preview');
  const previewText = await eventually(async () => {
    const t = await text(preview_);
    expect(t).toMatch(/^\d+ requirements? .*· \d+ new compared with your current role$/);
    return t;
  });
  const requirementCount = Number(/^(\d+)/.exec(previewText)![1]);

  await importButton.click();
  const importStatus = sb.locator('section[aria-labelledby=roles-heading] .source-panel > .status');
  await eventually(async () => {
    expect(await text(importStatus)).toContain('Imported requirements for Senior Sales Operations Analyst');
  });
  expect(await text(importStatus)).toContain(`${requirementCount} requirements added`);
  expect(await importStatus.getAttribute('class')).toContain('status-success');
  expect(await text(sb.locator('#ratings-heading + .progress-text'))).toBe(
    `0 of ${requirementCount} requirements rated · 0 gaps`,
  );

  // The workbook view shows the imported rows, with dropdowns marked and hidden columns dimmed.
  const table = await eventually(() => showTab('Role Requirements'));
  await eventually(async () => {
    expect(await table.locator('tbody tr:has(td:not(:empty))').count()).toBe(requirementCount);
  });
  const headerCells = await table.locator('tbody tr:first-child th:not(.row-number)').allTextContents();
  expect(headerCells).toEqual(
    expect.arrayContaining(['Requirement', 'Self rating', 'Manager rating', 'Evidence']),
  );
  const selfColumn = headerCells.indexOf('Self rating') + 2; // +1 for 1-based, +1 for the row-number cell
  expect(
    await table.locator(`tbody tr:nth-child(2) > :nth-child(${selfColumn})`).getAttribute('class'),
  ).toContain('has-dropdown');
  const snapshot = silently(() => preview.host.fake.spreadsheet.snapshot());
  const hiddenColumns = Object.entries(snapshot.sheets.find((s) => s.name === 'Role Requirements')!.columns)
    .filter(([, c]) => c.hidden)
    .map(([letter]) => letter);
  const dimmed = await table.locator('thead th.letter.col-hidden').allTextContents();
  expect(dimmed).toEqual(hiddenColumns);

  // A person rates some requirements in the sheet: two gaps, one met, the rest unrated.
  typeIntoColumn('Role Requirements', 'Self rating', ['Not yet', 'Developing', 'Meets']);
  await sb.getByRole('button', { name: 'Refresh' }).click();
  await eventually(async () => {
    expect(await text(sb.locator('#ratings-heading + .progress-text'))).toBe(
      `3 of ${requirementCount} requirements rated · 2 gaps`,
    );
  });

  await sb.getByRole('button', { name: 'Generate action plan' }).click();
  const actionStatus = sb.locator('section[aria-labelledby=actions-heading] .status');
  await eventually(async () => {
    expect(await text(actionStatus)).toContain('Action plan updated');
  });
  const actionText = await text(actionStatus);
  // Both gaps are in focus: the Not yet one gets a project, a step with others and the period's
  // formal learning; the Developing one a project and a step with others.
  expect(actionText).toContain('5 actions added');
  expect(actionText).toContain("2 gaps in this period's focus");
  expect(actionText).toContain('0 gaps already planned');
  expect(actionText).toContain(`${requirementCount - 3} requirements not rated yet`);
  expect(await text(sb.locator('#actions-heading ~ .progress-text'))).toBe('0% done · 5 actions');
  expect(await text(sb.locator('.legend'))).toBe('Not started 5');

  // A picture of the rated requirements beside the sidebar's results.
  await showTab('Role Requirements');
  // (The README's picture of the preview is previewEditing's: the Summary with its charts.)
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'sidebar-flow.png') });

  // "Open Action Plan" activates the tab, and the workbook view follows.
  await sb.getByRole('button', { name: 'Open Action Plan' }).click();
  await eventually(async () => {
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Action Plan');
  });
  const actions = page.locator('table.sheet[data-sheet="Action Plan"]');
  await eventually(async () => {
    expect(await actions.locator('tbody tr:has(td:not(:empty))').count()).toBe(5);
  });

  // Re-generating adds nothing and says so.
  await sb.getByRole('button', { name: 'Generate action plan' }).click();
  await eventually(async () => {
    expect(await text(actionStatus)).toContain('Action plan already covers every gap');
  });
  expect(await text(actionStatus)).toContain('2 gaps already planned');

  // Nothing scrolls sideways in the 300 px sidebar.
  const widths = await sb
    .locator('body')
    .evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
});

test('setting up from the sidebar creates the plan tabs; menu items run from the toolbar', async () => {
  await openFresh();
  const sb = sidebar();
  const setUp = sb.getByRole('button', { name: 'Set up growth plan' });
  await setUp.click();
  const status = sb.locator('.card-setup .status');
  await eventually(async () => {
    expect(await text(status)).toContain('Your growth plan is set up');
  });
  expect(await text(status)).toContain('Created: ');
  expect(await setUp.isHidden()).toBe(true);
  await eventually(async () => {
    expect(await page.getByRole('tab').allTextContents()).toEqual(
      expect.arrayContaining(['Sheet1', 'Role Requirements', 'Action Plan']),
    );
  });

  // The toolbar shows the add-on menu that onOpen built; Help runs, its alert waits for OK, and
  // then it is logged.
  await page
    .getByRole('navigation', { name: 'Extensions menu' })
    .getByRole('button', { name: 'Help', exact: true })
    .click();
  const help = page.getByRole('alertdialog', { name: 'Career Growth help' });
  await help.waitFor();
  await help.getByRole('button', { name: 'OK' }).click();
  await eventually(async () => {
    expect(await help.isHidden()).toBe(true);
  });
  await eventually(async () => {
    expect((await page.locator('#log li').first().innerText()).replace(/\s+/g, ' ')).toMatch(
      /^menu showHelp alert: /,
    );
  });

  // "Open growth planner" opens the sidebar again (the page reloads it).
  await page.getByRole('button', { name: 'Close sidebar' }).click();
  expect(await page.locator('#sidebar-panel').isHidden()).toBe(true);
  await page.getByRole('button', { name: 'Open growth planner' }).click();
  await eventually(async () => {
    expect(await page.locator('#sidebar-panel').isVisible()).toBe(true);
  });
  await sidebar().getByRole('combobox', { name: 'Target role' }).waitFor();
  // Set up already: the sidebar no longer offers it.
  expect(await sidebar().getByRole('button', { name: 'Set up growth plan' }).count()).toBe(0);
});

test('the role pickers work with the keyboard alone', async () => {
  await openFresh();
  const sb = sidebar();
  const input = sb.getByRole('combobox', { name: 'Target role' });
  await input.focus();

  // ArrowDown opens the full list grouped by team; Escape closes it without choosing.
  await page.keyboard.press('ArrowDown');
  expect(await input.getAttribute('aria-expanded')).toBe('true');
  const listbox = sb.getByRole('listbox', { name: 'Target role' });
  expect(await listbox.locator('[role=group]').count()).toBeGreaterThan(1);
  await page.keyboard.press('Escape');
  expect(await input.getAttribute('aria-expanded')).toBe('false');
  expect(await input.inputValue()).toBe('');

  // Search by grade and family: every match is of that grade.
  await page.keyboard.type('deal desk g6');
  const details = await listbox.locator('.combo-option-detail').allTextContents();
  expect(details.length).toBeGreaterThan(0);
  for (const detail of details) expect(detail).toMatch(/^Grade 6 · /);
  await page.keyboard.press('Enter');
  const chosen = await input.inputValue();
  expect(chosen).not.toBe('');
  expect(await text(sb.locator('.picker-detail').nth(1))).toMatch(/^Grade 6 · .* · Job family$/);

  // A search with no match says so, and Escape twice restores the chosen role.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('astronaut');
  expect(await text(listbox)).toBe('No roles match "astronaut"');
  await page.keyboard.press('Escape');
  expect(await input.inputValue()).toBe(chosen);

  // Tab moves on to the next control; the list closes and the import button is reachable.
  await page.keyboard.press('Tab'); // the role's job family link
  await page.keyboard.press('Tab');
  expect(await sb.locator(':focus').getAttribute('type')).toBe('checkbox'); // "Use the handbook's current wording"
  await page.keyboard.press('Tab');
  expect(await sb.locator(':focus').textContent()).toBe('Import requirements');

  // The current role can be cleared again with the "No current role" option.
  await pickRole('Current role', 'sales operations analyst', 'Sales Operations Analyst');
  const current = sb.getByRole('combobox', { name: 'Current role' });
  await current.focus();
  await page.keyboard.press('ArrowDown'); // opens at the selected role
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter');
  expect(await current.inputValue()).toBe('');
  expect(await text(sb.locator('.picker-detail').first())).toBe('No current role');
});

test('typing in a role picker makes the best match active: Enter picks it, ArrowDown moves to the next', async () => {
  await openFresh();
  const sb = sidebar();
  const input = sb.getByRole('combobox', { name: 'Target role' });
  const listbox = sb.getByRole('listbox', { name: 'Target role' });
  const titles = () => listbox.locator('[role=option] .combo-option-title').allTextContents();
  const active = async (): Promise<string> => {
    const id = await input.getAttribute('aria-activedescendant');
    expect(id).toBeTruthy();
    return text(listbox.locator(`[id="${id}"] .combo-option-title`));
  };
  const search = async (query: string): Promise<void> => {
    await input.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(query);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
  };

  // A partial word only starts words: "an" finds "Analyst", not the "an" inside "Manager".
  await search('senior deal desk an');
  expect(await titles()).toEqual(['Senior Deal Desk Analyst']);
  expect(await active()).toBe('Senior Deal Desk Analyst');
  await page.keyboard.press('ArrowDown'); // nothing below: the match stays active
  expect(await active()).toBe('Senior Deal Desk Analyst');
  await page.keyboard.press('Enter');
  expect(await input.inputValue()).toBe('Senior Deal Desk Analyst');

  // The closest title first; ArrowDown goes to the second match, not past it.
  await search('deal desk analyst');
  expect((await titles()).slice(0, 2)).toEqual(['Deal Desk Analyst', 'Senior Deal Desk Analyst']);
  expect(await active()).toBe('Deal Desk Analyst');
  await page.keyboard.press('ArrowDown');
  expect(await active()).toBe('Senior Deal Desk Analyst');
  await page.keyboard.press('ArrowUp');
  expect(await active()).toBe('Deal Desk Analyst');
  await page.keyboard.press('Enter');
  expect(await input.inputValue()).toBe('Deal Desk Analyst');

  // Abbreviations people type: sr, mgr, dir, vp.
  for (const [query, title] of [
    ['sr deal desk analyst', 'Senior Deal Desk Analyst'],
    ['deal desk mgr', 'Manager, Deal Desk'],
    ['dir sales ops', 'Director, Sales Operations'],
    ['vp revenue ops', 'Vice President, Revenue Operations'],
  ]) {
    await search(query!);
    expect(await active()).toBe(title);
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe(title);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
  }
});

test('a server error shows inline as text, and nothing is lost', async () => {
  await openFresh();
  const sb = sidebar();
  await pickRole('Target role', 'senior sales op', 'Senior Sales Operations Analyst');
  // Force an unknown role (with markup in its id) through the rpc, as a stale or tampered page would.
  await page.route('**/rpc', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as {
      name: string;
      args: { targetRoleId?: string }[];
    };
    if (body.name === 'importRoleRequirements' && body.args[0]) body.args[0].targetRoleId = '<b>x</b>';
    await route.continue({ postData: JSON.stringify(body) });
  });
  try {
    await sb.getByRole('button', { name: 'Import requirements' }).click();
    const status = sb.locator('section[aria-labelledby=roles-heading] .source-panel > .status');
    await eventually(async () => {
      expect(await status.getAttribute('class')).toContain('status-error');
    });
    expect(await status.getAttribute('role')).toBe('alert');
    expect(await text(status)).toContain('<b>x</b>');
    expect(await status.locator('b').count()).toBe(0);
  } finally {
    await page.unroute('**/rpc');
  }
  // The choice survives, the button is usable again, and the workbook was not touched.
  expect(await sb.getByRole('combobox', { name: 'Target role' }).inputValue()).toBe(
    'Senior Sales Operations Analyst',
  );
  expect(await sb.getByRole('button', { name: 'Import requirements' }).getAttribute('aria-busy')).toBeNull();
  expect(await page.getByRole('tab').allTextContents()).toEqual(['Sheet1']);
});

test('the workbook view shows cell text with markup literally', async () => {
  await openFresh();
  const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
  silently(() => {
    const sheet = fakeSheet('Sheet1');
    sheet.getRange(1, 1, 2, 1).setValues([['Notes'], [payload]]);
  });
  const table = await eventually(async () => {
    const t = page.locator('table.sheet[data-sheet="Sheet1"]');
    expect(await text(t.locator('tbody tr:nth-child(2) td').first())).toBe(payload);
    return t;
  });
  expect(await table.locator('img, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a role title with markup, as a catalog or handbook page could hold, shows as text', async () => {
  const payload = '<img src=x onerror="window.__pwned=1">Deal <b>Desk</b> & Co';
  // Rename one role in the server's answer, as if the catalog itself held markup.
  await page.route('**/rpc', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { name: string };
    if (body.name !== 'getPlannerState') return route.continue();
    const response = await route.fetch();
    const json = (await response.json()) as {
      ok: boolean;
      value: { roles: { id: string; title: string }[] };
    };
    const role = json.value.roles.find((r) => r.id === 'deal-desk/analyst')!;
    role.title = payload;
    return route.fulfill({ response, json });
  });
  try {
    await openFresh();
    const sb = sidebar();
    await pickRole('Target role', 'Desk</b> & Co', payload);
    const detail = await text(sb.locator('.picker-detail').last());
    expect(detail).toContain('Grade 6');
    const frame = page.frame({ url: /\/sidebar/ })!;
    expect(await frame.locator('img, b').count()).toBe(0);
    expect(await frame.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  } finally {
    await page.unroute('**/rpc');
  }
});
