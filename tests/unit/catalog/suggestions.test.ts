import { catalog } from '../../../src/catalog';
import { RESOURCES } from '../../../src/catalog/resources';
import { SKILLS } from '../../../src/catalog/skills';
import { SUGGESTION_LIBRARY, SUGGESTIONS } from '../../../src/catalog/suggestions';
import { AREA_SUGGESTIONS } from '../../../src/catalog/suggestions/areas';
import {
  ACTION_MAX,
  checkSuggestionLibrary,
  describeGap,
  formatCoverage,
  SUGGESTION_KINDS,
} from '../../../src/catalog/suggestions/schema';
import type { AreaSuggestion, Suggestion } from '../../../src/catalog/suggestions/types';
import { AREA_IDS } from '../../../src/core/catalog';

/** The areas whose suggestions this change authored. */
const OWN_AREAS = new Set(['systems', 'analysis', 'planning', 'process']);
const areaOf = new Map(SKILLS.map((s) => [s.id, s.area]));

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A valid entry to break one field at a time. */
const good: Suggestion = {
  id: 'forecasting/weekly-roll-up',
  skill: 'forecasting',
  kind: 'Hands-on project',
  action: 'Prepare the weekly roll-up for one segment and walk your manager through the calls you changed.',
  successMeasure: 'The roll-up lands within the accuracy agreed at the start of the quarter.',
  helper: 'My manager',
  effortHours: 20,
  weeks: 12,
};
const goodArea: AreaSuggestion = {
  id: 'area/analysis/answer-a-question',
  area: 'analysis',
  kind: 'Learning',
  action: 'Take a course on spreadsheet analysis and rebuild one report you use every week with it.',
  successMeasure: 'Course finished, and the rebuilt report gives the same numbers.',
  helper: 'Me',
  effortHours: 10,
  weeks: 4,
  resource: 'linkedInLearning',
};

function errorsFor(skills: unknown[], areas: unknown[] = [goodArea]): string[] {
  const result = checkSuggestionLibrary({ skills, areas });
  expect(result.ok).toBe(result.errors.length === 0);
  return result.errors;
}

describe('the authored suggestion library', () => {
  const result = checkSuggestionLibrary(SUGGESTION_LIBRARY);

  it('is valid', () => {
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has at least one suggestion of each kind for every skill, and area-level ones for every area', () => {
    expect(result.coverage.gaps.map(describeGap)).toEqual([]);
    for (const area of result.coverage.areas) {
      for (const kind of SUGGESTION_KINDS) {
        expect(area.skillsWithKind[kind]).toBe(area.skills);
        expect(area.areaSuggestions[kind]).toBeGreaterThanOrEqual(1);
      }
    }
    expect(result.coverage.areas.map((a) => a.area)).toEqual(AREA_IDS);
  });

  it('keeps ids and actions unique after a round trip through JSON', () => {
    expect(checkSuggestionLibrary(copy(SUGGESTION_LIBRARY)).ok).toBe(true);
    const all = [...SUGGESTIONS, ...AREA_SUGGESTIONS];
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.action.toLowerCase())).size).toBe(all.length);
  });

  it("never pastes a catalog requirement's text into an action", () => {
    const texts = catalog.families.flatMap((f) =>
      f.levels.flatMap((l) => l.requirements.map((r) => r.text.toLowerCase())),
    );
    for (const s of [...SUGGESTIONS, ...AREA_SUGGESTIONS]) {
      const action = s.action.toLowerCase();
      expect(texts.filter((t) => action.includes(t))).toEqual([]);
    }
  });

  it('in the systems, analysis, planning and process areas, points to Trailhead only for Salesforce skills', () => {
    const own = SUGGESTIONS.filter((s) => OWN_AREAS.has(areaOf.get(s.skill) ?? ''));
    expect(own.length).toBeGreaterThanOrEqual(102);
    const trailhead = own.filter((s) => s.resource?.startsWith('trailhead'));
    expect(trailhead.length).toBeGreaterThan(0);
    for (const s of trailhead) expect(areaOf.get(s.skill)).toBe('systems');
  });

  it('uses only real resources with public links', () => {
    for (const s of [...SUGGESTIONS, ...AREA_SUGGESTIONS]) {
      if (s.resource) expect(RESOURCES[s.resource].url).toMatch(/^https:\/\//);
    }
  });
});

