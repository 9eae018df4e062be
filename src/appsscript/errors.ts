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
