/**
 * Browser side of the Docs preview page: a toolbar with the add-on's menu, a page-like rendering of
 * the fake document (the add-on's blocks outlined and labelled with their named-range names), its
 * alerts, and its dialogs in a modal frame. Document text is untrusted: textContent only.
 */
import type { DocAlertView, DocElementView, DocumentView, InsertedRangeView } from '../views/docsView';
import type { PreviewEvent } from '../views/snapshot';
import { byId, el, logEntries, menuButtons, post } from './shellKit';

const page = byId('page');
const menu = byId('menu');
const log = byId('log');
const status = byId('doc-status');
const growthPlan = byId('growth-plan');
const noCursor = byId('no-cursor', HTMLButtonElement);
const alertBox = byId('alert');
const dialogBox = byId('dialog');
const dialogFrame = byId('dialog-frame', HTMLIFrameElement);

let lastJson = '';
let view: DocumentView | null = null;
/** Dialogs and alerts are shown once: the page remembers the newest it has shown. */
let shownDialog = 0;
let shownAlert = 0;
let generation: string | null = null;
/** What was shown before this page loaded stays closed. */
let firstRender = true;
const pendingAlerts: DocAlertView[] = [];
let focusBeforeModal: HTMLElement | null = null;

const HEADING_TAGS: Record<string, 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'> = {
  TITLE: 'h1',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};

function elementNode(element: DocElementView): HTMLElement {
  switch (element.type) {
    case 'paragraph': {
      const tag = HEADING_TAGS[element.heading] ?? 'p';
      const className =
        element.heading === 'TITLE' ? 'doc-title' : element.heading === 'SUBTITLE' ? 'doc-subtitle' : '';
      // An empty paragraph still takes a line, as in Docs.
      return el(tag, className ? { class: className } : {}, [element.text || '\u00a0']);
    }
    case 'listItem':
      return el('p', { class: 'doc-list-item', style: `margin-left: ${18 + element.nesting * 18}px` }, [
        element.text,
      ]);
    case 'table':
      return el('table', { class: 'doc-table' }, [
        el(
          'tbody',
          {},
          element.rows.map((row) =>
            el(
              'tr',
              {},
              row.map((cell) => el('td', {}, [cell])),
            ),
          ),
        ),
      ]);
    case 'other':
      return el('p', { class: 'doc-other' }, [element.label]);
  }
}

/** Wraps each element in a block; a click puts the cursor in it (the add-on inserts after it). */
function blockNode(element: DocElementView, index: number, cursorIn: number | null): HTMLElement {
  const block = el('div', { class: 'doc-block', 'data-index': String(index) }, [elementNode(element)]);
  block.addEventListener('click', () => void setCursor(index));
  if (cursorIn === index) {
    block.classList.add('has-cursor');
    block.appendChild(el('div', { class: 'doc-cursor', 'aria-label': 'The cursor is here', role: 'img' }));
  }
  return block;
}

function renderDocument(current: DocumentView): void {
  const rangeAt = new Map<number, InsertedRangeView>();
  for (const range of current.ranges) rangeAt.set(range.first, range);
  /** The elements from index `from` up to (not including) `to`, as nodes. */
  const blocks = (from: number, to: number): Node[] =>
    current.elements.slice(from, to).map((element, k) => blockNode(element, from + k, current.cursorIn));
  const nodes: Node[] = [];
  for (let i = 0; i < current.elements.length;) {
    const range = rangeAt.get(i);
    if (range && range.last >= i) {
      const inner = blocks(i, range.last + 1);
      nodes.push(
        el(
          'section',
          { class: 'inserted', 'data-range': range.name, 'aria-label': `Inserted block ${range.name}` },
          [el('span', { class: 'inserted-label' }, [range.name]), ...inner],
        ),
      );
      i = range.last + 1;
    } else {
      nodes.push(...blocks(i, i + 1));
      i += 1;
    }
  }
  if (current.elements.length === 0)
    nodes.push(el('p', { class: 'doc-empty', text: 'The document is empty.' }));
  page.replaceChildren(...nodes);
}

function renderMenu(current: DocumentView): void {
  menu.replaceChildren(...menuButtons(current.menu, '/docs/rpc', refresh));
}

function renderLog(events: PreviewEvent[]): void {
  log.replaceChildren(...logEntries(events));
}

