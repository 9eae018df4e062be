/**
 * The preview as a person finishes the flow in it: typing and choosing ratings in the workbook view
 * (with the keyboard and the mouse), the Summary computed from them, alerts that wait for an answer,
 * toasts, and Docs text edited by hand so that the add-on asks before replacing it. Run after
 * `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { silently } from '../../fake';
import { snapshotDocument, textOutside, type DocumentSnapshot, type TabSnapshot } from '../../fake/docs';
import type { Preview } from '../../scripts/preview';
import type { DocsPreviewHost } from '../../scripts/preview/docsHost';
import { eventually, openPreviewBrowser, type PreviewBrowser } from '../support/browser';

const ROOT = resolve(__dirname, '../..');
const ARTIFACTS = join(__dirname, 'artifacts');
const AXE = require.resolve('axe-core/axe.min.js');
const CURRENT = 'sales-operations/analyst';
const TARGET = 'sales-operations/senior-analyst';

jest.setTimeout(90_000);

let browser: PreviewBrowser | undefined;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  browser = await openPreviewBrowser('careergrowth-editing-e2e-', [
    'build/sheets/Code.js',
    'build/sheets/Sidebar.html',
    'build/docs/Code.js',
  ]);
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

/** The text as laid out (blocks and spans apart), white space collapsed. */
async function innerText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** Axe's violations inside `selector` (the rules of WCAG 2.1 A and AA). */
async function axeViolations(selector: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
    const result = (await axe.run(
      { include: [include] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
  return found;
}

async function resetBoth(): Promise<void> {
  for (const path of ['reset', 'docs/reset']) {
    const response = await page.request.post(`${preview.url}${path}`, { data: {} });
    expect(response.ok()).toBe(true);
  }
}

async function sheetsCall(name: string, ...args: unknown[]): Promise<unknown> {
  const reply = await preview.host.call(name, args);
  if (!reply.ok) throw new Error(`${name}: ${reply.message}`);
  return reply.value;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A column of a tab, as a person sees it (found by header). */
function column(tab: string, header: string): string[] {
  return silently(() => {
    const sheet = preview.host.fake.spreadsheet.getSheetByName(tab) as unknown as Sheet;
    const values = sheet.getDataRange().getDisplayValues();
    const index = values[0]!.indexOf(header);
    if (index < 0) throw new Error(`No ${header} in ${tab}`);
    return values.slice(1).map((row) => row[index]!);
  });
}

/** The cell of the workbook view named `a1` (on the tab shown). */
function cell(a1: string): Locator {
  return page.locator(`table.sheet [data-cell="${a1}"]`);
}

/** The address of the header cell whose text is `header`, e.g. "F" for Self rating. */
async function letterOf(header: string): Promise<string> {
  const address = await page
    .locator('table.sheet tbody tr:first-child > *')
    .evaluateAll(
      (cells, wanted) => cells.find((c) => c.textContent === wanted)?.getAttribute('data-cell') ?? '',
      header,
    );
  if (!address) throw new Error(`No header ${header}`);
  return address.replace(/\d+$/, '');
}

/** Moves the grid's selection with arrow keys only, from wherever it is to `a1`. */
async function arrowTo(a1: string): Promise<void> {
  const target = /^([A-Z]+)(\d+)$/.exec(a1)!;
  for (let step = 0; step < 60; step++) {
    const selected = await page.locator('table.sheet [aria-selected="true"]').getAttribute('data-cell');
    if (selected === a1) return;
    const [, col = '', row = '0'] = /^([A-Z]+)(\d+)$/.exec(selected ?? '') ?? [];
    if (Number(row) !== Number(target[2]))
      await page.keyboard.press(Number(row) < Number(target[2]) ? 'ArrowDown' : 'ArrowUp');
    else await page.keyboard.press(col < target[1]! ? 'ArrowRight' : 'ArrowLeft');
  }
  throw new Error(`Could not reach ${a1} with the arrow keys`);
}

async function showTab(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.locator(`table.sheet[data-sheet="${name}"]`).waitFor();
}

async function summaryFigure(label: string): Promise<string> {
  const row = page.locator('table.sheet[data-sheet="Summary"] tbody tr').filter({
    has: page.locator(`td:text-is("${label}")`),
  });
  return text(row.locator('td').nth(1));
}

test('a person rates in the workbook view with the keyboard and the mouse, and the Summary follows', async () => {
  await resetBoth();
  await sheetsCall('importRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET });
  const requirements = column('Role Requirements', 'Requirement').length;
  await page.goto(preview.url);
  await page.locator('table.sheet').waitFor();
  const sb = page.frameLocator('#sidebar-frame');
  await sb.getByRole('button', { name: 'Generate action plan' }).waitFor();
  await showTab('Role Requirements');
  const calls = preview.host.fake.calls.total;
  const logged = await page.locator('#log li').count();

  const self = await letterOf('Self rating');
  const evidence = await letterOf('Evidence');
  // The grid is one tab stop; the arrow keys move the selection (the hidden Key column is skipped).
  await cell('A1').focus();
  await arrowTo(`${self}2`);
  expect(await cell(`${self}2`).evaluate((e) => e === document.activeElement)).toBe(true);
  expect(await text(page.locator('#cell-name'))).toBe(`${self}2`);

  // Enter opens the rating's dropdown; arrows choose, Enter keeps it and moves down.
  await page.keyboard.press('Enter');
  const choose = page.getByRole('combobox', { name: `${self}2 Self rating: choose a value` });
  expect(await choose.evaluate((e) => e === document.activeElement)).toBe(true);
  expect(await choose.locator('option').allTextContents()).toEqual([
    '(empty)',
    'Not yet',
    'Developing',
    'Meets',
    'Exceeds',
  ]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(cell(`${self}2`))).toBe('Developing');
  });
  expect(await cell(`${self}3`).getAttribute('aria-selected')).toBe('true');

  // Typing on a dropdown cell picks the matching value.
  await page.keyboard.type('M');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(cell(`${self}3`))).toBe('Meets');
  });

  // With the mouse: a double click opens the list, a choice is kept at once.
  await cell(`${self}4`).dblclick();
  const list = page.getByRole('combobox', { name: `${self}4 Self rating: choose a value` });
  await list.click();
  await list.selectOption('Not yet');
  await eventually(async () => {
    expect(await text(cell(`${self}4`))).toBe('Not yet');
  });

  // Text: typing replaces, Enter keeps it; Escape drops what was typed.
  await cell(`${evidence}2`).click();
  await page.keyboard.type('Led the Q3 forecast review');
  expect(await page.getByRole('textbox', { name: `Edit cell ${evidence}2 (Evidence)` }).inputValue()).toBe(
    'Led the Q3 forecast review',
  );
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(cell(`${evidence}2`))).toBe('Led the Q3 forecast review');
  });
  await arrowTo(`${evidence}3`);
  await page.keyboard.type('oops');
  await page.keyboard.press('Escape');
  expect(await text(cell(`${evidence}3`))).toBe('');
  expect(await cell(`${evidence}3`).evaluate((e) => e === document.activeElement)).toBe(true);

  // The fake holds what the person typed; none of it counts as the add-on's calls or shows in its log.
  expect(column('Role Requirements', 'Self rating').slice(0, 4)).toEqual([
    'Developing',
    'Meets',
    'Not yet',
    '',
  ]);
  expect(column('Role Requirements', 'Evidence').slice(0, 2)).toEqual(['Led the Q3 forecast review', '']);
  expect(preview.host.fake.calls.total).toBe(calls);
  expect(await page.locator('#log li').count()).toBe(logged);

  // A value the rating's rule rejects is refused, as Sheets refuses it, and the cell keeps its rating.
  const refused = await page.request.post(`${preview.url}cell`, {
    data: { sheet: 'Role Requirements', row: 3, column: self.charCodeAt(0) - 64, value: 'great' },
  });
  expect(await refused.json()).toEqual({
    ok: false,
    message: `The data you entered in cell ${self}3 violates the data validation rules set on this cell.`,
  });
  expect(column('Role Requirements', 'Self rating')[1]).toBe('Meets');

  // The grid and its editor have names; axe finds nothing in the workbook.
  await cell(`${self}5`).dblclick();
  await page.getByRole('combobox', { name: `${self}5 Self rating: choose a value` }).waitFor();
  expect(await axeViolations('main.workbook')).toEqual([]);
  await page.keyboard.press('Escape');

  // The sidebar does not know until it reads the sheet again, as in Sheets.
  expect(await text(sb.locator('#ratings-heading + .progress-text'))).toBe(
    `0 of ${requirements} requirements rated · 0 gaps`,
  );
  await sb.getByRole('button', { name: 'Refresh' }).click();
  await eventually(async () => {
    expect(await text(sb.locator('#ratings-heading + .progress-text'))).toBe(
      `3 of ${requirements} requirements rated · 2 gaps`,
    );
  });

  // The Summary shows numbers, computed as Sheets would, and they follow a changed rating.
  await showTab('Summary');
  expect(await summaryFigure('Requirements')).toBe(String(requirements));
  expect(await summaryFigure('Rated')).toBe('3');
  expect(await summaryFigure('Gaps')).toBe('2');
  expect(await summaryFigure('Percent done')).toBe('0%');
  expect(await page.locator('table.sheet .is-uncomputed').count()).toBe(0);
  await showTab('Role Requirements');
  await cell(`${self}2`).click();
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: `${self}2 Self rating: choose a value` }).selectOption('Exceeds');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(cell(`${self}2`))).toBe('Exceeds');
  });
  await showTab('Summary');
  await eventually(async () => {
    expect(await summaryFigure('Gaps')).toBe('1');
  });
  expect(await summaryFigure('Rated')).toBe('3');

  // A typed formula is computed; one the preview cannot compute shows itself, marked.
  await showTab('Sheet1');
  await cell('A1').click();
  await page.keyboard.type('=Summary!B4*2');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(cell('A1'))).toBe(String(requirements * 2));
  });
  await cell('A1').click();
  expect(await text(page.locator('#cell-content'))).toBe('=Summary!B4*2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('=QUERY(A1:A,"select A")');
  await page.keyboard.press('Tab');
  await eventually(async () => {
    expect(await cell('A2').getAttribute('class')).toContain('is-uncomputed');
  });
  expect(await text(cell('A2'))).toBe('=QUERY(A1:A,"select A")');
  expect(await cell('A2').getAttribute('title')).toContain('Not computed in the preview');
  expect(await cell('B2').getAttribute('aria-selected')).toBe('true');
});

