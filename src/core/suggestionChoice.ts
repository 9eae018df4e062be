/**
 * Which authored suggestions fit a requirement of the plan, and how a suggestion reads in the Action
 * Plan's cells. The library comes in as data (the Growth Plan unpacks it), so this stays pure.
 */
import { AREAS, AREA_IDS, type AreaId } from './catalog';
import { normalizeText } from './cells';
import { isRequirementKey } from './requirementsImport';
import { suggestionsFor, type SuggestionLibraryOf } from './suggestionLookup';
import type { ActionType } from './vocabulary';

/** What a generated action is made of: the catalog's suggestion entries carry exactly this. */
export interface SuggestionContent {
  readonly id: string;
  readonly kind: ActionType;
  readonly action: string;
  readonly successMeasure: string;
  readonly helper: string;
  readonly effortHours: number;
  readonly weeks: number;
  readonly resource?: string;
}

export interface SkillSuggestionContent extends SuggestionContent {
  readonly skill: string;
}

export interface AreaSuggestionContent extends SuggestionContent {
  readonly area: AreaId;
}

export type SuggestionLibraryContent = SuggestionLibraryOf<SkillSuggestionContent, AreaSuggestionContent>;

export interface ResourceLink {
  readonly name: string;
  readonly url: string;
}

/** The library and what goes with it, as the Growth Plan hands them to the core. */
export interface SuggestionSource {
  readonly library: SuggestionLibraryContent;
  /** The skill a requirement's text names, for requirements whose key names none (handbook, typed). */
  matchSkill(text: string, areaHint: AreaId | null): string | null;
  readonly resources: Readonly<Record<string, ResourceLink>>;
}

/** Where a requirement's suggestions come from: its skill when one is known, and its area. */
export interface SuggestionTopic {
  skill: string | null;
  area: AreaId;
}

/**
 * The area whose suggestions serve a requirement in none of ours (a handbook line shown as
 * "General", a row a person typed): the same stand-in the handbook import files such text under.
 */
export const FALLBACK_AREA: AreaId = 'process';

const areaByLabel = new Map<string, AreaId>(AREA_IDS.map((id) => [normalizeText(AREAS[id]), id]));

/** The area an Area cell names, or null ("General", a person's own label, blank). */
export function areaOfLabel(label: string): AreaId | null {
  return areaByLabel.get(normalizeText(label)) ?? null;
}

const skillIdSets = new WeakMap<object, ReadonlySet<string>>();

function skillIdsOf(library: SuggestionLibraryContent): ReadonlySet<string> {
  let ids = skillIdSets.get(library);
  if (!ids) {
    ids = new Set(library.skills.map((s) => s.skill));
    skillIdSets.set(library, ids);
  }
  return ids;
}

/**
 * The topic of a requirement row: a catalog requirement's key names its skill; other text is matched
 * to a skill by its words, with its area as the tie-break.
 */
export function topicOf(
  requirementKey: string,
  text: string,
  areaLabel: string,
  source: SuggestionSource,
): SuggestionTopic {
  const area = areaOfLabel(areaLabel);
  const id = isRequirementKey(requirementKey)
    ? requirementKey.slice(requirementKey.lastIndexOf(':') + 1)
    : '';
  const skill = skillIdsOf(source.library).has(id) ? id : source.matchSkill(text, area);
  return { skill, area: area ?? FALLBACK_AREA };
}

/** The suggestions of one kind for a topic: the skill's own first, then its area's. */
export function candidates(
  topic: SuggestionTopic,
  kind: ActionType,
  source: SuggestionSource,
): SuggestionContent[] {
  const own = topic.skill === null ? [] : suggestionsFor(source.library, topic.skill, null, kind);
  return [...own, ...suggestionsFor(source.library, null, topic.area, kind)];
}

/** The Resource cell: the resource's name and its public address. */
export function resourceText(suggestion: SuggestionContent, source: SuggestionSource): string {
  const resource = suggestion.resource === undefined ? undefined : source.resources[suggestion.resource];
  return resource ? `${resource.name} (${resource.url})` : '';
}

/** The Who helps cell: the library's "Me" means no one else is needed. */
export function helperText(helper: string): string {
  return helper === 'Me' ? 'On my own' : helper;
}
