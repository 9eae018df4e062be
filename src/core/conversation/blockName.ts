/**
 * Named-range names of inserted blocks: `careergrowth.<kind>.<fingerprint>[.<param>...]`.
 * The fingerprint is of the text the add-on wrote, so a later read tells whether a person edited
 * inside the block; the parameters are what a refresh needs to write the block again.
 */
import { fingerprint } from '../cells';
import { BLOCK_KINDS, type BlockKind } from './block';

export const BLOCK_PREFIX = 'careergrowth.';
/** Apps Script rejects named-range names longer than this. */
export const MAX_NAME_LENGTH = 256;

export interface BlockName {
  kind: BlockKind;
  fingerprint: string;
  params: string[];
}

// '.' separates the parts, so it is escaped inside a parameter along with what URI encoding escapes.
const encodeParam = (value: string) => encodeURIComponent(value).replace(/\./g, '%2E');

export function formatBlockName(name: BlockName): string {
  const text = [BLOCK_PREFIX + name.kind, name.fingerprint, ...name.params.map(encodeParam)].join('.');
  if (text.length > MAX_NAME_LENGTH) throw new Error(`Block name too long (${text.length} characters).`);
  return text;
}

/** The parts of one of our names, or null for any other name (other add-ons' ranges included). */
export function parseBlockName(text: string): BlockName | null {
  if (!text.startsWith(BLOCK_PREFIX)) return null;
  const [kind, fp = '', ...params] = text.slice(BLOCK_PREFIX.length).split('.');
  if (!(BLOCK_KINDS as readonly string[]).includes(kind ?? '')) return null;
  try {
    return { kind: kind as BlockKind, fingerprint: fp, params: params.map(decodeURIComponent) };
  } catch {
    return null;
  }
}

/** One element's text as the document reports it, with its type so a table never reads as a paragraph. */
export interface ElementText {
  type: string;
  text: string;
}

/** The fingerprint of a block's elements: changes when any text, the element count or a type changes. */
export function blockFingerprint(elements: readonly ElementText[]): string {
  return fingerprint(elements.map((e) => `${e.type}\u241f${e.text}`).join('\u241e'));
}

/**
 * The name of a block's slot while it is being written (docs/architecture.md, "Failing half way"):
 * `careergrowth.writing.<kind>.<mode>[.<param>...]`. A slot is a named range over the elements on
 * either side of where the block goes; whatever lies between them is ours, half written, so the
 * next run replaces it without asking. Its parameters are the block's, so a refresh can write it.
 */
export const WRITING_PREFIX = `${BLOCK_PREFIX}writing.`;

export interface WritingName {
  kind: BlockKind;
  /**
   * True when the block starts the body: nothing stands before it to anchor the slot, which then
   * covers only the element after the block, and the block is everything before that element.
   */
  head: boolean;
  /** True when the write replaces a block that stood there (the reply says 'replaced'). */
  replacing: boolean;
  params: string[];
}

export function formatWritingName(name: WritingName): string {
  const mode = `${name.head ? 'h' : 'b'}${name.replacing ? 'r' : 'i'}`;
  const text = [WRITING_PREFIX + name.kind, mode, ...name.params.map(encodeParam)].join('.');
  if (text.length > MAX_NAME_LENGTH) throw new Error(`Slot name too long (${text.length} characters).`);
  return text;
}

/** The parts of a slot's name, or null for any other name (our blocks' names included). */
export function parseWritingName(text: string): WritingName | null {
  if (!text.startsWith(WRITING_PREFIX)) return null;
  const [kind, mode = '', ...params] = text.slice(WRITING_PREFIX.length).split('.');
  if (!(BLOCK_KINDS as readonly string[]).includes(kind ?? '') || !/^[hb][ri]$/.test(mode)) return null;
  try {
    return {
      kind: kind as BlockKind,
      head: mode.startsWith('h'),
      replacing: mode.endsWith('r'),
      params: params.map(decodeURIComponent),
    };
  } catch {
    return null;
  }
}
