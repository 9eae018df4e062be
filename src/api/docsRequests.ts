/**
 * zod schemas of what the dialogs send, and the request types derived from them: every endpoint
 * parses its input here before anything else, and the dialogs' calls are typed by the same
 * declarations. Unknown keys are dropped, so a menu event passed to an endpoint reads as an empty
 * request.
 */
import * as z from 'zod/mini';
import { checkSpreadsheetUrl } from '../core/conversation/spreadsheetUrl';

import { roleIdField } from './fields';

/** A yes-or-no choice; `choice` names it in words, as the dialog or the menu asked it. */
const flag = (choice: string) => z.optional(z.boolean({ error: `${choice} must be yes or no.` }));

const replaceEdited = flag('Whether to replace edited text');

export const requirementsRequest = z.object(
  {
    currentRoleId: z.pipe(
      z.optional(z.nullable(roleIdField('current'))),
      z.transform((v) => v ?? null),
    ),
    targetRoleId: roleIdField('target'),
    /** Replace the block even though a person edited inside it (after they confirmed). */
    replaceEdited,
  },
  { error: 'Choose a target role.' },
);

/** The roles of a requirements table. */
export type RequirementsRequest = z.input<typeof requirementsRequest>;

export const actionPlanRequest = z.pipe(
  z.optional(
    z.object(
      {
        /** The growth plan's URL; may be omitted once a successful insert remembered it. */
        spreadsheetUrl: z.optional(
          z.string({ error: 'The growth plan URL must be text.' }).check(
            z.refine((url) => url.trim() === '' || checkSpreadsheetUrl(url).ok, {
              error: (issue) => {
                const check = checkSpreadsheetUrl(String(issue.input));
                return check.ok ? 'The growth plan URL is not valid.' : check.message;
              },
            }),
          ),
        ),
        replaceEdited,
      },
      { error: "Paste the growth plan's address." },
    ),
  ),
  z.transform((v) => v ?? {}),
);

/** The growth plan to summarise (optional once remembered). */
export type ActionPlanRequest = z.input<typeof actionPlanRequest>;

/** The "Since our last conversation" section reads the same linked plan, asked for the same way. */
export const sinceLastRequest = actionPlanRequest;

/** The growth plan whose check-ins to compare (optional once remembered). */
export type SinceLastRequest = z.input<typeof sinceLastRequest>;

export const refreshRequest = z.pipe(
  z.optional(
    z.object(
      {
        /** Replace blocks a person edited too (they confirmed). */
        replaceEdited,
        /** Refresh only the blocks nobody edited and leave the edited ones as they are. */
        skipEdited: flag('Whether to skip edited sections'),
      },
      { error: 'The request must be an object.' },
    ),
  ),
  z.transform((v) => v ?? {}),
);

export type RefreshRequest = z.input<typeof refreshRequest>;

export const replaceRequest = z.pipe(
  z.optional(z.object({ replaceEdited }, { error: 'The request must be an object.' })),
  z.transform((v) => v ?? {}),
);

/** An insert that needs nothing but, after a person confirmed, leave to replace their edits. */
export type ReplaceRequest = z.input<typeof replaceRequest>;
