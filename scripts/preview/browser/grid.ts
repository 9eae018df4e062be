/**
 * The workbook view's grid: one tab as an ARIA grid a person can edit as in Sheets. Arrow keys,
 * Tab, Home and End move the selection; typing, Enter, F2 or a double click edit the selected cell
 * (Enter and Tab commit, Escape cancels); Delete clears it; a cell with a dropdown edits through a
 * select of its values. Each edit is posted to the server as the person's, and the view refreshes.
 * Cell text is untrusted: textContent only.
 */
import { columnLetter } from '../../../src/core/a1';
import type { CellView, SheetView } from '../views/snapshot';
import { chartFigure } from './chartSvg';
import { el, post } from './shellKit';

const MIN_ROWS = 40;
const MIN_COLUMNS = 8;
/** Sheets' row height and column width, to make room for a chart anchored further out. */
const ROW_PX = 21;
const COLUMN_PX = 100;

interface Position {
  /** 1-based, as in the sheet. */
  row: number;
  col: number;
}

interface Editing extends Position {
  sheet: string;
  control: HTMLInputElement | HTMLSelectElement;
}

export interface GridOptions {
  /** Where the grid goes. */
  host: HTMLElement;
  /** The name box and content of the formula bar. */
  cellName: HTMLElement;
  cellContent: HTMLElement;
  /** Where a refused edit says why. */
  status: HTMLElement;
  /** Runs after an edit reached the server (the page refreshes its view). */
  edited: () => Promise<void>;
}

export interface Grid {
  /** Shows a tab (again); while a cell is being edited the new view waits until the edit ends. */
  render(sheet: SheetView | undefined): void;
  /** True while a cell editor is open. */
  readonly editing: boolean;
}

const a1 = (p: Position): string => `${columnLetter(p.col - 1)}${p.row}`;

