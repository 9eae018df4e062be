import { HeaderMap } from '../../../src/core/headers';
import { ACTIONS_TAB, REQUIREMENTS_TAB } from '../../../src/core/layout';
import { sheetRef, summaryBlock, SUMMARY_ROWS } from '../../../src/core/summary';

describe('summaryBlock', () => {
  const inputs = {
    requirementsTab: "Bo's reqs",
    requirementsHeader: new HeaderMap(['Notes', ...REQUIREMENTS_TAB.headers]),
    actionsTab: 'Action Plan',
    actionsHeader: new HeaderMap(ACTIONS_TAB.headers),
    currentRole: 'Analyst',
    targetRole: '=Senior',
  };

  it('is a 15 x 2 block of labels and formulas that follow the columns where they are', () => {
    const block = summaryBlock(inputs);
    expect(block).toHaveLength(SUMMARY_ROWS);
    expect(block.every((row) => row.length === 2)).toBe(true);
    const requirements = String(block[3]![1]);
    // Requirement is column E once a "Notes" column sits in front; the tab name is quoted.
    expect(requirements).toContain("'Bo''s reqs'!$E$2:$E");
    expect(block.map((r) => r[0])).toContain('Percent done');
    // Status is column M of a new Action Plan (after Key, Suggestion, Priority, Focus, ...).
    expect(String(block[12]![1])).toBe('=COUNTIF(\'Action Plan\'!$M$2:$M,"Done")');
  });

  it('writes role titles literally', () => {
    expect(summaryBlock(inputs)[2]![1]).toBe("'=Senior");
  });

  it('refuses headers it cannot point at', () => {
    expect(() => summaryBlock({ ...inputs, actionsHeader: new HeaderMap(['Requirement']) })).toThrow(
      /"Action"/,
    );
  });

  it('quotes sheet names', () => {
    expect(sheetRef('Plan')).toBe("'Plan'");
  });
});
