/** One suggested action for a gap: what to do, which kind of growth, which resource, by when. */
import type { AreaId } from './catalog';
import type { Rating } from './vocabulary';
import { resourceFor, TYPE_FOR_AREA } from './resources';
import type { ActionType } from './vocabulary';

export interface SuggestedAction {
  action: string;
  type: ActionType;
  resource: string;
  owner: string;
  due: Date;
  successMeasure: string;
}

/** Days until the default due date, by type: a course is quicker than a project. */
export const DAYS_TO_DUE: Readonly<Record<ActionType, number>> = {
  Learning: 30,
  Mentorship: 60,
  'Hands-on project': 90,
};

/** Extra time when a person rates themselves "Not yet" rather than "Developing". */
export const EXTRA_DAYS_FROM_SCRATCH = 30;

export const DEFAULT_OWNER = 'Me';

/**
 * A date `days` after `from`, at noon: a spreadsheet whose time zone is within twelve hours of the
 * script's still shows the intended day.
 */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + days, 12);
}

function actionText(type: ActionType, requirement: string): string {
  switch (type) {
    case 'Hands-on project':
      return `Agree with your manager a piece of real work where you do this end to end, then review it together: ${requirement}`;
    case 'Mentorship':
      return `Find someone who does this well today; meet every other week and work through real examples: ${requirement}`;
    case 'Learning':
      return `Complete focused learning on this and use it in your next piece of work: ${requirement}`;
  }
}

function successText(type: ActionType): string {
  switch (type) {
    case 'Hands-on project':
      return 'Work delivered and reviewed with your manager; rating moves to Meets';
    case 'Mentorship':
      return 'Mentor and manager see you do it unaided; rating moves to Meets';
    case 'Learning':
      return 'Course or certification finished and applied once at work; rating moves to Meets';
  }
}

/** The suggested action for one gap. `area` is null when the row's area is not one of ours. */
export function suggestAction(
  requirement: string,
  area: AreaId | null,
  rating: Rating | null,
  today: Date,
): SuggestedAction {
  const type = area ? TYPE_FOR_AREA[area] : 'Hands-on project';
  const days = DAYS_TO_DUE[type] + (rating === 'Not yet' ? EXTRA_DAYS_FROM_SCRATCH : 0);
  return {
    action: actionText(type, requirement),
    type,
    resource: resourceFor(type, area).name,
    owner: DEFAULT_OWNER,
    due: addDays(today, days),
    successMeasure: successText(type),
  };
}
