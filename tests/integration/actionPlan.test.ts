/**
 * The action plan on the built bundle: a focused, blended, specific plan; Priority by the ranking
 * rule; spread due dates; the 70-20-10 balance on the Summary; other ideas and swaps of untouched
 * rows only; re-generating keeps what people typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { silently } from '../../fake/calls';
import type { GenerateSummary, OtherIdeas, PlannerState, SwapResult } from '../../src/api/sheets';
import { pageUrl, rawUrl } from '../../scripts/harness/handbookPages';
import { headerIndex, openPlan, setCells, tabValues, type Harness } from '../../scripts/harness/harness';
import { expectCommonFailure, expectFailure } from '../support/replies';

const TARGET = 'sales-strategy/vp';
const CURRENT = 'sales-operations/analyst';
const RATINGS = ['Not yet', 'Developing', 'Meets', 'Developing', 'Not yet', 'Developing', 'Not yet'];
const MANAGER = ['', 'Not yet', '', 'Developing', '', '', 'Meets'];

type Row = Record<string, unknown>;

function rowsOf(h: Harness, tab: string): Row[] {
  const [header, ...data] = tabValues(h, tab);
  return data.map((row) => Object.fromEntries(header!.map((name, i) => [String(name), row[i]])));
}

/** A VP role imported and rated: gaps in several areas, some rated by the manager. */
function ratedPlan(): Harness {
  const h = openPlan();
  h.call('importRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET });
  setCells(h, 'Role Requirements', 'Self rating', RATINGS);
  setCells(h, 'Role Requirements', 'Manager rating', MANAGER);
  return h;
}

function generate(h: Harness, request?: unknown): GenerateSummary {
  const reply = (
    request === undefined ? h.run('generateActionPlan') : h.run('generateActionPlan', request)
  ) as ({ ok: true } & GenerateSummary) | { ok: false; message: string };
  if (!reply.ok) throw new Error(reply.message);
  return reply;
}

const ymd = (value: unknown) => (value as Date).toISOString().slice(0, 10);
const norm = (text: unknown) => String(text).toLowerCase().replace(/\s+/g, ' ').trim();

describe('generating a focused plan', () => {
  const h = ratedPlan();
  const summary = generate(h);
  const requirements = rowsOf(h, 'Role Requirements');
  const actions = rowsOf(h, 'Action Plan');
  const focus = actions.filter((a) => a.Focus === 'Yes');

  it('plans every gap, three of them as the focus', () => {
    const gaps = requirements.filter((r) =>
      ['Not yet', 'Developing'].includes(String(r['Manager rating'] || r['Self rating'])),
    );
    expect(summary.gaps).toBe(gaps.length);
    expect(summary.focusGaps).toBe(3);
    expect(new Set(actions.map((a) => a.Requirement))).toEqual(new Set(gaps.map((g) => g.Requirement)));
    expect(new Set(focus.map((a) => a.Requirement)).size).toBe(3);
  });

  it('never writes two actions alike, nor an action with a requirement pasted into it', () => {
    const texts = actions.map((a) => norm(a.Action));
    expect(new Set(texts).size).toBe(texts.length);
    for (const action of texts) {
      for (const requirement of requirements) expect(action).not.toContain(norm(requirement.Requirement));
      expect(action).not.toMatch(/:\s+[a-z]/);
    }
  });

  it('puts all three kinds among the focus actions, and a project and a step with others in each focus gap', () => {
    expect(new Set(focus.map((a) => a.Type))).toEqual(
      new Set(['Hands-on project', 'Mentorship', 'Learning']),
    );
    for (const requirement of new Set(focus.map((a) => a.Requirement))) {
      const types = focus.filter((a) => a.Requirement === requirement).map((a) => a.Type);
      expect(types).toEqual(expect.arrayContaining(['Hands-on project', 'Mentorship']));
    }
  });

  it('gives every action its own due date, none of them on a weekend', () => {
    const dues = actions.map((a) => ymd(a['Due date']));
    expect(new Set(dues).size).toBe(dues.length);
    for (const a of actions) expect([0, 6]).not.toContain((a['Due date'] as Date).getDay());
  });

  it('writes Priority by the ranking rule: Not yet, manager-rated, new at the target role, sheet order', () => {
    const effective = (r: Row) => String(r['Manager rating'] || r['Self rating']);
    const gaps = requirements
      .map((r, order) => ({ r, order }))
      .filter(({ r }) => ['Not yet', 'Developing'].includes(effective(r)));
    const expected = [...gaps]
      .sort(
        (a, b) =>
          Number(effective(a.r) === 'Developing') - Number(effective(b.r) === 'Developing') ||
          Number(!a.r['Manager rating']) - Number(!b.r['Manager rating']) ||
          Number(a.r['Compared with current role'] !== 'New') -
            Number(b.r['Compared with current role'] !== 'New') ||
          a.order - b.order,
      )
      .map(({ r }) => r.Requirement);
    const byPriority = [
      ...new Set(
        [...actions].sort((a, b) => Number(a.Priority) - Number(b.Priority)).map((a) => a.Requirement),
      ),
    ];
    expect(byPriority).toEqual(expected);
    for (const a of actions) expect(a.Priority).toBe(expected.indexOf(a.Requirement) + 1);
    // The focus is the top of the ranking.
    expect(new Set(focus.map((a) => a.Requirement))).toEqual(new Set(expected.slice(0, 3)));
  });

  it('names who does it and who helps, with an effort, a success measure and the idea it came from', () => {
    for (const a of actions) {
      expect(a.Owner).toBe('Me');
      expect(String(a['Who helps'])).not.toBe('');
      expect(a['Effort (hours)']).toEqual(expect.any(Number));
      expect(String(a['Success measure']).length).toBeGreaterThan(10);
      expect(String(a.Suggestion)).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+ [0-9a-f]{8}$/);
    }
  });

  it('shows the 70-20-10 balance on the Summary in D1:G6 and in the plan, leaving A:B as it was', () => {
    const summaryTab = tabValues(h, 'Summary');
    expect(summaryTab[0]!.slice(0, 7)).toEqual([
      'Growth plan summary',
      '',
      '',
      '70-20-10 mix',
      'Target',
      'Your plan',
      'Hours',
    ]);
    expect(summaryTab.slice(1, 4).map((r) => [r[3], r[4]])).toEqual([
      ['Hands-on project', 0.7],
      ['Mentorship', 0.2],
      ['Learning', 0.1],
    ]);
    const { balance } = summary.plan;
    expect(summaryTab.slice(1, 4).map((r) => r[5])).toEqual([
      balance.percent['Hands-on project'] / 100,
      balance.percent.Mentorship / 100,
      balance.percent.Learning / 100,
    ]);
    expect(summaryTab[4]!.slice(3, 5)).toEqual(['To get closer', balance.advice]);
    expect(balance.advice).toMatch(/^(Add .+|Your plan is close to the 70-20-10 target)\.$/);
    expect(balance.actions).toBe(actions.length);
    expect(summaryTab[1]!.slice(0, 2)).toEqual(['Current role', 'Sales Operations Analyst']);
  });
});