function render(current: DocumentView): void {
  document.title = `${current.name} · Career Conversation preview`;
  byId('doc-title').textContent = current.name;
  status.textContent = current.state === 'ready' ? '' : current.message;
  status.hidden = current.state === 'ready';
  page.hidden = current.state !== 'ready';
  noCursor.setAttribute('aria-pressed', String(current.cursorIn === null));
  growthPlan.replaceChildren(
    ...(current.growthPlan
      ? [
          'Linked growth plan: ',
          el('a', { href: '/', text: current.growthPlan.name }),
          el('span', { class: 'url', text: current.growthPlan.url }),
        ]
      : []),
  );
  renderDocument(current);
  renderMenu(current);
  renderLog(current.events);
  if (firstRender) {
    firstRender = false;
    shownAlert = Math.max(0, ...current.alerts.map((a) => a.id));
    shownDialog = current.dialog?.id ?? 0;
  }
  for (const alert of current.alerts) {
    if (alert.id > shownAlert) {
      shownAlert = alert.id;
      pendingAlerts.push(alert);
    }
  }
  showNextAlert();
  if (current.dialog && current.dialog.id > shownDialog) {
    shownDialog = current.dialog.id;
    openDialog(current.dialog.id, current.dialog.title, current.dialog.width, current.dialog.height);
  }
}

function rememberFocus(): void {
  if (alertBox.hidden && dialogBox.hidden) focusBeforeModal = document.activeElement as HTMLElement | null;
}

function restoreFocus(): void {
  if (alertBox.hidden && dialogBox.hidden) focusBeforeModal?.focus();
}

function showNextAlert(): void {
  if (!alertBox.hidden || !dialogBox.hidden) return;
  const alert = pendingAlerts.shift();
  if (!alert) return;
  rememberFocus();
  byId('alert-title').textContent = alert.title || 'Career Conversation';
  byId('alert-prompt').textContent = alert.prompt;
  const answer = byId('alert-answer');
  answer.textContent =
    alert.buttons === 'OK'
      ? ''
      : `The preview answered “${alert.response.replace(/_/g, ' ').toLowerCase()}”.`;
  answer.hidden = alert.buttons === 'OK';
  alertBox.hidden = false;
  byId('alert-ok').focus();
}

function closeAlert(): void {
  alertBox.hidden = true;
  restoreFocus();
  showNextAlert();
}

function openDialog(id: number, title: string, width: number, height: number): void {
  rememberFocus();
  byId('dialog-title').textContent = title;
  dialogFrame.style.width = `${width}px`;
  dialogFrame.style.height = `${height}px`;
  dialogFrame.src = `/docs/dialog?id=${id}`;
  dialogBox.hidden = false;
  dialogFrame.addEventListener(
    'load',
    () => {
      dialogFrame.focus();
    },
    { once: true },
  );
}

function closeDialog(): void {
  if (dialogBox.hidden) return;
  dialogBox.hidden = true;
  dialogFrame.src = 'about:blank';
  restoreFocus();
  showNextAlert();
}

async function refresh(): Promise<void> {
  try {
    const response = await fetch('/docs/document', { cache: 'no-store' });
    const json = await response.text();
    if (json === lastJson) return;
    lastJson = json;
    view = JSON.parse(json) as DocumentView;
    if (generation !== null && view.generation !== generation) closeDialog();
    generation = view.generation;
    render(view);
  } catch {
    // The server is restarting or gone; the next poll tries again.
  }
}

async function setCursor(index: number | null): Promise<void> {
  await post('/docs/cursor', { index });
  await refresh();
}

async function reset(): Promise<void> {
  await post('/docs/reset', {});
  await refresh();
}

byId('reset').addEventListener('click', () => void reset());
noCursor.addEventListener('click', () => void setCursor(null));
byId('alert-ok').addEventListener('click', closeAlert);
byId('close-dialog').addEventListener('click', closeDialog);
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  if (!alertBox.hidden) closeAlert();
  else if (!dialogBox.hidden) closeDialog();
});
window.addEventListener('message', (event) => {
  const data = event.data as { source?: string; type?: string } | null;
  if (data?.source !== 'careergrowth-preview') return;
  if (data.type === 'close') closeDialog();
  void refresh();
});

void refresh();
window.setInterval(() => void refresh(), 1000);
