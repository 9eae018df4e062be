/**
 * The built Docs dialogs in headless Chromium, opened from the Docs preview's toolbar and wired
 * through /docs/rpc to the built build/docs/Code.js running against the DocumentApp fake; the
 * linked growth plan is the Sheets preview's workbook, filled by the built Sheets bundle.
 * Run after `npm run build`.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FrameLocator, Locator, Page, Request } from 'playwright-core';
import { REQUIREMENTS_COLUMNS } from '../../src/core/conversation/requirementsBlock';
import type { Ok, Reply, RequirementsReply, RolesResult } from '../../src/api/docs';
import { silently } from '../../fake';
import { editAsUser, textOutside, type DocumentSnapshot, type TabSnapshot } from '../../fake/docs';
import type { Preview } from '../../scripts/preview';
import { eventually, openPreviewBrowser, type PreviewBrowser } from '../support/browser';
import { GROWTH_PLAN_URL, type DocsPreviewHost } from '../../scripts/preview/docsHost';
import { CHECKINS_TAB } from '../../src/core/layout';
import { LINK_KEY } from '../../src/docs/link';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(__dirname, 'artifacts');
const CURRENT = 'Sales Operations Analyst';
const TARGET = 'Senior Sales Operations Analyst';
/** A page of another department, served by the preview's offline handbook (not in the catalog). */
const HANDBOOK_PAGE = 'https://handbook.gitlab.com/job-families/finance/procurement-operations/';

jest.setTimeout(60_000);

/** Undefined until beforeAll opens it (and still, if opening failed). */
let browser: PreviewBrowser | undefined;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  browser = await openPreviewBrowser(
    'careergrowth-docs-e2e-',
    ['Code.js', 'RequirementsDialog.html', 'ActionPlanDialog.html', 'SinceLastDialog.html'].map(
      (file) => `build/docs/${file}`,
    ),
  );
  ({ preview, page } = browser);
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(browser?.errors).toEqual([]);
});

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

function docs(): DocsPreviewHost {
  const host = preview.docsHost;
  if (!host) throw new Error('The preview has no Docs host: is build/docs built?');
  return host;
}

function dialog(): FrameLocator {
  return page.frameLocator('#dialog-frame');
}

function activeTab(snapshot: DocumentSnapshot): TabSnapshot {
  return snapshot.tabs.find((tab) => tab.id === snapshot.activeTab)!;
}

function blocksNamed(snapshot: DocumentSnapshot, kind: string): TabSnapshot['namedRanges'] {
  return activeTab(snapshot).namedRanges.filter((range) => range.name.startsWith(`careergrowth.${kind}`));
}

async function roleId(title: string): Promise<string> {
  const reply = await docs().call('getRoles', [], 'dialog');
  if (!reply.ok) throw new Error(reply.message);
  const role = (reply.value as Ok<RolesResult>).roles.find((r) => r.title === title);
  if (!role) throw new Error(`No role titled ${title}`);
  return role.id;
}

/**
 * A fresh workbook with a growth plan in it (target role imported, three requirements rated, one
 * action per gap) and a fresh document linked to it; then the Docs preview page.
 */
async function openFresh(): Promise<void> {
  for (const path of ['reset', 'docs/reset']) {
    const response = await page.request.post(`${preview.url}${path}`, { data: {} });
    expect(response.ok()).toBe(true);
  }
  await sheetsCall('importRoleRequirements', {
    currentRoleId: await roleId(CURRENT),
    targetRoleId: await roleId(TARGET),
  });
  rate(['Not yet', 'Developing', 'Meets']);
  await sheetsCall('generateActionPlan');
  await page.goto(`${preview.url}docs`);
  await page.locator('.page .doc-block').first().waitFor();
}

