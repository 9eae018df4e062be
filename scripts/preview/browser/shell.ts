/**
 * Browser side of the preview page: a toolbar with the add-on's menu, a live view of the fake
 * workbook, and the built sidebar in a 300 px frame. Workbook values are untrusted, so every piece
 * of DOM is built with textContent.
 */
import { columnLetter } from '../../../src/core/a1';
import type { CellView, PreviewEvent, SheetView, WorkbookView } from '../views/snapshot';
import { byId, el, logEntries, menuButtons, post } from './shellKit';

const tabs = byId('tabs');
const grid = byId('grid');
const menu = byId('menu');
const log = byId('log');
const frame = byId('sidebar-frame', HTMLIFrameElement);
const sidebarPanel = byId('sidebar-panel');

let lastJson = '';
let selectedSheet: string | null = null;
let lastActiveSheet: string | null = null;
let generation: string | null = null;

const MIN_ROWS = 40;
const MIN_COLUMNS = 8;

function renderTabs(view: WorkbookView): void {
  tabs.replaceChildren(
    ...view.sheets.map((sheet) => {
      const button = el(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: `tab${sheet.hidden ? ' tab-hidden' : ''}`,
          'aria-selected': String(sheet.name === selectedSheet),
          'data-sheet': sheet.name,
          title: sheet.hidden ? `${sheet.name} (hidden tab)` : sheet.name,
        },
        [sheet.name],
      );
      button.addEventListener('click', () => {
        selectedSheet = sheet.name;
        render(view);
      });
      return button;
    }),
  );
}

function cellElement(cell: CellView | undefined, tag: 'td' | 'th', hidden: boolean): HTMLElement {
  const classes = [
    hidden ? 'col-hidden' : '',
    cell?.dropdown ? 'has-dropdown' : '',
    cell?.formula ? 'is-formula' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const element = el(tag, classes ? { class: classes } : {}, [cell?.text ?? '']);
  const titles: string[] = [];
  if (cell?.dropdown) titles.push(`Dropdown: ${cell.dropdown.join(', ')}`);
  if (hidden) titles.push('Hidden column');
  if (cell?.note) titles.push(`Note: ${cell.note}`);
  if (cell && cell.text.length > 30) titles.unshift(cell.text);
  if (titles.length > 0) element.title = titles.join('\n');
  return element;
}

function renderGrid(sheet: SheetView | undefined): void {
  if (!sheet) {
    grid.replaceChildren(el('p', { class: 'empty', text: 'No tabs.' }));
    return;
  }
  // Pad with empty cells so even an empty tab reads as a grid, as in Sheets.
  const columnCount = Math.max(sheet.columns.length, ...sheet.rows.map((row) => row.length), MIN_COLUMNS);
  const rowCount = Math.max(sheet.rows.length, MIN_ROWS);
  const letters = el('tr', {}, [
    // The corner heads nothing: a plain cell, as an empty header would be read as a nameless one.
    el('td', { class: 'corner' }),
    ...Array.from({ length: columnCount }, (_, c) =>
      el(
        'th',
        sheet.columns[c]?.hidden
          ? { class: 'letter col-hidden', scope: 'col', title: 'Hidden column' }
          : { class: 'letter', scope: 'col' },
        [columnLetter(c)],
      ),
    ),
  ]);
  const body = Array.from({ length: rowCount }, (_, r) => {
    const row = sheet.rows[r] ?? [];
    const header = r === 0 && sheet.rows.length > 0;
    return el('tr', { class: r < sheet.frozenRows ? 'frozen' : '' }, [
      el('th', { class: 'row-number', scope: 'row', text: String(r + 1) }),
      ...Array.from({ length: columnCount }, (_, c) =>
        cellElement(row[c], header && row[c]?.text ? 'th' : 'td', sheet.columns[c]?.hidden ?? false),
      ),
    ]);
  });
  // The tab's own column widths (as the add-on set them), so the view reads like the sheet.
  const widths = [
    40,
    ...Array.from({ length: columnCount }, (_, c) => {
      const column = sheet.columns[c];
      return column?.hidden ? 44 : Math.min(Math.max(column?.width ?? 100, 40), 400);
    }),
  ];
  const colgroup = el(
    'colgroup',
    {},
    widths.map((width) => el('col', { style: `width: ${width}px` })),
  );
  const total = widths.reduce((sum, width) => sum + width, 0);
  const table = el('table', { class: 'sheet', 'data-sheet': sheet.name, style: `width: ${total}px` }, [
    colgroup,
    el('thead', {}, [letters]),
    el('tbody', {}, body),
  ]);
  const nodes: Node[] = [table];
  if (sheet.moreRows > 0) nodes.push(el('p', { class: 'empty', text: `… ${sheet.moreRows} more rows` }));
  grid.replaceChildren(...nodes);
}

function renderMenu(view: WorkbookView): void {
  menu.replaceChildren(...menuButtons(view.menu, '/rpc', refresh));
}

function renderLog(events: PreviewEvent[]): void {
  log.replaceChildren(...logEntries(events));
}

function render(view: WorkbookView): void {
  const active = view.sheets.find((sheet) => sheet.active)?.name ?? null;
  // Follow the spreadsheet when the add-on activates a tab (openTab, import); otherwise keep the tab the viewer picked.
  if (active !== lastActiveSheet) {
    lastActiveSheet = active;
    selectedSheet = active;
  }
  if (!view.sheets.some((sheet) => sheet.name === selectedSheet))
    selectedSheet = active ?? view.sheets[0]?.name ?? null;
  document.title = `${view.name} · Career Growth preview`;
  byId('doc-title').textContent = view.name;
  renderTabs(view);
  renderGrid(view.sheets.find((sheet) => sheet.name === selectedSheet));
  renderMenu(view);
  renderLog(view.events);
}

async function refresh(): Promise<void> {
  try {
    const response = await fetch('/workbook', { cache: 'no-store' });
    const json = await response.text();
    if (json === lastJson) return;
    lastJson = json;
    const view = JSON.parse(json) as WorkbookView;
    if (generation !== null && view.generation !== generation) reloadSidebar();
    generation = view.generation;
    render(view);
  } catch {
    // The server is restarting or gone; the next poll tries again.
  }
}

function reloadSidebar(): void {
  sidebarPanel.hidden = false;
  frame.src = `/sidebar?t=${Date.now()}`;
}

async function reset(): Promise<void> {
  await post('/reset', {});
  await refresh();
}

byId('reset').addEventListener('click', () => void reset());
byId('close-sidebar').addEventListener('click', () => {
  sidebarPanel.hidden = true;
});
window.addEventListener('message', (event) => {
  const data = event.data as { source?: string; type?: string } | null;
  if (data?.source !== 'careergrowth-preview') return;
  if (data.type === 'close') sidebarPanel.hidden = true;
  void refresh();
});

void refresh();
window.setInterval(() => void refresh(), 1000);
