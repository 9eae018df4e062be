/**
 * How every endpoint of both add-ons answers: the request parsed first (a bad one is an 'invalid'
 * failure), then the work, whose UserErrors become failures of their kind ('invalid', 'busy').
 * Any other error is thrown on: Apps Script logs it, and the client sees it as unexpected.
 */
import type * as z from 'zod/mini';
import type { CommonFailure } from '../api/reply';
import { UserError } from './errors';
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
    throw error;
  }
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