/** Calls the built Sheets bundle behind the preview, as the sidebar would. */
async function sheetsCall(name: string, ...args: unknown[]): Promise<void> {
  const reply = await preview.host.call(name, args);
  if (!reply.ok) throw new Error(`${name}: ${reply.message}`);
  const answer = reply.value as Reply<object>;
  if (!answer.ok) throw new Error(`${name}: ${answer.kind}: ${answer.message}`);
}

/** Types self ratings into the growth plan, as a person would in Sheets. */
function rate(ratings: string[]): void {
  silently(() => {
    const sheet = preview.host.fake.spreadsheet.getSheetByName('Role Requirements')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getDisplayValues()[0]!;
    const column = headers.indexOf('Self rating') + 1;
    sheet.getRange(2, column, ratings.length, 1).setValues(ratings.map((r) => [r]));
  });
}

/**
 * Writes two check-ins into the growth plan, as the Growth Plan add-on records them: the first three
 * requirements rated Not yet / Developing / Meets, then Developing / Meets / Meets; every action in
 * progress, then the first one done.
 */
function recordTwoCheckIns(): void {
  silently(() => {
    const workbook = preview.host.fake.spreadsheet;
    const rowsOf = (tab: string) => {
      const [header = [], ...rows] = workbook.getSheetByName(tab)!.getDataRange().getValues();
      const column = (name: string) => header.indexOf(name);
      return rows.map((row) => (name: string) => row[column(name)]);
    };
    const requirements = rowsOf('Role Requirements').slice(0, 3);
    const actions = rowsOf('Action Plan');
    const headers = CHECKINS_TAB.headers;
    const line = (values: Record<string, unknown>) => headers.map((h) => values[h] ?? '');
    const rows = [
      ['2026-08-14', ['Not yet', 'Developing', 'Meets'], -1],
      ['2026-11-20', ['Developing', 'Meets', 'Meets'], 0],
    ] as const;
    const values = [
      [...headers],
      ...rows.flatMap(([date, ratings, done]) => [
        ...requirements.map((cell, i) =>
          line({
            Date: date,
            Key: cell('Key'),
            Kind: 'Requirement',
            Item: cell('Requirement'),
            'Self rating': ratings[i],
            Rating: ratings[i],
          }),
        ),
        ...actions.map((cell, i) =>
          line({
            Date: date,
            Key: cell('Key'),
            Kind: 'Action',
            Item: cell('Action'),
            Status: i === done ? 'Done' : 'In progress',
          }),
        ),
      ]),
    ];
    const sheet = workbook.getSheetByName('Check-ins') ?? workbook.insertSheet('Check-ins');
    sheet.getRange(1, 1, values.length, headers.length).setValues(values);
  });
}

/** Runs an item of the preview's Extensions menu toolbar. */
async function menu(caption: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Extensions menu' })
    .getByRole('button', { name: caption, exact: true })
    .click();
}

/** Opens a dialog from the menu and waits until it has loaded (its insert button is usable or focused). */
async function openDialog(caption: string, ready: string): Promise<void> {
  await menu(caption);
  await eventually(async () => {
    expect(await page.locator('#dialog').isVisible()).toBe(true);
  });
  await dialog().locator('form[aria-busy=false]').waitFor();
  await dialog().getByRole('button', { name: ready }).waitFor();
}

async function dialogClosed(): Promise<void> {
  await eventually(async () => {
    expect(await page.locator('#dialog').isHidden()).toBe(true);
  });
}

/** Picks a role with the keyboard only: focus, type a search, arrow to the option, Enter. */
async function pickRole(name: 'Current role' | 'Target role', search: string, title: string): Promise<void> {
  const input = dialog().getByRole('combobox', { name });
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(search);
  expect(await input.getAttribute('aria-expanded')).toBe('true');
  const titles = await dialog()
    .getByRole('listbox', { name })
    .locator('[role=option] .combo-option-title')
    .allTextContents();
  const index = titles.indexOf(title);
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  expect(await input.getAttribute('aria-expanded')).toBe('false');
  expect(await input.inputValue()).toBe(title);
}

