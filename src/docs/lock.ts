/** The Career Conversation's writes run under the document lock, so two dialogs never write one block at once. */
import { withDocumentLock as withLock } from '../appsscript/lock';

export function withDocumentLock<T>(work: () => T): T {
  return withLock(
    work,
    'Someone else is updating this document with Career Growth right now. Try again in a moment.',
  );
}
