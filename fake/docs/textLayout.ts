/**
 * Character offsets over an element's text, as a Text element (or `editAsText()` of a container) sees
 * them: the text runs of each paragraph, paragraphs separated by one newline. The functions here do the
 * edits; FakeText (elements.ts) checks arguments and counts calls.
 */
import type { CharStyle, DocNode } from './model';
import { append, detach, textBlocks, textNode } from './model';
import { at, must } from '../must';

interface Run {
  node: DocNode;
  start: number;
}

interface BlockSpan {
  /** null when the scope is a single text run. */
  block: DocNode | null;
  start: number;
  end: number;
  runs: Run[];
}

export interface TextLayout {
  text: string;
  blocks: BlockSpan[];
}

export function layout(scope: DocNode): TextLayout {
  if (scope.kind === 'TEXT') {
    return {
      text: scope.chars,
      blocks: [{ block: null, start: 0, end: scope.chars.length, runs: [{ node: scope, start: 0 }] }],
    };
  }
  const blocks: BlockSpan[] = [];
  let offset = 0;
  const parts: string[] = [];
  for (const block of textBlocks(scope)) {
    if (blocks.length > 0) offset += 1;
    const start = offset;
    const runs: Run[] = [];
    for (const child of block.children) {
      if (child.kind !== 'TEXT') continue;
      runs.push({ node: child, start: offset });
      offset += child.chars.length;
    }
    blocks.push({ block, start, end: offset, runs });
    parts.push(runs.map((r) => r.node.chars).join(''));
  }
  return { text: parts.join('\n'), blocks };
}

/** Applies `patch` to the style of every character in [start, end] (inclusive). */
export function styleRange(scope: DocNode, start: number, end: number, patch: CharStyle): void {
  for (const span of layout(scope).blocks) {
    for (const run of span.runs) {
      for (let i = 0; i < run.node.chars.length; i++) {
        const offset = run.start + i;
        if (offset >= start && offset <= end) Object.assign(at(run.node.styles, i, 'character style'), patch);
      }
    }
  }
}

/** The style of the character at `offset`, or null (a separator between paragraphs). */
export function styleAt(scope: DocNode, offset: number): CharStyle | null {
  for (const span of layout(scope).blocks) {
    for (const run of span.runs) {
      const i = offset - run.start;
      if (i >= 0 && i < run.node.chars.length) return at(run.node.styles, i, 'character style');
    }
  }
  return null;
}

/** Offsets where the style changes (always starting with 0), like Text.getTextAttributeIndices. */
export function styleChanges(scope: DocNode): number[] {
  const { text } = layout(scope);
  const out: number[] = [0];
  let previous = JSON.stringify(styleAt(scope, 0));
  for (let i = 1; i < text.length; i++) {
    const current = JSON.stringify(styleAt(scope, i));
    if (current !== previous) out.push(i);
    previous = current;
  }
  return out;
}

/** Inserts `text` at `offset` (0..length). Returns the run that received it. */
export function insertText(scope: DocNode, offset: number, text: string): DocNode {
  const { blocks } = layout(scope);
  const span = blocks.find((b) => offset >= b.start && offset <= b.end) ?? blocks[blocks.length - 1];
  if (!span) throw new Error('Fake: no paragraph to insert text into');
  const run = span.runs.find((r) => offset >= r.start && offset <= r.start + r.node.chars.length);
  if (!run) {
    const holder = must(span.block, 'the paragraph of a text run');
    return append(holder, textNode(text));
  }
  const i = offset - run.start;
  const style = { ...(run.node.styles[i - 1] ?? run.node.styles[i] ?? {}) };
  run.node.chars = run.node.chars.slice(0, i) + text + run.node.chars.slice(i);
  run.node.styles.splice(i, 0, ...Array.from({ length: text.length }, () => ({ ...style })));
  return run.node;
}

/** Deletes [start, end] inclusive within one paragraph; empty runs disappear as in Docs. */
export function deleteRange(scope: DocNode, start: number, end: number): 'ok' | 'crosses-paragraphs' {
  const { blocks } = layout(scope);
  if (!blocks.some((b) => start >= b.start && end < b.end)) return 'crosses-paragraphs';
  for (const span of blocks) {
    for (const run of span.runs) {
      const from = Math.max(start, run.start) - run.start;
      const to = Math.min(end, run.start + run.node.chars.length - 1) - run.start;
      if (to < from) continue;
      run.node.chars = run.node.chars.slice(0, from) + run.node.chars.slice(to + 1);
      run.node.styles.splice(from, to - from + 1);
      if (run.node.chars === '' && run.node !== scope) detach(run.node);
    }
  }
  return 'ok';
}

/** Replaces a paragraph's text runs by one run holding `text` (its other children stay). */
export function replaceBlockText(block: DocNode, text: string): void {
  const firstStyle = block.children.find((c) => c.kind === 'TEXT')?.styles[0] ?? {};
  for (const child of [...block.children]) if (child.kind === 'TEXT') detach(child);
  const clean = text.replace(/\n/g, '\r');
  if (clean !== '') append(block, textNode(clean, firstStyle));
}
