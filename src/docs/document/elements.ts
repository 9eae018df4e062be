/**
 * Reading body elements the documented way (getType, then the matching as...() cast), so the
 * adapter relies on nothing but the published DocumentApp API. Each element's type is asked once.
 */

type Element = GoogleAppsScript.Document.Element;
type ElementType = GoogleAppsScript.Document.ElementType;

/** Our own short label of an element type, independent of how the enum prints. */
export function typeLabel(type: ElementType): string {
  const types = DocumentApp.ElementType;
  if (type === types.PARAGRAPH) return 'paragraph';
  if (type === types.LIST_ITEM) return 'listItem';
  if (type === types.TABLE) return 'table';
  return 'other';
}

/** The element's text, or '' for elements without text (an image, a page break). */
export function elementText(element: Element, label: string): string {
  if (label === 'paragraph') return element.asParagraph().getText();
  if (label === 'listItem') return element.asListItem().getText();
  if (label === 'table') return element.asTable().getText();
  return '';
}

/**
 * The body child holding an element (the element itself when it is one) with its type label, or
 * null outside the body. Climbs getParent, so calls grow with nesting depth (text in a table cell
 * is five deep), never with the amount of text.
 */
export function topLevelElement(element: Element): { element: Element; label: string } | null {
  let current = element;
  let type = current.getType();
  if (type === DocumentApp.ElementType.BODY_SECTION) return null;
  for (;;) {
    // Typed as never null, but the body's parent is null at the document's root.
    const parent = current.getParent() as GoogleAppsScript.Document.ContainerElement | null;
    if (!parent) return null;
    const parentType = parent.getType();
    if (parentType === DocumentApp.ElementType.BODY_SECTION)
      return { element: current, label: typeLabel(type) };
    current = parent;
    type = parentType;
  }
}
