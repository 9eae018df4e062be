/** openTab: brings one of the plan's tabs to the front, for the sidebar's "Open ..." links. */
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import type { TabId } from '../../api/sheets';
import { UserError } from '../../appsscript/errors';
import { openTabRequest } from '../../api/sheetsRequests';
import { parseRequest } from '../../appsscript/requests';
import { findTab } from '../../appsscript/tabs';
import { findSummaryTab } from '../workbook';

export function openTab(input: unknown): { tab: TabId; name: string } {
  const { tab } = parseRequest(openTabRequest, input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet =
    tab === 'summary'
      ? findSummaryTab(spreadsheet)
      : findTab(spreadsheet, tab === 'requirements' ? REQUIREMENTS_TAB : ACTIONS_TAB);
  if (!sheet) throw new UserError('That tab does not exist yet. Choose Set up growth plan to create it.');
  sheet.activate();
  return { tab, name: sheet.getName() };
}