describe('re-generating', () => {
  it('adds nothing and changes nothing a second time, and keeps what people changed', () => {
    const h = ratedPlan();
    generate(h);
    setCells(h, 'Action Plan', 'Action', ['My own words for this']);
    setCells(h, 'Action Plan', 'Status', ['In progress', 'Done']);
    const actions = () =>
      silently(() => h.spreadsheet.getSheetByName('Action Plan')!.getDataRange().getValues());
    const before = actions();
    const again = generate(h);
    expect(again.added).toBe(0);
    expect(again.alreadyPlanned).toBe(again.gaps);
    expect(actions()).toEqual(before);
  });

  it('adds the blend of a gap that joins the focus when the focus grows, and remembers the size', () => {
    const h = ratedPlan();
    const first = generate(h, { focusSize: 1 });
    expect(first.focusGaps).toBe(1);
    expect(first.plan.focusSize).toBe(1);
    const before = tabValues(h, 'Action Plan');
    const grown = generate(h, { focusSize: 4 });
    expect(grown.focusGaps).toBe(4);
    expect(grown.added).toBeGreaterThan(0);
    const after = tabValues(h, 'Action Plan');
    expect(after.slice(0, before.length)).toEqual(before);
    const state = h.run('getPlannerState') as PlannerState;
    expect(state.plan.focusSize).toBe(4);
    // An import remembers the roles and keeps the focus size.
    const imported = h.run('importRoleRequirements', { currentRoleId: CURRENT, targetRoleId: TARGET }) as {
      plan: PlannerState['plan'];
    };
    expect(imported.plan.focusSize).toBe(4);
    expect(generate(h).plan.focusSize).toBe(4);
  });

  it('refuses a focus size outside 1 to 5 and writes nothing', () => {
    const h = ratedPlan();
    const before = h.fake.snapshot();
    for (const focusSize of [0, 6, 2.5, '3', null]) {
      expectCommonFailure(h.run('generateActionPlan', { focusSize }), 'invalid', /1 to 5/);
    }
    expect(h.fake.snapshot()).toEqual(before);
  });

  it("upgrades an older plan's tab: new columns appended, its rows untouched, only the missing kinds added", () => {
    const h = ratedPlan();
    const old = [
      'Key',
      'Requirement',
      'Area',
      'Action',
      'Type',
      'Resource',
      'Owner',
      'Due date',
      'Status',
      'Success measure',
      'Notes',
    ];
    const requirements = rowsOf(h, 'Role Requirements');
    const first = requirements.find((r) => r['Self rating'] === 'Not yet' && !r['Manager rating'])!;
    const oldRow = [
      `act:${String(first.Key).slice(4)}`,
      first.Requirement,
      first.Area,
      'Old template action',
      'Mentorship',
      '',
      'Me',
      new Date(2026, 0, 5, 12),
      'Not started',
      '',
      '',
    ];
    silently(() => {
      const sheet = h.spreadsheet.getSheetByName('Action Plan')!;
      sheet.clear();
      sheet.getRange(1, 1, 2, old.length).setValues([old, oldRow]);
    });
    generate(h);
    const after = tabValues(h, 'Action Plan');
    expect(after[0]!.slice(0, old.length)).toEqual(old);
    expect(after[0]!.slice(old.length)).toEqual([
      'Suggestion',
      'Priority',
      'Focus',
      'Who helps',
      'Effort (hours)',
    ]);
    expect(after[1]!.slice(0, old.length)).toEqual(oldRow);
    const mine = after.slice(2).filter((r) => r[1] === first.Requirement);
    // The gap is in the focus (second by the ranking) and had a step with others: it gains a
    // hands-on project; the period's formal learning goes to the first gap, rated Not yet by the manager.
    expect(mine.map((r) => [r[4], r[old.length + 2]])).toEqual([['Hands-on project', 'Yes']]);
  });
});

