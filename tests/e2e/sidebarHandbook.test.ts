/**
 * The handbook import in the built sidebar, in headless Chromium, wired through the preview server
 * to the built Code.js, whose UrlFetchApp answers from local pages (scripts/preview/handbookNetwork).
 */
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { silently } from '../../fake';
import type { Preview } from '../../scripts/preview';
import { openSidebarBrowser, resetWorkbook, type PreviewBrowser } from '../support/browser';
import { jobFamilyMarkdown, PLANNING_PATH, pageUrl, rawUrl } from '../../scripts/harness/handbookPages';

jest.setTimeout(60_000);

/** Undefined until beforeAll opens it (and still, if opening failed). */
let browser: PreviewBrowser | undefined;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  browser = await openSidebarBrowser('careergrowth-e2e-handbook-');
  ({ preview, page } = browser);
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(browser?.errors).toEqual([]);
});

function sidebar(): FrameLocator {
  return page.frameLocator('#sidebar-frame');
}

async function openFresh(): Promise<void> {
  await page.goto(preview.url);
  await resetWorkbook(page);
  await page.goto(preview.url);
  await sidebar().getByRole('combobox', { name: 'Target role' }).waitFor();
}

function requirementTexts(): string[] {
  return silently(() => {
    const sheet = preview.host.fake.spreadsheet.getSheetByName('Role Requirements');
    if (!sheet) return [];
    const [header, ...rows] = sheet.getDataRange().getDisplayValues();
    const column = header!.indexOf('Requirement');
    return rows.map((row) => row[column]!);
  });
}

test('paste a handbook address with the keyboard, see its levels, import one: the rows appear', async () => {
  await openFresh();
  const sb = sidebar();
  // Choose "Handbook page" with the keyboard: the radio group answers to the arrow keys.
  await sb.getByRole('radio', { name: 'Catalog role' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await sb.getByRole('radio', { name: 'Handbook page' }).isChecked()).toBe(true);

  const address = sb.getByRole('textbox', { name: 'Handbook job-family page' });
  await address.focus();
  await page.keyboard.type(`${pageUrl(PLANNING_PATH)}#senior-planning-analyst`);
  await page.keyboard.press('Enter');

  const target = sb.getByRole('radio', { name: /^Senior Planning Analyst · grade 7 · 4 requirements$/ });
  await target.waitFor();
  expect(await target.isChecked()).toBe(true); // the address's anchor chose it
  expect(await sb.getByRole('radio', { name: /^Planning Analyst · grade 6/ }).count()).toBe(1);
  await sb
    .getByRole('combobox', { name: 'Current level (optional)' })
    .selectOption({ label: 'Planning Analyst · grade 6 · 3 requirements' });
  await sb.getByText('4 requirements · 3 new compared with Planning Analyst').waitFor();

  await sb.locator('.handbook-import').getByRole('button', { name: 'Import requirements' }).click();
  await sb.getByText('Imported requirements for Senior Planning Analyst').waitFor();
  await sb.getByText('Worded as the handbook page reads today').waitFor();
  expect(requirementTexts()).toEqual([
    'Builds territory models in spreadsheets',
    'Leads the yearly capacity planning cycle',
    '=SUM(A1:A9) style formulas hold no fear',
    'Coaches analysts on modelling practice',
  ]);

  if (process.env.UPDATE_SCREENSHOT === '1') {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'handbook-preview.png') });
  }

  // Opened again, the sidebar remembers where the plan's requirements came from.
  await page.goto(preview.url);
  await sb.getByRole('textbox', { name: 'Handbook job-family page' }).waitFor();
  expect(await sb.getByRole('radio', { name: 'Handbook page' }).isChecked()).toBe(true);
  expect(await sb.getByRole('textbox', { name: 'Handbook job-family page' }).inputValue()).toBe(
    pageUrl(PLANNING_PATH),
  );
});

test('a page that times out shows the message, writes nothing, and imports the catalog role instead', async () => {
  await openFresh();
  preview.host.fake.urlFetch.respond(rawUrl('sales/deal-desk'), { delayMs: 120_000 });
  const sb = sidebar();
  await sb.getByRole('radio', { name: 'Handbook page' }).check();
  await sb
    .getByRole('textbox', { name: 'Handbook job-family page' })
    .fill(`${pageUrl('sales/deal-desk')}#deal-desk-analyst`);
  await sb.getByRole('button', { name: 'Look up' }).click();

  const alert = sb.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/took too long/);
  expect(requirementTexts()).toEqual([]);
  // The message names the catalog role once; the button below it only acts on it.
  expect(await alert.textContent()).toMatch(/You can import "Deal Desk Analyst" from the catalog instead\.$/);
  const offer = sb.getByRole('button', { name: 'Import the catalog role instead' });
  expect(await offer.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
  expect(await sb.locator('.handbook-import').textContent()).not.toMatch(/catalog has/i);

  await offer.click();
  await sb.getByText('Imported requirements for Deal Desk Analyst').waitFor();
  expect(await sb.getByRole('radio', { name: 'Catalog role' }).isChecked()).toBe(true);
  expect(await sb.getByRole('combobox', { name: 'Target role' }).inputValue()).toBe('Deal Desk Analyst');
  expect(requirementTexts().length).toBeGreaterThan(0);
});

