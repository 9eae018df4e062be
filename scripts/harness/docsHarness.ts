/**
 * Loads the BUILT Career Conversation bundle (build/docs/Code.js by default) into a fresh vm context
 * wired to the strict DocumentApp fake, like harness.ts does for the Growth Plan. The manifest next to
 * the bundle (appsscript.json) supplies the scopes the fake enforces; its HTML pages are served by
 * HtmlService.createHtmlOutputFromFile.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { editAsUser, loadBundle, readBuiltHtml, snapshotDocument, textOutside } from '../../fake';
import type {
  ContentItem,
  CursorSpec,
  DocsFake,
  DocumentSnapshot,
  FakeBody,
  FakeDocumentOptions,
  NamedRangeSpec,
} from '../../fake/docs';
import { createDocsFake, FakeDocument } from '../../fake/docs';
import type { LoadedBundle } from '../../fake/loadBundle';
import type { FakeSpreadsheet } from '../../fake/spreadsheet';

export const DOCS_BUILD_DIR = join(__dirname, '../../build/docs');
export const DOCS_CODE_PATH = join(DOCS_BUILD_DIR, 'Code.js');

export interface OpenDocumentOptions {
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  /** Where the user's cursor is (a path to a paragraph and a character offset); default none. */
  cursor?: CursorSpec | null;
  /** Spreadsheets the add-on can open by URL or id (the linked growth plan). */
  spreadsheets?: FakeSpreadsheet[];
  /** Named ranges already in the document (a block inserted earlier). */
  namedRanges?: NamedRangeSpec[];
  documentProperties?: Record<string, string>;
  /** A whole document (tabs, ...) instead of `content`. */
  document?: FakeDocument | FakeDocumentOptions;
  /** The bundle to load. Default build/docs/Code.js. */
  codePath?: string;
  /** oauthScopes to enforce; default those of appsscript.json next to the bundle (none enforced when absent). */
  scopes?: readonly string[] | null;
  /** false: a run without UI (getUi throws). */
  hasUi?: boolean;
}

export interface DocsHarness {
  fake: DocsFake;
  document: FakeDocument;
  bundle: LoadedBundle;
  /** Calls a top-level function as a menu item or trigger would; the caller states what it expects back. */
  call(name: string, ...args: unknown[]): unknown;
  /** Calls a function as google.script.run would: JSON-only arguments and result. */
  run(name: string, ...args: unknown[]): unknown;
  /** Calls the function behind an add-on menu item, by caption. */
  runMenuItem(caption: string): unknown;
  /** The whole document as JSON (not counted). */
  snapshot(): DocumentSnapshot;
  /** Text of the top-level elements outside our blocks (default prefix `careergrowth.`). */
  textOutside(prefix?: string): string[];
  /** Edits the first tab's body as a person would (not counted). */
  edit<T>(change: (body: FakeBody) => T): T;
}

function manifestScopes(codePath: string): string[] | null {
  const manifest = join(dirname(codePath), 'appsscript.json');
  if (!existsSync(manifest)) return null;
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { oauthScopes?: string[] };
  return parsed.oauthScopes ?? null;
}

/** A new execution environment around a document with `content` (or options.document). */
export function openDocument(content: ContentItem[] = [], options: OpenDocumentOptions = {}): DocsHarness {
  const codePath = options.codePath ?? DOCS_CODE_PATH;
  if (!existsSync(codePath))
    throw new Error(`No bundle at ${codePath}: run \`npm run build\` before the Docs integration tests.`);
  const document =
    options.document instanceof FakeDocument
      ? options.document
      : new FakeDocument({
          ...(options.document ?? { content }),
          ...(options.cursor !== undefined ? { cursor: options.cursor } : {}),
          ...(options.namedRanges ? { namedRanges: options.namedRanges } : {}),
          ...(options.documentProperties ? { documentProperties: options.documentProperties } : {}),
        });
  const fake = createDocsFake({
    document,
    authMode: options.authMode ?? 'FULL',
    spreadsheets: options.spreadsheets,
    scopes: options.scopes === undefined ? manifestScopes(codePath) : options.scopes,
    htmlFiles: readBuiltHtml(dirname(codePath)),
    hasUi: options.hasUi,
  });
  const bundle = loadBundle(codePath, fake);
  return {
    fake,
    document,
    bundle,
    call: (name, ...args) => bundle.call(name, ...args),
    run: (name, ...args) => bundle.runFromClient(name, ...args),
    runMenuItem: (caption) => bundle.runMenuItem(caption),
    snapshot: () => snapshotDocument(document),
    textOutside: (prefix = 'careergrowth.') => textOutside(document, prefix),
    edit: (change) => editAsUser(document, (body) => change(body)),
  };
}
