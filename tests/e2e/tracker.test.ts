/**
 * The career tracker in the built sidebar, in headless Chromium against the preview server: rating
 * with the keyboard, conflicts with edits made in the sheet, and check-ins over several days (the
 * fake's clock says what day it is). Run after `npm run build`; screenshots go to tests/e2e/artifacts.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { silently } from '../../fake';
import type { Preview } from '../../scripts/preview';
import { eventually, openSidebarBrowser, resetWorkbook, type PreviewBrowser } from '../support/browser';

const ROOT = resolve(__dirname, '../..');
const AXE = require.resolve('axe-core/axe.min.js');
const ARTIFACTS = join(__dirname, 'artifacts');
const TARGET = 'sales-operations/senior-analyst';
const TAB = 'Role Requirements';

jest.setTimeout(90_000);

let browser: PreviewBrowser | undefined;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  browser = await openSidebarBrowser('careergrowth-tracker-');
  ({ preview, page } = browser);
  mkdirSync(ARTIFACTS, { recursive: true });
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

/** Runs axe-core on the sidebar's document: no violations in this state. */
async function expectAccessible(state: string): Promise<void> {
  const frame = page.frame({ url: /\/sidebar/ });
  if (!frame) throw new Error('No sidebar frame');
  await page.mouse.move(0, 0);
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
  // The page's h1 sits outside <main> on this branch; main moved it inside (27bc9a8).
  const ours = found.filter((v) => v !== 'region: h1');
  expect({ state, violations: ours }).toEqual({ state, violations: [] });
}

/** Calls a Growth Plan function on the preview's workbook as the sidebar would, failing on an error. */
async function serverCall(name: string, ...args: unknown[]): Promise<unknown> {
  const reply = await preview.host.call(name, args);
  if (!reply.ok) throw new Error(`${name}: ${reply.message}`);
  const value = reply.value as { ok?: boolean; message?: string } | null;
  if (value?.ok === false) throw new Error(`${name} answered: ${value.message ?? ''}`);
  return value;
}

/**
 * A fresh workbook with the target role's requirements imported, the sidebar loaded on it; `day`
 * (yyyy-mm-dd) is what day it is for the add-on.
 */
async function openWithRequirements(day?: string): Promise<void> {
  await page.goto(preview.url);
  await resetWorkbook(page);
  setDay(day);
  await serverCall('importRoleRequirements', { currentRoleId: null, targetRoleId: TARGET });
  await page.goto(preview.url);
  await sidebar().getByRole('tab', { name: 'Plan' }).waitFor();
}

