/**
 * The role catalog in the compact form it ships in (the `catalog` pack of src/catalog/packs.ts):
 * families, levels and requirements as tuples instead of objects with their keys repeated, each
 * requirement's skill id and area once in a table, and a level's handbook address left out when it
 * is the family page's address with the anchor the handbook derives from the level's title.
 * `expandCatalog` restores exactly the objects `packCatalog` was given (tests/unit/catalog).
 *
 * Pure, and free of the catalog data: the runtime imports this to expand the pack.
 */
import { AREA_IDS, type AreaId, type Catalog, type Family, type Level } from '../core/catalog';

/** [requirement id, index of its area in AREA_IDS]. */
type PackedSkill = [id: string, area: number];
/** [index in the skill table, text]. */
type PackedRequirement = [skill: number, text: string];
/** The url only when it is not the derived one. */
type PackedLevel =
  | [id: string, title: string, grade: number, requirements: PackedRequirement[]]
  | [id: string, title: string, grade: number, requirements: PackedRequirement[], url: string];
type PackedFamily = [id: string, name: string, team: string, url: string, levels: PackedLevel[]];

export interface PackedCatalog {
  skills: PackedSkill[];
  families: PackedFamily[];
}

const FAMILY_KEYS = ['id', 'name', 'team', 'url', 'levels'];
const LEVEL_KEYS = ['id', 'title', 'grade', 'url', 'requirements'];
const REQUIREMENT_KEYS = ['id', 'area', 'text'];

/** The address of a level's section on its family's handbook page, as the handbook anchors headings. */
export function levelUrl(family: Pick<Family, 'url'>, title: string): string {
  const anchor = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${family.url}#${anchor}`;
}

/** Refuses a field the compact form does not carry: it would be lost on the way to the script. */
function onlyKeys(value: object, keys: readonly string[], where: string): void {
  const extra = Object.keys(value).filter(
    (key) => !keys.includes(key) && (value as Record<string, unknown>)[key] !== undefined,
  );
  if (extra.length > 0)
    throw new Error(
      `${where} has ${extra.map((k) => `"${k}"`).join(', ')}, which the catalog pack does not carry: add it to src/catalog/packedCatalog.ts.`,
    );
}

export function packCatalog(catalog: Catalog): PackedCatalog {
  onlyKeys(catalog, ['families'], 'The catalog');
  const skills: PackedSkill[] = [];
  const skillIndex = new Map<string, number>();
  const skillOf = (id: string, area: AreaId): number => {
    const key = `${id} ${area}`;
    let index = skillIndex.get(key);
    if (index === undefined) {
      index = skills.push([id, AREA_IDS.indexOf(area)]) - 1;
      skillIndex.set(key, index);
    }
    return index;
  };
  const families = catalog.families.map((family): PackedFamily => {
    onlyKeys(family, FAMILY_KEYS, `Family "${family.id}"`);
    const levels = family.levels.map((level): PackedLevel => {
      const where = `Level "${family.id}/${level.id}"`;
      onlyKeys(level, LEVEL_KEYS, where);
      const requirements = level.requirements.map((r): PackedRequirement => {
        onlyKeys(r, REQUIREMENT_KEYS, `${where}, requirement "${r.id}"`);
        if (!AREA_IDS.includes(r.area)) throw new Error(`${where}: unknown area "${r.area}".`);
        return [skillOf(r.id, r.area), r.text];
      });
      const head = [level.id, level.title, level.grade, requirements] as const;
      return level.url === levelUrl(family, level.title) ? [...head] : [...head, level.url];
    });
    return [family.id, family.name, family.team, family.url, levels];
  });
  return { skills, families };
}

export function expandCatalog(packed: PackedCatalog): Catalog {
  const skills = packed.skills.map(([id, area]) => ({ id, area: AREA_IDS[area] as AreaId }));
  return {
    families: packed.families.map(([id, name, team, url, levels]) => {
      const family = { id, name, team, url };
      return {
        ...family,
        levels: levels.map(([levelId, title, grade, requirements, levelUrlGiven]): Level => ({
          id: levelId,
          title,
          grade,
          url: levelUrlGiven ?? levelUrl(family, title),
          requirements: requirements.map(([skill, text]) => {
            const { id: requirementId, area } = skills[skill] as { id: string; area: AreaId };
            return { id: requirementId, area, text };
          }),
        })),
      };
    }),
  };
}
