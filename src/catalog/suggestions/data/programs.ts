/** Suggestions for the skills of the "programs" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const programsSuggestions: readonly Suggestion[] = [
  // Project management
  suggest(skill.projectManagement, 'lead-a-short-ops-change', 'Hands-on project', {
    action:
      'Lead a four-to-eight-week operations change, such as a new quote field or a case queue rule, splitting it into dated milestones and reporting risks, not only progress, every week.',
    successMeasure:
      'Delivered within two weeks of the first planned date, and no stakeholder learned of a slip from anyone but you.',
    helper: 'My manager',
    effortHours: 40,
    weeks: 8,
  }),
  suggest(skill.projectManagement, 'team-portfolio-review', 'Hands-on project', {
    action:
      'Gather every open project of your team into one view with owner, due date and status, and run a fifteen-minute review of it every other week for a quarter.',
    successMeasure:
      'The view is used in every review for the quarter, and late projects are flagged two weeks before their dates.',
    helper: 'A peer program manager',
    effortHours: 20,
    weeks: 12,
  }),
  suggest(skill.projectManagement, 'recover-a-slipping-project', 'Hands-on project', {
    action:
      'Take over a quote-to-cash or systems project that has slipped, re-plan it with its stakeholders around what is truly left, and publish a new date.',
    successMeasure: 'The new date is met, and stakeholders confirm they always knew where the project stood.',
    helper: 'The project sponsor',
    effortHours: 30,
    weeks: 8,
  }),
  suggest(skill.projectManagement, 'sit-in-on-launch-status-meetings', 'Mentorship', {
    action:
      'Sit in on the weekly status meetings of a launch an experienced Field Enablement program manager runs, and ask them how they decide which late task to escalate and which to absorb.',
    successMeasure: 'You can state their rule for escalating, and your next status report follows it.',
    helper: 'A Field Enablement program manager',
    effortHours: 8,
    weeks: 4,
  }),
  suggest(skill.projectManagement, 'project-management-certificate', 'Learning', {
    action:
      'Prepare for a project management credential such as the CAPM or the Google Project Management certificate, paid through the Growth & Development benefit.',
    successMeasure: 'Credential earned, and its planning templates used on your next project.',
    helper: 'My manager, who agrees the study time',
    effortHours: 60,
    weeks: 16,
    resource: 'growthBenefit',
  }),

  // Program design
  suggest(skill.programDesign, 'one-page-program-design', 'Hands-on project', {
    action:
      'Design one field or customer success program on a single page, stating the audience, the behaviour it should change, how success is measured and the first three milestones, and get the sponsor to approve it.',
    successMeasure: 'Sponsor approves the page, and the success measure is tracked from launch day.',
    helper: 'A program sponsor in sales leadership',
    effortHours: 16,
    weeks: 4,
  }),
  suggest(skill.programDesign, 'run-a-regional-sales-program', 'Hands-on project', {
    action:
      'Run a sales program for one region or segment from launch to wrap-up, including the kickoff, weekly check-ins with the sales managers and a results readout.',
    successMeasure: 'Program ends on time with a readout comparing results with the goal set at launch.',
    helper: 'A revenue programs manager',
    effortHours: 60,
    weeks: 12,
  }),
  suggest(skill.programDesign, 'own-a-kickoff-workstream', 'Hands-on project', {
    action:
      'Own one workstream of the next sales kickoff, such as a breakout track or the awards, from planning to the event and its attendee survey.',
    successMeasure:
      'Workstream delivered on time, with survey scores for your part at or above the event average.',
    helper: 'The sales kickoff program lead',
    effortHours: 50,
    weeks: 12,
  }),
  suggest(skill.programDesign, 'pre-launch-design-review', 'Mentorship', {
    action:
      'Have a senior program manager review the design of your next program before launch, then meet again afterwards to compare what they predicted with what happened.',
    successMeasure: 'Both meetings held, and at least one risk they raised was handled before it hit.',
    helper: 'A senior program manager in Field Enablement',
    effortHours: 6,
    weeks: 10,
  }),
  suggest(skill.programDesign, 'program-governance-course', 'Learning', {
    action:
      'Study program management on LinkedIn Learning, focusing on benefits tracking and stakeholder governance across projects, and use it to write the governance section of your next program.',
    successMeasure: 'Governance section written, agreed with the sponsor and followed through the program.',
    helper: 'The program sponsor',
    effortHours: 10,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Go-to-market pilots
  suggest(skill.gtmPilots, 'design-and-run-a-pilot', 'Hands-on project', {
    action:
      'Design a small go-to-market pilot, for example a new routing rule or partner motion in one segment, with a control group, a success threshold agreed up front and a fixed end date, and run it.',
    successMeasure:
      'The pilot runs to its end date, and a written readout says scale, change or stop, with the data behind it.',
    helper: 'A Sales Strategy manager',
    effortHours: 40,
    weeks: 12,
  }),
  suggest(skill.gtmPilots, 're-read-a-finished-experiment', 'Hands-on project', {
    action:
      'Go back to the raw data of one finished go-to-market experiment and write a short note on whether its conclusion holds and what its design missed.',
    successMeasure: "The experiment's owner reads the note and agrees or disagrees on the record.",
    helper: 'The owner of the original experiment',
    effortHours: 12,
    weeks: 3,
  }),
  suggest(skill.gtmPilots, 'experiment-design-check', 'Mentorship', {
    action:
      'Before your pilot launches, sit down with an analyst from Sales Strategy or the Data team who has run experiments and have them check its design and sample size.',
    successMeasure:
      'Design changed wherever they found a flaw, and the sample is big enough to read a result.',
    helper: 'An analyst from Sales Strategy or the Data team',
    effortHours: 4,
    weeks: 3,
  }),
  suggest(skill.gtmPilots, 'testing-business-ideas', 'Learning', {
    action:
      "Choose the cheapest experiment from Testing Business Ideas by Bland and Osterwalder that would test one assumption in your team's plan for the year, once you have read the book.",
    successMeasure:
      'One experiment written up and discussed with your manager, with a decision to run it or not.',
    helper: 'My manager',
    effortHours: 8,
    weeks: 3,
  }),
];