describe('checkSuggestionLibrary names the bad entry and field', () => {
  it('accepts a valid entry', () => {
    expect(errorsFor([good])).toEqual([]);
  });

  it.each<[string, Partial<Record<keyof Suggestion, unknown>>, string]>([
    [
      'an id of another skill',
      { id: 'pipeline-analysis/roll-up' },
      'id "pipeline-analysis/roll-up" must start with "forecasting/"',
    ],
    ['an id without a name', { id: 'forecasting' }, 'id "forecasting" must read <skill id>/<kebab name>'],
    ['an id that is not kebab-case', { id: 'forecasting/Roll_Up' }, 'must read <skill id>/<kebab name>'],
    [
      'a skill outside the vocabulary',
      { skill: 'juggling', id: 'juggling/x' },
      'skill "juggling" is not in the vocabulary',
    ],
    ['an unknown kind', { kind: 'Reading' }, 'kind "Reading" is not one of'],
    ['a missing kind', { kind: undefined }, 'kind is missing'],
    ['a short action', { action: 'Do the forecast.' }, 'action is 16 characters long (at least 40 needed)'],
    [
      'a long action',
      { action: `${'A'.repeat(ACTION_MAX)}.` },
      `action is ${ACTION_MAX + 1} characters long (at most ${ACTION_MAX} allowed)`,
    ],
    [
      'an action without a period',
      { action: 'Prepare the weekly roll-up for one segment with your manager' },
      'action must end with a period',
    ],
    [
      'an action in lower case',
      { action: 'prepare the weekly roll-up for one segment with your manager.' },
      'action must start with a capital letter',
    ],
    [
      'a requirement pasted after a colon',
      { action: 'Find someone who does this well and meet every other week: Owns the forecast.' },
      'action has text pasted after a colon',
    ],
    [
      "a catalog requirement's text",
      {
        action:
          'Practise until this is true of you: improves renewal forecast accuracy and explains the misses.',
      },
      'action contains the catalog requirement "improves renewal forecast accuracy and explains the misses"',
    ],
    ['spaces around the action', { action: ` ${good.action}` }, 'action has spaces at the start or end'],
    [
      'a long success measure',
      { successMeasure: 'x'.repeat(161) },
      'successMeasure is 161 characters long (at most 160 allowed)',
    ],
    ['an empty helper', { helper: ' ' }, 'helper is empty'],
    ['a long helper', { helper: 'x'.repeat(81) }, 'helper is 81 characters long (at most 80 allowed)'],
    ['no effort', { effortHours: 0 }, 'effortHours must be a whole number from 1 to 120 (got 0)'],
    ['too much effort', { effortHours: 121 }, 'effortHours must be a whole number from 1 to 120 (got 121)'],
    [
      'a fractional effort',
      { effortHours: 1.5 },
      'effortHours must be a whole number from 1 to 120 (got 1.5)',
    ],
    ['effort as text', { effortHours: '10' }, 'effortHours must be a number (got "10")'],
    ['too many weeks', { weeks: 27 }, 'weeks must be a whole number from 1 to 26 (got 27)'],
    ['an unknown resource', { resource: 'youtube' }, 'resource "youtube" is not a known resource'],
  ])('%s', (_what, change, message) => {
    const entry = { ...good, ...change };
    const errors = errorsFor([entry]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(errors[0]).toMatch(/^suggestion /);
  });

  it('reports a misspelt field instead of dropping it', () => {
    expect(errorsFor([{ ...good, sucessMeasure: 'x' }])).toEqual([
      `suggestion "${good.id}": has unknown field "sucessMeasure"`,
    ]);
  });

  it('names an entry by its position when it has no id', () => {
    const { id: _id, ...withoutId } = good;
    expect(errorsFor([good, withoutId])[0]).toMatch(/^suggestion 2: id is missing/);
  });

  it('reports an id, action or success measure used twice', () => {
    const again = { ...good, id: 'forecasting/other' };
    expect(errorsFor([good, again])).toEqual([
      `suggestion "forecasting/other": same action as suggestion "${good.id}"`,
      `suggestion "forecasting/other": same successMeasure as suggestion "${good.id}"`,
    ]);
    const sameId = { ...good, action: `${good.action.slice(0, -1)} twice.`, successMeasure: 'Other.' };
    expect(errorsFor([good, sameId])).toEqual([
      `suggestion "${good.id}": same id as suggestion "${good.id}"`,
    ]);
    // Case and spacing do not make an action different.
    const shouted = {
      ...good,
      id: 'forecasting/loud',
      action: good.action.toUpperCase().replace(/\.$/, '.'),
      successMeasure: 'Loud.',
    };
    expect(errorsFor([good, shouted])).toEqual([
      `suggestion "forecasting/loud": same action as suggestion "${good.id}"`,
    ]);
  });

  it('checks area-level suggestions the same way, with their own id shape', () => {
    expect(errorsFor([good], [{ ...goodArea, id: 'analysis/answer' }])).toEqual([
      'area suggestion "analysis/answer": id "analysis/answer" must start with "area/analysis/"',
    ]);
    expect(errorsFor([good], [{ ...goodArea, area: 'sales', id: 'area/sales/x' }])[0]).toContain(
      'area "sales" is not one of',
    );
    expect(
      errorsFor([good], [{ ...goodArea, action: 'Learn this: Owns the forecast for a region.' }])[0],
    ).toContain('action has text pasted after a colon');
  });

  it('refuses data that is not a list', () => {
    expect(checkSuggestionLibrary({ skills: {}, areas: null }).errors).toEqual([
      'suggestions must be a list',
      'area suggestions must be a list',
    ]);
  });
});

describe('coverage', () => {
  it('names each skill that lacks a kind, and each area without an area-level kind', () => {
    const skills = SUGGESTIONS.filter((s) => !(s.skill === 'pricing' && s.kind === 'Mentorship'));
    const areas = AREA_SUGGESTIONS.filter((a) => !(a.area === 'programs' && a.kind === 'Learning'));
    const result = checkSuggestionLibrary({ skills, areas });
    // A gap is not an invalid entry: the build goes on, catalog:check fails.
    expect(result.ok).toBe(true);
    expect(result.coverage.gaps.map(describeGap)).toEqual([
      'skill "pricing" (commercial) has no Mentorship suggestion',
      'area "programs" has no area-level Learning suggestion',
    ]);
    const commercial = result.coverage.areas.find((a) => a.area === 'commercial');
    expect(commercial?.skillsWithKind).toEqual({ 'Hands-on project': 10, Mentorship: 9, Learning: 10 });
  });

  it('counts an entry with an unknown kind nowhere', () => {
    const skills = SUGGESTIONS.map((s) => (s.skill === 'onboarding' ? { ...s, kind: 'Reading' } : s));
    const result = checkSuggestionLibrary({ skills, areas: AREA_SUGGESTIONS });
    expect(result.ok).toBe(false);
    expect(result.coverage.gaps.map(describeGap)).toEqual(
      SUGGESTION_KINDS.map((kind) => `skill "onboarding" (enablement) has no ${kind} suggestion`),
    );
  });

  it('prints one line per area and a total, skills x kinds', () => {
    const lines = formatCoverage(checkSuggestionLibrary(SUGGESTION_LIBRARY).coverage);
    expect(lines).toHaveLength(1 + AREA_IDS.length + 1);
    expect(lines[0]).toMatch(/area\s+skills\s+suggestions\s+Hands-on project\s+Mentorship\s+Learning/);
    expect(lines[1]).toMatch(/^ {2}systems\s+10\s+\d+\s+10\/10\s+10\/10\s+10\/10\s+1\/1\/1$/);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^ {2}all areas\\s+${SKILLS.length}\\s+${SUGGESTIONS.length}\\s`),
    );
  });
});
