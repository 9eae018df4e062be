/**
 * Schema pieces both add-ons' requests share.
 * zod/mini keeps Code.js small: the full zod build alone would take most of the bundle budget.
 */
import * as z from 'zod/mini';

const MAX_ID = 200;

/** A role id as a picker sends it: trimmed, not empty, not absurdly long. */
export const roleIdField = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .check(
      z.trim(),
      z.minLength(1, { error: `${label} is empty. Choose a role from the list.` }),
      z.maxLength(MAX_ID, { error: `${label} is too long (at most ${MAX_ID} characters).` }),
    );