/** The add-on's "now": noon UTC of the day (undefined: the real clock). */
function setDay(day: string | undefined): void {
  preview.host.fake.setClock(day === undefined ? null : new Date(`${day}T12:00:00Z`));
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function fakeSheet(name: string): Sheet {
  const sheet = silently(() => preview.host.fake.spreadsheet.getSheetByName(name));
  if (!sheet) throw new Error(`No tab "${name}"`);
  return sheet as unknown as Sheet;
}

/** The values of a column of Role Requirements, by header, below the header row. */
function columnValues(header: string): unknown[] {
  return silently(() => {
    const values: unknown[][] = fakeSheet(TAB).getDataRange().getValues();
    const column = values[0]!.indexOf(header);
    if (column < 0) throw new Error(`No column ${header}`);
    return values.slice(1).map((row): unknown => row[column]);
  });
}

/** Types into one cell of Role Requirements (row 1 = the first data row), as a person in the sheet would. */
function typeIntoCell(header: string, row: number, value: string): void {
  silently(() => {
    const sheet = fakeSheet(TAB);
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
    sheet.getRange(row + 1, headers.indexOf(header) + 1).setValue(value);
  });
}

function focused(): Locator {
  return sidebar().locator(':focus');
}

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Opens the Rate view with the keyboard and answers who is rating. */
async function startRating(as: "I'm rating myself" | "I'm the manager"): Promise<void> {
  const sb = sidebar();
  await sb.getByRole('tab', { name: 'Plan' }).focus();
  await press('ArrowRight');
  expect(await sb.getByRole('tab', { name: 'Rate' }).getAttribute('aria-selected')).toBe('true');
  const choice = sb.getByRole('button', { name: as });
  await choice.waitFor();
  await expectAccessible('asking who rates');
  await choice.focus();
  await press('Enter');
  await sb.getByRole('radiogroup').waitFor();
  await eventually(async () => {
    expect(await focused().getAttribute('role')).toBe('radio');
  });
}

test('a person rates three requirements with the keyboard, saves, and sees them in the sheet', async () => {
  await openWithRequirements();
  const sb = sidebar();
  const requirements = columnValues('Requirement');
  await startRating("I'm rating myself");

  const position = sb.locator('.rating-position');
  expect(await text(position)).toBe(
    `Requirement 1 of ${requirements.length} · 0 of ${requirements.length} rated`,
  );
  expect(await text(sb.locator('.requirement-text'))).toBe(requirements[0]);

  // 1: arrows move without choosing, Space chooses; then evidence, then Next.
  await press('ArrowRight', 2);
  expect(await text(focused())).toBe('Meets');
  expect(await sb.getByRole('radio', { checked: true }).count()).toBe(0);
  await press('Space');
  expect(await text(sb.getByRole('radio', { checked: true }))).toContain('Meets');
  await press('Tab');
  await page.keyboard.type('Led the Q3 pipeline review; deal desk turnaround down from 3 days to 1');
  await press('Tab', 2); // Previous, Next
  expect(await text(focused())).toBe('Next');
  await press('Enter');
  expect(await text(position)).toMatch(/^Requirement 2 of \d+ · 1 of \d+ rated$/);

  // 2: focus came back to the ratings; Enter chooses.
  await press('ArrowRight');
  await press('Enter');
  await press('Tab', 3);
  await press('Enter');

  // 3: End goes to the last rating.
  await press('End');
  await press('Space');
  expect(await text(sb.locator('.unsaved'))).toBe('3 unsaved changes');
  expect(await text(sb.getByRole('tab', { name: /Rate/ }))).toContain('3');

  await expectAccessible('rating, three unsaved changes');
  // The view as people see it, for the README.
  await page.screenshot({ path: join(ARTIFACTS, 'rating-view.png') });
  await sb.locator('.rating-view').screenshot({ path: join(ARTIFACTS, 'rating-view-sidebar.png') });

  // Tab on to Save: evidence, Previous, Next, the requirement list, Save.
  await press('Tab', 5);
  expect(await text(focused())).toBe('Save ratings');
  await press('Enter');
  await eventually(async () => {
    expect(await text(sb.locator('.save-bar .status'))).toBe('Saved 3 requirements');
  });
  expect(await text(sb.locator('.unsaved'))).toBe('No unsaved changes');

  const self = columnValues('Self rating');
  expect(self.slice(0, 4)).toEqual(['Meets', 'Developing', 'Exceeds', '']);
  expect(columnValues('Manager rating').slice(0, 3)).toEqual(['', '', '']);
  expect(columnValues('Evidence')[0]).toBe(
    'Led the Q3 pipeline review; deal desk turnaround down from 3 days to 1',
  );

  // The workbook view shows them too.
  await page.getByRole('tab', { name: TAB }).click();
  const table = page.locator(`table.sheet[data-sheet="${TAB}"]`);
  await eventually(async () => {
    const header = await table.locator('tbody tr:first-child th:not(.row-number)').allTextContents();
    const selfColumn = header.indexOf('Self rating') + 2;
    const cells = await table.locator(`tbody tr > :nth-child(${selfColumn})`).allTextContents();
    expect(cells.slice(1, 4)).toEqual(['Meets', 'Developing', 'Exceeds']);
  });
  // The Plan view's counts follow the save.
  await sb.getByRole('tab', { name: 'Plan' }).click();
  expect(await text(sb.locator('#ratings-heading + .progress-text'))).toBe(
    `3 of ${requirements.length} requirements rated · 1 gap`,
  );

  // Nothing scrolls sideways in the 300 px sidebar.
  await sb.getByRole('tab', { name: 'Rate' }).click();
  const widths = await sb
    .locator('body')
    .evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);

  // The picture for the user guide: the first rated requirement beside the tab it was saved into.
  await page.getByRole('tab', { name: TAB }).click();
  await sb.getByLabel('Go to requirement').selectOption('0');
  await eventually(async () => {
    expect(await sb.locator('.evidence-input').inputValue()).toBe(
      'Led the Q3 pipeline review; deal desk turnaround down from 3 days to 1',
    );
  });
  await page.screenshot({ path: join(ARTIFACTS, 'rating-preview.png') });
  if (process.env.UPDATE_SCREENSHOT === '1') {
    await page.screenshot({ path: join(ROOT, 'docs', 'rating-preview.png') });
  }
});

