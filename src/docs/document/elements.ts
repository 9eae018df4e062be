/**
 * Reading body elements the documented way (getType, then the matching as...() cast), so the
 * adapter relies on nothing but the published DocumentApp API.
 */
import type { ElementText } from '../../core/conversation/blockName';

type Element = GoogleAppsScript.Document.Element;

/** Our own short label of an element's type, independent of how the enum prints. */
export function typeLabel(element: Element): string {
  const type = element.getType();
  const types = DocumentApp.ElementType;
  if (type === types.PARAGRAPH) return 'paragraph';
  if (type === types.LIST_ITEM) return 'listItem';
  if (type === types.TABLE) return 'table';
  return 'other';
}

/** The element's text, or '' for elements without text (an image, a page break). */
export function elementText(element: Element, label: string = typeLabel(element)): string {
  if (label === 'paragraph') return element.asParagraph().getText();
  if (label === 'listItem') return element.asListItem().getText();
  if (label === 'table') return element.asTable().getText();
  return '';
}

export function readElementTexts(elements: readonly Element[]): ElementText[] {
  return elements.map((element) => {
    const type = typeLabel(element);
    return { type, text: elementText(element, type) };
  });
}

/**
 * The body child holding an element (the element itself when it is one): climbs getParent until
 * the parent is the body. Calls grow with nesting depth (text in a table cell is five deep), not text.
 */
export function topLevelElement(element: Element): Element | null {
  if (element.getType() === DocumentApp.ElementType.BODY_SECTION) return null;
  let current: Element = element;
  for (;;) {
    const parent = current.getParent();
    if (!parent) return null;
    if (parent.getType() === DocumentApp.ElementType.BODY_SECTION) return current;
    current = parent;
  }
}
