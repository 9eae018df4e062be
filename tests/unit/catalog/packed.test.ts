/**
 * The compact forms the catalog and the suggestion library ship in: expanding what was packed gives
 * back exactly the authored objects (after the JSON trip the pack makes), and the packers refuse
 * data their form would lose, naming the entry.
 */
import type { Catalog } from '../../../src/core/catalog';
import { catalog } from '../../../src/catalog';
import { expandCatalog, levelUrl, packCatalog } from '../../../src/catalog/packedCatalog';
import { SUGGESTION_LIBRARY } from '../../../src/catalog/suggestions';
import { SUGGESTION_KINDS } from '../../../src/catalog/suggestions/schema';
import { expandSuggestionLibrary, packSuggestionLibrary } from '../../../src/catalog/suggestions/packed';
import type { SuggestionLibrary } from '../../../src/catalog/suggestions/types';

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const family = (levels: Catalog['families'][number]['levels']): Catalog => ({
  families: [{ id: 'ops', name: 'Operations', team: 'Ops', url: 'https://example.com/ops/', levels }],
});

describe('the catalog pack', () => {
  it('expands to exactly the authored catalog', () => {
    expect(expandCatalog(viaJson(packCatalog(catalog)))).toStrictEqual(catalog);
  });

  it('leaves out only the level addresses the handbook anchors derive', () => {
    const derived = 'https://example.com/ops/#senior-analyst-sales';
    const given = 'https://example.com/ops/#senior-analyst';
    const levels = [
      { id: 'a', title: 'Senior Analyst, Sales', grade: 7, url: derived, requirements: [] },
      { id: 'b', title: 'Senior Analyst, Sales', grade: 7, url: given, requirements: [] },
      { id: 'c', title: 'Analyst', grade: 6, url: 'https://example.com/ops/', requirements: [] },
    ];
    expect(levelUrl({ url: 'https://example.com/ops/' }, 'Senior Analyst, Sales')).toBe(derived);
    const packed = packCatalog(family(levels));
    expect(packed.families[0]?.[4].map((level) => level[4])).toEqual([
      undefined,
      given,
      'https://example.com/ops/',
    ]);
    expect(expandCatalog(viaJson(packed))).toStrictEqual(family(levels));
  });

  it('keeps a skill id that comes with two areas, each with its own', () => {
    const levels = [
      {
        id: 'a',
        title: 'Analyst',
        grade: 6,
        url: 'https://example.com/ops/#analyst',
        requirements: [
          { id: 'reporting', area: 'analysis' as const, text: 'Builds reports' },
          { id: 'reporting', area: 'communication' as const, text: 'Presents reports' },
          { id: 'reporting', area: 'analysis' as const, text: 'Checks reports' },
        ],
      },
    ];
    const packed = packCatalog(family(levels));
    expect(packed.skills).toEqual([
      ['reporting', 1],
      ['reporting', 6],
    ]);
    expect(expandCatalog(viaJson(packed))).toStrictEqual(family(levels));
  });

  it('refuses a field the pack would lose, naming where', () => {
    const levels = [
      {
        id: 'a',
        title: 'Analyst',
        grade: 6,
        url: 'https://example.com/ops/#analyst',
        requirements: [{ id: 'x', area: 'analysis' as const, text: 'T', areaLabel: 'Other' }],
      },
    ];
    expect(() => packCatalog(family(levels))).toThrow(
      'Level "ops/a", requirement "x" has "areaLabel", which the catalog pack does not carry: add it to src/catalog/packedCatalog.ts.',
    );
    const withNote = { ...family([]), families: [{ ...family([]).families[0]!, note: 'new' }] };
    expect(() => packCatalog(withNote)).toThrow('Family "ops" has "note"');
  });
});

describe('the suggestions pack', () => {
  it('expands to exactly the authored library, in its order', () => {
    const expanded = expandSuggestionLibrary(viaJson(packSuggestionLibrary(SUGGESTION_LIBRARY)));
    expect(expanded).toStrictEqual(SUGGESTION_LIBRARY);
    expect(expanded.skills.map((s) => s.id)).toEqual(SUGGESTION_LIBRARY.skills.map((s) => s.id));
  });

  it('names each skill once per run of its entries, and a kind by a number', () => {
    const packed = packSuggestionLibrary(SUGGESTION_LIBRARY);
    const runs = packed.skills.map(([skill]) => skill);
    expect(new Set(runs).size).toBe(runs.length);
    expect(packed.skills[0]?.[1][0]?.slice(0, 2)).toEqual([
      SUGGESTION_LIBRARY.skills[0]?.id.split('/')[1],
      SUGGESTION_KINDS.indexOf(SUGGESTION_LIBRARY.skills[0]!.kind),
    ]);
  });

  it('keeps entries of one skill apart when another skill comes between them', () => {
    const entry = (skill: string, name: string) => ({
      id: `${skill}/${name}`,
      skill,
      kind: 'Mentorship' as const,
      action: 'Do it.',
      successMeasure: 'Done.',
      helper: 'Me',
      effortHours: 2,
      weeks: 1,
    });
    const library: SuggestionLibrary = {
      skills: [entry('a', 'one'), entry('b', 'two'), { ...entry('a', 'three'), resource: 'mentoring' }],
      areas: [],
    };
    const packed = packSuggestionLibrary(library);
    expect(packed.skills.map(([skill]) => skill)).toEqual(['a', 'b', 'a']);
    expect(expandSuggestionLibrary(viaJson(packed))).toStrictEqual(library);
  });

  it('refuses what it would not restore, naming the suggestion', () => {
    const base = SUGGESTION_LIBRARY.skills[0]!;
    const pack = (skills: SuggestionLibrary['skills']) => () => packSuggestionLibrary({ skills, areas: [] });
    expect(pack([{ ...base, skill: 'other-skill' }])).toThrow(
      `Suggestion "${base.id}" does not start with "other-skill/", which its pack derives it from.`,
    );
    expect(pack([{ ...base, tags: ['x'] } as typeof base])).toThrow(
      `Suggestion "${base.id}" has "tags", which the suggestions pack does not carry`,
    );
    const area = SUGGESTION_LIBRARY.areas[0]!;
    expect(() => packSuggestionLibrary({ skills: [], areas: [{ ...area, area: 'leadership' }] })).toThrow(
      'does not start with "area/leadership/"',
    );
  });
});
