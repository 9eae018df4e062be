/**
 * Bringing a block that nobody edited up to date in place: when its elements still have the shape
 * the new spec asks for, only the texts that changed are set and the tables are put in anew, so a
 * refresh costs calls for what changed rather than for every element. Decided here, on plain data.
 */
import type { BlockSpec } from './block';
import type { ElementText } from './blockName';

/** One body element the spec becomes, with the type label a document read reports for it. */
export type TargetElement =
  | { type: 'paragraph'; text: string }
  | { type: 'listItem'; text: string }
  | { type: 'table'; header: string[]; rows: string[][] };

/** The spec as the body elements it becomes, in order (a list is one element per item). */
export function targetElements(spec: BlockSpec): TargetElement[] {
  return spec.elements.flatMap((element): TargetElement[] => {
    switch (element.type) {
      case 'heading':
      case 'paragraph':
        return [{ type: 'paragraph', text: element.text }];
      case 'list':
        return element.items.map((text) => ({ type: 'listItem' as const, text }));
      case 'table':
        return [{ type: 'table', header: element.header, rows: element.rows }];
    }
  });
}

/**
 * The text a document reports for a paragraph written with `text`: the same text, as long as it
 * holds no control characters (Docs turns a newline into a paragraph break, for one); null when
 * only the document can say.
 */
export function reportedText(text: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return /[\u0000-\u001f\u007f]/.test(text) ? null : text;
}

export type UpdateStep =
  /** The element at `at` gets new text (its type and style stay). */
  | { kind: 'text'; at: number; text: string }
  /** Elements from..to (a table, with the empty paragraph an editor may keep before it) become a new table. */
  | { kind: 'table'; from: number; to: number; header: string[]; rows: string[][] };

/**
 * The steps that turn a block's current elements (as read: type label and text) into the spec, in
 * document order, or null when the shapes differ (then the block is written afresh). Texts that
 * already read as the spec's are left alone; tables are always replaced, since telling whether a
 * table changed would take a call per cell.
 */
export function planInPlace(current: readonly ElementText[], spec: BlockSpec): UpdateStep[] | null {
  const steps: UpdateStep[] = [];
  let at = 0;
  for (const target of targetElements(spec)) {
    if (target.type === 'table') {
      const from = at;
      const spacer = current[at];
      if (spacer?.type === 'paragraph' && spacer.text === '' && current[at + 1]?.type === 'table') at++;
      if (current[at]?.type !== 'table') return null;
      steps.push({ kind: 'table', from, to: at, header: target.header, rows: target.rows });
    } else {
      const now = current[at];
      if (now?.type !== target.type) return null;
      if (reportedText(target.text) !== now.text) steps.push({ kind: 'text', at, text: target.text });
    }
    at++;
  }
  return at === current.length ? steps : null;
}
