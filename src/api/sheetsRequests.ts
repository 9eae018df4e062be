/**
 * zod schemas of what the sidebar sends; every endpoint parses its input here before anything else.
 * zod/mini keeps Code.js small: the full zod build alone would take most of the bundle budget.
 */
import * as z from 'zod/mini';
import { roleIdField } from './fields';

export const importRequest = z.object(
  {
    currentRoleId: z.pipe(
      z.optional(z.nullable(roleIdField('The current role'))),
      z.transform((v) => v ?? null),
    ),
    targetRoleId: roleIdField('The target role'),
    wording: z.pipe(
      z.optional(z.enum(['catalog', 'handbook'], { error: 'The wording must be catalog or handbook.' })),
      z.transform((v) => v ?? 'catalog'),
    ),
  },
  { error: 'The request must be an object with a targetRoleId.' },
);

const MAX_URL = 2000;
const MAX_SLUG = 120;

const handbookUrlField = z
  .string({ error: 'The handbook address must be text.' })
  .check(
    z.trim(),
    z.minLength(1, { error: 'The handbook address is empty. Paste the address of a job-family page.' }),
    z.maxLength(MAX_URL, { error: `The handbook address is too long (at most ${MAX_URL} characters).` }),
  );

const levelField = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .check(
      z.trim(),
      z.minLength(1, { error: `${label} is empty. Choose a level from the list.` }),
      z.maxLength(MAX_SLUG, { error: `${label} is too long (at most ${MAX_SLUG} characters).` }),
    );

export const handbookLookupRequest = z.object(
  { url: handbookUrlField },
  { error: 'The request must be an object with a url.' },
);

export const handbookImportRequest = z.object(
  {
    url: handbookUrlField,
    targetLevel: levelField('The target level'),
    currentLevel: z.pipe(
      z.optional(z.nullable(levelField('The current level'))),
      z.transform((v) => v ?? null),
    ),
  },
  { error: 'The request must be an object with a url and a targetLevel.' },
);

export const openTabRequest = z.object(
  {
    tab: z.enum(['requirements', 'actions', 'summary'], {
      error: 'The tab must be one of requirements, actions or summary.',
    }),
  },
  { error: 'The request must be an object with a tab.' },
);
