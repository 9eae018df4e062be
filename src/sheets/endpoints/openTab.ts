/** openTab: brings one of the plan's tabs to the front, for the sidebar's "Open ..." links. */
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../core/layout';
import type { TabId } from '../../api/sheets';
import { UserError } from '../../appsscript/errors';
import { openTabRequest } from '../../api/sheetsRequests';
import { parseRequest } from '../../appsscript/requests';
import { TabFinder } from '../../appsscript/tabs';
import { findSummaryTab } from '../workbook';

export function openTab(input: unknown): { tab: TabId; name: string } {
  const { tab } = parseRequest(openTabRequest, input);
  const tabs = new TabFinder(SpreadsheetApp.getActiveSpreadsheet());
  const found =
    tab === 'summary'
      ? findSummaryTab(tabs)
      : tabs.find(tab === 'requirements' ? REQUIREMENTS_TAB : ACTIONS_TAB);
  if (!found) throw new UserError('That tab does not exist yet. Choose Set up growth plan to create it.');
  const { sheet } = found;
  // Read before activate(): a read after a write would make Apps Script send the write first.
  const name = sheet.getName();
  sheet.activate();
  return { tab, name };
}
