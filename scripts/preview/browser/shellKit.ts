/**
 * The preview pages' browser-side helpers: the element builder, server calls, menu and log.
 * Values shown come from the fakes and may hold anything a person typed, so text only ever goes
 * in through textContent and text nodes.
 */

import type { PreviewEvent } from '../views/snapshot';

export type Child = Node | string | null | undefined;

/** createElement with attributes (`text` sets textContent) and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * The element with this id, of class `type` when given; the page's markup is ours, so a missing or
 * different element is a bug worth a throw.
 */
export function byId(id: string): HTMLElement;
export function byId<T extends HTMLElement>(id: string, type: abstract new () => T): T;
export function byId(id: string, type: abstract new () => HTMLElement = HTMLElement): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing`);
  if (!(element instanceof type)) throw new Error(`#${id} is not a ${type.name}`);
  return element;
}

let inFlight = 0;

/** How many posts of this page are waiting for their answer (a menu item may be asking something). */
export function callsInFlight(): number {
  return inFlight;
}

/** POSTs JSON to the preview server and reads its JSON answer. */
export async function post(
  path: string,
  body: unknown,
): Promise<{ ok: boolean; value?: unknown; message?: string }> {
  inFlight += 1;
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { ok: boolean; value?: unknown; message?: string };
  } finally {
    inFlight -= 1;
  }
}

/** The toolbar's menu buttons: a click runs the menu function through `rpcPath`, then `refresh`. */
export function menuButtons(
  items: readonly { caption: string; functionName: string }[],
  rpcPath: string,
  refresh: () => Promise<void>,
): HTMLButtonElement[] {
  return items.map((item) => {
    const button = el('button', { type: 'button', class: 'menu-item', 'data-function': item.functionName }, [
      item.caption,
    ]);
    const run = async (): Promise<void> => {
      button.setAttribute('aria-busy', 'true');
      try {
        await post(rpcPath, { name: item.functionName, args: [], source: 'menu' });
      } finally {
        button.removeAttribute('aria-busy');
        await refresh();
      }
    };
    button.addEventListener('click', () => void run());
    return button;
  });
}

/** The call log, newest first. */
export function logEntries(events: readonly PreviewEvent[]): HTMLLIElement[] {
  return events
    .slice()
    .reverse()
    .map((event) =>
      el('li', { class: event.ok ? 'ok' : 'failed' }, [
        el('span', { class: 'log-source', text: event.source }),
        el('code', { text: event.name }),
        event.detail ? el('span', { class: 'log-detail', text: event.detail }) : null,
      ]),
    );
}
