/** The one header map: finds columns by header text, case- and space-insensitively. */
import { cellText, normalizeText } from './cells';
import type { TabLayout } from './layout';

export class HeaderMap {
  private readonly index = new Map<string, number>();

  constructor(readonly headers: readonly string[]) {
    headers.forEach((header, i) => {
      const key = normalizeText(header);
      // The first of two equal headers wins, as a person reading left to right would expect.
      if (key && !this.index.has(key)) this.index.set(key, i);
    });
  }

  static fromRow(row: readonly unknown[]): HeaderMap {
    return new HeaderMap(row.map(cellText));
  }

  /** Zero-based column of a header, or -1. */
  column(header: string): number {
    return this.index.get(normalizeText(header)) ?? -1;
  }

  has(header: string): boolean {
    return this.column(header) >= 0;
  }

  /** Headers of the list that this row lacks, in the list's order. */
  missing(headers: readonly string[]): string[] {
    return headers.filter((h) => !this.has(h));
  }

  /** True when every header of the tab's signature is present. */
  matches(layout: TabLayout): boolean {
    return this.missing(layout.signature).length === 0;
  }

  /** A header map with the given headers appended after every column read (used or not). */
  withAppended(headers: readonly string[]): HeaderMap {
    return new HeaderMap([...this.headers, ...headers]);
  }
}
