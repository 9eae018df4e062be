/**
 * The way out after a handbook failure: one button that imports the catalog role the failure's
 * message names (the message says it once; the button does not repeat it). Shown in a container
 * the section owns, moved right below the message, which describes the button for screen readers.
 */
import { el, replaceChildren, uniqueId } from '../common/dom';
import { actionButton } from '../common/status';

export function showCatalogOffer(
  container: HTMLElement,
  label: string,
  message: HTMLElement,
  onImport: () => void,
): void {
  const button = actionButton(label, 'secondary');
  if (!message.id) message.id = uniqueId('failure');
  button.setAttribute('aria-describedby', message.id);
  button.addEventListener('click', onImport);
  replaceChildren(container, [el('div', { className: 'actions' }, [button])]);
  // Right under the message it acts on, whichever of the section's messages that is.
  if (message.nextElementSibling !== container) message.after(container);
  container.hidden = false;
}

export function hideCatalogOffer(container: HTMLElement): void {
  replaceChildren(container, []);
  container.hidden = true;
}
