import { SKILL_LEXICON } from '../../../src/catalog/skillLexicon';
import { SKILLS } from '../../../src/catalog/skills';
import { SUGGESTION_LIBRARY } from '../../../src/catalog/suggestions';
import { createSkillMatcher, type SkillTerms } from '../../../src/core/skillMatch';
import {
  createSuggestionLookup,
  skillOfRequirement,
  suggestionsFor,
  type SuggestionLibraryOf,
} from '../../../src/core/suggestionLookup';
import type { AreaId } from '../../../src/core/catalog';
import type { ActionType } from '../../../src/core/vocabulary';
import { ACTION_TYPES } from '../../../src/core/vocabulary';

interface Entry {
  id: string;
  kind: ActionType;
}
const skillEntry = (id: string, skill: string, kind: ActionType) => ({ id, skill, kind });
const areaEntry = (id: string, area: AreaId, kind: ActionType) => ({ id, area, kind });

/** Authored out of kind order on purpose: the look-up groups by kind and keeps order within one. */
const library: SuggestionLibraryOf<Entry & { skill: string }, Entry & { area: AreaId }> = {
  skills: [
    skillEntry('forecasting/course', 'forecasting', 'Learning'),
    skillEntry('forecasting/roll-up', 'forecasting', 'Hands-on project'),
    skillEntry('forecasting/shadow', 'forecasting', 'Mentorship'),
    skillEntry('forecasting/second-project', 'forecasting', 'Hands-on project'),
    skillEntry('pricing/model', 'pricing', 'Hands-on project'),
  ],
  areas: [
    areaEntry('area/analysis/learn', 'analysis', 'Learning'),
    areaEntry('area/analysis/do', 'analysis', 'Hands-on project'),
    areaEntry('area/analysis/pair', 'analysis', 'Mentorship'),
    areaEntry('area/commercial/do', 'commercial', 'Hands-on project'),
    areaEntry('area/commercial/pair', 'commercial', 'Mentorship'),
    areaEntry('area/commercial/learn', 'commercial', 'Learning'),
  ],
};
const ids = (list: Entry[]) => list.map((e) => e.id);

describe('suggestionsFor', () => {
  it("gives a skill's own suggestions, hands-on first, then mentorship, then learning, in authored order", () => {
    expect(ids(suggestionsFor(library, 'forecasting', 'analysis'))).toEqual([
      'forecasting/roll-up',
      'forecasting/second-project',
      'forecasting/shadow',
      'forecasting/course',
    ]);
  });

  it('gives only the kind asked for', () => {
    expect(ids(suggestionsFor(library, 'forecasting', 'analysis', 'Hands-on project'))).toEqual([
      'forecasting/roll-up',
      'forecasting/second-project',
    ]);
    expect(ids(suggestionsFor(library, 'forecasting', null, 'Learning'))).toEqual(['forecasting/course']);
  });

  it("falls back to the area's suggestions for each kind the skill has none of", () => {
    expect(ids(suggestionsFor(library, 'pricing', 'commercial'))).toEqual([
      'pricing/model',
      'area/commercial/pair',
      'area/commercial/learn',
    ]);
    expect(ids(suggestionsFor(library, 'pricing', 'commercial', 'Mentorship'))).toEqual([
      'area/commercial/pair',
    ]);
  });

  it('gives the area-level suggestions to a requirement no skill matched, and nothing without an area', () => {
    expect(ids(suggestionsFor(library, null, 'analysis'))).toEqual([
      'area/analysis/do',
      'area/analysis/pair',
      'area/analysis/learn',
    ]);
    expect(ids(suggestionsFor(library, 'no-such-skill', 'analysis', 'Learning'))).toEqual([
      'area/analysis/learn',
    ]);
    expect(suggestionsFor(library, null, null)).toEqual([]);
    expect(suggestionsFor(library, 'pricing', null, 'Learning')).toEqual([]);
  });

  it('answers the same on every call, whatever a caller does with an earlier answer', () => {
    const first = suggestionsFor(library, 'forecasting', 'analysis');
    first.reverse();
    first.pop();
    expect(ids(suggestionsFor(library, 'forecasting', 'analysis'))).toEqual([
      'forecasting/roll-up',
      'forecasting/second-project',
      'forecasting/shadow',
      'forecasting/course',
    ]);
    const lookup = createSuggestionLookup(library);
    expect(lookup('pricing', 'commercial')).toEqual(suggestionsFor(library, 'pricing', 'commercial'));
  });

  it('returns the entries themselves, with every field the catalog gives them', () => {
    const [first] = suggestionsFor(SUGGESTION_LIBRARY, 'forecasting', 'analysis', 'Hands-on project');
    expect(first).toBe(SUGGESTION_LIBRARY.skills.find((s) => s.id === first?.id));
    expect(first && 'successMeasure' in first && first.successMeasure.length > 0).toBe(true);
    expect(first && 'helper' in first && first.helper.length > 0).toBe(true);
  });

  it('finds suggestions of every kind for every skill of the real library, all about that skill', () => {
    for (const skill of SKILLS) {
      for (const kind of ACTION_TYPES) {
        const found = suggestionsFor(SUGGESTION_LIBRARY, skill.id, skill.area, kind);
        expect(found.length).toBeGreaterThan(0);
        for (const entry of found) expect(entry).toEqual(expect.objectContaining({ skill: skill.id, kind }));
      }
    }
  });
});

describe('skillOfRequirement', () => {
  const skillIds = new Set(SKILLS.map((s) => s.id));
  const matcher = createSkillMatcher(SKILL_LEXICON);

  it("takes a catalog requirement's id as its skill, whatever its text says", () => {
    expect(
      skillOfRequirement(
        { id: 'pricing', area: 'commercial', text: 'Builds Tableau dashboards' },
        skillIds,
        matcher,
      ),
    ).toBe('pricing');
  });

  it('matches the text of a handbook requirement', () => {
    const requirement = {
      id: 'hb-1a2b3c',
      area: 'systems' as const,
      text: 'Experience with Zuora and Zuora CPQ.',
    };
    expect(skillOfRequirement(requirement, skillIds, matcher)).toBe('cpq-quoting');
    expect(
      skillOfRequirement({ ...requirement, text: 'SaaS and B2B experience preferred' }, skillIds, matcher),
    ).toBeNull();
  });

  it('breaks ties with the area, unless the area only stands in for "General"', () => {
    const lexicon: SkillTerms[] = [
      { skill: 'a', area: 'analysis', terms: ['forecast'] },
      { skill: 'b', area: 'process', terms: ['cadence'] },
    ];
    const tie = createSkillMatcher(lexicon);
    const requirement = { id: 'hb-x', area: 'process' as const, text: 'Forecast cadence' };
    expect(skillOfRequirement(requirement, skillIds, tie)).toBe('b');
    expect(skillOfRequirement({ ...requirement, areaLabel: 'General' }, skillIds, tie)).toBe('a');
  });

  it('gives a matched handbook requirement the specific suggestions of its skill', () => {
    const requirement = {
      id: 'hb-9f',
      area: 'analysis' as const,
      text: 'Strong Excel and Structured Query Language (SQL) experience',
    };
    const skill = skillOfRequirement(requirement, skillIds, matcher);
    expect(skill).toBe('data-analysis');
    const found = suggestionsFor(SUGGESTION_LIBRARY, skill, requirement.area);
    expect(found.every((s) => 'skill' in s && s.skill === 'data-analysis')).toBe(true);
    expect(new Set(found.map((s) => s.kind))).toEqual(new Set(ACTION_TYPES));
  });
});