test('the built dialogs are small self-contained pages with no server code in them', () => {
  for (const name of ['RequirementsDialog', 'ActionPlanDialog', 'SinceLastDialog']) {
    const html = readFileSync(join(ROOT, 'build/docs', `${name}.html`), 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(40 * 1024);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/i);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(css).toContain('.combo-option');
    expect(css).not.toMatch(/@import|url\(/i);
    expect(html).not.toContain('://');
    expect(html).not.toContain('<?');
    for (const serverOnly of [
      'DocumentApp',
      'SpreadsheetApp',
      'LockService',
      'PropertiesService',
      'ZodError',
      'innerHTML',
    ]) {
      expect(html).not.toContain(serverOnly);
    }
  }
});

test('roles picked with the keyboard insert the requirements table after the cursor, and the dialog closes', async () => {
  await openFresh();
  // With no growth plan linked, the dialog has no roles to preselect.
  docs().fake.documentProperties.delete(LINK_KEY);
  const before = docs().snapshot();
  const outside = textOutside(docs().document, 'careergrowth.');
  await openDialog('Insert role requirements...', 'Insert table');
  const insert = dialog().getByRole('button', { name: 'Insert table' });
  expect(await insert.isDisabled()).toBe(true);
  expect(await dialog().getByRole('combobox', { name: 'Target role' }).inputValue()).toBe('');
  expect(await dialog().locator('.note').isHidden()).toBe(true);
  // Nothing was inserted before, so the dialog starts at the target role.
  expect(
    await dialog()
      .getByRole('combobox', { name: 'Target role' })
      .evaluate((e) => e === document.activeElement),
  ).toBe(true);

  await pickRole('Target role', 'senior sales op', TARGET);
  await pickRole('Current role', 'sales operations analyst', CURRENT);
  const count = Number(/^(\d+) requirements/.exec(await text(dialog().locator('.preview')))?.[1]);
  expect(count).toBeGreaterThan(0);
  expect(await text(dialog().locator('.preview'))).toContain(`new compared with ${CURRENT}`);
  // Enter in a closed picker inserts.
  await page.keyboard.press('Enter');
  await dialogClosed();

  const after = docs().snapshot();
  const [block, ...others] = blocksNamed(after, 'requirements');
  expect(others).toEqual([]);
  const body = activeTab(after).body;
  const table = block!.covers.map((i) => body[i as number]!).find((e) => e.type === 'TABLE');
  expect(table?.type === 'TABLE' && table.cells[0]).toEqual(REQUIREMENTS_COLUMNS);
  expect(table?.type === 'TABLE' && table.cells.length).toBe(count + 1);
  // The block went right after the paragraph holding the cursor; the person's text is untouched.
  const cursorAt = Number(before.cursor!.path.split('/')[0]);
  expect(Math.min(...block!.covers.map(Number))).toBe(cursorAt + 1);
  expect(textOutside(docs().document, 'careergrowth.')).toEqual(outside);

  // The page shows the block outlined with its name.
  const section = page.locator(`section.inserted[data-range="${block!.name}"]`);
  await section.waitFor();
  expect(await text(section.locator('.inserted-label'))).toBe(block!.name);
  expect(await section.locator('table.doc-table tr').count()).toBe(count + 1);
});

/** The plan's active Role Requirements rows as a table that follows the plan shows them. */
function planRows(withComparison: boolean): string[][] {
  return silently(() => {
    const sheet = preview.host.fake.spreadsheet.getSheetByName('Role Requirements')!;
    const [header = [], ...rows] = sheet.getDataRange().getValues();
    const column = (name: string) => header.indexOf(name);
    const columns = [
      'Area',
      'Requirement',
      'Compared with current role',
      'Self rating',
      'Manager rating',
    ].filter((c) => withComparison || !c.startsWith('Compared'));
    return rows
      .filter((r) => r[column('Requirement')] !== '' && r[column('In target role')] !== 'No')
      .map((r) => columns.map((c) => String(r[column(c)])));
  });
}

/** The data rows of the requirements table in the document. */
function tableRows(snapshot: DocumentSnapshot): string[][] {
  const [block] = blocksNamed(snapshot, 'requirements');
  const body = activeTab(snapshot).body;
  for (const i of block!.covers) {
    const element = body[Number(i)]!;
    if (element.type === 'TABLE') return element.cells.slice(1);
  }
  throw new Error('no table in the requirements block');
}

test('with a plan of a handbook page linked, the dialog preselects its roles and the table holds the plan’s rows', async () => {
  for (const path of ['reset', 'docs/reset']) {
    expect((await page.request.post(`${preview.url}${path}`, { data: {} })).ok()).toBe(true);
  }
  await sheetsCall('importHandbookRequirements', {
    url: HANDBOOK_PAGE,
    targetLevel: 'senior-procurement-operations-analyst',
    currentLevel: 'procurement-operations-analyst',
  });
  rate(['Developing', 'Meets']);
  await page.goto(`${preview.url}docs`);
  await page.locator('.page .doc-block').first().waitFor();

  await openDialog('Insert role requirements...', 'Insert table');
  const target = dialog().getByRole('combobox', { name: 'Target role' });
  const current = dialog().getByRole('combobox', { name: 'Current role' });
  // The fields show the titles; the line under each says where the role comes from.
  expect(await target.inputValue()).toBe('Senior Procurement Operations Analyst');
  expect(await current.inputValue()).toBe('Procurement Operations Analyst');
  const rows = planRows(true);
  expect(await text(dialog().locator('.picker-detail').last())).toBe(
    `From your growth plan · ${rows.length} requirements · Handbook page`,
  );
  expect(await dialog().locator('.picker-detail').last().getByRole('link').getAttribute('href')).toContain(
    HANDBOOK_PAGE,
  );
  expect(await text(dialog().locator('.picker-detail').first())).toBe(
    'From your growth plan · the role it compares with · Handbook page',
  );
  expect(await text(dialog().locator('.preview'))).toBe(
    `${rows.length} requirements as your growth plan lists them (the handbook's wording), marked new or not as it compares them, with its self and manager ratings.`,
  );
  expect(await text(dialog().locator('.note'))).toContain('Preselected: the roles of your growth plan');
  // Both roles known, so Enter inserts straight away.
  await eventually(async () => {
    expect(await dialog().locator(':focus').textContent()).toBe('Insert table');
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'requirements-dialog-plan.png') });
  copyFileSync(join(ARTIFACTS, 'requirements-dialog-plan.png'), '/tmp/requirements-dialog-plan.png');

  // The plan's role heads the list, in a group of its own, before the catalog's teams.
  await dialog().getByRole('button', { name: 'Show all roles for Target role' }).click();
  const list = dialog().getByRole('listbox', { name: 'Target role' });
  const firstGroup = list.getByRole('group').first();
  expect(await text(firstGroup.locator('.combo-group-label'))).toBe('Your growth plan');
  const planOption = firstGroup.getByRole('option');
  expect(await planOption.getAttribute('aria-selected')).toBe('true');
  expect(await text(planOption.locator('.combo-option-title'))).toBe('Senior Procurement Operations Analyst');
  expect(await text(planOption.locator('.combo-option-detail'))).toBe(
    `From your growth plan · handbook page · ${rows.length} requirements`,
  );
  await page.screenshot({ path: join(ARTIFACTS, 'requirements-dialog-plan-list.png') });
  copyFileSync(
    join(ARTIFACTS, 'requirements-dialog-plan-list.png'),
    '/tmp/requirements-dialog-plan-list.png',
  );
  await page.keyboard.press('Escape');

  // A catalog role as current role cannot go with the plan's own target: said before any call.
  await pickRole('Current role', 'sales operations analyst', CURRENT);
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(dialog().locator('.status'))).toBe(
      'Your growth plan compares "Senior Procurement Operations Analyst" with "Procurement Operations Analyst". Choose "Procurement Operations Analyst" (under "Your growth plan") as the current role.',
    );
  });
  expect(blocksNamed(docs().snapshot(), 'requirements')).toEqual([]);
  // A search finds the plan's role too; picking it back makes the picks the plan's again.
  await pickRole('Current role', 'procurement', 'Procurement Operations Analyst');
  expect(await text(dialog().locator('.preview'))).toContain('as your growth plan lists them');
  await dialog().getByRole('button', { name: 'Insert table' }).click();
  await dialogClosed();

  const after = docs().snapshot();
  expect(blocksNamed(after, 'requirements')).toHaveLength(1);
  expect(blocksNamed(after, 'requirements')[0]!.name).toMatch(/\.plan$/);
  expect(tableRows(after)).toEqual(rows);
  expect(tableRows(after).filter((r) => r[3] !== '').length).toBe(2);
});

