/**
 * What the preview's bundle thread and the main thread say to each other. The built Code.js runs in
 * a worker thread so that it can wait, as Apps Script does, while a person answers a question; the
 * fake stays on the main thread (tests and the page read it there), and every Apps Script call the
 * bundle makes crosses over synchronously: the worker posts the call and blocks on a shared flag
 * until the main thread has answered it.
 *
 * Values cross as `Wire`: plain data is copied, dates go as instants, and anything else (a fake
 * Range, an enum value, a service) stays where it is and crosses as a handle, so `===` still holds
 * between two handles of one object.
 */
import type { MessagePort } from 'node:worker_threads';

export type Wire = null | undefined | string | number | boolean | Wire[] | Tagged;

export type Tagged =
  /** A plain object, its values encoded. */
  | { $: 'o'; v: Record<string, Wire> }
  /** A Date, as ms since the epoch. */
  | { $: 'd'; t: number }
  /**
   * An object that stays on its side. `methods` are its function-valued properties; objects of one
   * class share a `shape`, whose methods are sent only the first time.
   */
  | { $: 'h'; id: number; shape?: number; methods?: string[] }
  /** A property that is a function: call it through the handle. */
  | { $: 'm' };

/** A synchronous request of the bundle thread about one handle. */
export type SyncRequest = { seq: number; id: number; prop: string } & (
  { op: 'get' } | { op: 'has' } | { op: 'call'; args: Wire[] }
);

export type SyncReply = { seq: number } & (
  { ok: true; value: Wire } | { ok: false; name: string; message: string }
);

/** How a function is run: as a menu item or trigger would (`call`), or as google.script.run would (`client`). */
export type RunMode = 'call' | 'client';

export type ToWorker = { type: 'run'; id: number; name: string; args: Wire[]; mode: RunMode };

export type FromWorker =
  | { type: 'ready'; functionNames: string[] }
  | { type: 'failed'; message: string }
  | { type: 'done'; id: number; ok: true; value: Wire }
  | { type: 'done'; id: number; ok: false; message: string };

/** The worker's workerData. */
export interface WorkerSetup {
  codePath: string;
  timeoutMs: number;
  /** The bundle's globals (SpreadsheetApp, ...), as handles that live as long as the thread. */
  globals: Record<string, Wire>;
  /** loadBundle's host services on the main thread (`clock()`), as a handle. */
  host: Wire;
  /** Handles up to this id are the globals' and are never released. */
  pinned: number;
  /** One Int32: 0 while the worker waits for a reply, 1 once the main thread has posted it. */
  flag: SharedArrayBuffer;
  port: MessagePort;
}

/** True for a Date of any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True for an object literal of any realm (its prototype is some realm's Object.prototype, or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

export function isTagged(wire: Wire): wire is Tagged {
  return typeof wire === 'object' && wire !== null && !Array.isArray(wire);
}
