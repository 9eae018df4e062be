/**
 * Pure role-picker logic: searching and grouping the role list. No DOM here, so it is unit tested
 * on its own and shared by the sidebar and the Docs dialogs.
 */
import type { RoleOption } from '../../api/sheets';

export interface RoleGroup {
  team: string;
  roles: RoleOption[];
}

/** Lower case, accents removed, runs of white space collapsed: the form searches compare. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Grade 7". */
export function gradeLabel(grade: number): string {
  return `Grade ${grade}`;
}

/** The secondary line of a role option: "Grade 7 · Sales Strategy". */
export function roleDetail(role: RoleOption): string {
  return `${gradeLabel(role.grade)} · ${role.familyName}`;
}

function searchText(role: RoleOption): string {
  return normalizeForSearch([role.title, role.familyName, role.team, gradeLabel(role.grade)].join(' '));
}

interface ParsedQuery {
  grades: number[];
  words: string[];
}

/** Splits a query into grade filters ("grade 7", "g7") and plain words. */
function parseQuery(query: string): ParsedQuery {
  const grades: number[] = [];
  const rest = normalizeForSearch(query).replace(/\b(?:grade ?|g)(\d+)\b/g, (_match, digits: string) => {
    grades.push(Number(digits));
    return ' ';
  });
  return { grades, words: rest.split(' ').filter(Boolean) };
}

/**
 * The roles matching the query, in their original order: every word must occur in the title,
 * family, team or grade label, and "grade 7" or "g7" keeps only grade 7. An empty query matches all.
 */
export function filterRoles(roles: readonly RoleOption[], query: string): RoleOption[] {
  const { grades, words } = parseQuery(query);
  if (grades.length === 0 && words.length === 0) return [...roles];
  return roles.filter((role) => {
    if (grades.some((grade) => grade !== role.grade)) return false;
    const haystack = searchText(role);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The roles grouped by team, teams in the order they first appear, roles within a team in their
 * given order. Roles without a team go to an "Other roles" group.
 */
export function groupRolesByTeam(roles: readonly RoleOption[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const role of roles) {
    const team = role.team.trim() || 'Other roles';
    let group = groups.get(team);
    if (!group) {
      group = { team, roles: [] };
      groups.set(team, group);
    }
    group.roles.push(role);
  }
  return [...groups.values()];
}

/** The role with this id, or null when the id is null or unknown. */
export function findRoleOption(
  roles: readonly RoleOption[],
  id: string | null | undefined,
): RoleOption | null {
  if (!id) return null;
  return roles.find((role) => role.id === id) ?? null;
}

/** Only http(s) links are followed; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