test('with a catalog plan linked, the dialog preselects its catalog roles and the table follows the plan', async () => {
  await openFresh();
  await openDialog('Insert role requirements...', 'Insert table');
  expect(await dialog().getByRole('combobox', { name: 'Target role' }).inputValue()).toBe(TARGET);
  expect(await dialog().getByRole('combobox', { name: 'Current role' }).inputValue()).toBe(CURRENT);
  expect(await text(dialog().locator('.preview'))).toContain('as your growth plan');
  await eventually(async () => {
    expect(await dialog().locator(':focus').textContent()).toBe('Insert table');
  });
  await page.keyboard.press('Enter');
  await dialogClosed();
  expect(tableRows(docs().snapshot())).toEqual(planRows(true));
});

test('with a linked plan holding no requirements yet, the dialog says so and the catalog table goes in as before', async () => {
  for (const path of ['reset', 'docs/reset']) {
    expect((await page.request.post(`${preview.url}${path}`, { data: {} })).ok()).toBe(true);
  }
  await sheetsCall('setUpGrowthPlan');
  await page.goto(`${preview.url}docs`);
  await page.locator('.page .doc-block').first().waitFor();
  await openDialog('Insert role requirements...', 'Insert table');
  expect(await dialog().getByRole('combobox', { name: 'Target role' }).inputValue()).toBe('');
  expect(await text(dialog().locator('.note'))).toMatch(
    /holds no requirements yet, so pick the roles here\.$/,
  );
  await dialog().getByRole('button', { name: 'Show all roles for Target role' }).click();
  const groups = await dialog()
    .getByRole('listbox', { name: 'Target role' })
    .locator('.combo-group-label')
    .allTextContents();
  expect(groups).not.toContain('Your growth plan');
  await page.keyboard.press('Escape');
  await pickRole('Target role', 'senior sales op', TARGET);
  await page.keyboard.press('Enter');
  await dialogClosed();
  const [block] = blocksNamed(docs().snapshot(), 'requirements');
  expect(block!.name).not.toMatch(/\.plan$/);
  expect(tableRows(docs().snapshot()).length).toBeGreaterThan(0);
});

