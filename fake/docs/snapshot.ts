/**
 * JSON pictures of a document for tests and the preview: per tab, the body's elements (type, text,
 * heading, table cells) and the named ranges with the elements they cover. Reading is never counted.
 */
import type { DocNode } from './model';
import { isInside, pathOf, textOf } from './model';
import type { FakeDocument } from './document';
import type { TabModel } from './tabModel';
import { at } from '../must';

export type ElementSnapshot =
  | { type: 'PARAGRAPH'; text: string; heading: string; style?: TextStyleSnapshot; contains?: string[] }
  | { type: 'LIST_ITEM'; text: string; nesting: number; glyph: string; style?: TextStyleSnapshot }
  | {
      type: 'TABLE';
      cells: string[][];
      backgrounds?: (string | null)[][];
      bold?: boolean[][];
      borderWidth?: number;
    };

/** Text attributes shared by every character of an element (only those set). */
export type TextStyleSnapshot = Record<string, unknown>;

export interface NamedRangeSnapshot {
  id: string;
  name: string;
  /** Body child indices of whole top-level elements; 'a/b/c' paths for nested ones; 'path:start-end' for part of a text. */
  covers: (number | string)[];
}

export interface TabSnapshot {
  id: string;
  title: string;
  body: ElementSnapshot[];
  namedRanges: NamedRangeSnapshot[];
  children: TabSnapshot[];
}

export interface DocumentSnapshot {
  id: string;
  name: string;
  activeTab: string;
  /** Path of the element holding the cursor and its offset, or null. */
  cursor: { path: string; offset: number } | null;
  tabs: TabSnapshot[];
  documentProperties: Record<string, string>;
}

function uniformStyle(node: DocNode): TextStyleSnapshot | undefined {
  const runs = node.kind === 'TEXT' ? [node] : collectRuns(node);
  const styles = runs.flatMap((r) => r.styles);
  const first = styles[0];
  if (first === undefined) return undefined;
  const out: TextStyleSnapshot = {};
  for (const key of Object.keys(first)) {
    const value = first[key as keyof typeof first];
    if (value !== null && value !== undefined && styles.every((s) => s[key as keyof typeof s] === value))
      out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function collectRuns(node: DocNode): DocNode[] {
  if (node.kind === 'TEXT') return [node];
  return node.children.flatMap(collectRuns);
}

export function snapshotElement(node: DocNode): ElementSnapshot {
  if (node.kind === 'TABLE') {
    const cells = node.children.map((row) => row.children.map(textOf));
    const out: ElementSnapshot = { type: 'TABLE', cells };
    const backgrounds = node.children.map((row) =>
      row.children.map((c) => (c.attrs.BACKGROUND_COLOR as string | undefined) ?? null),
    );
    if (backgrounds.some((r) => r.some((b) => b !== null))) out.backgrounds = backgrounds;
    const bold = node.children.map((row) => row.children.map((c) => uniformStyle(c)?.BOLD === true));
    if (bold.some((r) => r.some(Boolean))) out.bold = bold;
    if (node.attrs.BORDER_WIDTH !== undefined) out.borderWidth = node.attrs.BORDER_WIDTH as number;
    return out;
  }
  const style = uniformStyle(node);
  if (node.kind === 'LIST_ITEM') {
    return {
      type: 'LIST_ITEM',
      text: textOf(node),
      nesting: (node.attrs.NESTING_LEVEL as number | undefined) ?? 0,
      glyph: (node.attrs.GLYPH_TYPE as string | undefined) ?? 'NUMBER',
      ...(style ? { style } : {}),
    };
  }
  const contains = node.children.filter((c) => c.kind !== 'TEXT').map((c) => c.kind);
  return {
    type: 'PARAGRAPH',
    text: textOf(node),
    heading: (node.attrs.HEADING as string | undefined) ?? 'NORMAL',
    ...(style ? { style } : {}),
    ...(contains.length > 0 ? { contains } : {}),
  };
}

function snapshotTab(tab: TabModel): TabSnapshot {
  return {
    id: tab.id,
    title: tab.title,
    body: tab.body.children.map(snapshotElement),
    namedRanges: tab.live().map((r) => ({
      id: r.id,
      name: r.name,
      covers: tab
        .liveEntries(r)
        .map((e) => {
          const path = pathOf(e.node);
          const where = path.length === 1 ? at(path, 0) : path.join('/');
          return e.start >= 0 ? `${path.join('/')}:${e.start}-${e.end}` : where;
        })
        .sort((a, b) =>
          typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
        ),
    })),
    children: tab.children.map(snapshotTab),
  };
}

/** The whole document as plain JSON (compare before/after with toEqual). */
export function snapshotDocument(doc: FakeDocument): DocumentSnapshot {
  const cursor =
    doc._cursor && doc._activeTab.contains(doc._cursor.node)
      ? { path: pathOf(doc._cursor.node).join('/'), offset: doc._cursor.offset }
      : null;
  return {
    id: doc._id(),
    name: doc._name(),
    activeTab: doc._activeTab.id,
    cursor,
    tabs: doc._tabs.map(snapshotTab),
    documentProperties: doc._documentProperties.all(),
  };
}

/**
 * The text of every top-level element NOT covered by a named range whose name starts with `prefix`,
 * per tab, in order: what "the add-on never touches text outside its blocks" compares.
 */
export function textOutside(doc: FakeDocument, prefix: string): string[] {
  const out: string[] = [];
  const many = doc._allTabs().length > 1;
  for (const tab of doc._allTabs()) {
    const covered = tab
      .live()
      .filter((r) => r.name.startsWith(prefix))
      .flatMap((r) => tab.liveEntries(r).map((e) => e.node));
    for (const child of tab.body.children) {
      if (covered.some((n) => isInside(n, child))) continue;
      out.push(many ? `${tab.title}: ${textOf(child)}` : textOf(child));
    }
  }
  return out;
}
