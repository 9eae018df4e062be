/** The Growth Plan's writes run under the document lock, so two sidebars never merge into one tab at once. */
import { withDocumentLock as withLock } from '../appsscript/lock';

export function withDocumentLock<T>(work: () => T): T {
  return withLock(work, 'Someone else is updating this growth plan right now. Try again in a moment.');
}
