/**
 * One service call made to fail on request, the way Apps Script executions fail half way (a service
 * error, a quota): `fake.failAt(n)` makes the nth counted call the add-on makes from then on throw
 * once, before it does anything. Whatever the add-on wrote before that call stays written, exactly
 * as in Apps Script, so a test can run the action again and see whether the re-run finishes the job.
 *
 * Only the add-on's own calls count towards n: calls made while a loaded bundle runs (loadBundle
 * says when), never a test's own calls to the fake.
 */

/** Where an armed failure struck. */
export interface FaultStruck {
  /** The call's number among the add-on's calls since failAt (1 = the first). */
  call: number;
  /** The method that failed, like `Sheet.hideColumns`. */
  method: string;
  message: string;
}

export class FaultInjector {
  private armed: { at: number; seen: number; method: string | null; message: string | null } | null = null;
  /** The last failure that struck, or null (cleared by each failAt). */
  struck: FaultStruck | null = null;

  /**
   * Arms a failure of the nth add-on call from now, or (with `method`, like `Sheet.hideColumns`) of
   * the nth call of that method; `message` replaces the fake's default.
   */
  arm(n: number, message: string | null = null, method: string | null = null): void {
    if (!Number.isInteger(n) || n < 1) throw new Error(`failAt: n must be a whole number from 1 (got ${n}).`);
    this.armed = { at: n, seen: 0, method, message };
    this.struck = null;
  }

  /** Forgets an armed failure that has not struck. */
  disarm(): void {
    this.armed = null;
  }

  /** True while a failure is armed and has not struck yet. */
  get pending(): boolean {
    return this.armed !== null;
  }

  /**
   * Called before every counted call: the message to throw when this call is the one armed, else
   * null. Calls outside an execution (`executing` false) are not the add-on's and do not count.
   */
  check(method: string, executing: boolean, defaultMessage: string): string | null {
    const armed = this.armed;
    if (!armed || !executing || (armed.method !== null && armed.method !== method)) return null;
    armed.seen += 1;
    if (armed.seen < armed.at) return null;
    this.armed = null;
    const message = armed.message ?? defaultMessage;
    this.struck = { call: armed.seen, method, message };
    return message;
  }
}
