/**
 * The suggestion library in the compact form it ships in (the `suggestions` pack of
 * src/catalog/packs.ts). What is derivable is left out: a suggestion's skill is its id's prefix and
 * an area suggestion's area the id's middle part, so consecutive entries of one skill (or area) share
 * one run that names it once, each entry keeping only the rest of its id. Entries are tuples, and a
 * kind is its index in KINDS. `expandSuggestionLibrary` restores exactly the objects
 * `packSuggestionLibrary` was given, in their order (tests/unit/catalog).
 *
 * Pure, and free of the library's data: the runtime imports this to expand the pack.
 */
import type { AreaId } from '../../core/catalog';
import type { ResourceId } from '../resources';
import type { AreaSuggestion, Suggestion, SuggestionKind, SuggestionLibrary } from './types';

const KINDS: readonly SuggestionKind[] = ['Hands-on project', 'Mentorship', 'Learning'];

/** The fields every entry has, in tuple order after its name and kind; `resource` may follow. */
type PackedEntry =
  | [
      name: string,
      kind: number,
      action: string,
      successMeasure: string,
      helper: string,
      effortHours: number,
      weeks: number,
    ]
  | [
      name: string,
      kind: number,
      action: string,
      successMeasure: string,
      helper: string,
      effortHours: number,
      weeks: number,
      resource: ResourceId,
    ];
/** Consecutive entries of one skill (or area): [skill or area id, entries]. */
type Run = [group: string, entries: PackedEntry[]];

export interface PackedSuggestionLibrary {
  skills: Run[];
  areas: Run[];
}

type Fields = Omit<Suggestion, 'id' | 'skill' | 'kind'>;
const FIELD_KEYS = ['action', 'successMeasure', 'helper', 'effortHours', 'weeks', 'resource'];

function packEntry(name: string, entry: Suggestion | AreaSuggestion, known: readonly string[]): PackedEntry {
  const extra = Object.keys(entry).filter(
    (key) =>
      !known.includes(key) &&
      !FIELD_KEYS.includes(key) &&
      (entry as unknown as Record<string, unknown>)[key] !== undefined,
  );
  if (extra.length > 0)
    throw new Error(
      `Suggestion "${entry.id}" has ${extra.map((k) => `"${k}"`).join(', ')}, which the suggestions pack does not carry: add it to src/catalog/suggestions/packed.ts.`,
    );
  const kind = KINDS.indexOf(entry.kind);
  if (kind < 0) throw new Error(`Suggestion "${entry.id}" has the unknown kind "${entry.kind}".`);
  const fields = [
    name,
    kind,
    entry.action,
    entry.successMeasure,
    entry.helper,
    entry.effortHours,
    entry.weeks,
  ] as const;
  return entry.resource === undefined ? [...fields] : [...fields, entry.resource];
}

/** Packs entries into runs by `group`, each entry's id being `<prefix><group>/<name>`. */
function packRuns<T extends Suggestion | AreaSuggestion>(
  entries: readonly T[],
  group: (entry: T) => string,
  prefix: string,
  known: readonly string[],
): Run[] {
  const runs: Run[] = [];
  for (const entry of entries) {
    const id = group(entry);
    const start = `${prefix}${id}/`;
    const name = entry.id.slice(start.length);
    if (!entry.id.startsWith(start) || name === '')
      throw new Error(
        `Suggestion "${entry.id}" does not start with "${start}", which its pack derives it from.`,
      );
    const last = runs[runs.length - 1];
    const packed = packEntry(name, entry, known);
    if (last?.[0] === id) last[1].push(packed);
    else runs.push([id, [packed]]);
  }
  return runs;
}

export function packSuggestionLibrary(library: SuggestionLibrary): PackedSuggestionLibrary {
  return {
    skills: packRuns(library.skills, (s) => s.skill, '', ['id', 'skill', 'kind']),
    areas: packRuns(library.areas, (s) => s.area, 'area/', ['id', 'area', 'kind']),
  };
}

function expandFields([
  ,
  ,
  action,
  successMeasure,
  helper,
  effortHours,
  weeks,
  resource,
]: PackedEntry): Fields {
  const fields = { action, successMeasure, helper, effortHours, weeks };
  return resource === undefined ? fields : { ...fields, resource };
}

export function expandSuggestionLibrary(packed: PackedSuggestionLibrary): SuggestionLibrary {
  return {
    skills: packed.skills.flatMap(([skill, entries]) =>
      entries.map((entry): Suggestion => ({
        id: `${skill}/${entry[0]}`,
        skill,
        kind: KINDS[entry[1]] as SuggestionKind,
        ...expandFields(entry),
      })),
    ),
    areas: packed.areas.flatMap(([area, entries]) =>
      entries.map((entry): AreaSuggestion => ({
        id: `area/${area}/${entry[0]}`,
        area: area as AreaId,
        kind: KINDS[entry[1]] as SuggestionKind,
        ...expandFields(entry),
      })),
    ),
  };
}
