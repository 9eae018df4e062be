/**
 * The way out after a handbook failure: a line naming the catalog role and the button that imports
 * it. Shown in a container the section owns, below its error message.
 */
import { el, replaceChildren, uniqueId } from '../common/dom';
import { actionButton } from '../common/status';
import { CATALOG_OFFER_BUTTON, catalogOfferText } from './handbookFormat';

export function showCatalogOffer(container: HTMLElement, title: string, onImport: () => void): void {
  const button = actionButton(CATALOG_OFFER_BUTTON, 'secondary');
  const textId = uniqueId('catalog-offer');
  button.setAttribute('aria-describedby', textId);
  button.addEventListener('click', onImport);
  replaceChildren(container, [
    el('p', { id: textId, className: 'small', text: catalogOfferText(title) }),
    el('div', { className: 'actions' }, [button]),
  ]);
  container.hidden = false;
}

export function hideCatalogOffer(container: HTMLElement): void {
  replaceChildren(container, []);
  container.hidden = true;
}
