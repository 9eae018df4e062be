/**
 * Finding one of the team overview's tabs: the tab of its name when it has our headers or is empty,
 * else any tab whose first row has them (a renamed tab). Reads only what the finder holds, and the
 * one tab it reads in full.
 */
import { HeaderMap } from '../../core/headers';
import type { Table } from '../../core/table';
import type { TabFinder } from '../../appsscript/tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** `read` reads a tab under the name it goes by; null when no tab is ours. */
export function findOurTab<T extends { table: Table }>(
  tabs: TabFinder,
  name: string,
  isOurs: (header: HeaderMap) => boolean,
  read: (sheet: Sheet, name: string) => T,
): T | null {
  const named = tabs.byName(name);
  if (named) {
    const found = read(named, name);
    if (
      isOurs(found.table.header) ||
      (found.table.header.headers.length === 0 && found.table.rows.length === 0)
    )
      return found;
  }
  const sheets = tabs.sheets();
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i];
    const row = tabs.firstRow(i);
    if (sheet && row.length > 0 && isOurs(HeaderMap.fromRow(row))) return read(sheet, sheet.getName());
  }
  return null;
}