test('the action-plan dialog refuses a link that is not a Sheets URL or cannot be read, changing nothing; the growth plan link inserts the summary', async () => {
  await openFresh();
  const before = docs().snapshot();
  await openDialog('Insert action plan from growth plan...', 'Insert summary');
  const field = dialog().getByRole('textbox', { name: 'Growth plan spreadsheet' });
  const planUrl = GROWTH_PLAN_URL;
  // The link the document remembers is prefilled, selected, and has the focus.
  expect(await field.inputValue()).toBe(planUrl);
  expect(await field.evaluate((e) => e === document.activeElement)).toBe(true);

  // A document link: refused in the dialog, before any call to the server.
  const rpcCalls: string[] = [];
  const recordRpc = (request: Request): void => {
    if (request.url().endsWith('/docs/rpc'))
      rpcCalls.push(String((request.postDataJSON() as { name: unknown }).name));
  };
  page.on('request', recordRpc);
  await page.keyboard.type('https://docs.google.com/document/d/1AbcDefGhiJklMnoPqrStuVwx/edit');
  await page.keyboard.press('Enter');
  const fieldError = dialog().locator('.field-error');
  await eventually(async () => {
    expect(await text(fieldError)).toContain('not a Google Sheets URL');
  });
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(rpcCalls).toEqual([]);

  // A Sheets link the add-on cannot open: the server's message shows inline, the text stays.
  const noAccess = 'https://docs.google.com/spreadsheets/d/1NoAccessNoAccessNoAccessNoAccessABCDEFGHIJK/edit';
  await field.fill(noAccess);
  expect(await fieldError.isHidden()).toBe(true);
  await page.keyboard.press('Enter');
  const status = dialog().locator('.status');
  await eventually(async () => {
    expect(await status.getAttribute('class')).toContain('status-error');
  });
  expect(await status.getAttribute('role')).toBe('alert');
  expect((await text(status)).length).toBeGreaterThan(10);
  expect(rpcCalls).toEqual(['insertActionPlanSummary']);
  page.off('request', recordRpc);
  expect(await page.locator('#dialog').isVisible()).toBe(true);
  expect(await field.inputValue()).toBe(noAccess);
  expect(docs().snapshot()).toEqual(before);

  // The growth plan's own link inserts the summary and closes the dialog.
  await field.fill(planUrl);
  await dialog().getByRole('button', { name: 'Insert summary' }).click();
  await dialogClosed();
  const after = docs().snapshot();
  const [block, ...others] = blocksNamed(after, 'actionPlan');
  expect(others).toEqual([]);
  const body = activeTab(after).body;
  const covered = block!.covers.map((i) => body[i as number]!);
  const openActions = covered.filter((e) => e.type === 'TABLE').pop();
  // Two gaps were rated, both in focus: five open actions (plus the header row), the focus first.
  expect(openActions?.type === 'TABLE' && openActions.cells.length).toBe(6);
  if (openActions?.type === 'TABLE') {
    expect(openActions.cells[0]![0]).toBe('Priority');
    expect(openActions.cells.slice(1).map((r) => r[0])).toEqual([
      '1 (focus)',
      '1 (focus)',
      '1 (focus)',
      '2 (focus)',
      '2 (focus)',
    ]);
  }
  await page.locator(`section.inserted[data-range="${block!.name}"]`).waitFor();
});