test("a catalog role whose handbook page times out offers the catalog's wording, and imports it", async () => {
  await openFresh();
  preview.host.fake.urlFetch.respond(rawUrl('sales/deal-desk'), { delayMs: 120_000 });
  const sb = sidebar();
  const target = sb.getByRole('combobox', { name: 'Target role' });
  await target.fill('deal desk analyst');
  await sb
    .getByRole('option', { name: /^Deal Desk Analyst/ })
    .first()
    .click();
  expect(await target.inputValue()).toBe('Deal Desk Analyst');
  await sb.getByRole('checkbox', { name: /Use the handbook's current wording/ }).check();
  await sb.locator('.source-panel').getByRole('button', { name: 'Import requirements' }).click();

  const alert = sb.locator('.source-panel').getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/took too long.*with the catalog's wording instead/);
  expect(requirementTexts()).toEqual([]);
  await sb.getByRole('button', { name: "Import in the catalog's wording" }).click();
  await sb.getByText('Imported requirements for Deal Desk Analyst').waitFor();
  expect(await sb.getByRole('checkbox', { name: /Use the handbook's current wording/ }).isChecked()).toBe(
    false,
  );
  expect(requirementTexts().length).toBeGreaterThan(0);
});

test('a failure that is not about the handbook offers no catalog role', async () => {
  await openFresh();
  const sb = sidebar();
  const target = sb.getByRole('combobox', { name: 'Target role' });
  await target.fill('deal desk analyst');
  await sb
    .getByRole('option', { name: /^Deal Desk Analyst/ })
    .first()
    .click();
  await sb.getByRole('checkbox', { name: /Use the handbook's current wording/ }).check();
  preview.host.fake.lockBusy = true;
  try {
    await sb.locator('.source-panel').getByRole('button', { name: 'Import requirements' }).click();
    const alert = sb.locator('.source-panel').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Someone else is updating this growth plan/);
    expect(await sb.getByRole('button', { name: /catalog/ }).count()).toBe(0);
  } finally {
    preview.host.fake.lockBusy = false;
  }
});

test('markup in a handbook page shows as text, never as HTML', async () => {
  await openFresh();
  const markup = jobFamilyMarkdown('Odd <b>Family</b>', [
    { title: 'Analyst &lt;b&gt;bold&lt;/b&gt;', grade: 6, requirements: ['Knows <i>markup</i> when seen'] },
  ]);
  preview.host.fake.urlFetch.respond(rawUrl('sales/odd-family'), { body: markup });
  const sb = sidebar();
  await sb.getByRole('radio', { name: 'Handbook page' }).check();
  await sb.getByRole('textbox', { name: 'Handbook job-family page' }).fill(pageUrl('sales/odd-family'));
  await sb.getByRole('button', { name: 'Look up' }).click();
  const level = sb.locator('.level-option label');
  await level.first().waitFor();
  expect(await level.first().textContent()).toContain('Analyst <b>bold</b>');
  expect(await sb.locator('.handbook-import img, .handbook-import b, .handbook-import i').count()).toBe(0);
});

test('a level that lists no requirements is shown but cannot be chosen, and says why', async () => {
  await openFresh();
  const markdown = jobFamilyMarkdown('Forecasting', [
    { title: 'Forecasting Analyst', grade: 6, requirements: ['Builds a weekly forecast from the pipeline'] },
    { title: 'Senior Forecasting Analyst', grade: 7, requirements: [] },
  ]);
  preview.host.fake.urlFetch.respond(rawUrl('sales/forecasting'), { body: markdown });
  const sb = sidebar();
  await sb.getByRole('radio', { name: 'Handbook page' }).check();
  // The address names the empty level: it is not chosen for the person.
  await sb
    .getByRole('textbox', { name: 'Handbook job-family page' })
    .fill(`${pageUrl('sales/forecasting')}#senior-forecasting-analyst`);
  await sb.getByRole('button', { name: 'Look up' }).click();

  const empty = sb.getByRole('radio', { name: /^Senior Forecasting Analyst · grade 7 · 0 requirements$/ });
  await empty.waitFor();
  expect(await empty.isDisabled()).toBe(true);
  expect(await empty.isChecked()).toBe(false);
  const noteId = await empty.getAttribute('aria-describedby');
  expect(await sb.locator(`[id="${noteId}"]`).textContent()).toMatch(
    /^This level lists no requirements on the page \(.+\), so it cannot be imported\.$/,
  );
  const importButton = sb.locator('.handbook-import').getByRole('button', { name: 'Import requirements' });
  expect(await importButton.isDisabled()).toBe(true);

  // The level that has requirements imports; while it runs and after, the empty one stays disabled.
  await sb.getByRole('radio', { name: /^Forecasting Analyst · grade 6/ }).check();
  expect(await importButton.isDisabled()).toBe(false);
  await importButton.click();
  await sb.getByText('Imported requirements for Forecasting Analyst').waitFor();
  expect(await empty.isDisabled()).toBe(true);
  expect(requirementTexts()).toEqual(['Builds a weekly forecast from the pipeline']);
});
