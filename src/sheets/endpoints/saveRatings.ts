/**
 * saveRatings: the ratings and evidence the sidebar changed, written into the rater's column and
 * Evidence under the document lock, after reading the tab again. A row that changed in the sheet
 * since the sidebar read it (its version moved) or left it stops the save: nothing is written, and
 * the reply lists those rows with what the sheet holds now, so the person decides.
 */
import type * as z from 'zod/mini';
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import { planRatingEdits, ratedRequirements, withoutIndex, type ColumnSpan } from '../../core/ratingEdits';
import { tableFromValues } from '../../core/table';
import type { SaveRatingsReply, SaveRatingsRequest } from '../../api/tracker';
import { saveRatingsRequest } from '../../api/trackerRequests';
import { ok } from '../../api/reply';
import { answerRequest } from '../../appsscript/answer';
import { UserError } from '../../appsscript/errors';
import { TabFinder } from '../../appsscript/tabs';
import { withDocumentLock } from '../lock';
import { readStoredPlan } from '../planStore';
import { requireHeaders } from '../tableWriter';
import { loadTab, planState } from '../workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function saveRatings(input: SaveRatingsRequest): SaveRatingsReply {
  return answerRequest(saveRatingsRequest, input, (request) => withDocumentLock(() => save(request)));
}

function save(request: z.output<typeof saveRatingsRequest>): SaveRatingsReply {
  const tabs = new TabFinder(SpreadsheetApp.getActiveSpreadsheet());
  const found = tabs.find(REQUIREMENTS_TAB);
  if (!found) {
    throw new UserError(
      "There is no Role Requirements tab to save ratings into. Import your target role's requirements first. Nothing was saved.",
    );
  }
  // Values, formulas and number formats of one range: the cells a block passes over are written
  // back exactly as they are.
  const range = found.sheet.getDataRange();
  const table = tableFromValues(range.getValues());
  const formulas = range.getFormulas().slice(1);
  const numberFormats = range.getNumberFormats().slice(1);
  requireHeaders(table, REQUIREMENTS_TAB, found.name);
  const actions = loadTab(tabs, ACTIONS_TAB);
  const plan = readStoredPlan();

  const edits = planRatingEdits(
    table,
    { formulas, numberFormats },
    request.rater,
    request.changes,
    request.overwrite ?? false,
  );
  if (edits.kind === 'invalid') throw new UserError(edits.message);
  if (edits.kind === 'conflict') {
    const count = edits.conflicts.length;
    return {
      ok: false,
      kind: 'conflict',
      message: `${count === 1 ? '1 requirement' : `${count} requirements`} changed in the sheet since you opened ${count === 1 ? 'it' : 'them'}. Nothing was saved.`,
      conflicts: edits.conflicts,
      rows: withoutIndex(ratedRequirements(table)),
    };
  }

  // Everything is read and decided; from here on we only write.
  for (const span of edits.spans) writeSpan(found.sheet, table.header.column(span.header), span);
  return ok({
    saved: edits.saved,
    rows: withoutIndex(ratedRequirements(edits.after)),
    plan: planState(plan, { sheet: found.sheet, table: edits.after }, actions, new Date()),
  });
}

function writeSpan(sheet: Sheet, column: number, span: ColumnSpan): void {
  sheet.getRange(span.first + 2, column + 1, span.values.length, 1).setValues(span.values.map((v) => [v]));
}