test('a block someone edited is replaced only after they confirm; Escape and Cancel keep their edits', async () => {
  await openFresh();
  // A requirements table and an action-plan summary are in the document already.
  const request = { currentRoleId: await roleId(CURRENT), targetRoleId: await roleId(TARGET) };
  // (Both go after the cursor, so the later one, the requirements, ends up first.)
  for (const [name, args] of [
    ['insertActionPlanSummary', [{ spreadsheetUrl: GROWTH_PLAN_URL }]],
    ['insertRoleRequirements', [request]],
  ] as const) {
    const reply = await docs().call(name, [...args], 'dialog');
    const answer = reply.ok ? (reply.value as RequirementsReply) : null;
    expect(answer?.ok && answer.status).toBe('inserted');
  }
  const inserted = docs().snapshot();
  const block = blocksNamed(inserted, 'requirements')[0]!;
  const tableIndex = block.covers.map(Number).find((i) => activeTab(inserted).body[i]!.type === 'TABLE')!;
  editAsUser(docs().document, (body) =>
    body.getChild(tableIndex).asTable().getCell(1, 1).editAsText().appendText(' (we agreed: mostly there)'),
  );
  const edited = docs().snapshot();

  await openDialog('Insert role requirements...', 'Insert table');
  // The roles of the last insert are preselected, so the insert button has the focus.
  expect(await dialog().getByRole('combobox', { name: 'Target role' }).inputValue()).toBe(TARGET);
  expect(await dialog().getByRole('combobox', { name: 'Current role' }).inputValue()).toBe(CURRENT);
  expect(await text(dialog().locator('.note'))).toContain('someone edited it');
  await eventually(async () => {
    expect(await dialog().locator(':focus').textContent()).toBe('Insert table');
  });

  await page.keyboard.press('Enter');
  const confirm = dialog().getByRole('alertdialog', { name: 'Replace edited text?' });
  await confirm.waitFor();
  expect(await text(confirm)).toMatch(/edit/i);
  expect(docs().snapshot()).toEqual(edited);

  // A picture of the dialog asking (the README's picture of the Docs preview is previewEditing's).
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'docs-dialog-confirm.png') });

  // Escape steps back out of the question (not out of the dialog); the choices are kept.
  await page.keyboard.press('Escape');
  await eventually(async () => {
    expect(await confirm.isHidden()).toBe(true);
  });
  expect(await page.locator('#dialog').isVisible()).toBe(true);
  expect(await dialog().getByRole('combobox', { name: 'Target role' }).inputValue()).toBe(TARGET);
  // Cancel does the same.
  await dialog().getByRole('button', { name: 'Insert table' }).click();
  await confirm.waitFor();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await eventually(async () => {
    expect(await confirm.isHidden()).toBe(true);
  });
  expect(docs().snapshot()).toEqual(edited);

  // Confirming replaces the block in place: the edit is gone, nothing is duplicated.
  await dialog().getByRole('button', { name: 'Insert table' }).click();
  await confirm.getByRole('button', { name: 'Replace my edits' }).click();
  await dialogClosed();
  const replaced = docs().snapshot();
  expect(blocksNamed(replaced, 'requirements')).toHaveLength(1);
  expect(blocksNamed(replaced, 'actionPlan')).toHaveLength(1);
  expect(activeTab(replaced).body).toEqual(activeTab(inserted).body);
});

