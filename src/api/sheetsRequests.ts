/**
 * zod schemas of what the sidebar sends, and the request types derived from them: the server
 * parses every request here before anything else, and the sidebar's calls are typed by the same
 * declarations. zod/mini keeps Code.js small: the full zod build alone would take most of the
 * bundle budget.
 */
import * as z from 'zod/mini';
import { roleIdField } from './fields';

export const importRequest = z.object(
  {
    currentRoleId: z.pipe(
      z.optional(z.nullable(roleIdField('current'))),
      z.transform((v) => v ?? null),
    ),
    targetRoleId: roleIdField('target'),
    wording: z.pipe(
      z.optional(
        z.enum(['catalog', 'handbook'], {
          error: "The wording must be the catalog's or the handbook page's.",
        }),
      ),
      z.transform((v) => v ?? 'catalog'),
    ),
  },
  { error: 'Choose a target role.' },
);

/** A catalog role to import (or preview), compared with the current role; `wording` defaults to 'catalog'. */
export type ImportRequest = z.input<typeof importRequest>;

const MAX_URL = 2000;
const MAX_SLUG = 120;

const handbookUrlField = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'Paste the address of a job-family page.'
        : 'The handbook address must be text.',
  })
  .check(
    z.trim(),
    z.minLength(1, { error: 'The handbook address is empty. Paste the address of a job-family page.' }),
    z.maxLength(MAX_URL, { error: `The handbook address is too long (at most ${MAX_URL} characters).` }),
  );

const levelField = (which: 'current' | 'target') =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `Choose a ${which} level.` : `The ${which} level must be text.`,
    })
    .check(
      z.trim(),
      z.minLength(1, { error: `The ${which} level is empty. Choose a level from the list.` }),
      z.maxLength(MAX_SLUG, { error: `The ${which} level is too long (at most ${MAX_SLUG} characters).` }),
    );

export const handbookLookupRequest = z.object(
  { url: handbookUrlField },
  { error: 'Paste the address of a job-family page.' },
);

/** A pasted handbook job-family address to look up. */
export type HandbookLookupRequest = z.input<typeof handbookLookupRequest>;

export const handbookImportRequest = z.object(
  {
    url: handbookUrlField,
    targetLevel: levelField('target'),
    currentLevel: z.pipe(
      z.optional(z.nullable(levelField('current'))),
      z.transform((v) => v ?? null),
    ),
  },
  { error: 'Look up a handbook page and choose a target level.' },
);

/** A level of a handbook page (by slug) to import, compared with another level of the same page. */
export type HandbookImportRequest = z.input<typeof handbookImportRequest>;

export const openTabRequest = z.object(
  {
    tab: z.enum(['requirements', 'actions', 'summary'], {
      error: 'Choose a tab to open: Role Requirements, Action Plan or Summary.',
    }),
  },
  { error: 'Choose a tab to open: Role Requirements, Action Plan or Summary.' },
);

/** One of the plan's tabs to bring to the front. */
export type OpenTabRequest = z.input<typeof openTabRequest>;