describe('other ideas', () => {
  function planned() {
    const h = ratedPlan();
    const summary = generate(h);
    const action = summary.plan.focus[0]!;
    return { h, action };
  }

  it('lists other ideas with their success measure, helper, effort and resource', () => {
    const { h, action } = planned();
    const ideas = h.run('getSuggestions', { key: action.key }) as { ok: true } & OtherIdeas;
    expect(ideas.ok).toBe(true);
    expect(ideas.swappable).toBe(true);
    expect(ideas.current?.action).toBe(action.action);
    expect(ideas.options.length).toBeGreaterThan(0);
    const kinds = new Set(ideas.options.map((o) => o.kind));
    expect(kinds.size).toBeGreaterThan(1);
    const inPlan = new Set(rowsOf(h, 'Action Plan').map((a) => norm(a.Action)));
    for (const option of ideas.options) {
      expect(inPlan.has(norm(option.action))).toBe(false);
      expect(option.successMeasure).not.toBe('');
      expect(option.helper).not.toBe('');
      expect(option.effortHours).toBeGreaterThan(0);
    }
  });

  it('swaps an untouched row for another idea, and the row is untouched again afterwards', () => {
    const { h, action } = planned();
    const ideas = h.run('getSuggestions', { key: action.key }) as OtherIdeas;
    const other = ideas.options[0]!;
    const swapped = h.run('swapSuggestion', { key: action.key, suggestionId: other.id }) as {
      ok: true;
    } & SwapResult;
    expect(swapped).toMatchObject({
      ok: true,
      key: action.key,
      suggestionId: other.id,
      action: other.action,
      type: other.kind,
    });
    const row = rowsOf(h, 'Action Plan').find((a) => a.Key === action.key)!;
    expect(row).toMatchObject({
      Action: other.action,
      Type: other.kind,
      'Who helps': other.helper,
      'Effort (hours)': other.effortHours,
      'Success measure': other.successMeasure,
      Status: 'Not started',
      Focus: 'Yes',
    });
    expect(String(row.Suggestion).startsWith(`${other.id} `)).toBe(true);
    expect(swapped.plan.focus.find((f) => f.key === action.key)).toMatchObject({
      action: other.action,
      swappable: true,
    });
    // The Summary's balance follows.
    expect(tabValues(h, 'Summary')[4]![4]).toBe(swapped.plan.balance.advice);
    // And the old idea is an idea again.
    const again = h.run('getSuggestions', { key: action.key }) as OtherIdeas;
    expect(again.options.map((o) => o.id)).toContain(ideas.current!.id);
  });

  it('never overwrites a row someone edited: the reply says why and nothing changes', () => {
    const { h, action } = planned();
    const other = (h.run('getSuggestions', { key: action.key }) as OtherIdeas).options[0]!;
    const rows = tabValues(h, 'Action Plan');
    const a = headerIndex(rows[0]!);
    const index = rows.findIndex((r) => r[a('Key')] === action.key);
    silently(() =>
      h.spreadsheet
        .getSheetByName('Action Plan')!
        .getRange(index + 1, a('Notes') + 1)
        .setValue('Booked with Sam'),
    );
    const before = h.fake.snapshot();
    expectFailure(
      h.run('swapSuggestion', { key: action.key, suggestionId: other.id }),
      'edited',
      /edited since it was generated/,
    );
    expect(h.fake.snapshot()).toEqual(before);
    expect(h.run('getSuggestions', { key: action.key })).toMatchObject({ ok: true, swappable: false });
  });

  it('refuses bad requests, unknown keys and ideas that are not among the others, writing nothing', () => {
    const { h, action } = planned();
    const before = h.fake.snapshot();
    expectCommonFailure(h.run('getSuggestions', {}), 'invalid', /Choose an action/);
    expectCommonFailure(
      h.run('getSuggestions', { key: 'act:gone' }),
      'invalid',
      /no longer in the Action Plan/,
    );
    expectCommonFailure(h.run('swapSuggestion', { key: action.key }), 'invalid', /Choose an idea/);
    expectCommonFailure(
      h.run('swapSuggestion', { key: 'act:gone', suggestionId: 'x/y' }),
      'invalid',
      /no longer/,
    );
    expectCommonFailure(
      h.run('swapSuggestion', { key: action.key, suggestionId: 'pricing/nope' }),
      'invalid',
      /not one of the other ideas/,
    );
    const current = rowsOf(h, 'Action Plan').find((r) => r.Key !== action.key && r.Suggestion)!;
    const inPlan = String(current.Suggestion).split(' ')[0]!;
    expectCommonFailure(
      h.run('swapSuggestion', { key: action.key, suggestionId: inPlan }),
      'invalid',
      /not one of the other ideas/,
    );
    expect(h.fake.snapshot()).toEqual(before);
  });
});

