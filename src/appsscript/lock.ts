/** The document lock both add-ons write under, so two people's clicks never merge into one write. */
import { UserError } from './errors';

const LOCK_WAIT_MS = 10_000;

/** Runs work holding the document lock; when it stays busy, fails ('busy') with `busyMessage` and runs nothing. */
export function withDocumentLock<T>(work: () => T, busyMessage: string): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(busyMessage, 'busy');
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
