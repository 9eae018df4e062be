/**
 * Inline results next to the action that produced them: an aria-live region showing a success
 * summary, an error message or progress, always as text.
 */
import { el, replaceChildren } from './dom';

export type StatusKind = 'success' | 'error' | 'info';

export interface StatusMessage {
  kind: StatusKind;
  title: string;
  lines?: string[];
}

/** A live region; errors are announced assertively, everything else politely. */
export function statusRegion(className = ''): HTMLElement {
  return el('div', {
    className: `status ${className}`.trim(),
    attrs: { role: 'status', 'aria-live': 'polite', hidden: true },
  });
}

/** Shows a message in the region (null hides it). */
export function showStatus(region: HTMLElement, message: StatusMessage | null): void {
  if (!message) {
    replaceChildren(region, []);
    region.hidden = true;
    region.className = region.className.replace(/\bstatus-(success|error|info)\b/g, '').trim();
    return;
  }
  region.className = `${region.className.replace(/\bstatus-(success|error|info)\b/g, '').trim()} status-${message.kind}`;
  region.setAttribute('role', message.kind === 'error' ? 'alert' : 'status');
  region.setAttribute('aria-live', message.kind === 'error' ? 'assertive' : 'polite');
  const lines = message.lines ?? [];
  replaceChildren(region, [
    el('p', { className: 'status-title', text: message.title }),
    lines.length > 0
      ? el(
          'ul',
          { className: 'status-lines' },
          lines.map((line) => el('li', { text: line })),
        )
      : null,
  ]);
  region.hidden = false;
}

/**
 * Marks a button busy (aria-busy, spinner, a "…ing" label) while `work` runs and restores it after,
 * whatever the outcome.
 */
export async function withBusyButton<T>(
  button: HTMLButtonElement,
  busyLabel: string,
  work: () => Promise<T>,
): Promise<T> {
  const label = button.querySelector('.button-label') ?? button;
  const idleLabel = label.textContent;
  button.setAttribute('aria-busy', 'true');
  button.classList.add('is-busy');
  label.textContent = busyLabel;
  try {
    return await work();
  } finally {
    button.removeAttribute('aria-busy');
    button.classList.remove('is-busy');
    label.textContent = idleLabel;
  }
}

/** A button with a label span (so the busy label can swap) and an optional spinner slot. */
export function actionButton(text: string, variant: 'primary' | 'secondary' | 'link'): HTMLButtonElement {
  return el('button', { className: `button button-${variant}`, attrs: { type: 'button' } }, [
    variant === 'link' ? null : el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'button-label', text }),
  ]);
}
