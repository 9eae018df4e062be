/** Suggestions for the skills of the "communication" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const communicationSuggestions: readonly Suggestion[] = [
  // Executive presentations
  suggest(skill.executivePresentations, 'present-a-qbr-section', 'Hands-on project', {
    action:
      'Prepare and present the operations section of a regional quarterly business review in three slides at most, with one clear ask and the supporting data moved to an appendix.',
    successMeasure:
      'Presented at the review, and the regional leader agrees the ask, which is then tracked to done.',
    helper: 'A regional sales director',
    effortHours: 16,
    weeks: 4,
  }),
  suggest(skill.executivePresentations, 'draft-a-cro-deck-slide', 'Hands-on project', {
    action:
      'Draft one slide on sales performance for the next CRO staff or board deck, and rework it from each round of reviewer comments until it reaches the final version.',
    successMeasure: 'Your slide goes into the final deck with only minor edits in the last review.',
    helper: 'A senior manager who prepares CRO staff material',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.executivePresentations, 'hostile-dry-runs', 'Mentorship', {
    action:
      'Before each of your next three executive presentations, hold a dry run with a senior leader who plays the toughest person in the room, and write down every question you could not answer.',
    successMeasure: 'By the third presentation, no question in the real meeting takes you by surprise.',
    helper: 'A senior leader in Field Operations',
    effortHours: 6,
    weeks: 8,
  }),
  suggest(skill.executivePresentations, 'recorded-rehearsal-coaching', 'Mentorship', {
    action:
      "Record a five-minute summary of your team's quarter as if to the CRO, and review the recording with a sales training facilitator who coaches presenters, then record it again.",
    successMeasure:
      'The second recording is shorter, leads with the message, and the facilitator sees fewer fillers and hedges.',
    helper: 'A sales training facilitator in Field Enablement',
    effortHours: 5,
    weeks: 3,
  }),
  suggest(skill.executivePresentations, 'answer-first-structure', 'Learning', {
    action:
      "Learn answer-first structuring from Barbara Minto's The Pyramid Principle or a LinkedIn Learning course on it, then restructure your last executive deck so the recommendation leads.",
    successMeasure:
      'Your manager compares both versions and agrees the new one can be grasped in two minutes.',
    helper: 'My manager',
    effortHours: 10,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Written communication
  suggest(skill.writtenCommunication, 'newsletter-section-three-issues', 'Hands-on project', {
    action:
      'Write and edit one section of the field newsletter for three issues in a row, cutting each draft to half its first length before it goes to review.',
    successMeasure: 'Three sections published, with fewer editor changes from one issue to the next.',
    helper: 'A Field Communications specialist',
    effortHours: 15,
    weeks: 12,
  }),
  suggest(skill.writtenCommunication, 'rewrite-a-confusing-page', 'Hands-on project', {
    action:
      'Rewrite a handbook page your team owns that sellers find confusing, and test the new version on two sellers before you merge it.',
    successMeasure: 'Merge request merged, and both sellers find what they need faster than on the old page.',
    helper: 'Two sellers who use the page',
    effortHours: 10,
    weeks: 4,
    resource: 'handbook',
  }),
  suggest(skill.writtenCommunication, 'edits-from-an-editor', 'Mentorship', {
    action:
      'Ask an experienced editor in Field Communications to mark up four of your pieces over two months, and talk through the patterns in their edits with them.',
    successMeasure:
      'Edits per piece fall across the four, and you can name the two writing habits you are fixing.',
    helper: 'An editor in Field Communications',
    effortHours: 6,
    weeks: 8,
  }),
  suggest(skill.writtenCommunication, 'concise-business-writing', 'Learning', {
    action:
      "Follow a LinkedIn Learning course on concise business writing alongside the handbook's writing style guidelines, and apply both to your next five asynchronous updates.",
    successMeasure:
      'The five updates are shorter than your earlier ones and draw fewer clarifying questions.',
    helper: 'A teammate who reads the updates',
    effortHours: 8,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Field communications
  suggest(skill.fieldCommunications, 'run-the-announcement-calendar', 'Hands-on project', {
    action:
      'Run the field announcement calendar for two weeks, agreeing with each request owner what goes out, where and when, and holding back anything that would crowd the week.',
    successMeasure:
      'No two major announcements land on the same day, and every requester knew their slot in advance.',
    helper: 'A Field Communications manager',
    effortHours: 20,
    weeks: 2,
  }),
  suggest(skill.fieldCommunications, 'audit-field-news-channels', 'Hands-on project', {
    action:
      'Audit every channel the field gets news from, including Slack channels, the newsletter and field calls, and recommend which to keep, merge or drop, backed by a short seller survey.',
    successMeasure:
      'Audit and survey results presented to Field Communications leaders, and at least one channel change agreed.',
    helper: 'The Field Communications lead',
    effortHours: 30,
    weeks: 8,
  }),
  suggest(skill.fieldCommunications, 'plan-comms-for-a-change', 'Hands-on project', {
    action:
      'Plan the communications for one field process change, naming the message for each audience, the channel and timing, and how you will check that sellers understood it.',
    successMeasure:
      'The plan is followed at launch, and a check two weeks later shows most sellers know the change.',
    helper: 'A Field Enablement program manager',
    effortHours: 16,
    weeks: 6,
  }),
  suggest(skill.fieldCommunications, 'field-comms-internship', 'Hands-on project', {
    action:
      'Join Field Communications for a tenth to a fifth of your time through an Internship for Learning, drafting announcements for their calendar under their review.',
    successMeasure:
      'At least six of your announcements published, and the team lead confirms they needed only light edits by the end.',
    helper: 'The Field Communications manager',
    effortHours: 50,
    weeks: 10,
    resource: 'internship',
  }),
  suggest(skill.fieldCommunications, 'shadow-event-messaging', 'Mentorship', {
    action:
      'Shadow a Field Communications lead while they plan the messaging for sales kickoff or a round of quarterly business reviews, and ask how they decide what to leave out.',
    successMeasure:
      'You can explain their message hierarchy for the event and use it in your own next announcement.',
    helper: 'A Field Communications lead',
    effortHours: 8,
    weeks: 6,
  }),
  suggest(skill.fieldCommunications, 'smart-brevity', 'Learning', {
    action:
      'Rewrite three recent field announcements in the format taught by Smart Brevity, the book by VandeHei, Allen and Schwartz, and compare the reactions in Slack.',
    successMeasure: 'Three rewrites shared with Field Communications, who keep at least one as a model.',
    helper: 'A Field Communications specialist',
    effortHours: 8,
    weeks: 3,
  }),
];
