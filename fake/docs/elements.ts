/**
 * The element classes of the DocumentApp fake (Body, Paragraph, ListItem, Table, TableRow, TableCell,
 * Text, HorizontalRule, PageBreak), each a fresh handle over a DocNode (model.ts) as in Apps Script.
 * Import them from here: loading this module registers every class with wrap().
 */
export { FakeElement, wrap, wrapAs } from './elements/base';
export { FakeHorizontalRule, FakePageBreak } from './elements/leaves';
export { FakeText } from './elements/text';
export { setRangeElementFactory } from './elements/container';
export type { FakeRangeElementLike } from './elements/container';
export { FakeBody } from './elements/section';
export { FakeListItem, FakeParagraph } from './elements/paragraph';
export { FakeTable, FakeTableCell, FakeTableRow } from './elements/table';
