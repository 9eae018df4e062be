import { RESOURCES } from '../../../src/catalog/resources';
import { SKILL_LEXICON } from '../../../src/catalog/skillLexicon';
import { SUGGESTION_LIBRARY } from '../../../src/catalog/suggestions';
import { isUntouched, parseSuggestionCell } from '../../../src/core/actionRows';
import { actionKey, planActions } from '../../../src/core/actionPlan';
import { normalizeText } from '../../../src/core/cells';
import { HeaderMap } from '../../../src/core/headers';
import { ACTIONS_TAB } from '../../../src/core/layout';
import { dayNumber, planPeriod } from '../../../src/core/schedule';
import { createSkillMatcher } from '../../../src/core/skillMatch';
import type { SuggestionSource } from '../../../src/core/suggestionChoice';
import { applyTableChange, tableFromValues, textAt, valueAt, type Table } from '../../../src/core/table';

const matcher = createSkillMatcher(SKILL_LEXICON);
const source: SuggestionSource = {
  library: SUGGESTION_LIBRARY,
  matchSkill: (text, hint) => matcher(text, hint)?.skillId ?? null,
  resources: RESOURCES,
};
const today = new Date(2026, 11, 4); // a Friday
const period = planPeriod(today, null);
const empty: Table = { header: new HeaderMap([]), rows: [] };
const REQ_HEADER = [
  'Key',
  'Area',
  'Requirement',
  'Compared with current role',
  'Self rating',
  'Manager rating',
  'In target role',
];

function requirements(rows: string[][]): Table {
  return tableFromValues([REQ_HEADER, ...rows]);
}

function generate(reqs: Table, actions: Table = empty, focusSize = 3) {
  const plan = planActions(reqs, actions, { today, focusSize, period, suggestions: source });
  return { plan, after: applyTableChange(actions, plan) };
}

const col = (table: Table, header: string) => table.rows.map((r) => textAt(table, r, header));

/** Ten gaps across areas, catalog keys (the requirement id is the skill), ranked by the rule. */
const tenGaps = requirements([
  [
    'req:x/senior:forecasting',
    'Analysis and reporting',
    'Owns the forecast roll-up',
    'New',
    'Developing',
    '',
    'Yes',
  ],
  [
    'req:x/senior:pricing',
    'Deals and commercial',
    'Sets discount guidance',
    'Builds on current role',
    'Not yet',
    '',
    'Yes',
  ],
  [
    'req:x/senior:cpq-quoting',
    'Salesforce and systems',
    'Configures CPQ',
    'New',
    'Meets',
    'Developing',
    'Yes',
  ],
  [
    'req:x/senior:annual-planning',
    'Planning and strategy',
    'Runs annual planning',
    'New',
    'Not yet',
    '',
    'Yes',
  ],
  [
    'req:x/senior:process-improvement',
    'Process and policy',
    'Improves processes',
    'Builds on current role',
    'Developing',
    '',
    'Yes',
  ],
  [
    'req:x/senior:stakeholder-alignment',
    'Stakeholder management',
    'Aligns leaders',
    'New',
    'Developing',
    'Not yet',
    'Yes',
  ],
  [
    'req:x/senior:executive-presentations',
    'Communication',
    'Presents to executives',
    'New',
    'Developing',
    '',
    'Yes',
  ],
  [
    'req:x/senior:project-management',
    'Program management',
    'Runs projects',
    'Builds on current role',
    'Developing',
    '',
    'Yes',
  ],
  [
    'req:x/senior:training-delivery',
    'Enablement and training',
    'Trains the field',
    'New',
    'Meets',
    '',
    'Yes',
  ],
  [
    'req:x/senior:team-leadership',
    'People leadership',
    'Leads a team',
    'New',
    'Developing',
    'Developing',
    'Yes',
  ],
  ['req:x/senior:data-quality', 'Analysis and reporting', 'Keeps data clean', 'New', 'Not yet', '', 'Yes'],
]);
// The ranking rule on these rows: Not yet (manager, then self and new, then self and held), then
// Developing (manager, then self and new, then self and held), sheet order within each.
const RANKED = [
  'Aligns leaders',
  'Runs annual planning',
  'Keeps data clean',
  'Sets discount guidance',
  'Configures CPQ',
  'Leads a team',
  'Owns the forecast roll-up',
  'Presents to executives',
  'Improves processes',
  'Runs projects',
];

