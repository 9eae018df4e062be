/**
 * Schema pieces both add-ons' requests share. Their messages reach people, so they name things in
 * words (the target role), never the request's field names.
 * zod/mini keeps Code.js small: the full zod build alone would take most of the bundle budget.
 */
import * as z from 'zod/mini';

const MAX_ID = 200;

/** A role id as a picker sends it: trimmed, not empty, not absurdly long. */
export const roleIdField = (which: 'current' | 'target') =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `Choose a ${which} role.` : `The ${which} role must be text.`,
    })
    .check(
      z.trim(),
      z.minLength(1, { error: `The ${which} role is empty. Choose a role from the list.` }),
      z.maxLength(MAX_ID, { error: `The ${which} role is too long (at most ${MAX_ID} characters).` }),
    );
