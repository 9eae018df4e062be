/** Assertions on the replies of both add-ons' endpoints (src/api/reply.ts). */
import type { Failure } from '../../src/api/reply';

/**
 * Asserts that `reply` is a failure of `kind` whose message is `message` (or matches it), and
 * returns it typed, for checks of the fields a kind adds.
 */
export function expectFailure<F extends Failure<string> = Failure<string>>(
  reply: unknown,
  kind: F['kind'],
  message: RegExp | string,
): F {
  expect(reply).toMatchObject({ ok: false, kind });
  const failure = reply as F;
  if (typeof message === 'string') expect(failure.message).toBe(message);
  else expect(failure.message).toMatch(message);
  return failure;
}

/** An 'invalid' or 'busy' failure: exactly ok, kind and message, nothing else. */
export function expectCommonFailure(
  reply: unknown,
  kind: 'invalid' | 'busy',
  message: RegExp | string,
): void {
  const failure = expectFailure(reply, kind, message);
  expect(Object.keys(failure).sort()).toEqual(['kind', 'message', 'ok']);
}
