/**
 * Document, Tab and DocumentTab of the DocumentApp fake, and the fixture builder
 * (`FakeDocument.fromContent([...])`). A document has one or more tabs; each tab has its own body and
 * its own named ranges. The Document-level content methods (getBody, addNamedRange, newRange, ...)
 * work on the first tab by default (`documentMethodsTab: 'active'` makes them follow the active tab,
 * as the reference says bound scripts do), so code that means "the active tab" has to say so.
 */
import { copyGraph } from '../clone';
import { countMethods } from '../calls';
import { FakeEnv, badArgs, exception, isWholeNumber } from '../env';
import { PropertyStore } from '../properties';
import type { EnumValue } from '../enums';
import type { GlyphType, HeadingName } from './enums';
import { TabType } from './enums';
import type { FakeElement } from './elements';
import { type FakeBody, FakeElement as ElementClass, wrapAs } from './elements';
import { append, DocNode, isTextBlock, tableNode, textBlock } from './model';
import { FakeDocRange, FakeNamedRange, FakePosition, FakeRangeBuilder } from './ranges';
import { NamedRangeRecord, TabModel } from './tabModel';
import { at } from '../must';

/** One body element of a fixture. A bare string is a normal paragraph. */
export type ContentItem =
  | string
  | { p: string; heading?: HeadingName }
  | { li: string; nesting?: number; glyph?: keyof typeof GlyphType }
  | { table: string[][] }
  | { hr: true }
  | { pageBreak: true };

export interface TabSpec {
  title: string;
  id?: string;
  content?: ContentItem[];
  children?: TabSpec[];
}

/** Where the user's cursor is: a path of child indices to a paragraph (from the tab's body) and a character offset. */
export interface CursorSpec {
  /** Tab title or id; default the active tab. The cursor is always in the active tab. */
  path: number[];
  /** Characters before the cursor; default the end of the paragraph's text. */
  offset?: number;
}

export interface NamedRangeSpec {
  name: string;
  /** Body child indices the range covers (whole elements). */
  children: number[];
  /** Tab title or id; default the first tab. */
  tab?: string;
}

export interface FakeDocumentOptions {
  id?: string;
  name?: string;
  /** The first (only) tab's content; ignored when `tabs` is given. */
  content?: ContentItem[];
  tabs?: TabSpec[];
  /** Title or id of the active tab. Default the first tab. */
  activeTab?: string;
  /** The user's cursor (in the active tab); default none. */
  cursor?: CursorSpec | null;
  /** Whole elements selected by the user (paths from the active tab's body); default none. */
  selection?: number[][] | null;
  namedRanges?: NamedRangeSpec[];
  documentProperties?: Record<string, string>;
  /** Which tab Document.getBody(), addNamedRange(), ... act on. Default 'first'. */
  documentMethodsTab?: 'first' | 'active';
}

let documentCounter = 0;

export function buildContent(body: DocNode, content: readonly ContentItem[]): void {
  for (const item of content) {
    if (typeof item === 'string') append(body, textBlock('PARAGRAPH', item));
    else if ('p' in item) {
      const p = append(body, textBlock('PARAGRAPH', item.p));
      if (item.heading) p.attrs.HEADING = item.heading;
    } else if ('li' in item) {
      const before = body.children[body.children.length - 1];
      const li = append(body, textBlock('LIST_ITEM', item.li));
      li.attrs.NESTING_LEVEL = item.nesting ?? 0;
      li.attrs.GLYPH_TYPE = item.glyph ?? 'BULLET';
      if (before?.kind === 'LIST_ITEM') li.attrs.LIST_ID = before.attrs.LIST_ID;
    } else if ('table' in item) append(body, tableNode(item.table));
    else if ('hr' in item) append(append(body, textBlock('PARAGRAPH', '')), new DocNode('HORIZONTAL_RULE'));
    else if ('pageBreak' in item) append(append(body, textBlock('PARAGRAPH', '')), new DocNode('PAGE_BREAK'));
  }
  const last = body.children[body.children.length - 1];
  if (!last || !isTextBlock(last)) append(body, textBlock('PARAGRAPH', ''));
}

const D = 'DocumentApp.Document';

export class FakeDocument {
  readonly _typeName = D;
  _env = new FakeEnv();
  readonly _tabs: TabModel[] = [];
  readonly _documentProperties: PropertyStore;
  _activeTab: TabModel;
  _cursor: { node: DocNode; offset: number } | null = null;
  _selection: DocNode[] | null = null;
  _closed = false;
  private readonly id: string;
  private name: string;
  private readonly methodsTab: 'first' | 'active';
  private rangeCounter = 0;
  private tabCounter = 0;

