/** A tab's contents as plain data: the header map and the data rows below it. */
import { cellText } from './cells';
import { HeaderMap } from './headers';

export interface Table {
  header: HeaderMap;
  /** Data rows (sheet row 2 onwards), each as wide as the header row read. */
  rows: unknown[][];
}

/** A table from the 2D values of a tab's data range (row 1 is the header). */
export function tableFromValues(values: readonly (readonly unknown[])[]): Table {
  const [headerRow = [], ...rows] = values;
  // An empty tab reads as one blank cell: it has no header row yet, rather than a blank header.
  const blank = rows.length === 0 && headerRow.every((v) => cellText(v) === '');
  return { header: HeaderMap.fromRow(blank ? [] : headerRow), rows: rows.map((r) => [...r]) };
}

/** The text of a row's cell under a header ('' when the column is absent). */
export function textAt(table: Table, row: readonly unknown[], header: string): string {
  const column = table.header.column(header);
  return column < 0 ? '' : cellText(row[column]);
}

/** The raw value of a row's cell under a header (undefined when the column is absent). */
export function valueAt(table: Table, row: readonly unknown[], header: string): unknown {
  const column = table.header.column(header);
  return column < 0 ? undefined : row[column];
}

/** True when a row holds nothing at all (people leave blank rows between blocks). */
export function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every((v) => cellText(v) === '');
}

/** The table as it will read after appending headers, replacing whole columns and adding rows. */
export function applyTableChange(
  table: Table,
  change: {
    header: HeaderMap;
    columnWrites?: readonly { header: string; values: readonly unknown[] }[];
    newRows: readonly (readonly unknown[])[];
  },
): Table {
  const width = change.header.headers.length;
  const rows = table.rows.map((row) => [...row, ...Array<unknown>(Math.max(0, width - row.length)).fill('')]);
  for (const write of change.columnWrites ?? []) {
    const column = change.header.column(write.header);
    // Written text may carry the apostrophe that keeps it literal; Sheets reads it back without.
    write.values.forEach((value, i) => {
      const row = rows[i];
      if (row) row[column] = typeof value === 'string' ? value.replace(/^'/, '') : value;
    });
  }
  const added = change.newRows.map((row) =>
    row.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)),
  );
  return { header: change.header, rows: [...rows, ...added] };
}
