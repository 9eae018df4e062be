/**
 * RangeList: several ranges of one sheet handled in one call (`Sheet.getRangeList(['A2:J2', 'A9:J9'])`).
 * Only what a growth plan needs: the ranges, and emptying them all at once.
 */
import { countMethods } from './calls';
import type { FakeRange } from './range';

export class FakeRangeList {
  readonly _typeName = 'SpreadsheetApp.RangeList';
  constructor(private readonly ranges: FakeRange[]) {}
  _calls() {
    const first = this.ranges[0];
    if (!first) throw new Error('A range list always holds a range.');
    return first._calls();
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  /** Empties every range's values and formulas; formats, validations and notes stay. */
  clearContent(): this {
    for (const range of this.ranges) range.clearContent();
    return this;
  }
}
countMethods(FakeRangeList, 'RangeList');
