/**
 * zod schemas of the career tracker's requests (rating in the sidebar, check-ins, the next
 * check-in date), and the request types derived from them.
 */
import * as z from 'zod/mini';
import { RATINGS } from '../core/vocabulary';

const MAX_EVIDENCE = 5000;
const MAX_NOTE = 2000;
const MAX_CHANGES = 500;

export const raterField = z.enum(['self', 'manager'], { error: 'Say who is rating: you or your manager.' });

export const setRaterRequest = z.object(
  { rater: raterField },
  { error: 'Say who is rating: you or your manager.' },
);
/** Who rates in this sidebar from now on, remembered for this person. */
export type SetRaterRequest = z.input<typeof setRaterRequest>;

const ratingChange = z.object(
  {
    key: z.string({ error: 'A rated requirement has no key.' }).check(z.minLength(1), z.maxLength(200)),
    /** '' clears the rating. */
    rating: z.enum([...RATINGS, ''], { error: 'A rating must be Not yet, Developing, Meets or Exceeds.' }),
    evidence: z
      .string({ error: 'Evidence must be text.' })
      .check(
        z.maxLength(MAX_EVIDENCE, { error: `Evidence is too long (at most ${MAX_EVIDENCE} characters).` }),
      ),
    /** The row's version as getRatings read it; a different one now means someone changed the sheet. */
    version: z.string({ error: 'A rated requirement has no version.' }).check(z.maxLength(100)),
  },
  { error: 'Each rating must name its requirement.' },
);

export const saveRatingsRequest = z.object(
  {
    rater: raterField,
    changes: z
      .array(ratingChange, { error: 'There are no ratings to save.' })
      .check(
        z.minLength(1, { error: 'There are no ratings to save.' }),
        z.maxLength(MAX_CHANGES, { error: `Save at most ${MAX_CHANGES} ratings at once.` }),
      ),
    /** true after the person saw the conflicts and chose to keep their own values. */
    overwrite: z.optional(z.boolean({ error: 'Whether to overwrite must be yes or no.' })),
  },
  { error: 'There are no ratings to save.' },
);
/** Ratings and evidence to save in the rater's column, each with the version it was read at. */
export type SaveRatingsRequest = z.input<typeof saveRatingsRequest>;

export const recordCheckInRequest = z.pipe(
  z.optional(
    z.object(
      {
        note: z.optional(
          z
            .string({ error: 'The note must be text.' })
            .check(
              z.trim(),
              z.maxLength(MAX_NOTE, { error: `The note is too long (at most ${MAX_NOTE} characters).` }),
            ),
        ),
      },
      { error: 'A check-in takes an optional note.' },
    ),
  ),
  z.transform((v) => v ?? {}),
);
/** A check-in, with an optional note. */
export type RecordCheckInRequest = z.input<typeof recordCheckInRequest>;

export const setNextCheckInRequest = z.object(
  {
    date: z
      .string({ error: 'Choose a date for the next check-in.' })
      .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Choose a date for the next check-in (yyyy-mm-dd).' })),
  },
  { error: 'Choose a date for the next check-in.' },
);
/** The next check-in date a person chose, as yyyy-mm-dd. */
export type SetNextCheckInRequest = z.input<typeof setNextCheckInRequest>;
