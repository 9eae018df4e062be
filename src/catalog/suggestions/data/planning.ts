/** Suggestions for the skills of the "planning" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const planningSuggestions: readonly Suggestion[] = [
  // Annual planning
  suggest(skill.annualPlanning, 'own-a-planning-workstream', 'Hands-on project', {
    action:
      'Own one workstream of the next annual planning cycle, such as account carving for a segment, from the kickoff to the day the plan is signed.',
    successMeasure: 'Your workstream hits every milestone of the planning calendar with no late rework.',
    helper: 'A GTM Planning manager',
    effortHours: 40,
    weeks: 10,
  }),
  suggest(skill.annualPlanning, 'internship-in-planning-season', 'Hands-on project', {
    action:
      'Spend 10-20% of your time with GTM Planning and Operations during planning season through an Internship for Learning, with goals agreed in the internship issue.',
    successMeasure: 'The goals in the internship issue are met and signed off by your GTM Planning mentor.',
    helper: 'A mentor in GTM Planning and Operations',
    effortHours: 50,
    weeks: 10,
    resource: 'internship',
  }),
  suggest(skill.annualPlanning, 'last-years-retrospective', 'Mentorship', {
    action:
      "Ask the person who ran last year's planning cycle to walk you through its retrospective and what they would change this year.",
    successMeasure: "You bring two of their lessons into this year's plan for your workstream.",
    helper: "The lead of last year's planning cycle",
    effortHours: 3,
    weeks: 2,
  }),
  suggest(skill.annualPlanning, 'draw-the-planning-calendar', 'Learning', {
    action:
      "Read the handbook's pages on GitLab's fiscal year and planning process, then draw the planning calendar your team works to, with each team's inputs and deadlines.",
    successMeasure: 'A GTM Planning manager checks the calendar, and it is pinned in the team channel.',
    helper: 'Me',
    effortHours: 6,
    weeks: 2,
    resource: 'handbook',
  }),

  // Territory planning
  suggest(skill.territoryPlanning, 'propose-a-regions-territories', 'Hands-on project', {
    action:
      'Propose the territory changes for one region ahead of the next fiscal year, balancing potential and workload, and test them against the current assignments.',
    successMeasure: 'GTM Planning reviews the proposal and adopts at least part of it.',
    helper: 'A GTM Planning manager',
    effortHours: 30,
    weeks: 8,
  }),
  suggest(skill.territoryPlanning, 'pair-on-an-ownership-batch', 'Mentorship', {
    action:
      'Pair with the GTM Planning analyst who runs territory assignment through one batch of account ownership changes, taking the second half yourself.',
    successMeasure: 'Your half of the batch goes through with no ownership dispute raised afterwards.',
    helper: 'A GTM Planning analyst',
    effortHours: 8,
    weeks: 3,
  }),
  suggest(skill.territoryPlanning, 'territory-design-course', 'Learning', {
    action:
      "Compare how this year's territories were cut with the balancing principles of a LinkedIn Learning course on sales territory design.",
    successMeasure: 'Course finished, and a one-page comparison discussed with your manager.',
    helper: 'Me',
    effortHours: 8,
    weeks: 3,
    resource: 'linkedInLearning',
  }),

  // Quota and capacity planning
  suggest(skill.quotaCapacityPlanning, 'bottom-up-capacity-model', 'Hands-on project', {
    action:
      'Build a bottom-up capacity model for one segment from headcount, ramp and productivity, and reconcile it with the top-down target to show the gap.',
    successMeasure:
      'The model ties to the target with the gap explained, and a planning manager finds no formula error in it.',
    helper: 'A GTM Planning manager',
    effortHours: 30,
    weeks: 6,
  }),
  suggest(skill.quotaCapacityPlanning, 'stress-test-two-assumptions', 'Mentorship', {
    action:
      'Ask the owner of the field capacity model to walk you through its assumptions, then stress-test two of them and discuss the results together.',
    successMeasure:
      'Both stress tests discussed, and one assumption documented more clearly because of them.',
    helper: 'The owner of the field capacity model',
    effortHours: 6,
    weeks: 3,
  }),
  suggest(skill.quotaCapacityPlanning, 'spreadsheet-modelling-course', 'Learning', {
    action:
      'Restructure your capacity model into separate inputs, calculations and outputs after a LinkedIn Learning course on financial modelling in spreadsheets.',
    successMeasure: 'Course finished, and the restructured model gives the same results as before.',
    helper: 'Me',
    effortHours: 12,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Go-to-market strategy
  suggest(skill.gtmStrategy, 'propose-a-coverage-change', 'Hands-on project', {
    action:
      'Write a short proposal for one change to how a segment is covered, for example a new sales motion or a partner-led route, with its expected impact and what it would cost.',
    successMeasure:
      'The proposal is discussed with a sales leader and either tested or turned down for a recorded reason.',
    helper: 'A Sales Strategy manager',
    effortHours: 25,
    weeks: 6,
  }),
  suggest(skill.gtmStrategy, 'hear-how-a-team-sells', 'Mentorship', {
    action:
      'Interview a sales leader about how their team sells today and where the coverage model lets them down, and write up what you heard for your manager.',
    successMeasure: 'A one-page summary the sales leader confirms is accurate.',
    helper: 'A regional sales leader',
    effortHours: 4,
    weeks: 2,
  }),
  suggest(skill.gtmStrategy, 'gtm-strategy-course', 'Learning', {
    action:
      "Learn a go-to-market strategy framework from a LinkedIn Learning course, then use it to describe GitLab's current motion for one segment on a page.",
    successMeasure: 'Course finished, and the page discussed with a Sales Strategy manager.',
    helper: 'Me',
    effortHours: 8,
    weeks: 3,
    resource: 'linkedInLearning',
  }),

  // Compensation plan design
  suggest(skill.compPlanDesign, 'model-a-plan-change', 'Hands-on project', {
    action:
      "Model the payout effect of one proposed change to a sales compensation plan on last year's bookings, by rep and in total, and present who gains and who loses.",
    successMeasure:
      'Sales Commissions and Finance review the model, and it is used in the decision on the change.',
    helper: 'A Sales Commissions manager',
    effortHours: 25,
    weeks: 5,
  }),
  suggest(skill.compPlanDesign, 'sit-in-on-plan-design', 'Mentorship', {
    action:
      "Sit in on the working sessions for next year's compensation plans, and afterwards ask the plan owner why each trade-off was made.",
    successMeasure: "You can explain two of next year's design choices and their cost to your manager.",
    helper: 'The owner of sales compensation design',
    effortHours: 8,
    weeks: 6,
  }),
  suggest(skill.compPlanDesign, 'sales-compensation-course', 'Learning', {
    action:
      'Enrol in a sales compensation design course paid through the Growth & Development benefit, and review one of the current plans against its principles.',
    successMeasure: 'Course finished, and a short review of the plan shared with its owner.',
    helper: 'My manager, to approve the benefit',
    effortHours: 20,
    weeks: 8,
    resource: 'growthBenefit',
  }),

  // Roadmap planning
  suggest(skill.roadmapPlanning, 'publish-next-quarters-roadmap', 'Hands-on project', {
    action:
      "Build next quarter's roadmap for one area your team owns, scoring each request for impact and effort with the person who asked, and publish it with what did not make the cut.",
    successMeasure: 'The roadmap is published on time, and the people behind the cut items know why.',
    helper: 'My manager',
    effortHours: 16,
    weeks: 4,
  }),
  suggest(skill.roadmapPlanning, 'borrow-an-intake-practice', 'Mentorship', {
    action:
      "Learn how a product manager runs intake and prioritisation, and try one of their practices on your team's backlog.",
    successMeasure: 'The practice is used in one planning round, and the team decides whether to keep it.',
    helper: 'A product manager',
    effortHours: 5,
    weeks: 4,
  }),
  suggest(skill.roadmapPlanning, 'escaping-the-build-trap', 'Learning', {
    action:
      "Read Escaping the Build Trap by Melissa Perri and rewrite your team's roadmap items as outcomes rather than features.",
    successMeasure:
      'The rewritten roadmap is reviewed with your manager and kept for the next planning round.',
    helper: 'Me',
    effortHours: 10,
    weeks: 4,
  }),

  // OKRs and KPIs
  suggest(skill.okrsAndKpis, 'draft-and-track-team-okrs', 'Hands-on project', {
    action:
      "Draft your team's OKRs for next quarter with measurable key results, each with a baseline and a data source, and track them in GitLab through the quarter.",
    successMeasure: 'Every key result has a baseline before the quarter starts and a score at its end.',
    helper: 'My manager',
    effortHours: 12,
    weeks: 13,
  }),
  suggest(skill.okrsAndKpis, 'review-of-draft-key-results', 'Mentorship', {
    action:
      "Ask someone who runs the field's OKR process to review your team's draft key results and explain what makes a key result measurable to them.",
    successMeasure:
      'Your key results are revised after their review, and none of them is a task in disguise.',
    helper: "A senior manager who runs the field's OKRs",
    effortHours: 3,
    weeks: 2,
  }),
  suggest(skill.okrsAndKpis, 'measure-what-matters', 'Learning', {
    action:
      "Read Measure What Matters by John Doerr alongside the handbook's OKR page, then score your team's OKRs from last quarter the way the book suggests.",
    successMeasure: "Last quarter's OKRs scored, with one lesson for the next set shared with your team.",
    helper: 'Me',
    effortHours: 10,
    weeks: 3,
    resource: 'handbook',
  }),

  // Function strategy
  suggest(skill.functionStrategy, 'one-page-strategy', 'Hands-on project', {
    action:
      'Write a one-year strategy for your team or function on one page, covering where it is today, where it must be and the three bets to get there, and review it with leadership.',
    successMeasure:
      "Your manager's manager reviews the page, and it is used to set next quarter's priorities.",
    helper: 'My manager',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.functionStrategy, 'ceo-shadow-rotation', 'Mentorship', {
    action:
      'Apply to the CEO Shadow programme and, during the rotation, note how company strategy decisions are framed, made and followed up.',
    successMeasure:
      'Rotation completed, with a written reflection on two decisions and what they mean for your function.',
    helper: 'My manager, to support the application',
    effortHours: 80,
    weeks: 4,
    resource: 'ceoShadow',
  }),
  suggest(skill.functionStrategy, 'test-a-draft-with-a-director', 'Mentorship', {
    action:
      "Ask a director outside your function how they set their team's strategy each year, and test your own draft against their questions.",
    successMeasure: 'Your draft answers each of their questions before it goes to leadership.',
    helper: 'A director in Field Operations',
    effortHours: 4,
    weeks: 3,
  }),
  suggest(skill.functionStrategy, 'good-strategy-bad-strategy', 'Learning', {
    action:
      "Read Good Strategy Bad Strategy by Richard Rumelt and diagnose your function's current plan with its kernel of diagnosis, guiding policy and coherent actions.",
    successMeasure: 'A one-page diagnosis of the plan discussed with your manager.',
    helper: 'Me',
    effortHours: 12,
    weeks: 4,
  }),
];
