/** openTab: brings one of the plan's tabs to the front, for the sidebar's "Open ..." links. */
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import type { OpenedTab, OpenTabRequest, Reply } from '../../api/sheets';
import { failure, ok } from '../../api/reply';
import { openTabRequest } from '../../api/sheetsRequests';
import { answerRequest } from '../../appsscript/answer';
import { TabFinder } from '../../appsscript/tabs';
import { findSummaryTab } from '../workbook';

export function openTab(input: OpenTabRequest): Reply<OpenedTab> {
  return answerRequest(openTabRequest, input, ({ tab }) => {
    const tabs = new TabFinder(SpreadsheetApp.getActiveSpreadsheet());
    const found =
      tab === 'summary'
        ? findSummaryTab(tabs)
        : tabs.find(tab === 'requirements' ? REQUIREMENTS_TAB : ACTIONS_TAB);
    if (!found)
      return failure('invalid', 'That tab does not exist yet. Choose Set up growth plan to create it.');
    const { sheet } = found;
    // Read before activate(): a read after a write would make Apps Script send the write first.
    const name = sheet.getName();
    sheet.activate();
    return ok({ tab, name });
  });
}
