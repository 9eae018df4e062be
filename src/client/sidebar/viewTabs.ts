/**
 * The sidebar's views as tabs (the ARIA tabs pattern): one tab per view, Left/Right/Home/End move
 * between tabs and show them. Views stay in the page while hidden, so what a view holds (unsaved
 * ratings, a half-typed note) survives switching.
 */
import { el, setAttributes, uniqueId } from '../common/dom';

export interface SidebarView {
  id: string;
  label: string;
  panel: HTMLElement;
  /** Called each time the view is shown. */
  onShow?: () => void;
}

interface Tab {
  view: SidebarView;
  button: HTMLButtonElement;
  badge: HTMLElement;
  badgeText: HTMLElement;
}

export class ViewTabs {
  readonly element: HTMLElement;
  private readonly tabs: Tab[];
  private current = '';

  constructor(views: readonly SidebarView[]) {
    const list = el('div', { className: 'view-tabs', attrs: { role: 'tablist', 'aria-label': 'Views' } });
    this.tabs = views.map((view) => {
      const tabId = uniqueId(`tab-${view.id}`);
      const panelId = view.panel.id || uniqueId(`panel-${view.id}`);
      const badge = el('span', { className: 'tab-badge', attrs: { 'aria-hidden': 'true', hidden: true } });
      const badgeText = el('span', { className: 'visually-hidden' });
      const button = el(
        'button',
        {
          id: tabId,
          className: 'view-tab',
          attrs: { type: 'button', role: 'tab', 'aria-controls': panelId, 'data-view': view.id },
          on: {
            click: () => {
              this.show(view.id);
            },
          },
        },
        [el('span', { text: view.label }), badge, badgeText],
      );
      view.panel.id = panelId;
      setAttributes(view.panel, { role: 'tabpanel', 'aria-labelledby': tabId, tabindex: 0 });
      view.panel.classList.add('view-panel');
      list.appendChild(button);
      return { view, button, badge, badgeText };
    });
    list.addEventListener('keydown', (event) => {
      this.onKey(event);
    });
    this.element = el('div', { className: 'views' }, [list, ...views.map((v) => v.panel)]);
    const first = views[0];
    if (first) this.show(first.id);
  }

  get shown(): string {
    return this.current;
  }

  /** Shows a view; `focus` moves the keyboard to its tab. */
  show(id: string, focus = false): void {
    const target = this.tabs.find((t) => t.view.id === id);
    if (!target) return;
    const changed = this.current !== id;
    this.current = id;
    for (const tab of this.tabs) {
      const selected = tab === target;
      setAttributes(tab.button, { 'aria-selected': String(selected), tabindex: selected ? 0 : -1 });
      tab.view.panel.hidden = !selected;
    }
    if (focus) target.button.focus();
    if (changed) target.view.onShow?.();
  }

  /** A short mark on a tab (a count, a dot) with the words a screen reader says for it; null clears it. */
  setBadge(id: string, badge: { mark: string; words: string } | null): void {
    const tab = this.tabs.find((t) => t.view.id === id);
    if (!tab) return;
    tab.badge.hidden = badge === null;
    tab.badge.textContent = badge?.mark ?? '';
    tab.badgeText.textContent = badge ? `, ${badge.words}` : '';
  }

  private onKey(event: KeyboardEvent): void {
    const index = this.tabs.findIndex((t) => t.view.id === this.current);
    const last = this.tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const tab = this.tabs[next];
    if (next < 0 || !tab) return;
    event.preventDefault();
    this.show(tab.view.id, true);
  }
}
