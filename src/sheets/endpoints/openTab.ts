/** openTab: brings one of the plan's tabs to the front, for the sidebar's "Open ..." links. */
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import type { OpenedTab, OpenTabRequest, Reply } from '../../api/sheets';
import { failure, ok } from '../../api/reply';
import { openTabRequest } from '../../api/sheetsRequests';
import { answerRequest } from '../../appsscript/answer';
import { findTab } from '../../appsscript/tabs';
import { findSummaryTab } from '../workbook';

export function openTab(input: OpenTabRequest): Reply<OpenedTab> {
  return answerRequest(openTabRequest, input, ({ tab }) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const sheet =
      tab === 'summary'
        ? findSummaryTab(spreadsheet)
        : findTab(spreadsheet, tab === 'requirements' ? REQUIREMENTS_TAB : ACTIONS_TAB);
    if (!sheet)
      return failure('invalid', 'That tab does not exist yet. Choose Set up growth plan to create it.');
    sheet.activate();
    return ok({ tab, name: sheet.getName() });
  });
}