  constructor(options: FakeDocumentOptions = {}) {
    documentCounter += 1;
    this.id = options.id ?? `fake-document-${documentCounter}`;
    this.name = options.name ?? 'Career Conversation';
    this.methodsTab = options.documentMethodsTab ?? 'first';
    this._documentProperties = new PropertyStore(options.documentProperties);
    const specs = options.tabs ?? [{ title: 'Tab 1', content: options.content ?? [] }];
    if (specs.length === 0) throw new Error('FakeDocument: a document has at least one tab');
    for (const spec of specs) this._tabs.push(this._makeTab(spec, null));
    const all = this._allTabs();
    this._activeTab = options.activeTab ? this._findTab(options.activeTab) : at(all, 0, 'tab');
    for (const nr of options.namedRanges ?? []) {
      const tab = nr.tab ? this._findTab(nr.tab) : at(this._tabs, 0, 'tab');
      const entries = nr.children.map((i) => {
        const node = tab.body.children[i];
        if (!node)
          throw new Error(
            `FakeDocument: named range ${nr.name} covers child ${i}, but the body has ${tab.body.children.length}`,
          );
        return { node, start: -1, end: -1 };
      });
      tab.namedRanges.push(new NamedRangeRecord(this._nextNamedRangeId(), nr.name, entries));
    }
    if (options.cursor) this._cursor = this._resolveCursor(options.cursor);
    if (options.selection)
      this._selection = options.selection.map((path) => this._nodeAt(this._activeTab, path));
  }

  /** A one-tab document: `FakeDocument.fromContent(['Intro', { p: 'Agenda', heading: 'HEADING1' }, { table: [['a']] }])`. */
  static fromContent(
    content: ContentItem[],
    options: Omit<FakeDocumentOptions, 'content' | 'tabs'> = {},
  ): FakeDocument {
    return new FakeDocument({ ...options, content });
  }

