/**
 * What both add-ons' request schemas share: the role id field and the one way a request is parsed.
 * zod/mini keeps Code.js small: the full zod build alone would take most of the bundle budget.
 */
import * as z from 'zod/mini';
import { UserError } from './errors';

const MAX_ID = 200;

/** A role id as a picker sends it: trimmed, not empty, not absurdly long. */
export const roleIdField = (label: string) =>
  z.string({ error: `${label} must be text.` }).check(
    z.trim(),
    z.minLength(1, { error: `${label} is empty. Choose a role from the list.` }),
    z.maxLength(MAX_ID, { error: `${label} is too long (at most ${MAX_ID} characters).` }),
  );

/** Parses a request or throws a UserError whose message says what was wrong. */
export function parseRequest<T extends z.ZodMiniType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? 'The request is not valid.';
  throw new UserError(`Invalid request: ${message}`);
}