test('a dialog that cannot load says why and offers to try again', async () => {
  await openFresh();
  let failures = 1;
  await page.route('**/docs/rpc', async (route) => {
    const body = route.request().postDataJSON() as { name: string };
    if (body.name === 'getConversationState' && failures-- > 0) {
      return route.fulfill({
        json: { ok: false, message: 'The document is busy. <b>Try again</b> in a moment.' },
      });
    }
    return route.continue();
  });
  try {
    await menu('Insert action plan from growth plan...');
    const status = dialog().locator('.status');
    await eventually(async () => {
      expect(await text(status)).toBe('The document is busy. <b>Try again</b> in a moment.');
    });
    expect(await status.locator('b').count()).toBe(0);
    expect(await dialog().getByRole('button', { name: 'Insert summary' }).isDisabled()).toBe(true);
    // Try again has the focus; Enter loads the dialog for real.
    await eventually(async () => {
      expect(await dialog().locator(':focus').textContent()).toBe('Try again');
    });
    await page.keyboard.press('Enter');
    const field = dialog().getByRole('textbox', { name: 'Growth plan spreadsheet' });
    await eventually(async () => {
      expect(await field.inputValue()).toContain('/spreadsheets/d/');
    });
    expect(await status.isHidden()).toBe(true);
    // Escape closes the dialog without changing anything.
    await page.keyboard.press('Escape');
    await dialogClosed();
  } finally {
    await page.unroute('**/docs/rpc');
  }
});

