/**
 * What the rating view holds between saves: the rows as last read and the person's unsaved edits.
 * An edit keeps only what differs from the row as read, so editing back to the sheet's value is no
 * change; new rows from the server (after a save, a reload or a conflict) keep the edits that still
 * differ. Pure: no DOM, no server.
 */
import type { Rating } from '../../api/sheets';
import type { Rater, RatingRow, SaveRatingsRequest } from '../../api/tracker';

/** The two values the rater edits. */
export interface RatingValues {
  rating: Rating | null;
  evidence: string;
}

interface Edit {
  rating?: Rating | null;
  evidence?: string;
}

export type RatingChanges = SaveRatingsRequest['changes'];

/** Evidence differs when its text does; the sheet trims what it shows, and so do we. */
function sameEvidence(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

export class RatingDrafts {
  private rowList: RatingRow[] = [];
  private byKey = new Map<string, RatingRow>();
  private readonly edits = new Map<string, Edit>();

  constructor(
    rows: readonly RatingRow[],
    private raterValue: Rater,
  ) {
    this.replaceRows(rows);
  }

  get rows(): readonly RatingRow[] {
    return this.rowList;
  }

  get rater(): Rater {
    return this.raterValue;
  }

  /** Another rater edits another column: only while nothing is unsaved. */
  setRater(rater: Rater): void {
    if (this.count > 0) throw new Error('Save or discard the changes before changing who rates.');
    this.raterValue = rater;
  }

  row(key: string): RatingRow | undefined {
    return this.byKey.get(key);
  }

  /** The row's values as the sheet holds them, for this rater. */
  sheetValues(row: RatingRow): RatingValues {
    return { rating: this.raterValue === 'self' ? row.self : row.manager, evidence: row.evidence };
  }

  /** The row's values as the person sees them: their edits over the sheet's. */
  values(key: string): RatingValues {
    const row = this.byKey.get(key);
    const base = row ? this.sheetValues(row) : { rating: null, evidence: '' };
    const edit = this.edits.get(key) ?? {};
    return {
      rating: 'rating' in edit ? (edit.rating ?? null) : base.rating,
      evidence: edit.evidence ?? base.evidence,
    };
  }

  setRating(key: string, rating: Rating | null): void {
    this.edit(key, { rating });
  }

  setEvidence(key: string, evidence: string): void {
    this.edit(key, { evidence });
  }

  isChanged(key: string): boolean {
    return this.edits.has(key);
  }

  /** How many rows have unsaved edits. */
  get count(): number {
    return this.edits.size;
  }

  /** Rows rated in this rater's column, edits included. */
  get rated(): number {
    return this.rowList.filter((row) => this.values(row.key).rating !== null).length;
  }

  /** The unsaved edits as saveRatings takes them, in sheet order, each at its row's version. */
  changes(): RatingChanges {
    return this.rowList
      .filter((row) => this.edits.has(row.key))
      .map((row) => {
        const values = this.values(row.key);
        return { key: row.key, rating: values.rating ?? '', evidence: values.evidence, version: row.version };
      });
  }

  /**
   * New rows from the server: edits are kept where they still differ from the sheet, dropped where
   * the sheet now holds the same; edits of rows that are gone are dropped and their keys returned.
   */
  replaceRows(rows: readonly RatingRow[]): string[] {
    this.rowList = [...rows];
    this.byKey = new Map(rows.map((row) => [row.key, row]));
    const gone: string[] = [];
    for (const key of [...this.edits.keys()]) {
      if (!this.byKey.has(key)) {
        this.edits.delete(key);
        gone.push(key);
      } else {
        this.edit(key, {});
      }
    }
    return gone;
  }

  /** After a save: the saved edits are done; edits made while it ran stay. */
  saved(rows: readonly RatingRow[], sent: RatingChanges): void {
    for (const change of sent) {
      const now = this.values(change.key);
      if ((now.rating ?? '') === change.rating && sameEvidence(now.evidence, change.evidence)) {
        this.edits.delete(change.key);
      }
    }
    this.replaceRows(rows);
  }

  /** "Keep the sheet's": drop the edits of these rows and take the sheet's rows as they are now. */
  keepSheets(keys: readonly string[], rows: readonly RatingRow[]): void {
    for (const key of keys) this.edits.delete(key);
    this.replaceRows(rows);
  }

  /** Drops every unsaved edit. */
  discard(): void {
    this.edits.clear();
  }

  private edit(key: string, change: Edit): void {
    const row = this.byKey.get(key);
    if (!row) return;
    const base = this.sheetValues(row);
    const next: Edit = { ...this.edits.get(key), ...change };
    if ('rating' in next && next.rating === base.rating) delete next.rating;
    if (next.evidence !== undefined && sameEvidence(next.evidence, base.evidence)) delete next.evidence;
    if ('rating' in next || next.evidence !== undefined) this.edits.set(key, next);
    else this.edits.delete(key);
  }
}
