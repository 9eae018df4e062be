/** Runs document writes under the document lock, so two dialogs never write the same block at once. */
import { UserError } from '../sheets/errors';

const LOCK_WAIT_MS = 10_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError('Someone else is updating this document with Career Growth right now. Try again in a moment.');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
