/**
 * The fault sweep: does re-running an action finish the job, whichever service call failed?
 *
 * For one action (a SweepCase), it runs the action once uninterrupted on a fresh file to learn the
 * expected final state and the number of calls the add-on makes. Then, for every N from 1 to that
 * number, on a fresh file: the Nth call fails once (fake.failAt), the action runs (it must answer a
 * failure or throw; a success is checked against the expected state, so it cannot lie), then runs
 * again plainly, as a person would after an error message; the file must now be exactly as after
 * the uninterrupted run, and what a person typed must never have changed in between.
 *
 * A case is a few lines (sheetsSweeps.ts, docsSweeps.ts): how to open the fresh file with whatever
 * came before the action, the action itself, and what in the file a person typed.
 */
import type { EnvControls } from '../../fake/env';

/** One fresh file, ready for the action. */
export interface SweepRun {
  fake: EnvControls;
  /** Runs the action once, as one execution; returns its reply. */
  act(): unknown;
  /** The whole file as JSON that compares equal exactly when two files are the same (not counted). */
  state(): unknown;
  /** What a person typed, as JSON: no run, failed or not, may change it (not counted). */
  typed(): unknown;
}

export interface SweepCase {
  name: string;
  /** A fresh file (and whatever runs came before the action), each time anew. */
  open(): SweepRun;
  /** Whether the reply says the action succeeded; default `reply.ok === true`. */
  succeeded?: (reply: unknown) => boolean;
}

/** Why one fault point did not recover. */
export interface SweepFinding {
  /** The call that failed (1 = the action's first). */
  call: number;
  /** The method that failed there in this run. */
  method: string;
  problem: string;
}

export interface SweepResult {
  name: string;
  /** The add-on's calls in one uninterrupted run: the fault points swept. */
  calls: number;
  findings: SweepFinding[];
  /** Wall time of the whole sweep, uninterrupted run included. */
  ms: number;
}

export interface SweepOptions {
  /** Sweep only these fault points (1-based), e.g. to look at one closely. */
  only?: readonly number[];
}

const defaultSucceeded = (reply: unknown): boolean =>
  typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;

type Outcome = { threw: false; reply: unknown } | { threw: true; error: unknown };

function attempt(run: SweepRun): Outcome {
  try {
    return { threw: false, reply: run.act() };
  } catch (error) {
    return { threw: true, error };
  }
}

function describe(outcome: Outcome): string {
  if (outcome.threw) return `threw ${String(outcome.error)}`;
  const text = json(outcome.reply);
  return `answered ${text.length > 160 ? `${text.slice(0, 160)}...` : text}`;
}

/** JSON text of a value (`undefined` for undefined, which JSON.stringify leaves out). */
function json(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** Where two JSON values first differ, as a path with both sides, for a readable finding. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path || '(root)'}: ${json(a).slice(0, 120)} instead of ${json(b).slice(0, 120)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array against object`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`,
    );
    if (found) return found;
  }
  return null;
}

/** Sweeps every fault point of the case (or options.only); see the module comment. */
export function sweep(c: SweepCase, options: SweepOptions = {}): SweepResult {
  const started = Date.now();
  const succeeded = c.succeeded ?? defaultSucceeded;

  const clean = c.open();
  const typedBefore = clean.typed();
  clean.fake.calls.reset();
  const first = attempt(clean);
  const calls = clean.fake.calls.total;
  if (first.threw || !succeeded(first.reply))
    throw new Error(`${c.name}: the uninterrupted run did not succeed: ${describe(first)}`);
  const expected = clean.state();
  const typedAfter = clean.typed();
  const typedChange = firstDifference(typedAfter, typedBefore);
  if (typedChange)
    throw new Error(`${c.name}: the uninterrupted run changed what a person typed: ${typedChange}`);

  const findings: SweepFinding[] = [];
  const points = options.only ?? Array.from({ length: calls }, (_, i) => i + 1);
  for (const n of points) {
    const run = c.open();
    run.fake.failAt(n);
    const failed = attempt(run);
    const struck = run.fake.faultStruck;
    const method = struck?.method ?? '(none)';
    const find = (problem: string) => findings.push({ call: n, method, problem });
    if (!struck) {
      run.fake.calls.reset();
      find(
        `the failure never struck: this run made fewer calls than the uninterrupted one (${describe(failed)})`,
      );
      continue;
    }
    const typedMid = firstDifference(run.typed(), typedBefore);
    if (typedMid) find(`the failed run changed what a person typed: ${typedMid}`);
    if (!failed.threw && succeeded(failed.reply)) {
      const lie = firstDifference(run.state(), expected);
      if (lie) find(`answered success with the file unlike an uninterrupted run's: ${lie}`);
    }
    const again = attempt(run);
    if (again.threw || !succeeded(again.reply)) {
      find(`the re-run did not succeed: ${describe(again)}`);
      continue;
    }
    const wrong = firstDifference(run.state(), expected);
    if (wrong) find(`after the re-run the file differs from an uninterrupted run's: ${wrong}`);
    const typedEnd = firstDifference(run.typed(), typedBefore);
    if (typedEnd && !typedMid) find(`the re-run changed what a person typed: ${typedEnd}`);
  }
  return { name: c.name, calls, findings, ms: Date.now() - started };
}

/** The fault points that did not recover (a point with several problems counts once). */
export function unrecovered(result: SweepResult): number {
  return new Set(result.findings.map((f) => f.call)).size;
}

/** One line per case for reports and the console: points, failures, time. */
export function sweepLine(result: SweepResult): string {
  return `${result.name}: ${unrecovered(result)} of ${result.calls} fault points did not recover (${(result.ms / 1000).toFixed(1)} s)`;
}
