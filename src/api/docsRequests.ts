/**
 * zod schemas of what the dialogs send; every endpoint parses its input here before anything else.
 * Unknown keys are dropped, so a menu event passed to an endpoint reads as an empty request.
 */
import * as z from 'zod/mini';
import { checkSpreadsheetUrl } from '../core/conversation/spreadsheetUrl';

import { roleIdField } from './fields';

const flag = (label: string) => z.optional(z.boolean({ error: `${label} must be true or false.` }));

export const requirementsRequest = z.object(
  {
    currentRoleId: z.pipe(
      z.optional(z.nullable(roleIdField('The current role'))),
      z.transform((v) => v ?? null),
    ),
    targetRoleId: roleIdField('The target role'),
    replaceEdited: flag('replaceEdited'),
  },
  { error: 'The request must be an object with a targetRoleId.' },
);

export const actionPlanRequest = z.pipe(
  z.optional(
    z.object(
      {
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
        replaceEdited: flag('replaceEdited'),
      },
      { error: 'The request must be an object (with the growth plan URL in spreadsheetUrl).' },
    ),
  ),
  z.transform((v) => v ?? {}),
);

export const refreshRequest = z.pipe(
  z.optional(
    z.object(
      { replaceEdited: flag('replaceEdited'), skipEdited: flag('skipEdited') },
      { error: 'The request must be an object.' },
    ),
  ),
  z.transform((v) => v ?? {}),
);

export const replaceRequest = z.pipe(
  z.optional(z.object({ replaceEdited: flag('replaceEdited') }, { error: 'The request must be an object.' })),
  z.transform((v) => v ?? {}),
);
