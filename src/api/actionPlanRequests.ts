/**
 * zod schemas of the action plan's requests (generate with a focus size, other ideas for an action,
 * swapping one in), and the request types derived from them.
 */
import * as z from 'zod/mini';
import { MAX_FOCUS_SIZE, MIN_FOCUS_SIZE } from '../core/focusSize';

const MAX_KEY = 300;
const MAX_SUGGESTION_ID = 200;

const focusMessage = `Choose how many gaps to focus on: ${MIN_FOCUS_SIZE} to ${MAX_FOCUS_SIZE}.`;

export const generateRequest = z.pipe(
  z.optional(
    z.object(
      {
        focusSize: z.optional(
          z
            .number({ error: focusMessage })
            .check(
              z.int({ error: focusMessage }),
              z.gte(MIN_FOCUS_SIZE, { error: focusMessage }),
              z.lte(MAX_FOCUS_SIZE, { error: focusMessage }),
            ),
        ),
      },
      { error: focusMessage },
    ),
  ),
  z.transform((v) => v ?? {}),
);
/** Generate the action plan; `focusSize` (1 to 5) is remembered with the plan, else the remembered one is used. */
export type GenerateRequest = z.input<typeof generateRequest>;

const keyField = z
  .string({ error: 'Choose an action of your plan.' })
  .check(
    z.trim(),
    z.minLength(1, { error: 'Choose an action of your plan.' }),
    z.maxLength(MAX_KEY, { error: `The action's key is too long (at most ${MAX_KEY} characters).` }),
  );

export const suggestionsRequest = z.object({ key: keyField }, { error: 'Choose an action of your plan.' });
/** The other ideas for the action whose Key is `key`. */
export type SuggestionsRequest = z.input<typeof suggestionsRequest>;

export const swapRequest = z.object(
  {
    key: keyField,
    suggestionId: z.string({ error: 'Choose an idea to use instead.' }).check(
      z.trim(),
      z.minLength(1, { error: 'Choose an idea to use instead.' }),
      z.maxLength(MAX_SUGGESTION_ID, {
        error: `The idea's id is too long (at most ${MAX_SUGGESTION_ID} characters).`,
      }),
    ),
  },
  { error: 'Choose an action and an idea to use instead.' },
);
/** Replace the action whose Key is `key` with the idea `suggestionId` (one of its other ideas). */
export type SwapRequest = z.input<typeof swapRequest>;