test('an alert waits for its answer in a dialog; a toast shows briefly', async () => {
  await resetBoth();
  await page.goto(preview.url);
  await page.locator('table.sheet').waitFor();
  const menu = page.getByRole('navigation', { name: 'Extensions menu' });

  // Nothing set up yet: Generate action plan fails, and says so in an alert that waits.
  await menu.getByRole('button', { name: 'Generate action plan' }).click();
  const alert = page.getByRole('alertdialog', { name: 'Career Growth' });
  await alert.waitFor();
  expect((await text(alert)).length).toBeGreaterThan(20);
  expect(await alert.getByRole('button', { name: 'OK' }).evaluate((e) => e === document.activeElement)).toBe(
    true,
  );
  expect(await page.locator('#workspace').getAttribute('inert')).not.toBeNull();
  expect(preview.host.busy()).toBe(true);
  expect(await axeViolations('#question')).toEqual([]);
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await alert.isHidden()).toBe(true);
  });
  await eventually(async () => {
    expect(await innerText(page.locator('#log li').first())).toMatch(
      /^menu menuGenerateActionPlan alert: Career Growth → OK/,
    );
  });
  expect(preview.host.busy()).toBe(false);
  expect(preview.host.fake.ui.alerts.at(-1)?.response).toBe('OK');

  // Set up from the menu: its toast appears for a few seconds.
  await menu.getByRole('button', { name: 'Set up growth plan' }).click();
  const toast = page.locator('#toasts .toast');
  await toast.waitFor();
  expect(await innerText(toast)).toMatch(/^Career Growth Created: Role Requirements, Action Plan, .*Summary/);
  await eventually(async () => {
    expect(await toast.count()).toBe(0);
  }, 12_000);
});

