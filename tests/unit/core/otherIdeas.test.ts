import { RESOURCES } from '../../../src/catalog/resources';
import { SKILL_LEXICON } from '../../../src/catalog/skillLexicon';
import { SUGGESTION_LIBRARY } from '../../../src/catalog/suggestions';
import { FINGERPRINTED, isUntouched, parseSuggestionCell } from '../../../src/core/actionRows';
import { planActions } from '../../../src/core/actionPlan';
import { HeaderMap } from '../../../src/core/headers';
import {
  EDITED,
  findActionRow,
  focusActions,
  NOT_GENERATED,
  otherIdeas,
  planSwap,
} from '../../../src/core/otherIdeas';
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
const today = new Date(2026, 11, 4);
const empty: Table = { header: new HeaderMap([]), rows: [] };

const requirements = tableFromValues([
  ['Key', 'Area', 'Requirement', 'Self rating', 'Manager rating'],
  ['req:x/senior:forecasting', 'Analysis and reporting', 'Owns the forecast roll-up', 'Not yet', ''],
  ['req:x/senior:pricing', 'Deals and commercial', 'Sets discount guidance', 'Developing', ''],
  ['req:x/senior:data-quality', 'Analysis and reporting', 'Keeps data clean', 'Developing', ''],
  ['req:x/senior:team-leadership', 'People leadership', 'Leads a team', 'Developing', ''],
]);

function plan(): Table {
  const change = planActions(requirements, empty, {
    today,
    focusSize: 3,
    period: planPeriod(today, null),
    suggestions: source,
  });
  // A row a person added, with a key of their own.
  const table = applyTableChange(empty, change);
  const mine = table.header.headers.map((h) =>
    h === 'Key'
      ? 'mine'
      : h === 'Requirement'
        ? 'Owns the forecast roll-up'
        : h === 'Action'
          ? 'Ask Sam'
          : h === 'Focus'
            ? 'Yes'
            : '',
  );
  return { header: table.header, rows: [...table.rows, mine] };
}

function edit(table: Table, index: number, header: string, value: unknown): Table {
  const rows = table.rows.map((r) => [...r]);
  rows[index]![table.header.column(header)] = value;
  return { header: table.header, rows };
}

describe('generated rows', () => {
  it('are untouched as written, and edited once any cell the add-on wrote changes', () => {
    const table = plan();
    expect(isUntouched(table, table.rows[0]!)).toBe(true);
    for (const header of FINGERPRINTED) {
      const changed = edit(table, 0, header, header === 'Due date' ? new Date(2030, 0, 1) : 'changed');
      expect([header, isUntouched(changed, changed.rows[0]!)]).toEqual([header, false]);
    }
    // The Key is not part of what the fingerprint covers.
    const rekeyed = edit(table, 0, 'Key', 'renamed-key');
    expect(isUntouched(rekeyed, rekeyed.rows[0]!)).toBe(true);
  });

  it('a due date read back as a Date on the same day is untouched', () => {
    const table = plan();
    const due = valueAt(table, table.rows[0]!, 'Due date') as Date;
    const midnight = new Date(due.getFullYear(), due.getMonth(), due.getDate());
    const reread = edit(table, 0, 'Due date', midnight);
    expect(isUntouched(reread, reread.rows[0]!)).toBe(true);
  });
});