describe('the plan period', () => {
  it("ends at the tracker's next check-in when the Summary names one, and leaves that row alone", () => {
    const h = ratedPlan();
    const today = new Date();
    const checkIn = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 8 * 7, 12);
    silently(() => {
      const summary = h.spreadsheet.getSheetByName('Summary')!;
      summary.getRange(16, 1, 1, 2).setValues([['Next check-in', checkIn]]);
      summary.getRange(1, 9, 2, 4).setValues([
        ['Tracker', 'block', 'of', 'its own'],
        ['1', '2', '3', '4'],
      ]);
    });
    const before = tabValues(h, 'Summary');
    generate(h);
    const focusDues = rowsOf(h, 'Action Plan')
      .filter((a) => a.Focus === 'Yes')
      .map((a) => (a['Due date'] as Date).getTime());
    // Staggered tracks end on the check-in, moved to a free weekday at most a few days on.
    expect(Math.max(...focusDues)).toBeLessThanOrEqual(checkIn.getTime() + 6 * 86_400_000);
    expect(Math.max(...focusDues)).toBeGreaterThan(checkIn.getTime() - 7 * 86_400_000);
    const after = tabValues(h, 'Summary');
    expect(after[15]!.slice(0, 2)).toEqual(before[15]!.slice(0, 2));
    expect(after.slice(0, 2).map((r) => r.slice(8, 12))).toEqual(
      before.slice(0, 2).map((r) => r.slice(8, 12)),
    );
  });
});

describe('a handbook role', () => {
  it('gets suggestions specific to the skill of most of its requirements', () => {
    const path = 'sales/deal-desk';
    const markdown = readFileSync(join(__dirname, '../fixtures/job-families', `${path}.md`), 'utf8');
    const h = openPlan(undefined, { responses: { [rawUrl(path)]: { body: markdown } } });
    const family = h.run('getHandbookFamily', { url: pageUrl(path) }) as {
      ok: true;
      levels: { slug: string; requirementCount: number }[];
    };
    const level = [...family.levels].sort((a, b) => b.requirementCount - a.requirementCount)[0]!;
    const imported = h.run('importHandbookRequirements', { url: pageUrl(path), targetLevel: level.slug }) as {
      ok: boolean;
      added: number;
    };
    expect(imported.ok).toBe(true);
    setCells(
      h,
      'Role Requirements',
      'Self rating',
      Array.from({ length: imported.added }, () => 'Developing'),
    );
    generate(h);
    const actions = rowsOf(h, 'Action Plan');
    const requirementsWithSpecific = new Set(
      actions.filter((a) => !String(a.Suggestion).startsWith('area/')).map((a) => a.Requirement),
    );
    const planned = new Set(actions.map((a) => a.Requirement));
    expect(planned.size).toBeGreaterThan(4);
    expect(requirementsWithSpecific.size / imported.added).toBeGreaterThan(0.5);
    const texts = actions.map((a) => norm(a.Action));
    expect(new Set(texts).size).toBe(texts.length);
  });
});
