/**
 * The shape of the authored suggestion library: for every skill of the vocabulary, concrete
 * development actions of each 70-20-10 kind, in our own words. Data files build entries with
 * `suggest(...)`; the zod schema (src/catalog/suggestions/schema.ts) and `npm run catalog:check`
 * validate them and report coverage.
 */
import type { AreaId } from '../../core/catalog';
import type { Skill } from '../skills';
import type { ResourceId } from '../resources';

/** The three kinds of the 70-20-10 model, as the Action Plan's Type column names them. */
export type SuggestionKind = 'Hands-on project' | 'Mentorship' | 'Learning';

export interface Suggestion {
  /** Unique, stable: `<skill id>/<short kebab name>`. A generated row remembers it. */
  readonly id: string;
  readonly skill: string;
  readonly kind: SuggestionKind;
  /**
   * What to do, as one or two imperative sentences a person could start on Monday: concrete to the
   * skill and to RSOE work (name the artefact, the audience, the scope). Never a template with the
   * requirement's text pasted in. At most 280 characters.
   */
  readonly action: string;
  /** How the person and their manager will know it is done well: observable, at most 160 characters. */
  readonly successMeasure: string;
  /**
   * Who helps, in words a person recognises: "My manager", "A mentor from the mentoring programme",
   * "A Deal Desk specialist", "A Salesforce admin on Sales Systems". At most 80 characters.
   */
  readonly helper: string;
  /** Estimated hours of the person's own time, all sessions included. */
  readonly effortHours: number;
  /** Calendar weeks it usually takes from start to done; spreads due dates over the period. */
  readonly weeks: number;
  /** A real, public resource this fits, when one does. */
  readonly resource?: ResourceId;
}

/** One data entry: the skill is passed as the vocabulary constant, so a misspelt skill is a type error. */
export function suggest(
  skill: Skill,
  name: string,
  kind: SuggestionKind,
  fields: Omit<Suggestion, 'id' | 'skill' | 'kind'>,
): Suggestion {
  return { id: `${skill.id}/${name}`, skill: skill.id, kind, ...fields };
}

/**
 * A suggestion for a requirement no skill matches (a handbook requirement whose words name none of
 * the vocabulary): the same fields, written for a whole area. Still a proper sentence of its own,
 * never a template the requirement's text is pasted into.
 */
export interface AreaSuggestion extends Omit<Suggestion, 'skill'> {
  /** Unique, stable: `area/<area id>/<short kebab name>`. */
  readonly id: string;
  readonly area: AreaId;
}

/** One area-level entry, built like `suggest(...)`. */
export function suggestForArea(
  area: AreaId,
  name: string,
  kind: SuggestionKind,
  fields: Omit<AreaSuggestion, 'id' | 'area' | 'kind'>,
): AreaSuggestion {
  return { id: `area/${area}/${name}`, area, kind, ...fields };
}

/** The whole library: suggestions per skill, and per area for requirements no skill matches. */
export interface SuggestionLibrary {
  readonly skills: readonly Suggestion[];
  readonly areas: readonly AreaSuggestion[];
}
