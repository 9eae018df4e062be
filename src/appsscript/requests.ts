/** The one way both add-ons parse a request against its schema (src/api). */
import type * as z from 'zod/mini';
import type { Failure, Ok } from '../api/reply';

/** The parsed request, or an 'invalid' failure whose message says what was wrong, in words. */
export function parseRequest<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
): Ok<{ request: z.output<T> }> | Failure<'invalid'> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, request: result.data };
  const message = result.error.issues[0]?.message ?? 'The request is not valid.';
  return { ok: false, kind: 'invalid', message: `Invalid request: ${message}` };
}
