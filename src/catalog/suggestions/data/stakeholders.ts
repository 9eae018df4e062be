/** Suggestions for the skills of the "stakeholders" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const stakeholdersSuggestions: readonly Suggestion[] = [
  // Stakeholder alignment
  suggest(skill.stakeholderAlignment, 'drive-one-cross-team-decision', 'Hands-on project', {
    action:
      "Drive one cross-team decision this quarter, such as a shared lead rule or a renewal policy, by writing the options in a decision issue, collecting each team's view asynchronously and getting a named decision maker to close it.",
    successMeasure:
      "Decision recorded with every team's position and the decision maker named, and nobody reopens it within the quarter.",
    helper: 'My manager',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.stakeholderAlignment, 'map-project-stakeholders', 'Hands-on project', {
    action:
      'Map the stakeholders of your largest current project, noting what each wants, what worries them and whom they listen to, then meet the three you know least before the next milestone.',
    successMeasure: 'Three meetings held, and one change made to the plan from what you heard.',
    helper: 'A senior peer in Field Operations',
    effortHours: 10,
    weeks: 4,
  }),
  suggest(skill.stakeholderAlignment, 'agree-planning-inputs', 'Hands-on project', {
    action:
      'Lead the agreement of one shared planning input with Sales Finance and Sales Operations, for instance ramp time or attrition assumptions, so every team plans with the same number.',
    successMeasure:
      'One agreed input sheet that Sales, Finance and Sales Operations all cite in the next planning cycle.',
    helper: 'A Sales Finance partner',
    effortHours: 24,
    weeks: 8,
  }),
  suggest(skill.stakeholderAlignment, 'mentor-outside-field-operations', 'Mentorship', {
    action:
      'Find a mentor through the mentoring programme who leads cross-functional work outside Field Operations, and bring one stuck alignment problem to every session.',
    successMeasure:
      'Over three months, at least two stuck problems move forward with an approach your mentor suggested.',
    helper: 'A mentor from the mentoring programme',
    effortHours: 12,
    weeks: 12,
    resource: 'mentoring',
  }),
  suggest(skill.stakeholderAlignment, 'observe-a-contested-meeting', 'Mentorship', {
    action:
      'Ask a Field Operations director whether you may observe two of their meetings where teams disagree, and debrief with them afterwards on how they steered the room to a decision.',
    successMeasure: 'Two debriefs written up, and one technique from them used in a meeting you run.',
    helper: 'A Field Operations director',
    effortHours: 6,
    weeks: 4,
  }),
  suggest(skill.stakeholderAlignment, 'influence-without-authority', 'Learning', {
    action:
      'Read Influence Without Authority by Cohen and Bradford and use its idea of exchanging currencies to plan how you will approach one stakeholder who is holding up your work.',
    successMeasure:
      'A written approach, discussed with your manager, and a next step agreed with that stakeholder.',
    helper: 'My manager',
    effortHours: 10,
    weeks: 4,
  }),

  // Field support
  suggest(skill.fieldSupport, 'month-end-queue-rotation', 'Hands-on project', {
    action:
      'Cover the sales support Slack channel and the Salesforce case queue through one month-end, tagging every request by type so the team can see where its time goes.',
    successMeasure:
      'Every request answered within SLA during your rotation, and a tagged breakdown shared with the team.',
    helper: 'A Deal Desk specialist',
    effortHours: 30,
    weeks: 2,
  }),
  suggest(skill.fieldSupport, 'retire-a-recurring-question', 'Hands-on project', {
    action:
      'Pick the question sellers ask most often in the support channel and make asking it unnecessary, with a handbook answer, a Salesforce field hint or a saved reply, whichever suits it.',
    successMeasure:
      "That question's volume drops by a third over the next month, counted with the same tags.",
    helper: 'My manager',
    effortHours: 12,
    weeks: 6,
  }),
  suggest(skill.fieldSupport, 'quarter-close-review-buddy', 'Mentorship', {
    action:
      'Work alongside the most experienced person on the support queue during one quarter-end close and ask them to review a sample of your answers each day.',
    successMeasure: 'By the last day of close, none of your sampled answers needs correcting.',
    helper: 'The most experienced specialist on the support queue',
    effortHours: 10,
    weeks: 2,
  }),
  suggest(skill.fieldSupport, 'service-under-pressure-course', 'Learning', {
    action:
      'Complete a LinkedIn Learning course on internal customer service and handling requests under pressure, then rewrite your three most-used saved replies with what it teaches.',
    successMeasure:
      'Rewritten replies in use, and field satisfaction on your cases at or above the team average.',
    helper: 'A Deal Desk specialist who reviews the replies',
    effortHours: 5,
    weeks: 2,
    resource: 'linkedInLearning',
  }),

  // Escalation handling
  suggest(skill.escalationHandling, 'be-the-escalation-contact', 'Hands-on project', {
    action:
      "Act as the named escalation contact for one region's deal and booking problems for a month, logging each escalation with its cause, the decision and the time it took.",
    successMeasure:
      'Every escalation resolved or handed on within a day, and the log reviewed with your manager at month end.',
    helper: 'My manager',
    effortHours: 20,
    weeks: 4,
  }),
  suggest(skill.escalationHandling, 'write-the-escalation-path', 'Hands-on project', {
    action:
      'Write down the escalation path for the partner or deal issues your team handles, saying who decides what, by when and who is told, and get the leaders who receive escalations to agree it.',
    successMeasure:
      'Path published and agreed, and the next three escalations follow it without a side channel.',
    helper: 'A Channel Operations or Deal Desk manager',
    effortHours: 16,
    weeks: 6,
  }),
  suggest(skill.escalationHandling, 'debrief-escalations', 'Mentorship', {
    action:
      'After each escalation you handle this quarter, spend fifteen minutes with a senior colleague on what you knew, when you escalated and whether you should have moved sooner.',
    successMeasure:
      'Debriefs on at least five escalations, and a clear rule you now follow on when to escalate.',
    helper: 'A senior Sales Operations manager',
    effortHours: 5,
    weeks: 12,
  }),
  suggest(skill.escalationHandling, 'difficult-conversations-course', 'Learning', {
    action:
      'Take a LinkedIn Learning course on difficult conversations, then role-play a tense escalation from a sales leader with a peer, twice, using what the course teaches.',
    successMeasure: 'Role-play done twice, and your peer rates you calmer and clearer on the second try.',
    helper: 'A peer who plays the sales leader',
    effortHours: 6,
    weeks: 3,
    resource: 'linkedInLearning',
  }),

  // Executive advising
  suggest(skill.executiveAdvising, 'one-page-recommendation', 'Hands-on project', {
    action:
      'Write a one-page recommendation to a sales or field leader on a decision they face this quarter, with the options, your pick, the data behind it and the risk if you are wrong.',
    successMeasure:
      'The leader acts on it or tells you specifically why not, and you note what you would change.',
    helper: 'A regional sales director',
    effortHours: 16,
    weeks: 4,
  }),
  suggest(skill.executiveAdvising, 'monthly-business-look-with-a-leader', 'Hands-on project', {
    action:
      'Offer one field leader a monthly half hour to look at their part of the business together, and bring each time one insight they did not ask for.',
    successMeasure: 'Three sessions held, and the leader seeks your view on a decision outside the sessions.',
    helper: 'My manager',
    effortHours: 12,
    weeks: 12,
  }),
  suggest(skill.executiveAdvising, 'ceo-shadow', 'Mentorship', {
    action:
      'Apply to the CEO Shadow programme to watch how the most senior leaders take decisions and what they expect from the people who advise them.',
    successMeasure:
      'Shadow rotation completed, with a written list of the questions executives asked and how you would prepare for them.',
    helper: 'My manager, who approves the time away',
    effortHours: 80,
    weeks: 4,
    resource: 'ceoShadow',
  }),
  suggest(skill.executiveAdvising, 'review-recommendations-with-a-director', 'Mentorship', {
    action:
      "Ask a director who advises the CRO's leadership team to mentor you for three months and to read each recommendation you send a leader before it goes out.",
    successMeasure:
      'Every recommendation reviewed, and the director sees clearly sharper framing by the last one.',
    helper: 'A Field Operations director as mentor',
    effortHours: 10,
    weeks: 12,
    resource: 'mentoring',
  }),
  suggest(skill.executiveAdvising, 'the-trusted-advisor', 'Learning', {
    action:
      'Score yourself on the trust equation from The Trusted Advisor by Maister, Green and Galford for two leaders you support, and choose one habit to change.',
    successMeasure:
      'Self-assessment discussed with your manager, and the chosen habit visible in a month of leader meetings.',
    helper: 'My manager',
    effortHours: 10,
    weeks: 4,
  }),
];