  _bindEnv(env: FakeEnv): void {
    this._env = env;
  }
  _calls() {
    return this._env.calls;
  }
  toString(): string {
    return 'Document';
  }
  _id(): string {
    return this.id;
  }
  _name(): string {
    return this.name;
  }
  _guard(): void {
    if (this._closed) throw exception(this._env, 'Document is closed, its contents cannot be updated.');
  }
  _nextNamedRangeId(): string {
    this.rangeCounter += 1;
    return `kix.fake${this.rangeCounter}`;
  }
  private _makeTab(spec: TabSpec, parent: TabModel | null): TabModel {
    const tab = new TabModel(spec.id ?? `t.${this.tabCounter++}`, spec.title, this);
    tab.parent = parent;
    buildContent(tab.body, spec.content ?? []);
    tab.children = (spec.children ?? []).map((c) => this._makeTab(c, tab));
    return tab;
  }
  _allTabs(): TabModel[] {
    const out: TabModel[] = [];
    const walk = (tabs: TabModel[]) => {
      for (const t of tabs) {
        out.push(t);
        walk(t.children);
      }
    };
    walk(this._tabs);
    return out;
  }
  _findTab(titleOrId: string): TabModel {
    const tab = this._allTabs().find((t) => t.id === titleOrId || t.title === titleOrId);
    if (!tab) throw new Error(`FakeDocument: no tab "${titleOrId}"`);
    return tab;
  }
  _nodeAt(tab: TabModel, path: number[]): DocNode {
    let node = tab.body;
    for (const i of path) {
      const next = node.children[i];
      if (!next) throw new Error(`FakeDocument: no element at path ${path.join('/')}`);
      node = next;
    }
    return node;
  }
  /** A cursor in a paragraph with text sits in its Text element; in an empty one, on the paragraph. */
  _resolveCursor(spec: CursorSpec): { node: DocNode; offset: number } {
    const block = this._nodeAt(this._activeTab, spec.path);
    if (!isTextBlock(block))
      throw new Error('FakeDocument: a cursor goes in a paragraph or list item (give the path to one)');
    const runs = block.children.filter((c) => c.kind === 'TEXT');
    const total = runs.reduce((n, r) => n + r.chars.length, 0);
    let offset = spec.offset ?? total;
    if (offset < 0 || offset > total)
      throw new Error(`FakeDocument: cursor offset ${offset} outside 0..${total}`);
    if (runs.length === 0) return { node: block, offset: 0 };
    for (const run of runs) {
      if (offset <= run.chars.length) return { node: run, offset };
      offset -= run.chars.length;
    }
    const last = at(runs, runs.length - 1, 'text run');
    return { node: last, offset: last.chars.length };
  }
  /** The tab the Document-level content methods act on. */
  _docTab(): TabModel {
    return this.methodsTab === 'active' ? this._activeTab : at(this._tabs, 0, 'tab');
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    if (typeof name !== 'string') throw badArgs(this._env, `${D}.setName`, [name]);
    this.name = name;
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/open?id=${this.id}`;
  }
  getBody(): FakeBody {
    return tabBody(this._env, this._docTab());
  }
  getTabs(): FakeTab[] {
    return this._tabs.map((t) => new FakeTab(this._env, this, t));
  }
  getTab(tabId: string): FakeTab | null {
    if (typeof tabId !== 'string') throw badArgs(this._env, `${D}.getTab`, [tabId]);
    const tab = this._allTabs().find((t) => t.id === tabId);
    return tab ? new FakeTab(this._env, this, tab) : null;
  }
  getActiveTab(): FakeTab {
    return new FakeTab(this._env, this, this._activeTab);
  }
  setActiveTab(tabId: string): void {
    if (typeof tabId !== 'string') throw badArgs(this._env, `${D}.setActiveTab`, [tabId]);
    const tab = this._allTabs().find((t) => t.id === tabId);
    if (!tab) throw exception(this._env, `Invalid argument: tabId [fake: no tab ${tabId}]`);
    if (tab !== this._activeTab) this._cursor = null;
    this._activeTab = tab;
  }
  /** The user's cursor in the active tab, or null (no cursor, a selection instead, or its element is gone). */
  getCursor(): FakePosition | null {
    if (!this._cursor || !this._activeTab.contains(this._cursor.node)) return null;
    return new FakePosition(this._env, this._cursor.node, this._cursor.offset);
  }
  setCursor(position: FakePosition): this {
    if (!(position instanceof FakePosition)) throw badArgs(this._env, `${D}.setCursor`, [position]);
    if (!this._activeTab.contains(position._node))
      throw exception(this._env, 'Invalid argument: position [fake: not in the active tab]');
    this._cursor = { node: position._node, offset: position._offset };
    this._selection = null;
    return this;
  }
  newPosition(element: FakeElement, offset: number): FakePosition {
    return newPosition(this._env, this._docTab(), `${D}.newPosition`, element, offset);
  }
  getSelection(): FakeDocRange | null {
    if (!this._selection) return null;
    const live = this._selection.filter((n) => this._activeTab.contains(n));
    if (live.length === 0) return null;
    return new FakeDocRange(
      this._env,
      live.map((node) => ({ node, start: -1, end: -1 })),
      this._activeTab,
    );
  }
  setSelection(range: FakeDocRange): this {
    if (!(range instanceof FakeDocRange)) throw badArgs(this._env, `${D}.setSelection`, [range]);
    this._selection = range._entries.map((e) => e.node);
    this._cursor = null;
    return this;
  }
  newRange(): FakeRangeBuilder {
    return new FakeRangeBuilder(this._env, this._docTab());
  }
  addNamedRange(name: string, range: FakeDocRange): FakeNamedRange {
    return addNamedRange(this._env, this._docTab(), `${D}.addNamedRange`, name, range);
  }
  getNamedRanges(name?: string | null): FakeNamedRange[] {
    return getNamedRanges(this._env, this._docTab(), `${D}.getNamedRanges`, name);
  }
  getNamedRangeById(id: string): FakeNamedRange | null {
    return getNamedRangeById(this._env, this._docTab(), `${D}.getNamedRangeById`, id);
  }
  /** Later calls on this Document object throw, as in Apps Script (the next execution opens it again). */
  saveAndClose(): void {
    this._closed = true;
  }
}
countMethods(FakeDocument, 'Document', ['toString']);

function tabBody(env: FakeEnv, tab: TabModel): FakeBody {
  return wrapAs(env, tab.body, 'BODY_SECTION');
}

function newPosition(
  env: FakeEnv,
  tab: TabModel,
  method: string,
  element: unknown,
  offset: unknown,
): FakePosition {
  if (!(element instanceof ElementClass) || !isWholeNumber(offset))
    throw badArgs(env, method, [element, offset]);
  if (!tab.contains(element._node))
    throw exception(
      env,
      `Invalid argument: element [fake: ${method} got an element that is not in this tab's body]`,
    );
  const node = element._node;
  const max = node.kind === 'TEXT' ? node.chars.length : node.children.length;
  if (offset < 0 || offset > max)
    throw exception(env, `Invalid argument: offset (${offset}) must be between 0 and ${max}.`);
  return new FakePosition(env, node, offset);
}

export const MAX_NAMED_RANGE_NAME = 256;

function addNamedRange(
  env: FakeEnv,
  tab: TabModel,
  method: string,
  name: unknown,
  range: unknown,
): FakeNamedRange {
  if (typeof name !== 'string' || !(range instanceof FakeDocRange)) throw badArgs(env, method, [name, range]);
  if (name.length < 1 || name.length > MAX_NAMED_RANGE_NAME) {
    throw exception(
      env,
      `Invalid argument: name [fake: a named range's name has 1 to ${MAX_NAMED_RANGE_NAME} characters; got ${name.length}]`,
    );
  }
  if (range._tab !== tab)
    throw exception(env, 'Invalid argument: range [fake: the range was built in another tab]');
  const entries = range._entries.filter((e) => tab.contains(e.node));
  if (entries.length === 0)
    throw exception(env, 'Invalid argument: range [fake: none of its elements is in the tab any more]');
  const record = new NamedRangeRecord(
    tab.ids._nextNamedRangeId(),
    name,
    entries.map((e) => ({ ...e })),
  );
  tab.namedRanges.push(record);
  return new FakeNamedRange(env, tab, record);
}

function getNamedRanges(env: FakeEnv, tab: TabModel, method: string, name: unknown): FakeNamedRange[] {
  if (name !== undefined && name !== null && typeof name !== 'string') throw badArgs(env, method, [name]);
  return tab
    .live()
    .filter((r) => name === undefined || name === null || r.name === name)
    .map((r) => new FakeNamedRange(env, tab, r));
}

function getNamedRangeById(env: FakeEnv, tab: TabModel, method: string, id: unknown): FakeNamedRange | null {
  if (typeof id !== 'string') throw badArgs(env, method, [id]);
  const record = tab.live().find((r) => r.id === id);
  return record ? new FakeNamedRange(env, tab, record) : null;
}

export class FakeTab {
  readonly _typeName = 'DocumentApp.Tab';
  constructor(
    private readonly env: FakeEnv,
    private readonly doc: FakeDocument,
    readonly _tab: TabModel,
  ) {}
  _calls() {
    return this.env.calls;
  }
  toString(): string {
    return 'Tab';
  }
  getId(): string {
    return this._tab.id;
  }
  getTitle(): string {
    return this._tab.title;
  }
  getType(): EnumValue {
    return TabType.DOCUMENT_TAB;
  }
  getIndex(): number {
    const siblings = this._tab.parent ? this._tab.parent.children : this.doc._tabs;
    return siblings.indexOf(this._tab);
  }
  getChildTabs(): FakeTab[] {
    return this._tab.children.map((t) => new FakeTab(this.env, this.doc, t));
  }
  asDocumentTab(): FakeDocumentTab {
    return new FakeDocumentTab(this.env, this._tab);
  }
}
countMethods(FakeTab, 'Tab', ['toString']);

const DT = 'DocumentApp.DocumentTab';

export class FakeDocumentTab {
  readonly _typeName = DT;
  constructor(
    private readonly env: FakeEnv,
    readonly _tab: TabModel,
  ) {}
  _calls() {
    return this.env.calls;
  }
  toString(): string {
    return 'DocumentTab';
  }
  getBody(): FakeBody {
    return tabBody(this.env, this._tab);
  }
  newRange(): FakeRangeBuilder {
    return new FakeRangeBuilder(this.env, this._tab);
  }
  newPosition(element: FakeElement, offset: number): FakePosition {
    return newPosition(this.env, this._tab, `${DT}.newPosition`, element, offset);
  }
  addNamedRange(name: string, range: FakeDocRange): FakeNamedRange {
    return addNamedRange(this.env, this._tab, `${DT}.addNamedRange`, name, range);
  }
  getNamedRanges(name?: string | null): FakeNamedRange[] {
    return getNamedRanges(this.env, this._tab, `${DT}.getNamedRanges`, name);
  }
  getNamedRangeById(id: string): FakeNamedRange | null {
    return getNamedRangeById(this.env, this._tab, `${DT}.getNamedRangeById`, id);
  }
}
countMethods(FakeDocumentTab, 'DocumentTab', ['toString']);

/**
 * A copy of the document as it stands (body, named ranges, cursor, properties), sharing nothing
 * with it but the execution environment, which createDocsFake binds anew. A test helper: building
 * a document with a few add-on runs once and copying it is cheaper than running them for every copy.
 */
export function copyDocument(document: FakeDocument): FakeDocument {
  return copyGraph(document, (value) => value instanceof FakeEnv);
}
