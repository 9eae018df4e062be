/**
 * How every endpoint of both add-ons answers: the request parsed first (a bad one is an 'invalid'
 * failure), then the work, whose UserErrors become failures of their kind ('invalid', 'busy'). A
 * Google service that failed half way is an 'interrupted' failure saying so and that running it
 * again finishes the job (docs/architecture.md, "Failing half way"); the error goes to the log.
 * Any other error is thrown on: Apps Script logs it, and the client sees it as unexpected.
 */
import type * as z from 'zod/mini';
import { failure, type CommonFailure, type Failure } from '../api/reply';
import { isServiceFailure, UserError } from './errors';
import { parseRequest } from './requests';

/** What work may answer: its success, or one of the endpoint's own failures. */
interface Answer {
  ok: boolean;
}

/** Runs an endpoint that takes no request. */
export function answer<R extends Answer>(work: () => R): R | CommonFailure {
  try {
    return work();
  } catch (error) {
    if (error instanceof UserError) return error.toFailure();
    if (isServiceFailure(error)) return interrupted(error);
    throw error;
  }
}

/** The failure a service error half way through becomes: what happened, and that a re-run finishes. */
function interrupted(error: unknown): Failure<'interrupted'> {
  console.error(error);
  const detail =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return failure(
    'interrupted',
    `A Google service failed before this was finished (${detail.replace(/\.$/, '')}). Run it again to finish it: nothing you typed is lost.`,
  );
}

/** Parses `input` with `schema`, then runs the endpoint with the parsed request. */
export function answerRequest<S extends z.ZodMiniType, R extends Answer>(
  schema: S,
  input: unknown,
  work: (request: z.output<S>) => R,
): R | CommonFailure {
  const parsed = parseRequest(schema, input);
  if (!parsed.ok) return parsed;
  return answer(() => work(parsed.request));
}