function docs(): DocsPreviewHost {
  const host = preview.docsHost;
  if (!host) throw new Error('The preview has no Docs host: is build/docs built?');
  return host;
}

function activeTab(snapshot: DocumentSnapshot): TabSnapshot {
  return snapshot.tabs.find((tab) => tab.id === snapshot.activeTab)!;
}

async function docsMenu(caption: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Extensions menu' })
    .getByRole('button', { name: caption, exact: true })
    .click();
}

test('text edited inside an inserted section makes the Docs menu ask; No keeps it, Yes replaces it', async () => {
  await resetBoth();
  await page.goto(`${preview.url}docs`);
  await page.locator('.doc-block').first().waitFor();
  await docsMenu('Insert conversation agenda');
  const agenda = page.locator('section.inserted[data-range^="careergrowth.agenda"]');
  await agenda.waitFor();
  const inserted = docs().snapshot();
  const outside = textOutside(docs().document, 'careergrowth.');
  const calls = docs().fake.calls.total;

  // A click on a heading inside the section edits it; Enter keeps the edit.
  const heading = agenda.locator('.doc-editable', { hasText: 'Aspirations' }).first();
  await heading.click();
  const editor = page.getByRole('textbox', { name: 'Edit heading' });
  expect(await editor.inputValue()).toBe('Aspirations');
  await page.keyboard.press('End');
  await page.keyboard.type(' and a move to a team lead role');
  expect(await axeViolations('main.doc-area')).toEqual([]);
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await agenda.locator('.doc-editable', { hasText: 'Aspirations' }).allTextContents()).toEqual([
      'Aspirations and a move to a team lead role',
    ]);
  });
  const edited = docs().snapshot();
  expect(JSON.stringify(activeTab(edited).body)).toContain('Aspirations and a move to a team lead role');
  // The person's edit is not the add-on's: no call counted, the named range still there.
  expect(docs().fake.calls.total).toBe(calls);
  expect(activeTab(edited).namedRanges.map((r) => r.name)).toEqual(
    activeTab(inserted).namedRanges.map((r) => r.name),
  );

  // The menu item asks before replacing the edited agenda. No: nothing changes.
  await docsMenu('Insert conversation agenda');
  const question = page.getByRole('alertdialog', { name: 'Career Growth' });
  await question.waitFor();
  expect(await text(question)).toContain('was edited');
  expect(await question.getByRole('button').allTextContents()).toEqual(['×', 'Yes', 'No']);
  await question.getByRole('button', { name: 'No' }).click();
  await eventually(async () => {
    expect(await question.isHidden()).toBe(true);
  });
  await eventually(async () => {
    expect(await innerText(page.locator('#log li').first())).toContain('alert: Career Growth → NO');
  });
  expect(docs().snapshot()).toEqual(edited);

  // Closing the question (Escape) is no answer either: nothing changes.
  await docsMenu('Insert conversation agenda');
  await question.waitFor();
  await page.keyboard.press('Escape');
  await eventually(async () => {
    expect(await innerText(page.locator('#log li').first())).toContain('alert: Career Growth → CLOSE');
  });
  expect(docs().snapshot()).toEqual(edited);

  // Yes: the agenda is written anew in place; the person's text outside it is untouched.
  await docsMenu('Insert conversation agenda');
  await question.waitFor();
  // The picture for the README: the edited section (scrolled to the top) and the question.
  await agenda.evaluate((e) => {
    e.scrollIntoView({ block: 'start' });
    const area = e.closest('.doc-area');
    if (area) area.scrollTop -= 32;
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'docs-preview.png') });
  if (process.env.UPDATE_SCREENSHOT === '1')
    await page.screenshot({ path: join(ROOT, 'docs', 'docs-preview.png') });
  await question.getByRole('button', { name: 'Yes' }).click();
  await eventually(async () => {
    expect(await agenda.locator('.doc-editable', { hasText: 'Aspirations' }).allTextContents()).toEqual([
      'Aspirations',
    ]);
  });
  const replaced = docs().snapshot();
  expect(
    activeTab(replaced).namedRanges.filter((r) => r.name.startsWith('careergrowth.agenda')),
  ).toHaveLength(1);
  expect(JSON.stringify(activeTab(replaced).body)).not.toContain('team lead role');
  expect(textOutside(docs().document, 'careergrowth.')).toEqual(outside);
});

