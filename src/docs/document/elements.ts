/**
 * Reading body elements the documented way (getType, then the matching as...() cast), so the
 * adapter relies on nothing but the published DocumentApp API. Each element's type is asked once.
 */

type Element = GoogleAppsScript.Document.Element;
type ElementType = GoogleAppsScript.Document.ElementType;
type Body = GoogleAppsScript.Document.Body;

/** Our own short label of an element type, independent of how the enum prints. */
export function typeLabel(type: ElementType): string {
  const types = DocumentApp.ElementType;
  if (type === types.PARAGRAPH) return 'paragraph';
  if (type === types.LIST_ITEM) return 'listItem';
  if (type === types.TABLE) return 'table';
  return 'other';
}

/**
 * An element read: its type label, its text ('' for elements without text, an image, a page
 * break) and the typed handle the cast gave, kept so that writing to it later needs no new cast.
 */
export type ReadElement =
  | { type: 'paragraph'; text: string; element: GoogleAppsScript.Document.Paragraph }
  | { type: 'listItem'; text: string; element: GoogleAppsScript.Document.ListItem }
  | { type: 'table'; text: string; element: GoogleAppsScript.Document.Table }
  | { type: 'other'; text: string; element: Element };

/** The element's type and text: three calls for an element with text, one for any other. */
export function readElement(element: Element, label = typeLabel(element.getType())): ReadElement {
  if (label === 'paragraph') {
    const paragraph = element.asParagraph();
    return { type: 'paragraph', text: paragraph.getText(), element: paragraph };
  }
  if (label === 'listItem') {
    const item = element.asListItem();
    return { type: 'listItem', text: item.getText(), element: item };
  }
  if (label === 'table') {
    const table = element.asTable();
    return { type: 'table', text: table.getText(), element: table };
  }
  return { type: 'other', text: '', element };
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

/** What Docs says when asked the index of an element that is not a child of the container. */
const NOT_A_CHILD = 'Element does not contain the specified child element.';

/**
 * The element's index among the body's children, or null when it is not one of them (Docs says so
 * with NOT_A_CHILD). Any other failure is thrown: a service error must not pass for "not here".
 */
export function childIndexIfChild(body: Body, element: Element): number | null {
  try {
    return body.getChildIndex(element);
  } catch (error) {
    if (error instanceof Error && error.message === NOT_A_CHILD) return null;
    throw error;
  }
}

/**
 * The index in the body of the body child holding an element, or null when the element is not in
 * this body (the body itself, a header, a footnote, another tab). Asks no element its own type.
 * Reading the cursor never swallows a failure: when the document cannot say where the cursor is,
 * the insert fails with the error rather than placing the block somewhere else.
 */
export function bodyIndexOf(body: Body, element: Element): number | null {
  let current = element;
  for (;;) {
    const parent = current.getParent() as GoogleAppsScript.Document.ContainerElement | null;
    if (!parent) return null;
    if (parent.getType() === DocumentApp.ElementType.BODY_SECTION) break;
    current = parent;
  }
  // Another section's child (a header's, say) is not a place in this body.
  return childIndexIfChild(body, current);
}
