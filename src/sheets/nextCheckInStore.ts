/**
 * The next check-in date the add-on last proposed, kept in the document properties: a date in the
 * Summary's "Next check-in" cell that differs from it was chosen by a person.
 */
import { isDay, type Day } from '../core/tracker/days';
import { documentProperties } from './documentProperties';

const PROPERTY = 'careergrowth.nextCheckIn.proposed';

/** The proposal, read on its own, or found among `properties` already read (readDocumentProperties). */
export function readProposedNextCheckIn(properties?: Record<string, string>): Day | null {
  const stored = properties ? (properties[PROPERTY] ?? null) : documentProperties().getProperty(PROPERTY);
  return stored !== null && isDay(stored) ? stored : null;
}

/** Remembers a proposal, or (null) that the date in the Summary is a person's own. */
export function saveProposedNextCheckIn(day: Day | null): void {
  const properties = documentProperties();
  if (day === null) properties.deleteProperty(PROPERTY);
  else properties.setProperty(PROPERTY, day);
}
