import type { FocusAction, PlanBalance, SuggestionOption } from '../../../src/api/sheets';
import {
  balanceBasis,
  balanceFigure,
  balanceRows,
  focusActionMeta,
  focusGroups,
  ideaMeta,
  safeLink,
} from '../../../src/client/sidebar/focusFormat';

const balance: PlanBalance = {
  target: { 'Hands-on project': 70, Mentorship: 20, Learning: 10 },
  hours: { 'Hands-on project': 60, Mentorship: 12.5, Learning: 30 },
  percent: { 'Hands-on project': 59, Mentorship: 12, Learning: 29 },
  actions: 7,
  untyped: 1,
  close: false,
  advice: 'Add a step with other people (a mentor, shadowing, feedback) for pricing.',
};

function action(overrides: Partial<FocusAction>): FocusAction {
  return {
    key: 'k',
    requirement: 'r',
    action: 'a',
    type: 'Mentorship',
    priority: 1,
    helper: 'My manager',
    due: '2027-01-04',
    swappable: true,
    ...overrides,
  };
}

describe('balance wording', () => {
  it('gives one row per kind in 70-20-10 order, with the figures as text', () => {
    const rows = balanceRows(balance);
    expect(rows.map((r) => [r.label, balanceFigure(r)])).toEqual([
      ['Hands-on', '59% · target 70%'],
      ['With others', '12% · target 20%'],
      ['Formal learning', '29% · target 10%'],
    ]);
  });

  it('says what the figures are made of', () => {
    expect(balanceBasis(balance)).toBe(
      'By effort: 103 hours over 7 actions (1 action without a type left out).',
    );
    expect(balanceBasis({ ...balance, actions: 0 })).toBe('No actions with a type yet.');
    expect(balanceBasis({ ...balance, untyped: 0, actions: 1 })).toBe('By effort: 103 hours over 1 action.');
  });
});

describe('focus wording', () => {
  it('groups focus actions by gap, keeping their order', () => {
    const groups = focusGroups([
      action({ key: '1', requirement: 'first' }),
      action({ key: '2', requirement: 'first' }),
      action({ key: '3', requirement: 'second', priority: 2 }),
      action({ key: '4', requirement: 'mine', priority: null }),
    ]);
    expect(groups.map((g) => [g.priority, g.requirement, g.actions.map((a) => a.key)])).toEqual([
      [1, 'first', ['1', '2']],
      [2, 'second', ['3']],
      [null, 'mine', ['4']],
    ]);
  });

  it.each([
    [{ helper: 'My manager' }, 'Due 2027-01-04 · with my manager'],
    [{ helper: 'A Deal Desk specialist' }, 'Due 2027-01-04 · with a Deal Desk specialist'],
    [{ helper: 'Salesforce admins' }, 'Due 2027-01-04 · with Salesforce admins'],
    [{ helper: 'On my own' }, 'Due 2027-01-04 · on your own'],
    [{ helper: '', due: '' }, ''],
  ])('%j reads "%s"', (overrides, expected) => {
    expect(focusActionMeta(action(overrides))).toBe(expected);
  });

  it('describes an idea by its effort, its weeks and who helps', () => {
    const option: SuggestionOption = {
      id: 'x/y',
      kind: 'Learning',
      action: 'Read a book.',
      successMeasure: 'Done.',
      helper: 'On my own',
      effortHours: 1,
      weeks: 6,
      resource: null,
      scope: 'skill',
    };
    expect(ideaMeta(option)).toBe('1 hour · about 6 weeks · on your own');
  });

  it('links only to public https addresses', () => {
    expect(safeLink('https://levelup.gitlab.com/')).toBe('https://levelup.gitlab.com/');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('http://example.com')).toBeNull();
    expect(safeLink('https://x.example/"onmouseover="a')).toBeNull();
  });
});
