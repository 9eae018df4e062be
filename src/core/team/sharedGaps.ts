/**
 * Gaps the team shares: requirements (matched by skill, else by their text) that are a gap for two
 * or more people, how severe, and what the team could do about them together: a workshop and a
 * shared stretch project from the suggestion library, and a pair of one person who meets it with
 * one who does not. The library comes in through `SharedGapSource`, so this stays pure.
 */
import { AREAS, type AreaId } from '../catalog';
import { normalizeText, type Cell } from '../cells';
import type { HeaderMap } from '../headers';
import { textCell } from '../ratingEdits';
import type { Table } from '../table';
import { RATINGS, type ActionType, type Rating } from '../vocabulary';
import { columnBlocks, type ColumnBlock } from './columnBlocks';
import { GAPS, TEAM_GAPS_TAB } from './layout';
import type { RatedRequirement } from './planFigures';

/** One person as the shared gaps see them: their name and their target role's ratings. */
export interface TeamPerson {
  name: string;
  ratings: readonly RatedRequirement[];
}

export interface GapTopic {
  skill: string | null;
  area: AreaId;
}

/** A library suggestion as the Team gaps tab shows it. */
export interface TeamSuggestion {
  action: string;
  helper: string;
  /** "Name (address)", or '' when it has no resource. */
  resource: string;
}

export interface SharedGapSource {
  /** The skill a requirement stands for (its key's, else its text's), and its area. */
  topicOf(key: string, requirement: string, areaLabel: string): GapTopic;
  /** A skill's name in a sentence ("forecasting"). */
  skillName(skill: string): string | undefined;
  /** The library's first suggestion of a kind for the topic (the skill's, else its area's). */
  suggestion(topic: GapTopic, kind: ActionType): TeamSuggestion | null;
}

export interface GapPerson {
  name: string;
  rating: Rating;
}

export interface SharedGap {
  label: string;
  area: string;
  /** The requirements' own words, as the plans have them (people in other roles word it otherwise). */
  requirements: string[];
  notYet: string[];
  developing: string[];
  /** People at Meets or Exceeds, Exceeds first. */
  meets: GapPerson[];
  /** One person who meets it with one who does not (the furthest behind), when someone meets it. */
  pair: { mentor: GapPerson; learner: GapPerson } | null;
  workshop: TeamSuggestion | null;
  project: TeamSuggestion | null;
  mentoring: TeamSuggestion | null;
}

const rank = (rating: Rating): number => RATINGS.indexOf(rating);

interface Group {
  topic: GapTopic;
  label: string;
  requirements: string[];
  /** Each person's rating (by their place in the team): the lowest of their rated requirements in the group. */
  ratings: Map<number, Rating>;
  order: number[];
}

