/** Apps Script calls per action do not grow with the number of rows (the fake counts every call). */
import {
  callsBesidesPackDecodes,
  generateCalls,
  importCalls,
  packDecodes,
  plannerStateCalls,
  smallestAndLargestRoles,
} from '../../scripts/harness/callScenarios';

describe('calls per action', () => {
  it('import costs the same for the smallest and the largest role, at most 40 calls', () => {
    const { smallest, largest } = smallestAndLargestRoles();
    expect(largest.count).toBeGreaterThan(smallest.count);
    const small = importCalls(smallest.id);
    const large = importCalls(largest.id);
    expect(Math.abs(small.total - large.total)).toBeLessThanOrEqual(3);
    expect(large.total).toBeLessThanOrEqual(40);
  });

  it('import costs exactly the same with 0 and with 1,000 rows already in the tab', () => {
    const empty = importCalls('sales-strategy/vp', 0);
    const full = importCalls('sales-strategy/vp', 1000);
    expect(full.byMethod).toEqual(empty.byMethod);
  });

  it('generate costs exactly the same with 0 and with 300 existing action rows, at most 40 calls', () => {
    const none = generateCalls(0);
    const many = generateCalls(300);
    expect(many.byMethod).toEqual(none.byMethod);
    expect(many.total).toBeLessThanOrEqual(40);
  });

  it('generate writes all its rows in one setValues, however many gaps there are', () => {
    expect(generateCalls(0, 1).byMethod['Range.setValues']).toBe(
      generateCalls(0, 200).byMethod['Range.setValues'],
    );
  });

  it("the sidebar's state costs the same with 0 and with 1,000 requirement rows", () => {
    expect(plannerStateCalls(1000).byMethod).toEqual(plannerStateCalls(0).byMethod);
    // The role list comes from the catalog: one pack decode (four local Utilities calls) besides.
    expect(callsBesidesPackDecodes(plannerStateCalls(0))).toBeLessThanOrEqual(15);
    expect(packDecodes(plannerStateCalls(0))).toBe(1);
  });
});
