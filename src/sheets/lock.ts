/** Runs work under the document lock, so two sidebars never merge into the same tab at once. */
import { UserError } from './errors';

const LOCK_WAIT_MS = 10_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError('Someone else is updating this growth plan right now. Try again in a moment.');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
