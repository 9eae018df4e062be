/**
 * Calls per insert and refresh do not grow with the plan's rows or the role's size (asserted
 * exactly), nor, beyond a few calls per named range, with the other blocks in the document.
 */
import type { BlockKind } from '../../../src/core/conversation/block';
import {
  actionPlanCalls,
  agendaCalls,
  insertBesideCalls,
  refreshCalls,
  refreshSinceLastCalls,
  requirementsCalls,
  sinceLastCalls,
  smallestAndLargestRoles,
} from '../../../scripts/harness/docsCallScenarios';

describe('Apps Script calls of the Docs add-on', () => {
  const { smallest, largest } = smallestAndLargestRoles();

  it('inserting the action-plan summary costs the same for 0 and 300 action rows, first insert and replace', () => {
    const none = actionPlanCalls(0);
    const many = actionPlanCalls(300);
    expect(many.byMethod).toEqual(none.byMethod);
    expect(many.total).toBe(none.total);
    expect(actionPlanCalls(300, true).total).toBe(actionPlanCalls(0, true).total);
    // Each tab of the plan is read once; the table is one insertTable whatever its rows.
    expect(many.byMethod['Range.getValues']).toBe(2);
    expect(many.byMethod['Body.insertTable']).toBe(1);
    expect(many.total).toBeLessThanOrEqual(100);
  });

  it.each([false, true])(
    'inserting "Since our last conversation" (replace: %s) costs the same for 0 and 20 earlier check-ins, with no read after a write',
    (replace) => {
      const none = sinceLastCalls(0, replace);
      const many = sinceLastCalls(20, replace);
      expect(many.byMethod).toEqual(none.byMethod);
      expect(many.total).toBe(none.total);
      // The plan is opened once and its Action Plan, Check-ins and Summary tabs read once each.
      expect(many.byMethod['SpreadsheetApp.openByUrl']).toBe(1);
      expect(many.byMethod['Range.getValues']).toBe(3);
      for (const count of [none, many]) {
        expect(count.readsAfterWrite).toBe(0);
        expect(count.readsAfterFirstWrite).toBe(0);
      }
      expect(many.total).toBeLessThanOrEqual(replace ? 80 : 60);
    },
  );

  it('refreshing the agenda, the summary and "Since our last conversation" costs the same for 0 and 20 earlier check-ins, the plan read once', () => {
    const none = refreshSinceLastCalls(0);
    const many = refreshSinceLastCalls(20);
    expect(many.byMethod).toEqual(none.byMethod);
    expect(many.byMethod['SpreadsheetApp.openByUrl']).toBe(1);
    // Role Requirements and Action Plan for the summary, Check-ins and Summary for the section.
    expect(many.byMethod['Range.getValues']).toBe(4);
    expect(many.total).toBeLessThanOrEqual(300);
  });

  it('inserting role requirements costs the same for the smallest and the largest role', () => {
    expect(smallest.count).toBeLessThan(largest.count);
    expect(requirementsCalls(largest.id).total).toBe(requirementsCalls(smallest.id).total);
  });

  it('refreshing every block costs the same for 0 and 300 action rows, opening the plan and reading each tab once', () => {
    const many = refreshCalls(300, largest.id);
    expect(many.total).toBe(refreshCalls(0, largest.id).total);
    expect(many.byMethod['SpreadsheetApp.openByUrl']).toBe(1);
    expect(many.byMethod['Range.getValues']).toBe(2);
  });

  it('inserting the agenda stays within its budget', () => {
    expect(agendaCalls().total).toBeLessThanOrEqual(150);
  });

  it.each<[BlockKind, boolean]>([
    ['agenda', false],
    ['agenda', true],
    ['requirements', false],
    ['requirements', true],
    ['actionPlan', false],
    ['actionPlan', true],
    ['sinceLast', false],
    ['sinceLast', true],
  ])('%s (replace: %s) costs within 10 calls the same beside two other blocks as alone', (kind, replace) => {
    const alone = insertBesideCalls(kind, false, replace);
    const withOthers = insertBesideCalls(kind, true, replace);
    expect(withOthers.total - alone.total).toBeGreaterThanOrEqual(0);
    expect(withOthers.total - alone.total).toBeLessThanOrEqual(10);
    // The other blocks are asked where they are, never what they say.
    const reads = (c: typeof alone) =>
      (c.byMethod['Paragraph.getText'] ?? 0) + (c.byMethod['ListItem.getText'] ?? 0);
    expect(reads(withOthers)).toBe(reads(alone));
  });

  it('refreshing three blocks takes at most 300 calls, writing their tables and no paragraph anew', () => {
    const { largest: role } = smallestAndLargestRoles();
    const refresh = refreshCalls(300, role.id);
    expect(refresh.total).toBeLessThanOrEqual(300);
    // Each block's tables are put in anew; its unchanged paragraphs are left as they are.
    expect(refresh.byMethod['Body.insertTable']).toBe(3);
    expect(refresh.byMethod['Body.insertParagraph']).toBeUndefined();
  });
});