describe('planActions: a focused plan', () => {
  const { plan, after } = generate(tenGaps);
  const byRequirement = (text: string) => after.rows.filter((r) => textAt(after, r, 'Requirement') === text);

  it('counts the gaps and writes every column of the layout', () => {
    expect(plan.gaps).toBe(10);
    expect(plan.unrated).toBe(0);
    expect(plan.focusGaps).toBe(3);
    expect(plan.unsuggested).toBe(0);
    expect(plan.appendedHeaders).toEqual([...ACTIONS_TAB.headers]);
  });

  it('writes each gap its rank in Priority, 1 the most important, following the ranking rule', () => {
    RANKED.forEach((text, i) => {
      expect(byRequirement(text).map((r) => valueAt(after, r, 'Priority'))).not.toHaveLength(0);
      for (const row of byRequirement(text)) expect(valueAt(after, row, 'Priority')).toBe(i + 1);
    });
    const priorities = after.rows.map((r) => valueAt(after, r, 'Priority') as number);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
  });

  it('makes the top three gaps the focus, each with a hands-on project and a step with other people', () => {
    for (const text of RANKED.slice(0, 3)) {
      const rows = byRequirement(text);
      expect(rows.every((r) => textAt(after, r, 'Focus') === 'Yes')).toBe(true);
      const types = rows.map((r) => textAt(after, r, 'Type'));
      expect(types).toEqual(expect.arrayContaining(['Hands-on project', 'Mentorship']));
    }
    const focusTypes = after.rows
      .filter((r) => textAt(after, r, 'Focus') === 'Yes')
      .map((r) => textAt(after, r, 'Type'));
    expect(new Set(focusTypes)).toEqual(new Set(['Hands-on project', 'Mentorship', 'Learning']));
  });

  it('gives formal learning once, to the best-ranked focus gap rated Not yet', () => {
    const learning = after.rows.filter(
      (r) => textAt(after, r, 'Type') === 'Learning' && textAt(after, r, 'Focus') === 'Yes',
    );
    expect(learning.map((r) => textAt(after, r, 'Requirement'))).toEqual(['Aligns leaders']);
  });

  it('gives every other gap one later action, not marked as focus', () => {
    for (const text of RANKED.slice(3)) {
      const rows = byRequirement(text);
      expect(rows).toHaveLength(1);
      expect(textAt(after, rows[0]!, 'Focus')).toBe('');
    }
  });

  it('never writes the same action twice, nor a requirement pasted in', () => {
    const actions = col(after, 'Action').map(normalizeText);
    expect(new Set(actions).size).toBe(actions.length);
    const ids = after.rows.map((r) => parseSuggestionCell(valueAt(after, r, 'Suggestion'))?.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of after.rows) {
      const action = normalizeText(textAt(after, row, 'Action'));
      expect(action).not.toContain(normalizeText(textAt(after, row, 'Requirement')));
      expect(action).not.toMatch(/:\s+\S+$/);
    }
  });

  it("takes the suggestions of each requirement's skill", () => {
    for (const row of after.rows) {
      const skill = textAt(after, row, 'Key').replace(/#\d+$/, '').split(':').pop();
      expect(parseSuggestionCell(valueAt(after, row, 'Suggestion'))?.id.startsWith(`${skill}/`)).toBe(true);
    }
  });

  it('spreads due dates: focus actions in order within the period, later ones after, all different weekdays', () => {
    const dues = after.rows.map((r) => valueAt(after, r, 'Due date') as Date);
    expect(new Set(dues.map((d) => dayNumber(d))).size).toBe(dues.length);
    for (const due of dues) expect([0, 6]).not.toContain(due.getDay());
    const focus = after.rows.filter((r) => textAt(after, r, 'Focus') === 'Yes');
    const later = after.rows.filter((r) => textAt(after, r, 'Focus') === '');
    const lastFocus = Math.max(...focus.map((r) => dayNumber(valueAt(after, r, 'Due date') as Date)));
    expect(lastFocus).toBeLessThanOrEqual(dayNumber(period.end) + 7);
    for (const row of later)
      expect(dayNumber(valueAt(after, row, 'Due date') as Date)).toBeGreaterThan(lastFocus);
    // Within a focus gap: learning, then the step with others, then the project.
    const first = byRequirement('Aligns leaders').map((r) => textAt(after, r, 'Type'));
    expect(first).toEqual(['Learning', 'Mentorship', 'Hands-on project']);
  });

  it("fills owner, status, who helps, effort and resource, and keys a gap's actions key, key#2, key#3", () => {
    const rows = byRequirement('Aligns leaders');
    const base = actionKey('req:x/senior:stakeholder-alignment', '');
    expect(rows.map((r) => textAt(after, r, 'Key'))).toEqual([base, `${base}#2`, `${base}#3`]);
    for (const row of after.rows) {
      expect(textAt(after, row, 'Owner')).toBe('Me');
      expect(textAt(after, row, 'Status')).toBe('Not started');
      expect(textAt(after, row, 'Who helps')).not.toBe('');
      expect(textAt(after, row, 'Who helps')).not.toBe('Me');
      expect(valueAt(after, row, 'Effort (hours)')).toEqual(expect.any(Number));
      expect(textAt(after, row, 'Resource')).toMatch(/^$|\(https:\/\/[^ ]+\)$/);
      expect(isUntouched(after, row)).toBe(true);
    }
  });

  it('keeps the plan near 70-20-10 when it picks the kind of each later action', () => {
    const hours = { 'Hands-on project': 0, Mentorship: 0, Learning: 0 } as Record<string, number>;
    for (const row of after.rows)
      hours[textAt(after, row, 'Type')]! += valueAt(after, row, 'Effort (hours)') as number;
    const total = Object.values(hours).reduce((a, b) => a + b, 0);
    expect(hours['Hands-on project']! / total).toBeGreaterThan(0.55);
    expect(hours.Learning! / total).toBeLessThan(0.25);
  });
});

describe('planActions: the focus size', () => {
  it.each([1, 5])('focuses on %d gaps', (size) => {
    const { plan, after } = generate(tenGaps, empty, size);
    expect(plan.focusGaps).toBe(size);
    const focused = new Set(
      after.rows
        .filter((r) => textAt(after, r, 'Focus') === 'Yes')
        .map((r) => textAt(after, r, 'Requirement')),
    );
    expect([...focused]).toEqual(RANKED.slice(0, size));
  });

  it('keeps a gap in focus once it is; a larger size adds the blend to the next gaps', () => {
    const first = generate(tenGaps, empty, 1).after;
    const { plan, after } = generate(tenGaps, first, 3);
    expect(plan.focusGaps).toBe(3);
    // "Runs annual planning" had one later action; it now gets the rest of its blend.
    const annual = after.rows.filter((r) => textAt(after, r, 'Requirement') === 'Runs annual planning');
    expect(annual.length).toBeGreaterThanOrEqual(2);
    expect(annual.map((r) => textAt(after, r, 'Type'))).toEqual(
      expect.arrayContaining(['Hands-on project', 'Mentorship']),
    );
    // A smaller size later takes nothing away.
    const again = generate(tenGaps, after, 1);
    expect(again.plan.newRows).toEqual([]);
    expect(again.plan.focusGaps).toBe(3);
  });
});

describe('planActions: re-generating', () => {
  it('adds nothing on a re-run and never changes existing rows, edited or not', () => {
    const first = generate(tenGaps).after;
    const edited = first.rows.map((r) => [...r]);
    edited[0]![first.header.column('Action')] = 'Pair with Sam on the sandbox refresh';
    edited[1]![first.header.column('Status')] = 'In progress';
    const table: Table = { header: first.header, rows: edited };
    const again = generate(tenGaps, table);
    expect(again.plan.newRows).toEqual([]);
    expect(again.plan.appendedHeaders).toEqual([]);
    expect(again.plan.alreadyPlanned).toBe(10);
    expect(again.after.rows).toEqual(edited);
  });

  it("counts a person's own action: a focus gap gets only the kinds it lacks", () => {
    const actions = tableFromValues([
      ['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'],
      ['aligns LEADERS', 'Shadow the analytics team', 'Mentorship', 'Me', '', 'In progress'],
    ]);
    const { plan, after } = generate(tenGaps, actions);
    expect(plan.appendedHeaders).toEqual(ACTIONS_TAB.headers.filter((h) => !actions.header.has(h)));
    const aligns = after.rows.filter(
      (r) => normalizeText(textAt(after, r, 'Requirement')) === 'aligns leaders',
    );
    expect(aligns.map((r) => textAt(after, r, 'Type'))).toEqual([
      'Mentorship',
      'Learning',
      'Hands-on project',
    ]);
    expect(after.rows[0]).toEqual([...actions.rows[0]!, ...plan.appendedHeaders.map(() => '')]);
  });

  it('treats a later gap with any action of its own as planned', () => {
    const actions = tableFromValues([
      ['Requirement', 'Action', 'Type', 'Owner', 'Due date', 'Status'],
      ['Runs projects', 'My own idea', '', 'Me', '', ''],
    ]);
    const { plan, after } = generate(tenGaps, actions);
    expect(after.rows.filter((r) => textAt(after, r, 'Requirement') === 'Runs projects')).toHaveLength(1);
    expect(plan.alreadyPlanned).toBe(1);
  });

  it('plans two rows of the same requirement once', () => {
    const reqs = requirements([
      ['', '', 'Owns the forecast', '', 'Developing', '', ''],
      ['', '', 'owns the  FORECAST', '', 'Not yet', '', ''],
    ]);
    const { plan } = generate(reqs);
    expect(plan.gaps).toBe(2);
    expect(plan.alreadyPlanned).toBe(1);
    expect(new Set(plan.newRows.map((r) => r[plan.header.column('Requirement')])).size).toBe(1);
  });
});

describe('planActions: suggestions', () => {
  it("gives gaps of the same skill different suggestions, then the area's, then leaves the rest out", () => {
    const reqs = requirements(
      Array.from({ length: 8 }, (_, i) => [
        `req:role${i}/analyst:forecasting`,
        'Analysis and reporting',
        `Forecasting requirement number ${i}`,
        'New',
        'Developing',
        '',
        'Yes',
      ]),
    );
    const { plan, after } = generate(reqs);
    const ids = after.rows.map((r) => parseSuggestionCell(valueAt(after, r, 'Suggestion'))!.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith('area/analysis/'))).toBe(true);
    expect(ids.every((id) => id.startsWith('forecasting/') || id.startsWith('area/analysis/'))).toBe(true);
    // 4 forecasting and 3 area-level analysis suggestions make 7 actions: the first focus gap's
    // three, the second's two, the third's none (2 left out), two later gaps' courses, and three
    // later gaps left without (3 more left out). All are counted.
    expect(after.rows).toHaveLength(7);
    expect(plan.unsuggested).toBe(5);
  });

  it('matches a handbook requirement to a skill by its words', () => {
    const reqs = requirements([
      [
        'req:handbook:sales/x#y:hb-12345678',
        'Analysis and reporting',
        'Owns the weekly forecast call and the commit number',
        '',
        'Developing',
        '',
        'Yes',
      ],
      ['', 'General', 'Is kind to everyone', '', 'Not yet', '', ''],
    ]);
    const { after } = generate(reqs);
    const forecast = after.rows.filter((r) => textAt(after, r, 'Requirement').startsWith('Owns the weekly'));
    for (const row of forecast)
      expect(parseSuggestionCell(valueAt(after, row, 'Suggestion'))!.id).toMatch(/^forecasting\//);
    // Text no skill matches, in no area of ours, gets the stand-in area's suggestions.
    const kind = after.rows.filter((r) => textAt(after, r, 'Requirement') === 'Is kind to everyone');
    expect(kind.length).toBeGreaterThan(0);
    for (const row of kind)
      expect(parseSuggestionCell(valueAt(after, row, 'Suggestion'))!.id).toMatch(/^area\/process\//);
  });

  it('writes text that starts with = literally, and fingerprints it as it reads back', () => {
    const reqs = requirements([['', '', '=HYPERLINK("x")', '', 'Not yet', '', '']]);
    const { plan, after } = generate(reqs);
    expect(plan.newRows[0]![plan.header.column('Requirement')]).toBe('\'=HYPERLINK("x")');
    for (const row of after.rows) expect(isUntouched(after, row)).toBe(true);
  });

  it('keys rows people added by their text', () => {
    expect(actionKey('req:ops/senior:sf', 'x')).toBe('act:ops/senior:sf');
    expect(actionKey('', 'My own requirement')).toBe(actionKey('', '  my OWN requirement '));
    expect(actionKey('', 'My own requirement')).toMatch(/^act:manual:[0-9a-f]{8}$/);
  });
});
