/**
 * The conversation agenda: headings and prompts for a career conversation between a team member
 * and their manager, written for this add-on. The team member leads; the manager supports.
 */
import type { BlockSpec } from './block';
import { isoDate, nextConversation } from './cadence';
import { SINCE_LAST_TITLE } from './sinceLastBlock';

export const AGENDA_TITLE = 'Career conversation';

/** Columns of the agenda's actions table (filled in during the conversation). */
export const AGENDA_ACTION_COLUMNS = [
  'Requirement',
  'Action',
  'Type',
  'Owner',
  'Due date',
  'Success measure',
];
const BLANK_ACTION_ROWS = 3;

const SECTIONS: readonly { heading: string; prompt: string }[] = [
  {
    heading: 'Aspirations',
    prompt:
      'Where would you like to be in one to three years? As an individual contributor or leading people? Is there a team or department you are curious about? A sideways move counts as growth too.',
  },
  {
    heading: 'What energises you, what drains you',
    prompt: 'Which parts of your work give you energy and which wear you down? How do you learn best?',
  },
  {
    heading: 'Strengths, with evidence',
    prompt: 'Name two or three strengths and, for each, a recent piece of work that shows it.',
  },
  {
    heading: 'Progress since last time',
    prompt: `Go through "${SINCE_LAST_TITLE}" (Insert since our last conversation fills it from the growth plan's check-ins): ratings that moved, actions done and overdue, and what helped or got in the way. Skip this at a first conversation.`,
  },
  {
    heading: 'Target role and readiness',
    prompt:
      'Which role are you aiming for? Go through its requirements together (Insert role requirements puts them in this document) and agree how ready you are today.',
  },
  {
    heading: 'Gaps',
    prompt: 'Which requirements are not met yet? Pick the one or two that matter most for the next step.',
  },
];

const AFTER_ACTIONS: readonly { heading: string; prompt: string }[] = [
  {
    heading: 'Support needed',
    prompt:
      'What would help: a stretch project, a mentor, budget for a course or certification, time set aside in the week?',
  },
  {
    heading: 'Obstacles',
    prompt: 'What could get in the way, and what will you do about it?',
  },
];

/** The agenda for a conversation held today. */
export function agendaBlock(today: Date): BlockSpec {
  const next = nextConversation(today);
  const section = (s: { heading: string; prompt: string }) => [
    { type: 'heading' as const, level: 3 as const, text: s.heading },
    { type: 'paragraph' as const, text: s.prompt },
  ];
  return {
    kind: 'agenda',
    elements: [
      { type: 'heading', level: 2, text: AGENDA_TITLE },
      { type: 'paragraph', text: `Date: ${isoDate(today)}    Team member:     Manager: ` },
      ...SECTIONS.flatMap(section),
      { type: 'heading', level: 3, text: 'Actions' },
      {
        type: 'paragraph',
        text: 'One to three actions per gap. Aim for about 70% learning on the job (projects, shadowing), 20% through other people (mentoring, feedback) and 10% formal learning (courses, certifications).',
      },
      {
        type: 'table',
        header: AGENDA_ACTION_COLUMNS,
        rows: Array.from({ length: BLANK_ACTION_ROWS }, () => AGENDA_ACTION_COLUMNS.map(() => '')),
      },
      ...AFTER_ACTIONS.flatMap(section),
      { type: 'heading', level: 3, text: 'Next steps' },
      { type: 'paragraph', text: 'Who does what before you meet again?' },
      { type: 'paragraph', text: `Next conversation: ${next.date} (${next.reason})` },
    ],
  };
}
