/**
 * The suggestion library as the shared gaps take it: a requirement's skill (from its key, else its
 * words), a skill's name, and the library's first suggestion of a kind for a skill or its area. The
 * library is unpacked on first use, so a refresh that reads no rating decodes nothing.
 */
import { SKILL_NAMES } from '../../catalog/skillNames';
import { candidates, resourceText, topicOf, type SuggestionSource } from '../../core/suggestionChoice';
import type { SharedGapSource } from '../../core/team/sharedGaps';
import { suggestionSource } from '../suggestionSource';

export function gapSourceFor(): SharedGapSource {
  let source: SuggestionSource | null = null;
  const library = () => (source ??= suggestionSource());
  return {
    topicOf: (key, requirement, areaLabel) => topicOf(key, requirement, areaLabel, library()),
    skillName: (skill) =>
      Object.prototype.hasOwnProperty.call(SKILL_NAMES, skill) ? SKILL_NAMES[skill] : undefined,
    suggestion(topic, kind) {
      const first = candidates(topic, kind, library())[0];
      return first
        ? { action: first.action, helper: first.helper, resource: resourceText(first, library()) }
        : null;
    },
  };
}
