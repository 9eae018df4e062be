/**
 * The one shape every endpoint of both add-ons answers with. A success carries its own fields next
 * to `ok: true`; an expected failure says what kind it is and what to do, in `message`, which the
 * sidebar, the dialogs and the menus show as is. Unexpected errors are thrown, never answered.
 */

export type Ok<T extends object> = { ok: true } & T;

export interface Failure<K extends string> {
  ok: false;
  kind: K;
  /** For people: shown as is. */
  message: string;
}

/**
 * The failures every endpoint may answer with. 'invalid': the request or the file is not as needed
 * (bad input, an unknown role, a missing tab or column, a plan that cannot be opened); the message
 * says what to do. 'busy': the document lock stayed taken. 'interrupted': a Google service failed
 * before the change was finished; what was written stays, and the same call run again finishes it.
 */
export type CommonFailure = Failure<'invalid'> | Failure<'busy'> | Failure<'interrupted'>;

/** An endpoint's answer: its success, a common failure, or one of its own failures `F`. */
export type Reply<T extends object, F = never> = Ok<T> | CommonFailure | F;

/** A success with `value`'s fields. */
export function ok<T extends object>(value: T): Ok<T> {
  return { ok: true, ...value };
}

export function failure<K extends string>(kind: K, message: string): Failure<K> {
  return { ok: false, kind, message };
}
