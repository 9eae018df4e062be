/**
 * Finding the plan's tabs: by name first, then (when a person renamed a tab) by the headers in its
 * first row. Looking through other tabs costs calls per tab, never per row, and only after a rename.
 */
import { HeaderMap } from '../core/headers';
import type { TabLayout } from '../core/layout';
import type { Table } from '../core/table';
import { tableFromValues } from '../core/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A tab found, with the name its formulas and messages use. */
export interface FoundTab {
  sheet: Sheet;
  /**
   * The name asked for when the tab was found by it (Sheets matches names without regard to case,
   * and so do formulas), else the tab's own name.
   */
  name: string;
}

/**
 * Looks for tabs during an action's reading phase, remembering what it read: the list of tabs and
 * each tab's first row are read at most once however many tabs are looked for (a set-up looks for
 * three). Meant to be used before anything is written; what it remembers is not kept up to date.
 */
export class TabFinder {
  private all: Sheet[] | null = null;
  private allNamed = false;
  private readonly named = new Map<string, Sheet | null>();
  private readonly firstRows = new Map<number, readonly unknown[]>();
  private readonly firstCells = new Map<number, unknown>();

  constructor(readonly spreadsheet: Spreadsheet) {}

  /** The tab with this name (any case), or null. */
  byName(name: string): Sheet | null {
    const key = name.toLowerCase();
    if (!this.named.has(key)) {
      // Once every name is known, a name not among them needs no call to say so.
      this.named.set(key, this.allNamed ? null : this.spreadsheet.getSheetByName(name));
    }
    return this.named.get(key) ?? null;
  }

  /**
   * Reads every tab's name at once (a call per tab), so that looking for several tabs by name, and
   * for free names, costs nothing more. Worth it where most of the tabs looked for may be missing.
   */
  readNames(): void {
    if (this.allNamed) return;
    for (const sheet of this.sheets()) {
      const key = sheet.getName().toLowerCase();
      if (!this.named.get(key)) this.named.set(key, sheet);
    }
    this.allNamed = true;
  }

  /** Every tab, left to right. */
  sheets(): Sheet[] {
    this.all ??= this.spreadsheet.getSheets();
    return this.all;
  }

  /** Row 1 of the tab at this position, as far as it is used (empty for an empty tab). */
  firstRow(index: number): readonly unknown[] {
    let row = this.firstRows.get(index);
    if (!row) {
      const sheet = this.sheets()[index];
      const width = sheet ? sheet.getLastColumn() : 0;
      row = width === 0 || !sheet ? [] : (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
      this.firstRows.set(index, row);
    }
    return row;
  }

  /** Cell A1 of the tab at this position (from its first row when that was read). */
  firstCell(index: number): unknown {
    const row = this.firstRows.get(index);
    if (row) return row[0] ?? '';
    if (!this.firstCells.has(index))
      this.firstCells.set(index, this.sheets()[index]?.getRange(1, 1).getValue());
    return this.firstCells.get(index);
  }

  /** The tab holding this layout's data, or null when there is none. */
  find(layout: TabLayout): FoundTab | null {
    const named = this.byName(layout.name);
    if (named) return { sheet: named, name: layout.name };
    const sheets = this.sheets();
    for (let i = 0; i < sheets.length; i++) {
      const row = this.firstRow(i);
      const sheet = sheets[i];
      if (sheet && row.length > 0 && HeaderMap.fromRow(row).matches(layout))
        return { sheet, name: sheet.getName() };
    }
    return null;
  }

  /** `name`, or `name 2`, `name 3`, ...: the first no tab has yet. */
  freeName(name: string): string {
    if (!this.byName(name)) return name;
    for (let n = 2; ; n++) {
      const candidate = `${name} ${n}`;
      if (!this.byName(candidate)) return candidate;
    }
  }
}

/** The tab holding this layout's data, or null when there is none. */
export function findTab(spreadsheet: Spreadsheet, layout: TabLayout): Sheet | null {
  return new TabFinder(spreadsheet).find(layout)?.sheet ?? null;
}

/** A tab's whole used area, read in one call, as a header map and data rows. */
export function readTable(sheet: Sheet): Table {
  return tableFromValues(sheet.getDataRange().getValues());
}

/** Data rows read, i.e. the last row holding anything (0 for an empty tab, 1 for headers only). */
export function lastRowOf(table: Table): number {
  return table.rows.length + (table.header.headers.some((h) => h !== '') || table.rows.length ? 1 : 0);
}
