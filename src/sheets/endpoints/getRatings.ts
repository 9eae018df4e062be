/**
 * getRatings: the target role's requirements for the rating view, each with the version saveRatings
 * checks, and who this user said is rating. Reads only: the tab in one getValues, one property.
 */
import { REQUIREMENTS_TAB } from '../../core/layout';
import { ratedRequirements, ratedRoleTitle, withoutIndex } from '../../core/ratingEdits';
import type { RatingsReply } from '../../api/tracker';
import { ok } from '../../api/reply';
import { answer } from '../../appsscript/answer';
import { TabFinder } from '../../appsscript/tabs';
import { withDocumentLock } from '../lock';
import { requireHeaders } from '../tableWriter';
import { loadTab } from '../workbook';
import { readRater } from './setRater';

export function getRatings(): RatingsReply {
  // Under the lock, so the rows never mix a half-finished save or import with what came before.
  return answer(() =>
    withDocumentLock(() => {
      const rater = readRater();
      const requirements = loadTab(new TabFinder(SpreadsheetApp.getActiveSpreadsheet()), REQUIREMENTS_TAB);
      requireHeaders(requirements.table, REQUIREMENTS_TAB, requirements.name);
      const rows = ratedRequirements(requirements.table);
      return ok({
        rater,
        targetRole: ratedRoleTitle(requirements.table, rows),
        rows: withoutIndex(rows),
      });
    }),
  );
}