test('a conflict with the sheet is shown with both values and resolved either way', async () => {
  await openWithRequirements();
  const sb = sidebar();
  await startRating("I'm rating myself");
  const radio = (name: string) => sb.getByRole('radio', { name });

  // Unsaved changes survive a trip to the Plan view.
  await radio('Meets').click();
  await sb.getByRole('tab', { name: 'Plan' }).click();
  await sb.getByRole('tab', { name: /^Rate/ }).click();
  expect(await radio('Meets').getAttribute('aria-checked')).toBe('true');

  // Someone rates the same requirement in the sheet meanwhile.
  typeIntoCell('Self rating', 1, 'Exceeds');
  await sb.getByRole('button', { name: 'Save ratings' }).click();
  const conflict = sb.locator('.conflict');
  await conflict.waitFor();
  expect(await text(conflict.locator('.conflict-title'))).toBe(
    'This requirement changed in the sheet since you opened it',
  );
  expect(await text(conflict)).toContain('Changed in the sheet: Self rating: not rated → Exceeds');
  expect(await text(conflict)).toContain('In the sheet: Exceeds · no evidence');
  expect(await text(conflict)).toContain('Yours: Meets · no evidence');
  expect(columnValues('Self rating')[0]).toBe('Exceeds');
  await page.screenshot({ path: join(ARTIFACTS, 'rating-conflict.png') });
  await expectAccessible('a conflict');

  // Keep the sheet's: the row reloads with the sheet's rating, nothing is unsaved.
  await sb.getByRole('button', { name: "Keep the sheet's" }).click();
  await eventually(async () => {
    expect(await conflict.isHidden()).toBe(true);
  });
  expect(await radio('Exceeds').getAttribute('aria-checked')).toBe('true');
  expect(await text(sb.locator('.unsaved'))).toBe('No unsaved changes');
  expect(columnValues('Self rating')[0]).toBe('Exceeds');

  // Again, now the sheet's evidence changes; "Use mine" saves the rating and keeps that evidence.
  await radio('Developing').click();
  typeIntoCell('Evidence', 1, 'Typed in the sheet by my manager');
  await sb.getByRole('button', { name: 'Save ratings' }).click();
  await conflict.waitFor();
  expect(await text(conflict)).toContain('Changed in the sheet: Evidence edited');
  await sb.getByRole('button', { name: 'Use mine' }).click();
  await eventually(() => {
    expect(columnValues('Self rating')[0]).toBe('Developing');
  });
  expect(columnValues('Evidence')[0]).toBe('Typed in the sheet by my manager');
  expect(await conflict.isHidden()).toBe(true);
  expect(await sb.locator('.evidence-input').inputValue()).toBe('Typed in the sheet by my manager');
});