export function createGrid(options: GridOptions): Grid {
  let sheet: SheetView | undefined;
  let selected: Position = { row: 1, col: 1 };
  let editing: Editing | null = null;
  let waiting: { sheet: SheetView | undefined } | null = null;
  let size = { rows: MIN_ROWS, cols: MIN_COLUMNS };
  const cells = new Map<string, HTMLTableCellElement>();
  const key = (p: Position) => `${p.row}:${p.col}`;

  const cellAt = (p: Position): CellView | undefined => sheet?.rows[p.row - 1]?.[p.col - 1];
  const hiddenColumn = (col: number): boolean => sheet?.columns[col - 1]?.hidden ?? false;
  /** The header above a column (row 1's text), to name what a dropdown chooses. */
  const headerOf = (col: number): string => sheet?.rows[0]?.[col - 1]?.text ?? '';

  function showFormulaBar(): void {
    const cell = cellAt(selected);
    options.cellName.textContent = a1(selected);
    options.cellContent.textContent = cell?.formula ?? cell?.text ?? '';
    options.cellContent.classList.toggle('is-formula', Boolean(cell?.formula));
  }

  function select(next: Position, focus = true): void {
    const rows = size.rows;
    const cols = size.cols;
    selected = { row: Math.min(Math.max(next.row, 1), rows), col: Math.min(Math.max(next.col, 1), cols) };
    for (const [k, td] of cells) {
      const on = k === key(selected);
      td.tabIndex = on ? 0 : -1;
      td.setAttribute('aria-selected', String(on));
    }
    const td = cells.get(key(selected));
    if (td && focus) {
      td.focus({ preventScroll: true });
      td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    showFormulaBar();
  }

  /** The next visible column from `col` in `step` direction (hidden columns are skipped, as in Sheets). */
  function columnFrom(col: number, step: 1 | -1): number {
    let next = col + step;
    while (next >= 1 && next <= size.cols && hiddenColumn(next)) next += step;
    return next < 1 || next > size.cols ? col : next;
  }

  /** Sends what the person typed into a cell (nothing when it is what the cell holds). */
  async function send(tab: string, at: Position, value: string): Promise<void> {
    const original = cellAt(at);
    if (value === (original?.formula ?? original?.text ?? '')) return;
    // A refused edit (a rule, a bad formula) says why, as Sheets does; the cell keeps what it had.
    const reply = await post('/cell', { sheet: tab, row: at.row, column: at.col, value });
    options.status.textContent = reply.ok ? '' : (reply.message ?? 'The edit was refused.');
  }

  async function commit(value: string, then: Position | null): Promise<void> {
    const current = editing;
    if (!current) return;
    editing = null;
    await send(current.sheet, current, value);
    finishEditing(then ?? current);
    await options.edited();
  }

  function cancel(): void {
    if (!editing) return;
    const at = { row: editing.row, col: editing.col };
    editing = null;
    finishEditing(at);
  }

  /** Back from editing: the view that waited is drawn, the selection moves on. */
  function finishEditing(then: Position): void {
    selected = then;
    if (waiting) {
      const next = waiting.sheet;
      waiting = null;
      draw(next, true);
    } else draw(sheet, true);
  }

  function startEditing(initial: string | null): void {
    if (!sheet) return;
    const td = cells.get(key(selected));
    if (!td) return;
    const cell = cellAt(selected);
    const name = a1(selected);
    const column = headerOf(selected.col);
    options.status.textContent = '';
    if (cell?.dropdown) {
      const choose = el('select', {
        class: 'cell-editor',
        'aria-label': `${name}${column ? ` ${column}` : ''}: choose a value`,
      });
      choose.append(
        el('option', { value: '' }, ['(empty)']),
        ...cell.dropdown.map((value) => el('option', { value }, [value])),
      );
      // A value that is not in the list stays choosable, so opening the list changes nothing.
      if (cell.text && !cell.dropdown.includes(cell.text))
        choose.append(el('option', { value: cell.text }, [cell.text]));
      choose.value = cell.text;
      let pointer = false;
      choose.addEventListener('pointerdown', () => {
        pointer = true;
      });
      choose.addEventListener('change', () => {
        // A choice made with the mouse commits at once; keyboard users confirm with Enter or Tab.
        if (pointer) void commit(choose.value, null);
      });
      editorKeys(choose, () => choose.value);
      editing = { ...selected, sheet: sheet.name, control: choose };
      td.replaceChildren(choose);
      choose.focus();
      return;
    }
    const input = el('input', {
      type: 'text',
      class: 'cell-editor',
      'aria-label': `Edit cell ${name}${column ? ` (${column})` : ''}`,
      spellcheck: 'false',
    });
    input.value = initial ?? cell?.formula ?? cell?.text ?? '';
    editorKeys(input, () => input.value);
    editing = { ...selected, sheet: sheet.name, control: input };
    td.replaceChildren(input);
    input.focus();
    const end = input.value.length;
    input.setSelectionRange(end, end);
  }

  function editorKeys(control: HTMLElement, value: () => string): void {
    control.addEventListener('keydown', (event) => {
      event.stopPropagation();
      const at = selected;
      if (event.key === 'Enter') {
        event.preventDefault();
        void commit(value(), { row: Math.min(at.row + 1, size.rows), col: at.col });
      } else if (event.key === 'Tab') {
        event.preventDefault();
        void commit(value(), { row: at.row, col: columnFrom(at.col, event.shiftKey ? -1 : 1) });
      } else if (event.key === 'Escape') {
        event.preventDefault();
        cancel();
      }
    });
    control.addEventListener('blur', () => {
      // Focus leaving the editor (a click elsewhere) keeps what was typed, as in Sheets.
      if (editing?.control === control) void commit(value(), null);
    });
  }

  function onKey(event: KeyboardEvent): void {
    if (editing || !sheet) return;
    const { row, col } = selected;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: columnFrom(col, -1) },
      ArrowRight: { row, col: columnFrom(col, 1) },
      Home: { row: event.ctrlKey ? 1 : row, col: 1 },
      End: { row, col: size.cols },
      PageDown: { row: row + 20, col },
      PageUp: { row: row - 20, col },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      select(move);
      return;
    }
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey) {
      // Tab moves along the row like Sheets; at the row's end it leaves the grid.
      const next = columnFrom(col, event.shiftKey ? -1 : 1);
      if (next === col) return;
      event.preventDefault();
      select({ row, col: next });
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(null);
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void send(sheet.name, selected, '').then(options.edited);
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing replaces the cell's content. On a dropdown it opens the list, and the key goes on to
      // it (focus moves during keydown), so typing "Meets" picks Meets.
      if (cellAt(selected)?.dropdown) {
        startEditing(null);
        return;
      }
      event.preventDefault();
      startEditing(event.key);
    }
  }

  function cellElement(view: CellView | undefined, p: Position): HTMLTableCellElement {
    const hidden = hiddenColumn(p.col);
    // Row 1 holds the tab's headers: column headers to a screen reader, yet cells one can edit. An
    // empty one is a plain cell (a nameless header helps nobody).
    const header = p.row === 1 && Boolean(view?.text);
    const classes = [
      header ? 'header-cell' : '',
      hidden ? 'col-hidden' : '',
      view?.dropdown ? 'has-dropdown' : '',
      view?.formula ? 'is-formula' : '',
      view?.uncomputed ? 'is-uncomputed' : '',
      typeof view?.text === 'string' && /^-?[\d.,]+%?$/.test(view.text) ? 'is-number' : '',
    ].filter(Boolean);
    const td = el(header ? 'th' : 'td', header ? { scope: 'col' } : { role: 'gridcell' }, [view?.text ?? '']);
    td.setAttribute('aria-selected', 'false');
    td.dataset.cell = a1(p);
    if (classes.length > 0) td.className = classes.join(' ');
    td.tabIndex = -1;
    const titles: string[] = [];
    if (view && view.text.length > 30 && !view.uncomputed) titles.push(view.text);
    if (view?.uncomputed)
      titles.push(`Not computed in the preview (it needs ${view.uncomputed}), so the formula is shown`);
    if (view?.dropdown) titles.push(`Dropdown: ${view.dropdown.join(', ')}`);
    if (view?.rule) titles.push(`Rule: ${view.rule}`);
    if (hidden) titles.push('Hidden column');
    if (view?.note) titles.push(`Note: ${view.note}`);
    if (titles.length > 0) td.title = titles.join('\n');
    td.addEventListener('mousedown', (event) => {
      if (editing?.control && td.contains(editing.control)) return;
      event.preventDefault();
      select(p);
    });
    td.addEventListener('dblclick', () => {
      select(p);
      startEditing(null);
    });
    cells.set(key(p), td);
    return td;
  }

  function draw(next: SheetView | undefined, focus: boolean): void {
    const sameTab = next?.name === sheet?.name;
    sheet = next;
    cells.clear();
    const tab = next;
    if (!tab) {
      options.host.replaceChildren(el('p', { class: 'empty', text: 'No tabs.' }));
      return;
    }
    if (!sameTab) selected = { row: 1, col: 1 };
    // Pad with empty cells so even an empty tab reads as a grid, as in Sheets.
    // Charts float over the cells from their anchor; the grid reaches under all of them.
    const chartRows = tab.charts.map((c) => c.anchor.row + Math.ceil((c.anchor.offsetY + c.height) / ROW_PX));
    const chartCols = tab.charts.map(
      (c) => c.anchor.col + Math.ceil((c.anchor.offsetX + c.width) / COLUMN_PX),
    );
    const cols = Math.max(
      tab.columns.length,
      ...tab.rows.map((row) => row.length),
      MIN_COLUMNS,
      ...chartCols,
    );
    const rows = Math.max(tab.rows.length + 1, MIN_ROWS, ...chartRows);
    size = { rows, cols };
    const letters = el('tr', {}, [
      // The corner heads nothing: a plain cell, as an empty header would be read as a nameless one.
      el('td', { class: 'corner' }),
      ...Array.from({ length: cols }, (_, c) =>
        el(
          'th',
          tab.columns[c]?.hidden
            ? { class: 'letter col-hidden', scope: 'col', title: 'Hidden column' }
            : { class: 'letter', scope: 'col' },
          [columnLetter(c)],
        ),
      ),
    ]);
    const body = Array.from({ length: rows }, (_, r) =>
      el('tr', { class: r < tab.frozenRows ? 'frozen' : '' }, [
        el('th', { class: 'row-number', scope: 'row', text: String(r + 1) }),
        ...Array.from({ length: cols }, (_, c) => cellElement(tab.rows[r]?.[c], { row: r + 1, col: c + 1 })),
      ]),
    );
    // The tab's own column widths (as the add-on set them), so the view reads like the tab.
    const widths = [
      40,
      ...Array.from({ length: cols }, (_, c) => {
        const column = tab.columns[c];
        return column?.hidden ? 44 : Math.min(Math.max(column?.width ?? 100, 40), 400);
      }),
    ];
    const total = widths.reduce((sum, width) => sum + width, 0);
    const table = el(
      'table',
      {
        class: 'sheet',
        role: 'grid',
        'aria-label': `${tab.name}: arrow keys move, Enter or typing edits, Escape cancels`,
        'aria-rowcount': String(rows + 1),
        'aria-colcount': String(cols + 1),
        'data-sheet': tab.name,
        style: `width: ${total}px`,
      },
      [
        el(
          'colgroup',
          {},
          widths.map((width) => el('col', { style: `width: ${width}px` })),
        ),
        el('thead', {}, [letters]),
        el('tbody', {}, body),
      ],
    );
    table.addEventListener('keydown', onKey);
    const nodes: Node[] = [table];
    if (tab.moreRows > 0) nodes.push(el('p', { class: 'empty', text: `… ${tab.moreRows} more rows` }));
    const hadFocus = options.host.contains(document.activeElement);
    options.host.replaceChildren(...nodes);
    placeCharts(tab);
    select(selected, focus || hadFocus);
  }

  /** Draws the tab's charts where Sheets shows them: from their anchor cell, offset in pixels. */
  function placeCharts(tab: SheetView): void {
    if (tab.charts.length === 0) return;
    const origin = options.host.getBoundingClientRect();
    const layer = el('div', { class: 'chart-layer' });
    for (const chart of tab.charts) {
      const anchor = cells.get(key({ row: chart.anchor.row, col: chart.anchor.col }));
      const box = anchor?.getBoundingClientRect();
      const figure = chartFigure(chart);
      const left = (box ? box.left - origin.left + options.host.scrollLeft : 0) + chart.anchor.offsetX;
      const top = (box ? box.top - origin.top + options.host.scrollTop : 0) + chart.anchor.offsetY;
      figure.style.left = `${left}px`;
      figure.style.top = `${top}px`;
      layer.appendChild(figure);
    }
    options.host.appendChild(layer);
  }

  return {
    render(next) {
      if (editing) {
        waiting = { sheet: next };
        return;
      }
      draw(next, false);
    },
    get editing() {
      return editing !== null;
    },
  };
}
