/**
 * Browser side of the Docs preview page: a toolbar with the add-on's menu, a page-like rendering of
 * the fake document (the add-on's blocks outlined and labelled with their named-range names), its
 * questions as dialogs the person answers, and its dialogs in a modal frame. A click on a paragraph
 * puts the cursor there and lets the person edit its text (or a table cell's), as their own edit.
 * Document text is untrusted: textContent only.
 */
import type { DocElementView, DocumentView, InsertedRangeView } from '../views/docsView';
import type { PreviewEvent } from '../views/snapshot';
import { questionDialog } from './questionDialog';
import { byId, callsInFlight, el, logEntries, menuButtons, post } from './shellKit';

const page = byId('page');
const menu = byId('menu');
const log = byId('log');
const status = byId('doc-status');
const growthPlan = byId('growth-plan');
const noCursor = byId('no-cursor', HTMLButtonElement);
const dialogBox = byId('dialog');
const dialogFrame = byId('dialog-frame', HTMLIFrameElement);

let lastJson = '';
let view: DocumentView | null = null;
/** Dialogs are shown once: the page remembers the newest it has shown. */
let shownDialog = 0;
let generation: string | null = null;
/** What was shown before this page loaded stays closed. */
let firstRender = true;
let focusBeforeModal: HTMLElement | null = null;
/** A dialog started a call: look for a question soon. */
let dialogCalling = false;

/** Where an edit goes: a body element, and for a table one of its cells. */
interface TextPlace {
  index: number;
  row?: number;
  column?: number;
}

/** The text being edited; while it is open, new views of the document wait. */
let editing: { place: TextPlace; editor: HTMLTextAreaElement; before: string } | null = null;
let waitingView: DocumentView | null = null;

const questions = questionDialog(
  '/docs/answer',
  [byId('topbar'), byId('toolbar'), byId('workspace')],
  () => void refresh(),
);

const HEADING_TAGS: Record<string, 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'> = {
  TITLE: 'h1',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};

/** Makes a piece of text editable: a click or Enter opens an editor over it. */
function editable<T extends HTMLElement>(node: T, text: string, place: TextPlace, label: string): T {
  node.tabIndex = 0;
  node.classList.add('doc-editable');
  node.setAttribute('aria-describedby', 'edit-hint');
  node.dataset.label = label;
  node.addEventListener('click', () => {
    if (!editing) startEditing(node, text, place, label);
  });
  node.addEventListener('keydown', (event) => {
    if (editing || (event.key !== 'Enter' && event.key !== 'F2')) return;
    event.preventDefault();
    void setCursor(place.index);
    startEditing(node, text, place, label);
  });
  return node;
}

