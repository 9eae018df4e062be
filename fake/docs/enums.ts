/**
 * DocumentApp enums, made like the Sheets fake's enums: objects, not strings. `String(v)` is the name,
 * so `style[DocumentApp.Attribute.BOLD] = true` keys the attribute object by 'BOLD' as in Apps Script.
 */
import { makeEnum } from '../enums';

export const ParagraphHeading = makeEnum('ParagraphHeading', [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const);
export type HeadingName = keyof typeof ParagraphHeading;

export const ElementType = makeEnum('ElementType', [
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const);
export type ElementTypeName = keyof typeof ElementType;

export const ATTRIBUTE_NAMES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;
export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];
export const Attribute = makeEnum('Attribute', ATTRIBUTE_NAMES);

export const HorizontalAlignment = makeEnum('HorizontalAlignment', [
  'LEFT',
  'CENTER',
  'RIGHT',
  'JUSTIFY',
] as const);
export const VerticalAlignment = makeEnum('VerticalAlignment', ['BOTTOM', 'CENTER', 'TOP'] as const);
export const TextAlignment = makeEnum('TextAlignment', ['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const);
export const GlyphType = makeEnum('GlyphType', [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
] as const);
export const PositionedLayout = makeEnum('PositionedLayout', [
  'ABOVE_TEXT',
  'BREAK_BOTH',
  'BREAK_LEFT',
  'BREAK_RIGHT',
  'WRAP_TEXT',
] as const);
/** Apps Script has DocumentApp.TabType although @types/google-apps-script does not list it on DocumentApp. */
export const TabType = makeEnum('TabType', ['DOCUMENT_TAB'] as const);
