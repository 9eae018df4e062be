/**
 * Looks up the authored suggestions for a requirement: the suggestions of its skill, and for a kind
 * the skill has none of (or a requirement no skill matched) the area-level ones. The library is
 * passed in, so this stays pure and the catalog's data never reaches code that does not need it.
 */
import type { AreaId, Requirement } from './catalog';
import type { SkillMatcher } from './skillMatch';
import { ACTION_TYPES, type ActionType } from './vocabulary';

/** What the look-up needs of a skill's suggestion; the catalog's entries carry more. */
export interface SkillSuggestionEntry {
  readonly id: string;
  readonly skill: string;
  readonly kind: ActionType;
}

/** What the look-up needs of an area-level suggestion. */
export interface AreaSuggestionEntry {
  readonly id: string;
  readonly area: AreaId;
  readonly kind: ActionType;
}

export interface SuggestionLibraryOf<S extends SkillSuggestionEntry, A extends AreaSuggestionEntry> {
  readonly skills: readonly S[];
  readonly areas: readonly A[];
}

export type SuggestionLookup<S, A> = (
  skillId: string | null,
  area: AreaId | null,
  kind?: ActionType,
) => (S | A)[];

/** `list` grouped by key, each group in the list's order. */
function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Indexes a library once. The look-up answers, for each kind asked (one, or all three in 70-20-10
 * order: hands-on, mentorship, learning), the skill's suggestions of that kind when it has any, and
 * otherwise the area's; in the library's order within a kind. Unknown skill and no area: nothing.
 */
export function createSuggestionLookup<S extends SkillSuggestionEntry, A extends AreaSuggestionEntry>(
  library: SuggestionLibraryOf<S, A>,
): SuggestionLookup<S, A> {
  const bySkill = groupBy(library.skills, (s) => `${s.skill}\n${s.kind}`);
  const byArea = groupBy(library.areas, (a) => `${a.area}\n${a.kind}`);
  return (skillId, area, kind) => {
    const kinds = kind === undefined ? ACTION_TYPES : [kind];
    return kinds.flatMap((k): (S | A)[] => {
      const own = skillId === null ? undefined : bySkill.get(`${skillId}\n${k}`);
      if (own) return [...own];
      return area === null ? [] : [...(byArea.get(`${area}\n${k}`) ?? [])];
    });
  };
}

const lookups = new WeakMap<object, SuggestionLookup<unknown, unknown>>();

/** The suggestions for a skill (or, failing that, its area), as createSuggestionLookup describes. */
export function suggestionsFor<S extends SkillSuggestionEntry, A extends AreaSuggestionEntry>(
  library: SuggestionLibraryOf<S, A>,
  skillId: string | null,
  area: AreaId | null,
  kind?: ActionType,
): (S | A)[] {
  let lookup = lookups.get(library) as SuggestionLookup<S, A> | undefined;
  if (!lookup) {
    lookup = createSuggestionLookup(library);
    lookups.set(library, lookup);
  }
  return lookup(skillId, area, kind);
}

/**
 * The skill a requirement stands for. A catalog requirement's id is its skill; a requirement from a
 * handbook page has an id of its own, so its text is matched, with its area as the tie-break (none
 * when the area is only the stand-in given to text that fits no area, shown as "General").
 */
export function skillOfRequirement(
  requirement: Pick<Requirement, 'id' | 'text' | 'area' | 'areaLabel'>,
  skillIds: ReadonlySet<string>,
  matcher: SkillMatcher,
): string | null {
  if (skillIds.has(requirement.id)) return requirement.id;
  const hint = requirement.areaLabel === undefined ? requirement.area : null;
  return matcher(requirement.text, hint)?.skillId ?? null;
}
