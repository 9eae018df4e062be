/** A link-like button that activates one of the plan's tabs, reporting a failure in `status`. */
import type { TabId } from '../../api/sheets';
import { callServer, errorMessage } from '../common/server';
import { actionButton, showStatus } from '../common/status';

export function openTabButton(text: string, tab: TabId, status: HTMLElement): HTMLButtonElement {
  const button = actionButton(text, 'link');
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    callServer('openTab', { tab })
      .then(() => {
        if (status.classList.contains('status-error')) showStatus(status, null);
      })
      .catch((error: unknown) => {
        showStatus(status, { kind: 'error', title: errorMessage(error) });
      })
      .finally(() => {
        button.removeAttribute('aria-busy');
      });
  });
  return button;
}
