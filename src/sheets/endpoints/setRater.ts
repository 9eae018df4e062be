/**
 * setRater: who rates in this person's sidebar, remembered per user and per spreadsheet (a manager
 * rates their reports' plans as manager and their own plan as themselves). User properties need no
 * scope beyond the ones the add-on has.
 */
import type { Rater, SetRaterRequest } from '../../api/tracker';
import { setRaterRequest } from '../../api/trackerRequests';
import { ok, type Reply } from '../../api/reply';
import { answerRequest } from '../../appsscript/answer';

const PROPERTY_PREFIX = 'careergrowth.rater.';

function raterProperty(): string {
  return `${PROPERTY_PREFIX}${SpreadsheetApp.getActiveSpreadsheet().getId()}`;
}

/** Remembers the rater for this user and spreadsheet. */
export function setRater(input: SetRaterRequest): Reply<{ rater: Rater }> {
  return answerRequest(setRaterRequest, input, (request) => {
    PropertiesService.getUserProperties().setProperty(raterProperty(), request.rater);
    return ok({ rater: request.rater });
  });
}

/** The rater this user chose for this spreadsheet, or null until they chose. */
export function readRater(): Rater | null {
  const stored = PropertiesService.getUserProperties().getProperty(raterProperty());
  return stored === 'self' || stored === 'manager' ? stored : null;
}