test('the Docs preview renders the document as text and runs the menu items', async () => {
  await openFresh();
  // Text in the document is shown literally, never as markup.
  editAsUser(docs().document, (body) =>
    body.appendParagraph('<img src=x onerror="window.__pwned=1"><b>not bold</b>'),
  );
  await eventually(async () => {
    expect(await page.locator('.page').textContent()).toContain('<b>not bold</b>');
  });
  expect(await page.locator('.page img, .page b').count()).toBe(0);

  // Clicking a paragraph puts the cursor in it; "No cursor" takes it out, so the agenda goes at the end.
  await page.locator('.doc-block').first().click();
  await eventually(() => {
    expect(docs().snapshot().cursor?.path.split('/')[0]).toBe('0');
  });
  await page.getByRole('button', { name: 'No cursor' }).click();
  await eventually(async () => {
    expect(await page.getByRole('button', { name: 'No cursor' }).getAttribute('aria-pressed')).toBe('true');
  });
  expect(docs().snapshot().cursor).toBeNull();
  await menu('Insert conversation agenda');
  const agenda = page.locator('section.inserted[data-range^="careergrowth.agenda"]');
  await agenda.waitFor();
  expect(await agenda.locator('h1, h2, h3').count()).toBeGreaterThan(5);
  // At the end: only the empty paragraph a Docs body always ends with may follow it.
  const after = await page.locator('.page > section.inserted ~ *').allTextContents();
  expect(after.map((t) => t.trim())).toEqual(after.length > 0 ? [''] : []);

  // Help answers with an alert, shown as a modal that OK (or Escape) closes.
  await menu('Help');
  const alert = page.getByRole('alertdialog');
  await alert.waitFor();
  expect(await text(alert)).toContain('Insert conversation agenda');
  await page.keyboard.press('Escape');
  await eventually(async () => {
    expect(await alert.isHidden()).toBe(true);
  });

  // The two previews link to each other.
  await page.getByRole('link', { name: 'Growth plan spreadsheet preview' }).click();
  await page.getByRole('link', { name: 'Career Conversation doc preview' }).waitFor();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('"Insert since our last conversation" in the menu inserts what moved from the linked plan\'s check-ins', async () => {
  await openFresh();
  recordTwoCheckIns();
  const outside = textOutside(docs().document, 'careergrowth.');
  await menu('Insert since our last conversation');
  const section = page.locator('section.inserted[data-range^="careergrowth.sinceLast"]');
  await section.waitFor();
  const shown = await text(section);
  expect(shown).toContain('Since our last conversation');
  expect(shown).toContain('since the one before, on 2026-08-14');
  expect(shown).toMatch(
    /Ratings that moved up \(2\): .*\(Not yet → Developing\); .*\(Developing → Meets\)\./,
  );
  expect(shown).toContain('Actions done since 2026-08-14 (1)');
  expect(await page.locator('#dialog').isHidden()).toBe(true);
  expect(blocksNamed(docs().snapshot(), 'sinceLast')).toHaveLength(1);
  expect(textOutside(docs().document, 'careergrowth.')).toEqual(outside);
});

test('with no plan linked, the menu item asks for the plan in a dialog, then inserts the section', async () => {
  await openFresh();
  recordTwoCheckIns();
  docs().fake.documentProperties.delete(LINK_KEY);
  const before = docs().snapshot();
  await openDialog('Insert since our last conversation', 'Insert section');
  const field = dialog().getByRole('textbox', { name: 'Growth plan spreadsheet' });
  expect(await field.inputValue()).toBe('');
  expect(await field.evaluate((e) => e === document.activeElement)).toBe(true);
  expect(docs().snapshot()).toEqual(before);

  // Refused in the dialog before any call: not a Sheets address.
  await page.keyboard.type('https://docs.google.com/document/d/1AbcDefGhiJklMnoPqrStuVwx/edit');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(dialog().locator('.field-error'))).toContain('not a Google Sheets URL');
  });
  expect(docs().snapshot()).toEqual(before);

  await field.fill(GROWTH_PLAN_URL);
  await page.keyboard.press('Enter');
  await dialogClosed();
  await page.locator('section.inserted[data-range^="careergrowth.sinceLast"]').waitFor();
  expect(blocksNamed(docs().snapshot(), 'sinceLast')).toHaveLength(1);
  expect(docs().fake.documentProperties.get(LINK_KEY)).toBe(GROWTH_PLAN_URL);
});