describe('focusActions', () => {
  it('lists the focus actions by Priority, saying which may be swapped', () => {
    const table = plan();
    const focus = focusActions(table);
    expect(focus.map((f) => f.priority)).toEqual([1, 1, 1, 2, 2, 3, 3, null]);
    expect(focus.at(-1)).toMatchObject({ key: 'mine', action: 'Ask Sam', swappable: false });
    expect(focus[0]).toMatchObject({
      requirement: 'Owns the forecast roll-up',
      type: 'Learning',
      swappable: true,
    });
    expect(focus[0]!.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(focusActions(edit(table, 0, 'Status', 'Done'))[0]!.swappable).toBe(false);
  });
});

describe('otherIdeas', () => {
  it("lists the other suggestions of the requirement's skill and area, none already in the plan", () => {
    const table = plan();
    const index = findActionRow(table, textAt(table, table.rows[0]!, 'Key'));
    const ideas = otherIdeas(table, index, source);
    expect(ideas.requirement).toBe('Owns the forecast roll-up');
    expect(ideas.swappable).toBe(true);
    expect(ideas.reason).toBeNull();
    expect(ideas.current?.id).toMatch(/^forecasting\//);
    const inPlan = new Set(table.rows.map((r) => parseSuggestionCell(valueAt(table, r, 'Suggestion'))?.id));
    expect(ideas.options.length).toBeGreaterThan(0);
    for (const option of ideas.options) expect(inPlan.has(option.id)).toBe(false);
    expect(ideas.options.map((o) => o.scope)).toContain('area');
    expect(
      ideas.options.filter((o) => o.scope === 'skill').every((o) => o.id.startsWith('forecasting/')),
    ).toBe(true);
    for (const option of ideas.options) {
      expect(option.successMeasure).not.toBe('');
      expect(option.effortHours).toBeGreaterThan(0);
      if (option.resource) expect(option.resource.url).toMatch(/^https:\/\//);
    }
  });

  it('says why a row people wrote or edited cannot be swapped', () => {
    const table = plan();
    const mine = otherIdeas(table, findActionRow(table, 'mine'), source);
    expect(mine).toMatchObject({ swappable: false, reason: NOT_GENERATED, current: null });
    expect(mine.options.length).toBeGreaterThan(0);
    const edited = edit(table, 0, 'Action', 'My own words');
    expect(otherIdeas(edited, 0, source)).toMatchObject({ swappable: false, reason: EDITED });
  });

  it('finds no row for an unknown key', () => {
    expect(findActionRow(plan(), 'act:nothing')).toBe(-1);
  });
});

describe('planSwap', () => {
  it('writes the new action, its type, helper, resource, effort, success measure and fingerprint', () => {
    const table = plan();
    const ideas = otherIdeas(table, 0, source);
    const other = ideas.options.find((o) => o.kind === 'Hands-on project')!;
    const swap = planSwap(table, 0, other.id, source, today);
    if (!swap.ok) throw new Error(swap.message);
    const written = Object.fromEntries(swap.writes.map((w) => [w.header, w.value]));
    expect(written).toMatchObject({
      Action: other.action,
      Type: 'Hands-on project',
      'Who helps': other.helper,
      'Effort (hours)': other.effortHours,
      'Success measure': other.successMeasure,
    });
    expect(Object.keys(written)).not.toContain('Status');
    expect(Object.keys(written)).not.toContain('Priority');
    // The row as it now reads is untouched again, under the new suggestion.
    let after = table;
    for (const w of swap.writes) after = edit(after, 0, w.header, w.value);
    expect(isUntouched(after, after.rows[0]!)).toBe(true);
    expect(parseSuggestionCell(valueAt(after, after.rows[0]!, 'Suggestion'))?.id).toBe(other.id);
    // The due date stays unless the new action needs longer than is left.
    const due = (written['Due date'] ?? valueAt(table, table.rows[0]!, 'Due date')) as Date;
    expect(dayNumber(due)).toBeGreaterThanOrEqual(dayNumber(today) + other.weeks * 7);
  });

  it('refuses an edited row, a row people wrote, and an idea that is not one of the others', () => {
    const table = plan();
    const other = otherIdeas(table, 0, source).options[0]!;
    expect(planSwap(edit(table, 0, 'Status', 'In progress'), 0, other.id, source, today)).toEqual({
      ok: false,
      kind: 'edited',
      message: EDITED,
    });
    expect(planSwap(table, findActionRow(table, 'mine'), other.id, source, today)).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    const inPlan = parseSuggestionCell(valueAt(table, table.rows[1]!, 'Suggestion'))!.id;
    expect(planSwap(table, 0, inPlan, source, today)).toMatchObject({ ok: false, kind: 'invalid' });
    expect(planSwap(table, 0, 'pricing/not-a-suggestion', source, today)).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    expect(planSwap(table, 99, other.id, source, today)).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('finishes a swap that stopped after its Suggestion cell, and writes nothing for one already done', () => {
    const table = plan();
    const other = otherIdeas(table, 0, source).options.find((o) => o.kind === 'Hands-on project')!;
    const swap = planSwap(table, 0, other.id, source, today);
    if (!swap.ok) throw new Error(swap.message);
    // The Suggestion cell and the action went in, the rest did not.
    let half = table;
    for (const w of swap.writes.filter((w) => w.header === 'Suggestion' || w.header === 'Action'))
      half = edit(half, 0, w.header, w.value);
    expect(isUntouched(half, half.rows[0]!)).toBe(false);
    const rest = planSwap(half, 0, other.id, source, today);
    if (!rest.ok) throw new Error(rest.message);
    expect(rest.writes.map((w) => w.header).sort()).toEqual(
      swap.writes
        .map((w) => w.header)
        .filter((h) => h !== 'Suggestion' && h !== 'Action')
        .sort(),
    );
    let done = half;
    for (const w of rest.writes) done = edit(done, 0, w.header, w.value);
    expect(planSwap(done, 0, other.id, source, today)).toMatchObject({ ok: true, writes: [] });

    // A person who edited the half-swapped row owns it: it is not finished over their edit.
    expect(planSwap(edit(half, 0, 'Status', 'In progress'), 0, other.id, source, today)).toMatchObject({
      ok: false,
      kind: 'edited',
    });
  });
});
