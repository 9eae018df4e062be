import type { ActionProgress, GenerateSummary, ImportSummary, PlanState } from '../../../src/api/sheets';
import {
  actionProgressText,
  generateSummaryLines,
  generateSummaryTitle,
  importPreviewText,
  importSummaryLines,
  importSummaryTitle,
  notCarriedText,
  plural,
  ratedPercent,
  ratingProgressText,
  requirementCountText,
  statusCounts,
} from '../../../src/client/sidebar/format';

const noActions: ActionProgress = {
  total: 0,
  byStatus: { 'Not started': 0, 'In progress': 0, Blocked: 0, Done: 0 },
  noStatus: 0,
  overdue: 0,
  percentDone: 0,
};

const plan: PlanState = {
  currentRoleId: null,
  targetRoleId: 'a/b',
  handbook: null,
  isSetUp: true,
  requirements: { total: 0, rated: 0, unrated: 0, gaps: 0, notInTarget: 0 },
  actions: noActions,
  focusSize: 3,
  focus: [],
  balance: {
    target: { 'Hands-on project': 70, Mentorship: 20, Learning: 10 },
    hours: { 'Hands-on project': 0, Mentorship: 0, Learning: 0 },
    percent: { 'Hands-on project': 0, Mentorship: 0, Learning: 0 },
    actions: 0,
    untyped: 0,
    close: false,
    advice: 'Generate your action plan to see its 70-20-10 balance.',
  },
};

function importSummary(overrides: Partial<ImportSummary> = {}): ImportSummary {
  return {
    targetRole: { id: 'a/senior', title: 'Senior Analyst' },
    currentRole: { id: 'a/analyst', title: 'Analyst' },
    wording: 'catalog',
    skippedCommon: 0,
    requirements: 14,
    newComparedWithCurrent: 6,
    added: 6,
    kept: 8,
    markedNotInTarget: 0,
    carriedOver: 0,
    notCarried: [],
    plan,
    ...overrides,
  };
}

describe('plural', () => {
  it('uses the singular only for exactly one', () => {
    expect(plural(0, 'gap')).toBe('0 gaps');
    expect(plural(1, 'gap')).toBe('1 gap');
    expect(plural(2, 'gap')).toBe('2 gaps');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });
});

describe('import wording', () => {
  it('previews the count and how many are new compared with the current role', () => {
    expect(importPreviewText({ requirements: 14, newComparedWithCurrent: 6, areas: 5 }, true)).toBe(
      '14 requirements in 5 areas · 6 new compared with your current role',
    );
    expect(importPreviewText({ requirements: 3, newComparedWithCurrent: 3, areas: 1 }, true)).toBe(
      '3 requirements · all new compared with your current role',
    );
  });

  it('previews without comparison when there is no current role', () => {
    expect(importPreviewText({ requirements: 1, newComparedWithCurrent: 1, areas: 1 }, false)).toBe(
      '1 requirement · no current role to compare with',
    );
  });

  it('falls back to the role list count', () => {
    expect(requirementCountText(12)).toBe('12 requirements in this role');
  });

  it('summarizes added, kept and marked rows', () => {
    expect(importSummaryTitle(importSummary())).toBe('Imported requirements for Senior Analyst');
    expect(importSummaryLines(importSummary({ markedNotInTarget: 2 }))).toEqual([
      '6 requirements added',
      '8 already in your plan, kept as they were',
      '2 marked as not in the target role',
      '6 of 14 new compared with Analyst',
    ]);
  });

  it('says how many ratings followed a change of wording and names those that could not', () => {
    expect(
      importSummaryLines(
        importSummary({ markedNotInTarget: 6, carriedOver: 4, notCarried: ['Reads contract language'] }),
      ),
    ).toEqual([
      '6 requirements added',
      '8 already in your plan, kept as they were',
      '6 marked as not in the target role',
      'Ratings and evidence of 4 requirements carried over to the new wording',
      'Could not carry over 1 rated requirement to the new wording (kept on its row marked "No"): "Reads contract language"',
      '6 of 14 new compared with Analyst',
    ]);
    expect(notCarriedText(['A', 'B'])).toBe(
      'Could not carry over 2 rated requirements to the new wording (kept on their rows marked "No"): "A" and "B"',
    );
    expect(notCarriedText(['A', 'B', 'C', 'D', 'E'])).toMatch(/: "A", "B", "C" and 2 more$/);
    expect(notCarriedText(['x'.repeat(100)])).toMatch(/"x{59}…"$/);
  });

  it('leaves out empty counts and the comparison without a current role', () => {
    expect(importSummaryLines(importSummary({ currentRole: null, added: 1, kept: 0 }))).toEqual([
      '1 requirement added',
    ]);
  });
});

