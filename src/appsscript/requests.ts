/** The one way both add-ons parse a request against its schema (src/api). */
import type * as z from 'zod/mini';
import { UserError } from './errors';

/** Parses a request or throws a UserError whose message says what was wrong. */
export function parseRequest<T extends z.ZodMiniType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? 'The request is not valid.';
  throw new UserError(`Invalid request: ${message}`);
}
