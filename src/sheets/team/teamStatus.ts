/**
 * What the sidebar shows of a manager's team overview, kept in the document properties so that the
 * sidebar's first load knows it without reading the workbook: set when the Team tab is set up and
 * after every refresh. It holds only counts and a date.
 */
import type { TeamStatus } from '../../api/team';
import { documentProperties } from '../documentProperties';

const PROPERTY = 'careergrowth.team';

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;

/** The status from the document's properties (read once by the caller), or null: no team overview here. */
export function teamStatusOf(properties: Readonly<Record<string, string>>): TeamStatus | null {
  const raw = properties[PROPERTY];
  if (!raw) return null;
  try {
    const stored: unknown = JSON.parse(raw);
    if (typeof stored !== 'object' || stored === null) return null;
    const s = stored as Record<string, unknown>;
    const refreshedOn = typeof s.refreshedOn === 'string' ? s.refreshedOn : null;
    return {
      refreshedOn,
      people: count(s.people),
      read: count(s.read),
      withNotes: count(s.withNotes),
      sharedGaps: count(s.sharedGaps),
    };
  } catch {
    return null; // a hand-edited property is not worth failing the sidebar over
  }
}

export function saveTeamStatus(status: TeamStatus): void {
  documentProperties().setProperty(PROPERTY, JSON.stringify(status));
}