test('a table cell edited inside the requirements table: Refresh asks, and No refreshes only the others', async () => {
  await resetBoth();
  await sheetsCall('importRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET });
  await page.goto(`${preview.url}docs`);
  await page.locator('.doc-block').first().waitFor();
  for (const [name, args] of [
    ['insertConversationAgenda', []],
    ['insertRoleRequirements', [{ currentRoleId: CURRENT, targetRoleId: TARGET }]],
  ] as const) {
    const reply = await docs().call(name, [...args], 'dialog');
    expect(reply.ok && (reply.value as { ok: boolean }).ok).toBe(true);
  }
  const table = page.locator('section.inserted[data-range^="careergrowth.requirements"] table.doc-table');
  await table.waitFor();

  // Keyboard: Tab to a cell, Enter edits it, Enter keeps the edit.
  const cellNode = table.locator('tr').nth(1).locator('td').nth(1);
  const before = await text(cellNode);
  await cellNode.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Edit table cell, row 2, column 2' });
  expect(await editor.inputValue()).toBe(before);
  await page.keyboard.press('End');
  await page.keyboard.type(' (agreed: mostly there)');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(table.locator('tr').nth(1).locator('td').nth(1))).toBe(
      `${before} (agreed: mostly there)`,
    );
  });
  const edited = snapshotDocument(docs().document);

  await docsMenu('Refresh inserted sections');
  const question = page.getByRole('alertdialog', { name: 'Career Growth' });
  await question.waitFor();
  expect(await text(question)).toContain('No: refresh only the sections nobody edited');
  await question.getByRole('button', { name: 'No' }).click();
  // Refresh then reports what it did in an OK alert, which waits too.
  const report = page.getByRole('alertdialog', { name: 'Career Growth' });
  await eventually(async () => {
    expect(await text(report)).not.toContain('No: refresh only');
  });
  await report.getByRole('button', { name: 'OK' }).click();
  await eventually(async () => {
    expect(await report.isHidden()).toBe(true);
  });
  const refreshed = docs().snapshot();
  const requirementsTable = (s: DocumentSnapshot) =>
    activeTab(s)
      .body.filter((e) => e.type === 'TABLE')
      .map((e) => JSON.stringify(e));
  expect(requirementsTable(refreshed)).toEqual(requirementsTable(edited));
  expect(JSON.stringify(activeTab(refreshed).body)).toContain('(agreed: mostly there)');
});