test('a manager rates beside the self rating and sees the difference', async () => {
  await openWithRequirements();
  const first = ((await serverCall('getRatings')) as { rows: { key: string; version: string }[] }).rows[0]!;
  await serverCall('saveRatings', {
    rater: 'self',
    changes: [{ key: first.key, rating: 'Developing', evidence: '', version: first.version }],
  });
  const sb = sidebar();
  await startRating("I'm the manager");
  const comparison = sb.locator('.rating-comparison');
  expect(await text(comparison)).toBe('Self: Developing, Manager: not rated');
  expect(await text(sb.locator('.rating-label'))).toBe('Manager rating');
  await sb.getByRole('radio', { name: 'Meets' }).click();
  expect(await text(comparison)).toBe('Self: Developing, Manager: Meets, +1');
  await sb.getByRole('radio', { name: 'Not yet' }).click();
  expect(await text(comparison)).toBe('Self: Developing, Manager: Not yet, \u22121');
  await sb.getByRole('radio', { name: 'Meets' }).click();
  await sb.getByRole('button', { name: 'Save ratings' }).click();
  await eventually(() => {
    expect(columnValues('Manager rating')[0]).toBe('Meets');
  });
  expect(columnValues('Self rating')[0]).toBe('Developing');
  await page.screenshot({ path: join(ARTIFACTS, 'rating-manager.png') });
  await expectAccessible('a manager rating');

  // The choice is remembered: a reload goes straight to rating as the manager, and it can change.
  await page.goto(preview.url);
  await sb.getByRole('tab', { name: 'Rate' }).click();
  await eventually(async () => {
    expect(await text(sb.locator('.rater-line'))).toContain('Rating as the manager');
  });
  await sb.getByRole('button', { name: 'Change' }).click();
  await sb.getByRole('button', { name: "I'm rating myself" }).click();
  await eventually(async () => {
    expect(await text(sb.locator('.rater-line'))).toContain('Rating yourself');
  });
  expect(await text(sb.locator('.rating-label'))).toBe('Your rating');
});

test('a bad moment on the server shows inline and keeps the unsaved ratings', async () => {
  await openWithRequirements();
  const sb = sidebar();
  // The Plan view's "Rate in the sidebar" opens the Rate view and puts the keyboard on its question.
  await sb.getByRole('button', { name: 'Rate in the sidebar' }).click();
  await eventually(async () => {
    expect(await text(focused())).toBe('Who is rating?');
  });
  await press('Tab');
  await press('Enter'); // I'm rating myself
  await eventually(async () => {
    expect(await focused().getAttribute('role')).toBe('radio');
  });
  await sb.getByRole('radio', { name: 'Meets' }).click();
  preview.host.fake.lockBusy = true;
  try {
    await sb.getByRole('button', { name: 'Save ratings' }).click();
    const status = sb.locator('.save-bar .status');
    await eventually(async () => {
      expect(await text(status)).toContain('Someone else is updating this growth plan');
    });
    expect(await status.getAttribute('role')).toBe('alert');
  } finally {
    preview.host.fake.lockBusy = false;
  }
  expect(await text(sb.locator('.unsaved'))).toBe('1 unsaved change');
  await sb.getByRole('button', { name: 'Save ratings' }).click();
  await eventually(() => {
    expect(columnValues('Self rating')[0]).toBe('Meets');
  });
});