function elementNode(element: DocElementView, index: number): HTMLElement {
  switch (element.type) {
    case 'paragraph': {
      const tag = HEADING_TAGS[element.heading] ?? 'p';
      const className =
        element.heading === 'TITLE' ? 'doc-title' : element.heading === 'SUBTITLE' ? 'doc-subtitle' : '';
      // An empty paragraph still takes a line, as in Docs.
      const node = el(tag, className ? { class: className } : {}, [element.text || '\u00a0']);
      return editable(node, element.text, { index }, tag === 'p' ? 'Edit paragraph' : 'Edit heading');
    }
    case 'listItem': {
      const node = el('p', { class: 'doc-list-item', style: `margin-left: ${18 + element.nesting * 18}px` }, [
        element.text,
      ]);
      return editable(node, element.text, { index }, 'Edit list item');
    }
    case 'table':
      return el('table', { class: 'doc-table' }, [
        el(
          'tbody',
          {},
          element.rows.map((row, r) =>
            el(
              'tr',
              {},
              row.map((cell, c) =>
                editable(
                  el('td', {}, [cell]),
                  cell,
                  { index, row: r, column: c },
                  `Edit table cell, row ${r + 1}, column ${c + 1}`,
                ),
              ),
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
  const block = el('div', { class: 'doc-block', 'data-index': String(index) }, [elementNode(element, index)]);
  block.addEventListener('click', () => void setCursor(index));
  if (cursorIn === index) {
    block.classList.add('has-cursor');
    block.appendChild(el('div', { class: 'doc-cursor', 'aria-label': 'The cursor is here', role: 'img' }));
  }
  return block;
}

function startEditing(node: HTMLElement, text: string, place: TextPlace, label: string): void {
  const editor = el('textarea', { class: 'doc-editor', 'aria-label': label, spellcheck: 'false' });
  editor.value = text;
  editor.rows = Math.max(1, text.split('\n').length);
  editing = { place, editor, before: text };
  node.replaceChildren(editor);
  editor.focus();
  editor.setSelectionRange(text.length, text.length);
  const grow = () => {
    editor.style.height = 'auto';
    editor.style.height = `${editor.scrollHeight}px`;
  };
  grow();
  editor.addEventListener('input', grow);
  editor.addEventListener('click', (event) => {
    event.stopPropagation();
  });
  editor.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey) {
      // Enter keeps the edit (Shift+Enter is a line break inside the paragraph).
      event.preventDefault();
      void finishEditing(true, node);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void finishEditing(false, node);
    }
  });
  editor.addEventListener('blur', () => {
    if (editing?.editor === editor) void finishEditing(true, null);
  });
}

/** Ends the edit: the text goes to the document as the person's edit (or is dropped), then the page redraws. */
async function finishEditing(keep: boolean, refocus: HTMLElement | null): Promise<void> {
  const current = editing;
  if (!current) return;
  editing = null;
  const text = current.editor.value;
  const label = refocus?.dataset.label;
  if (keep && text !== current.before) {
    const reply = await post('/docs/edit', { ...current.place, text });
    status.textContent = reply.ok ? '' : (reply.message ?? 'The edit did not go in.');
    status.hidden = reply.ok;
  }
  const next = waitingView ?? view;
  waitingView = null;
  lastJson = '';
  if (next) render(next);
  await refresh();
  if (refocus && label) {
    // The redraw replaced the node; focus the same piece of text again.
    const selector = `[data-label="${CSS.escape(label)}"]`;
    const block = page.querySelector(`.doc-block[data-index="${current.place.index}"]`);
    (
      block?.querySelector<HTMLElement>(selector) ?? block?.querySelector<HTMLElement>('.doc-editable')
    )?.focus();
  }
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
  if (current.state !== 'ready') status.textContent = current.message;
  status.hidden = current.state === 'ready' && status.textContent === '';
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
  const hadFocus = page.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
  const focusedBlock = hadFocus?.closest<HTMLElement>('.doc-block')?.dataset.index;
  const focusedLabel = hadFocus?.dataset.label;
  renderDocument(current);
  if (focusedBlock !== undefined) {
    const block = page.querySelector(`.doc-block[data-index="${focusedBlock}"]`);
    const again = focusedLabel
      ? block?.querySelector<HTMLElement>(`[data-label="${CSS.escape(focusedLabel)}"]`)
      : null;
    (again ?? block?.querySelector<HTMLElement>('.doc-editable'))?.focus();
  }
  renderMenu(current);
  renderLog(current.events);
  if (firstRender) {
    firstRender = false;
    shownDialog = current.dialog?.id ?? 0;
  }
  questions.show(current.question);
  if (current.dialog && current.dialog.id > shownDialog) {
    shownDialog = current.dialog.id;
    openDialog(current.dialog.id, current.dialog.title, current.dialog.width, current.dialog.height);
  }
}

function openDialog(id: number, title: string, width: number, height: number): void {
  if (dialogBox.hidden) focusBeforeModal = document.activeElement as HTMLElement | null;
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
  focusBeforeModal?.focus();
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
    if (editing) {
      // Redrawing now would take the text from under the person's fingers.
      waitingView = view;
      questions.show(view.question);
      return;
    }
    render(view);
  } catch {
    // The server is restarting or gone; the next poll tries again.
  }
}

/** Looks at the document every second, and often while the add-on runs (it may ask something). */
async function poll(): Promise<void> {
  await refresh();
  const running = callsInFlight() > 0 || dialogCalling || view?.busy === true;
  window.setTimeout(() => void poll(), running ? 150 : 1000);
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
byId('close-dialog').addEventListener('click', closeDialog);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !questions.open && !dialogBox.hidden) closeDialog();
});
window.addEventListener('message', (event) => {
  const data = event.data as { source?: string; type?: string } | null;
  if (data?.source !== 'careergrowth-preview') return;
  if (data.type === 'rpc-start') dialogCalling = true;
  if (data.type === 'rpc') dialogCalling = false;
  if (data.type === 'close') closeDialog();
  void refresh();
});

void poll();
