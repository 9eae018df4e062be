/**
 * An expected failure, thrown from deep inside an action and answered by `answer` (./answer.ts) as
 * a failure of its kind; the message is for the person using the add-on and is shown as is.
 * Throwing one leaves the file untouched, because every endpoint validates before writing.
 */
import type { CommonFailure } from '../api/reply';

export class UserError extends Error {
  constructor(
    message: string,
    readonly kind: CommonFailure['kind'] = 'invalid',
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** The failure the endpoint answers with. */
  toFailure(): CommonFailure {
    return { ok: false, kind: this.kind, message: this.message };
  }
}

/**
 * Messages Apps Script gives when a service call fails for reasons of its own (a back-end error, a
 * quota, the time limit), not because of anything in the file or the request.
 */
const SERVICE_FAILURE =
  /^(Service .*(failed|error|unavailable|timed out|invoked too many times)|We're sorry, a server error occurred|Exceeded maximum execution time)/i;

/**
 * True for an error a service call threw for reasons of its own: such an error is passed on, never
 * turned into a UserError about the file or into a partial result, so the action fails as a whole
 * and the person can simply run it again. Errors of the platform may come from another realm, so
 * the message is looked at, not the class.
 */
export function isServiceFailure(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
  return typeof message === 'string' && SERVICE_FAILURE.test(message);
}
