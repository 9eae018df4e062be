/** A link-like button that activates one of the plan's tabs, reporting a failure in `status`. */
import type { TabId } from '../../api/sheets';
import { callServer } from '../common/server';
import { actionButton, showStatus } from '../common/status';

export function openTabButton(text: string, tab: TabId, status: HTMLElement): HTMLButtonElement {
  const button = actionButton(text, 'link');
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    void callServer('openTab', { tab }).then((reply) => {
      button.removeAttribute('aria-busy');
      if (!reply.ok) showStatus(status, { kind: 'error', title: reply.message });
      // An earlier failure to open a tab no longer holds; a success message of the section stays.
      else if (status.classList.contains('status-error')) showStatus(status, null);
    });
  });
  return button;
}