/** Sets a column of a tab by header, as a person typing in Sheets would (uncounted). */
function typeColumn(tab: string, header: string, values: string[]): void {
  silently(() => {
    const sheet = preview.host.fake.spreadsheet.getSheetByName(tab) as unknown as Sheet;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    sheet.getRange(2, headers.indexOf(header) + 1, values.length, 1).setValues(values.map((v) => [v]));
  });
}

test("the Summary's charts are drawn from what their ranges hold, and follow a person's edit", async () => {
  await resetBoth();
  // Three check-ins on three days, the ratings and statuses moving between them.
  const on = (day: string) => {
    preview.host.fake.setClock(new Date(`${day}T12:00:00Z`));
  };
  on('2026-02-10');
  await sheetsCall('setUpGrowthPlan');
  await sheetsCall('importRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET });
  typeColumn('Role Requirements', 'Self rating', ['Not yet', 'Developing', 'Developing']);
  await sheetsCall('generateActionPlan');
  await sheetsCall('recordCheckIn', {});
  on('2026-05-12');
  typeColumn('Role Requirements', 'Self rating', ['Developing', 'Meets', 'Developing', 'Meets']);
  await sheetsCall('recordCheckIn', {});
  on('2026-08-11');
  typeColumn('Role Requirements', 'Self rating', ['Meets', 'Meets', 'Exceeds', 'Meets', 'Developing']);
  // However many actions the gaps got: one done, one in progress, the others not started.
  const actions = column('Action Plan', 'Action').length;
  expect(actions).toBeGreaterThanOrEqual(3);
  typeColumn('Action Plan', 'Status', [
    'Done',
    'In progress',
    ...Array<string>(actions - 2).fill('Not started'),
  ]);
  await sheetsCall('recordCheckIn', {});
  const share = (n: number) => `${Math.round((n / actions) * 100)}%`;

  await page.goto(preview.url);
  await page.locator('table.sheet').waitFor();
  await showTab('Summary');
  const ratings = page.getByRole('img', { name: 'Ratings over check-ins' });
  const status = page.getByRole('img', { name: 'Actions by status' });
  await ratings.waitFor();
  // What the line chart says is what the progress table holds, check-in by check-in.
  const table = silently(() =>
    (preview.host.fake.spreadsheet.getSheetByName('Summary') as unknown as Sheet)
      .getRange('I1:L4')
      .getDisplayValues(),
  );
  const [header, ...checkIns] = table;
  expect(checkIns.map((row) => row[0])).toEqual(['2026-02-10', '2026-05-12', '2026-08-11']);
  const described = header!
    .slice(1)
    .map((name, s) => `${name}: ${checkIns.map((row) => `${row[0]} ${row[s + 1]}`).join(', ')}`);
  expect(await ratings.getAttribute('aria-describedby')).toBeTruthy();
  expect(await text(ratings.locator('desc'))).toBe(
    `Ratings over check-ins. Line chart. ${described.join('. ')}.`,
  );
  expect(await ratings.locator('polyline').count()).toBe(3);
  expect(await ratings.locator('circle').count()).toBe(9);
  // The pie reads the Summary's status counts, which are formulas the preview computes.
  expect(await text(status.locator('desc'))).toBe(
    `Actions by status. Pie chart. Not started: ${actions - 2} (${share(actions - 2)}); In progress: 1 (${share(1)}); Blocked: 0 (0%); Done: 1 (${share(1)}).`,
  );
  expect(await status.locator('path').count()).toBe(3);
  expect(await axeViolations('main.workbook')).toEqual([]);

  // The README's picture: the Summary with its figures and charts beside the sidebar's progress.
  await page.setViewportSize({ width: 1720, height: 1180 });
  await page.frameLocator('#sidebar-frame').getByRole('tab', { name: 'Progress' }).click();
  await page.frameLocator('#sidebar-frame').getByRole('heading', { name: 'Next check-in' }).waitFor();
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'preview.png') });
  if (process.env.UPDATE_SCREENSHOT === '1')
    await page.screenshot({ path: join(ROOT, 'docs', 'preview.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The person marks the action not started as done in the grid: the pie follows.
  await showTab('Action Plan');
  const statusLetter = await letterOf('Status');
  await cell(`${statusLetter}4`).click();
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: `${statusLetter}4 Status: choose a value` }).selectOption('Done');
  await page.keyboard.press('Enter');
  await eventually(async () => {
    expect(await text(cell(`${statusLetter}4`))).toBe('Done');
  });
  await showTab('Summary');
  await eventually(async () => {
    expect(await text(status.locator('desc'))).toBe(
      `Actions by status. Pie chart. Not started: ${actions - 3} (${share(actions - 3)}); In progress: 1 (${share(1)}); Blocked: 0 (0%); Done: 2 (${share(2)}).`,
    );
  });
  expect(await summaryFigure('Done')).toBe('2');
  expect(await summaryFigure('Percent done')).toBe(share(2));
});
