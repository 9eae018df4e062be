/** Suggestions for the skills of the "leadership" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const leadershipSuggestions: readonly Suggestion[] = [
  // Team leadership
  suggest(skill.teamLeadership, 'written-quarterly-priorities', 'Hands-on project', {
    action:
      "Set your team's priorities for next quarter in writing, each with an owner and a measure, and review progress against them in every team meeting.",
    successMeasure:
      'Priorities published in the first week of the quarter, and at its end the team can say which landed and why.',
    helper: 'My manager',
    effortHours: 16,
    weeks: 12,
  }),
  suggest(skill.teamLeadership, 'plan-quarter-end-coverage', 'Hands-on project', {
    action:
      "Plan the team's coverage for the next quarter-end peak, balancing queues across regions and time zones, and hold a short retrospective once it is over.",
    successMeasure:
      "SLAs hold through the peak, and the retrospective's changes appear in the next coverage plan.",
    helper: 'A peer manager in another region',
    effortHours: 12,
    weeks: 6,
  }),
  suggest(skill.teamLeadership, 'stand-in-for-your-manager', 'Hands-on project', {
    action:
      'Stand in for your manager during a planned week away, running the 1:1s, the team meeting and escalations, and leave a handover note for their return.',
    successMeasure:
      'The week passes with no escalation missed, and your manager needs no follow-up questions on the handover.',
    helper: 'My manager',
    effortHours: 40,
    weeks: 2,
  }),
  suggest(skill.teamLeadership, 'compare-notes-with-a-team-lead', 'Mentorship', {
    action:
      'Have a manager who runs a team like yours in another region mentor you for three months through the mentoring programme, comparing how each of you sets priorities, runs meetings and delegates.',
    successMeasure: 'Six sessions held, and two team situations handled differently because of them.',
    helper: 'A people manager in Field Operations as mentor',
    effortHours: 12,
    weeks: 12,
    resource: 'mentoring',
  }),
  suggest(skill.teamLeadership, 'upward-feedback-round', 'Mentorship', {
    action:
      'Collect upward feedback from your team with a short anonymous survey, go through the results with your manager, and tell the team the one thing you will change.',
    successMeasure:
      'Results shared back to the team within two weeks, and the change is visible in the next survey.',
    helper: 'My manager and my team',
    effortHours: 6,
    weeks: 8,
  }),
  suggest(skill.teamLeadership, 'elevate', 'Learning', {
    action:
      "Join the next Elevate cohort, GitLab's programme for people leaders, and after each module log the practice you tried with your team and how the team responded.",
    successMeasure: 'Programme completed, and your manager can point to the practices in how your team runs.',
    helper: 'My manager',
    effortHours: 40,
    weeks: 16,
    resource: 'elevate',
  }),

  // Talent development
  suggest(skill.talentDevelopment, 'growth-plan-with-each-report', 'Hands-on project', {
    action:
      'Build an Individual Growth Plan with each direct report, with one to three goals and the mix of projects, people and learning behind each, and revisit it in every other 1:1.',
    successMeasure:
      'Every report has a plan written with you, and each goal shows progress at the next career conversation.',
    helper: 'An HR business partner',
    effortHours: 20,
    weeks: 8,
    resource: 'careerDevelopment',
  }),
  suggest(skill.talentDevelopment, 'stretch-assignment-per-person', 'Hands-on project', {
    action:
      'Give each person on your team one assignment above their current level this half-year, agreeing in advance how you will support them and how you will judge it.',
    successMeasure:
      'Every stretch assignment finished and discussed, and at least one person shows readiness for a larger role.',
    helper: 'My manager',
    effortHours: 15,
    weeks: 24,
  }),
  suggest(skill.talentDevelopment, 'succession-view', 'Hands-on project', {
    action:
      'Write a succession view for the key roles you lead, naming who could step in now, in a year and in two, and what each person needs in order to be ready.',
    successMeasure:
      'Reviewed with your manager and HR business partner, with a development action for each named successor.',
    helper: 'An HR business partner',
    effortHours: 12,
    weeks: 4,
  }),
  suggest(skill.talentDevelopment, 'role-play-a-career-conversation', 'Mentorship', {
    action:
      'Role-play a difficult career conversation with a senior leader known for growing people, then ask how they would have handled the hardest moment.',
    successMeasure: 'Role-play done, and one of their approaches used in your next real career conversation.',
    helper: 'A senior leader known for developing managers',
    effortHours: 4,
    weeks: 3,
  }),
  suggest(skill.talentDevelopment, 'pre-calibration-talent-review', 'Mentorship', {
    action:
      'Before the next talent assessment calibration, go through your view of each report with your HR business partner and a peer manager, and defend every rating with evidence.',
    successMeasure:
      'Each rating backed by at least two examples, and few of them move in the calibration itself.',
    helper: 'An HR business partner and a peer manager',
    effortHours: 6,
    weeks: 3,
  }),
  suggest(skill.talentDevelopment, 'radical-candor', 'Learning', {
    action:
      'Read Radical Candor by Kim Scott and use its feedback model through your next round of 1:1s, asking each report afterwards whether the feedback was clear.',
    successMeasure: 'Each report confirms the feedback was specific enough to act on.',
    helper: 'My direct reports',
    effortHours: 10,
    weeks: 4,
  }),

  // Organisation leadership
  suggest(skill.orgLeadership, 'organisation-design-for-next-year', 'Hands-on project', {
    action:
      "Draft an organisation design for your area at next year's volume, covering team structure, spans of control, the managers you need and the order in which to hire them.",
    successMeasure: 'Reviewed by your VP and Finance partner, and used in the next headcount plan.',
    helper: 'My VP',
    effortHours: 30,
    weeks: 8,
  }),
  suggest(skill.orgLeadership, 'skip-level-round', 'Hands-on project', {
    action:
      'Hold skip-level meetings with everyone one level below your managers over a quarter, then share the themes and what you will change with the whole organisation.',
    successMeasure:
      'All skip-levels held, themes shared in writing, and at least two changes made and reported back.',
    helper: 'The managers who report to me',
    effortHours: 20,
    weeks: 12,
  }),
  suggest(skill.orgLeadership, 'sponsor-not-run', 'Hands-on project', {
    action:
      'Sponsor one initiative that spans several of your teams, naming a single owner, setting the goal and reviewing it monthly without running it yourself.',
    successMeasure:
      'The initiative meets its goal through its owner, while you stayed the sponsor rather than the doer.',
    helper: 'A manager in my organisation',
    effortHours: 15,
    weeks: 16,
  }),
  suggest(skill.orgLeadership, 'leader-of-leaders-mentor', 'Mentorship', {
    action:
      "Find a mentor who has led an organisation of managers of managers, through the mentoring programme or outside GitLab, and test each quarter's organisation decisions with them first.",
    successMeasure:
      'Each quarterly organisation decision discussed before you make it, with the reasoning written down.',
    helper: 'A senior leader as mentor',
    effortHours: 10,
    weeks: 16,
    resource: 'mentoring',
  }),
  suggest(skill.orgLeadership, 'executive-leadership-programme', 'Learning', {
    action:
      'Attend an executive programme for leaders of leaders, funded through the Growth & Development benefit, and write up what you will change in how you lead your managers.',
    successMeasure: 'Programme completed, and two written changes made to how you run your management team.',
    helper: 'My VP',
    effortHours: 40,
    weeks: 12,
    resource: 'growthBenefit',
  }),
];