describe('rating progress', () => {
  it('reads "12 of 20 requirements rated · 5 gaps"', () => {
    const progress = { total: 20, rated: 12, unrated: 8, gaps: 5, notInTarget: 0 };
    expect(ratingProgressText(progress)).toBe('12 of 20 requirements rated · 5 gaps');
    expect(ratedPercent(progress)).toBe(60);
  });

  it('says when nothing is imported yet', () => {
    expect(ratingProgressText(plan.requirements)).toBe('No requirements imported yet');
    expect(ratedPercent(plan.requirements)).toBe(0);
  });

  it('uses the singular for one gap', () => {
    expect(ratingProgressText({ total: 1, rated: 1, unrated: 0, gaps: 1, notInTarget: 0 })).toBe(
      '1 of 1 requirement rated · 1 gap',
    );
  });
});

describe('action plan wording', () => {
  const summary: GenerateSummary = {
    gaps: 5,
    unrated: 8,
    added: 3,
    alreadyPlanned: 2,
    focusGaps: 3,
    unsuggested: 0,
    plan,
  };

  it('summarizes added, the focus, already planned, gaps and unrated', () => {
    expect(generateSummaryTitle(summary)).toBe('Action plan updated');
    expect(generateSummaryLines(summary)).toEqual([
      '3 actions added',
      "3 gaps in this period's focus",
      '2 gaps already planned',
      '5 gaps in total',
      '8 requirements not rated yet (rate them to find more gaps)',
    ]);
  });

  it('says how many actions had no idea left that is not in the plan already', () => {
    expect(generateSummaryLines({ ...summary, unrated: 0, unsuggested: 2 }).at(-1)).toBe(
      '2 actions left out: every idea that fits is in your plan already, so add your own',
    );
  });

  it('says so when every gap already has an action, or there are no gaps', () => {
    expect(generateSummaryTitle({ ...summary, added: 0, alreadyPlanned: 5 })).toBe(
      'Action plan already covers every gap',
    );
    expect(generateSummaryTitle({ ...summary, gaps: 0, unrated: 0, added: 0 })).toBe('No gaps found');
    expect(generateSummaryTitle({ ...summary, gaps: 0, added: 0 })).toBe(
      'No gaps among the rated requirements',
    );
  });

  it('shows percent done, total and overdue', () => {
    const progress: ActionProgress = {
      total: 7,
      byStatus: { 'Not started': 3, 'In progress': 2, Blocked: 0, Done: 2 },
      noStatus: 0,
      overdue: 1,
      percentDone: 29,
    };
    expect(actionProgressText(progress)).toBe('29% done · 7 actions · 1 overdue');
    expect(actionProgressText({ ...progress, overdue: 0 })).toBe('29% done · 7 actions');
    expect(actionProgressText(noActions)).toBe('No actions yet');
  });

  it('lists non-empty statuses in workflow order with "No status" last', () => {
    expect(
      statusCounts({
        ...noActions,
        total: 6,
        byStatus: { 'Not started': 0, 'In progress': 2, Blocked: 1, Done: 2 },
        noStatus: 1,
      }),
    ).toEqual([
      { status: 'In progress', count: 2 },
      { status: 'Blocked', count: 1 },
      { status: 'Done', count: 2 },
      { status: 'No status', count: 1 },
    ]);
    expect(statusCounts(noActions)).toEqual([]);
  });
});