/** A skill's name as a label of its own: "the operating cadence" is "Operating cadence". */
function labelOf(name: string): string {
  const text = name.replace(/^the\s+/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every shared gap: most people first, then most Not yet, then by name. */
export function sharedGaps(people: readonly TeamPerson[], source: SharedGapSource): SharedGap[] {
  const groups = new Map<string, Group>();
  people.forEach((person, at) => {
    for (const r of person.ratings) {
      const topic = source.topicOf(r.key, r.requirement, r.area);
      const key = topic.skill ? `skill:${topic.skill}` : `text:${normalizeText(r.requirement)}`;
      let group = groups.get(key);
      if (!group) {
        const name = topic.skill ? source.skillName(topic.skill) : undefined;
        group = {
          topic,
          label: name ? labelOf(name) : r.requirement,
          requirements: [],
          ratings: new Map(),
          order: [],
        };
        groups.set(key, group);
      }
      if (!group.requirements.includes(r.requirement)) group.requirements.push(r.requirement);
      if (r.rating === null) continue;
      const before = group.ratings.get(at);
      if (before === undefined) group.order.push(at);
      if (before === undefined || rank(r.rating) < rank(before)) group.ratings.set(at, r.rating);
    }
  });
  const gaps: SharedGap[] = [];
  for (const group of groups.values()) {
    const rated = [...group.order]
      .sort((a, b) => a - b)
      .map((at): GapPerson => ({ name: people[at]?.name ?? '', rating: group.ratings.get(at) ?? 'Meets' }));
    const notYet = rated.filter((p) => p.rating === 'Not yet');
    const developing = rated.filter((p) => p.rating === 'Developing');
    if (notYet.length + developing.length < 2) continue;
    const meets = rated
      .filter((p) => p.rating === 'Meets' || p.rating === 'Exceeds')
      .sort((a, b) => rank(b.rating) - rank(a.rating));
    const mentor = meets[0];
    const learner = notYet[0] ?? developing[0];
    gaps.push({
      label: group.label,
      area: AREAS[group.topic.area],
      requirements: group.requirements,
      notYet: notYet.map((p) => p.name),
      developing: developing.map((p) => p.name),
      meets,
      pair: mentor && learner ? { mentor, learner } : null,
      workshop: source.suggestion(group.topic, 'Learning'),
      project: source.suggestion(group.topic, 'Hands-on project'),
      mentoring: source.suggestion(group.topic, 'Mentorship'),
    });
  }
  const count = (g: SharedGap) => g.notYet.length + g.developing.length;
  return gaps.sort(
    (a, b) =>
      count(b) - count(a) ||
      b.notYet.length - a.notYet.length ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}

/** The Pairing cell: the pair, or where to look when nobody on the team meets it. */
export function pairingText(gap: SharedGap): string {
  if (gap.pair) {
    const { mentor, learner } = gap.pair;
    return `Pair ${mentor.name} (${mentor.rating}) with ${learner.name} (${learner.rating}): ${mentor.name} helps ${learner.name} through one real piece of work on it.`;
  }
  const helper = gap.mentoring?.helper;
  return helper && helper !== 'Me'
    ? `No one on the team is at Meets yet: look for a mentor outside it (${helper}).`
    : 'No one on the team is at Meets yet: look for a mentor outside it.';
}

/** "Ana (Not yet), Ben (Developing)": the furthest behind first. */
export function whoText(gap: SharedGap): string {
  return [...gap.notYet.map((n) => `${n} (Not yet)`), ...gap.developing.map((n) => `${n} (Developing)`)].join(
    ', ',
  );
}

const MAX_REQUIREMENTS = 3;

function requirementsText(requirements: readonly string[]): string {
  const shown = requirements.slice(0, MAX_REQUIREMENTS).join('; ');
  const more = requirements.length - MAX_REQUIREMENTS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

/** The Team gaps tab's rows as cells by header; one row saying so when no gap is shared. */
export function gapCells(gaps: readonly SharedGap[]): Record<string, Cell>[] {
  if (gaps.length === 0) return [{ [GAPS.gap]: 'No gap is shared by two or more people yet.' }];
  return gaps.map((gap) => {
    const n = gap.notYet.length + gap.developing.length;
    return {
      [GAPS.gap]: textCell(gap.label),
      [GAPS.area]: gap.area,
      [GAPS.people]: n,
      [GAPS.notYet]: gap.notYet.length,
      [GAPS.developing]: gap.developing.length,
      [GAPS.who]: textCell(whoText(gap)),
      [GAPS.meets]: textCell(gap.meets.map((p) => `${p.name} (${p.rating})`).join(', ')),
      [GAPS.pairing]: textCell(pairingText(gap)),
      [GAPS.workshop]: gap.workshop
        ? textCell(`For the ${n} of them, as a group: ${gap.workshop.action}`)
        : '',
      [GAPS.project]: gap.project
        ? textCell(`One project the ${n} of them share: ${gap.project.action}`)
        : '',
      [GAPS.resource]: textCell(gap.workshop?.resource || gap.project?.resource || ''),
      [GAPS.requirements]: textCell(requirementsText(gap.requirements)),
    };
  });
}

export interface GapsWrite {
  header: HeaderMap;
  appendedHeaders: string[];
  blocks: ColumnBlock[];
  /** Data rows holding a shared gap after the write (the rest of our columns is emptied). */
  rows: number;
}

/**
 * What a refresh writes into the Team gaps tab: our columns, from row 2 down to the last row either
 * the old list or the new one reaches, so a gap no longer shared leaves no row behind. Columns of
 * the manager's own on that tab are never written.
 */
export function gapsWrite(table: Table, gaps: readonly SharedGap[]): GapsWrite {
  const appendedHeaders = table.header.missing(TEAM_GAPS_TAB.headers);
  const header = table.header.withAppended(appendedHeaders);
  const rows = gapCells(gaps);
  const count = Math.max(rows.length, table.rows.length);
  const blocks = columnBlocks(
    header,
    TEAM_GAPS_TAB.headers,
    { first: 0, count },
    (index, name) => rows[index]?.[name] ?? '',
  );
  return { header, appendedHeaders, blocks, rows: rows.length };
}
