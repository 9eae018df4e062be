/**
 * Our small library of development resources, after GitLab's 70-20-10 model: experience first,
 * then other people, then formal learning. Suggestions are starting points a person edits.
 */
import type { AreaId } from './catalog';
import type { ActionType } from './vocabulary';

export interface Resource {
  id: string;
  name: string;
  type: ActionType;
  /** Areas this resource suits best; an empty list means any area. */
  areas: readonly AreaId[];
}

export const RESOURCES: readonly Resource[] = [
  {
    id: 'trailhead',
    name: 'Salesforce Trailhead: a trail and, where it fits, the certification',
    type: 'Learning',
    areas: ['systems'],
  },
  {
    id: 'elevate',
    name: "Elevate, GitLab's programme for people leaders",
    type: 'Learning',
    areas: ['leadership'],
  },
  {
    id: 'field-certification',
    name: 'GitLab field certifications on Level Up',
    type: 'Learning',
    areas: ['enablement', 'commercial'],
  },
  {
    id: 'linkedin-learning',
    name: 'LinkedIn Learning course (SQL, spreadsheets, analytics)',
    type: 'Learning',
    areas: ['analysis', 'planning'],
  },
  {
    id: 'growth-benefit',
    name: 'Growth & Development benefit: a certification or conference',
    type: 'Learning',
    areas: ['programs'],
  },
  { id: 'level-up', name: "Level Up, GitLab's learning platform", type: 'Learning', areas: [] },
  {
    id: 'shadowing',
    name: 'Shadow a teammate who does this today (for example on deal reviews)',
    type: 'Mentorship',
    areas: ['commercial', 'stakeholders'],
  },
  {
    id: 'mentoring',
    name: 'GitLab mentoring programme (mentee-led, 3-6 months, every other week)',
    type: 'Mentorship',
    areas: [],
  },
  {
    id: 'internship',
    name: 'Internship for Learning: 10-20% of your time with the team that owns this',
    type: 'Hands-on project',
    areas: ['systems', 'commercial', 'enablement'],
  },
  {
    id: 'stretch-project',
    name: 'Stretch project agreed with your manager',
    type: 'Hands-on project',
    areas: [],
  },
];

/** The action type each area starts with: most areas grow best through real work. */
export const TYPE_FOR_AREA: Readonly<Record<AreaId, ActionType>> = {
  systems: 'Learning',
  analysis: 'Hands-on project',
  planning: 'Hands-on project',
  process: 'Hands-on project',
  commercial: 'Mentorship',
  stakeholders: 'Mentorship',
  communication: 'Hands-on project',
  programs: 'Hands-on project',
  enablement: 'Hands-on project',
  leadership: 'Mentorship',
};

/** The best resource of a type for an area: one made for the area, else the type's general one. */
export function resourceFor(type: ActionType, area: AreaId | null): Resource {
  const ofType = RESOURCES.filter((r) => r.type === type);
  const specific = area ? ofType.find((r) => r.areas.includes(area)) : undefined;
  const general = specific ?? ofType.find((r) => r.areas.length === 0) ?? ofType[0];
  if (!general) throw new Error(`No resource of type ${type}.`);
  return general;
}
