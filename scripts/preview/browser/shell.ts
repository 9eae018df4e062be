/**
 * Browser side of the preview page: a toolbar with the add-on's menu, a live, editable view of the
 * fake workbook, the built sidebar in a 300 px frame, the add-on's questions as dialogs and its
 * toasts. Workbook values are untrusted, so every piece of DOM is built with textContent.
 */
import type { PreviewEvent, ToastView, WorkbookView } from '../views/snapshot';
import { createGrid } from './grid';
import { questionDialog } from './questionDialog';
import { byId, callsInFlight, el, logEntries, menuButtons, post } from './shellKit';

const tabs = byId('tabs');
const menu = byId('menu');
const log = byId('log');
const frame = byId('sidebar-frame', HTMLIFrameElement);
const sidebarPanel = byId('sidebar-panel');
const toastBox = byId('toasts');

let lastJson = '';
let view: WorkbookView | null = null;
let selectedSheet: string | null = null;
let lastActiveSheet: string | null = null;
let generation: string | null = null;
/** Toasts up to this id were shown (or were there before the page loaded). */
let shownToast: number | null = null;
/** The sidebar started a call: look for a question soon. */
let sidebarCalling = false;

const grid = createGrid({
  host: byId('grid'),
  cellName: byId('cell-name'),
  cellContent: byId('cell-content'),
  status: byId('cell-status'),
  edited: () => refresh(),
});

const questions = questionDialog(
  '/answer',
  [byId('topbar'), byId('toolbar'), byId('workspace')],
  () => void refresh(),
);

function renderTabs(current: WorkbookView): void {
  tabs.replaceChildren(
    ...current.sheets.map((sheet) => {
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
        render(current);
      });
      return button;
    }),
  );
}

function renderMenu(current: WorkbookView): void {
  menu.replaceChildren(...menuButtons(current.menu, '/rpc', refresh));
}

function renderLog(events: PreviewEvent[]): void {
  log.replaceChildren(...logEntries(events));
}

/** New toasts appear for a few seconds, as Sheets shows them in the corner. */
function showToasts(toasts: ToastView[]): void {
  const newest = Math.max(0, ...toasts.map((t) => t.id));
  if (shownToast === null) {
    shownToast = newest;
    return;
  }
  for (const toast of toasts) {
    if (toast.id <= shownToast) continue;
    const node = el('div', { class: 'toast', 'data-toast': String(toast.id) }, [
      toast.title ? el('strong', { text: toast.title }) : null,
      el('span', { text: toast.message }),
    ]);
    toastBox.appendChild(node);
    const seconds = toast.timeoutSeconds > 0 ? Math.min(Math.max(toast.timeoutSeconds, 3), 10) : 10;
    window.setTimeout(() => {
      node.remove();
    }, seconds * 1000);
  }
  shownToast = Math.max(shownToast, newest);
}

function render(current: WorkbookView): void {
  const active = current.sheets.find((sheet) => sheet.active)?.name ?? null;
  // Follow the spreadsheet when the add-on activates a tab (openTab, import); otherwise keep the tab the viewer picked.
  if (active !== lastActiveSheet) {
    lastActiveSheet = active;
    selectedSheet = active;
  }
  if (!current.sheets.some((sheet) => sheet.name === selectedSheet))
    selectedSheet = active ?? current.sheets[0]?.name ?? null;
  document.title = `${current.name} · Career Growth preview`;
  byId('doc-title').textContent = current.name;
  renderTabs(current);
  grid.render(current.sheets.find((sheet) => sheet.name === selectedSheet));
  renderMenu(current);
  renderLog(current.events);
  showToasts(current.toasts);
  questions.show(current.question);
}

async function refresh(): Promise<void> {
  try {
    const response = await fetch('/workbook', { cache: 'no-store' });
    const json = await response.text();
    if (json === lastJson) return;
    lastJson = json;
    view = JSON.parse(json) as WorkbookView;
    if (generation !== null && view.generation !== generation) reloadSidebar();
    generation = view.generation;
    render(view);
  } catch {
    // The server is restarting or gone; the next poll tries again.
  }
}

/** Looks at the workbook every second, and often while the add-on runs (it may ask something). */
async function poll(): Promise<void> {
  await refresh();
  const running = callsInFlight() > 0 || sidebarCalling || view?.busy === true;
  window.setTimeout(() => void poll(), running ? 150 : 1000);
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
  if (data.type === 'rpc-start') sidebarCalling = true;
  if (data.type === 'rpc') sidebarCalling = false;
  if (data.type === 'close') sidebarPanel.hidden = true;
  void refresh();
});

void poll();