test('check-ins on three days with changing ratings: the progress view shows what moved', async () => {
  await openWithRequirements('2027-02-10');
  const sb = sidebar();
  const requirements = columnValues('Requirement') as string[];
  await startRating("I'm rating myself");

  /** Rates the requirements at these positions (0-based) in the Rate view and saves. */
  async function rateAndSave(ratings: [number, string][]): Promise<void> {
    await sb.getByRole('tab', { name: /^Rate/ }).click();
    for (const [index, rating] of ratings) {
      await sb.getByLabel('Go to requirement').selectOption(String(index));
      await sb.getByRole('radio', { name: rating }).click();
    }
    await sb.getByRole('button', { name: 'Save ratings' }).click();
    await eventually(async () => {
      expect(await text(sb.locator('.unsaved'))).toBe('No unsaved changes');
    });
  }

  const progressTab = sb.getByRole('tab', { name: /^Progress/ });
  const history = sb.locator('.check-ins > li');

  async function recordCheckIn(note: string, date: string, count: number): Promise<void> {
    await progressTab.click();
    await sb.getByLabel('Note (optional)').fill(note);
    await sb.getByRole('button', { name: 'Record check-in' }).click();
    await eventually(async () => {
      expect(await text(sb.locator('#checkin-heading ~ .status'))).toContain(`Check-in recorded for ${date}`);
    });
    expect(await history.count()).toBe(count);
  }

  // Day 1: two gaps, then the first check-in.
  await rateAndSave([
    [0, 'Developing'],
    [1, 'Not yet'],
  ]);
  await progressTab.click();
  await eventually(async () => {
    expect(await text(sb.locator('#changes-heading'))).toBe('Where you stand now');
  });
  expect(await text(sb.locator('.standing'))).toContain(
    `0 of ${requirements.length} at Meets or above · 2 gaps`,
  );
  await recordCheckIn('Agreed on the first two gaps', 'Feb 10, 2027', 1);

  // Day 2, three months on: one gap closes, another requirement is met.
  setDay('2027-05-12');
  await rateAndSave([
    [0, 'Meets'],
    [2, 'Meets'],
  ]);
  await progressTab.click();
  await eventually(async () => {
    expect(await text(sb.locator('#changes-heading'))).toBe('Since the check-in of Feb 10, 2027');
  });
  expect(await text(sb.locator('.changes-sentence'))).toMatch(/2 requirements moved to Meets/);
  const moves = sb.locator('.moves > li');
  expect(await moves.count()).toBe(2);
  const move = (li: Locator) =>
    Promise.all([text(li.locator('.move-requirement')), text(li.locator('.move-ratings'))]);
  expect(await move(moves.first())).toEqual([requirements[0], 'Developing → Meets']);
  expect(await move(moves.nth(1))).toEqual([requirements[2], 'not rated → Meets']);
  await recordCheckIn('Pipeline review done', 'May 12, 2027', 2);

  // Day 3: one rating moves down, another up.
  setDay('2027-08-20');
  await rateAndSave([
    [1, 'Meets'],
    [2, 'Developing'],
  ]);
  await progressTab.click();
  await eventually(async () => {
    expect(await text(sb.locator('#changes-heading'))).toBe('Since the check-in of May 12, 2027');
  });
  expect(await move(sb.locator('.moves .move-up'))).toEqual([requirements[1], 'Not yet → Meets']);
  expect(await move(sb.locator('.moves .move-down'))).toEqual([requirements[2], 'Meets → Developing']);
  expect(await sb.locator('.moves .move-down .visually-hidden').textContent()).toBe('Down: ');
  await recordCheckIn('Mid-year review', 'Aug 20, 2027', 3);

  // Newest first, each with its figures and note.
  const total = requirements.length;
  expect((await history.allInnerTexts()).map((t) => t.split(/\n+/))).toEqual([
    [
      'Aug 20, 2027',
      `2 of ${total} at Meets or above · 1 gap · ${total - 3} unrated`,
      'No actions yet',
      'Mid-year review',
    ],
    [
      'May 12, 2027',
      `2 of ${total} at Meets or above · 1 gap · ${total - 3} unrated`,
      'No actions yet',
      'Pipeline review done',
    ],
    [
      'Feb 10, 2027',
      `0 of ${total} at Meets or above · 2 gaps · ${total - 2} unrated`,
      'No actions yet',
      'Agreed on the first two gaps',
    ],
  ]);
  await page.screenshot({ path: join(ARTIFACTS, 'progress-view.png') });
  await expectAccessible('progress after three check-ins');
  await sb.locator('#history-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'progress-view-history.png') });

  // The next check-in: its calendar link opens a new tab; a chosen date replaces the proposal.
  const calendar = sb.getByRole('link', { name: /Add to Google Calendar/ });
  expect(await calendar.getAttribute('href')).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?/);
  expect(await calendar.getAttribute('target')).toBe('_blank');
  expect(await calendar.getAttribute('rel')).toBe('noopener');
  await sb.getByLabel('Move it to').fill('2027-10-01');
  await sb.getByRole('button', { name: 'Save date' }).click();
  await eventually(async () => {
    expect(await text(sb.locator('.next-text'))).toMatch(/· Oct 1, 2027$/);
  });
  expect(await calendar.getAttribute('href')).toContain('20271001');

  // When that day comes, the view and its tab say a check-in is due.
  setDay('2027-10-02');
  await sb.getByRole('tab', { name: 'Plan' }).click();
  await progressTab.click();
  await eventually(async () => {
    expect(await text(sb.locator('.due-banner'))).toMatch(/is due \(planned for Oct 1, 2027\)\.$/);
  });
  expect(await text(progressTab)).toContain('a check-in is due');
  await expectAccessible('a check-in is due');
});
