/** Suggestions for the skills of the "analysis" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const analysisSuggestions: readonly Suggestion[] = [
  // Reporting and dashboards
  suggest(skill.reportingDashboards, 'rebuild-a-weekly-dashboard', 'Hands-on project', {
    action:
      'Rebuild one dashboard your sales leaders open every week so it answers its main question on the first screen, and remove the charts nobody reads.',
    successMeasure: 'The leaders use the new version in their next review, and the old one is retired.',
    helper: 'The sales leader who owns the review',
    effortHours: 20,
    weeks: 4,
  }),
  suggest(skill.reportingDashboards, 'critique-against-bi-standards', 'Mentorship', {
    action:
      "Ask a senior analyst to critique three of your dashboards against the team's BI standards and agree two changes on each.",
    successMeasure: 'Six changes made, and the analyst signs off the revised dashboards.',
    helper: 'A senior analyst in Sales Strategy',
    effortHours: 6,
    weeks: 3,
  }),
  suggest(skill.reportingDashboards, 'storytelling-with-data', 'Learning', {
    action:
      'Read Storytelling with Data by Cole Nussbaumer Knaflic, then redesign one chart in your BI tool using its advice on clutter and emphasis.',
    successMeasure: 'Before and after versions shown to your manager, who agrees the new one reads faster.',
    helper: 'Me',
    effortHours: 10,
    weeks: 4,
  }),
  suggest(skill.reportingDashboards, 'bi-tool-course', 'Learning', {
    action:
      'Build a practice dashboard on a copy of real pipeline data as you work through a LinkedIn Learning course on Tableau or Looker at your level.',
    successMeasure: 'Course finished, and an analyst reviews the practice dashboard.',
    helper: 'Me',
    effortHours: 12,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Data quality
  suggest(skill.dataQuality, 'measure-and-clean-one-field', 'Hands-on project', {
    action:
      'Pick one field sales leaders rely on, such as account segment or opportunity close date, measure how often it is wrong or empty, and run a clean-up with the record owners.',
    successMeasure:
      'The error rate you measured falls by half, and a report shows it staying down a month later.',
    helper: 'A Sales Operations analyst',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.dataQuality, 'merge-duplicates-with-the-steward', 'Mentorship', {
    action:
      'Ask the Salesforce data steward to show you how they find and merge duplicate accounts, then handle the next batch with them checking.',
    successMeasure: 'Your batch is merged with no wrong merge found in their check.',
    helper: 'The Salesforce data steward in Sales Operations',
    effortHours: 6,
    weeks: 3,
  }),
  suggest(skill.dataQuality, 'data-quality-course', 'Learning', {
    action:
      "Work through a LinkedIn Learning course on data quality management, noting three checks from it that your team's weekly reports could run.",
    successMeasure: 'Course finished, and one of the three checks added to a weekly report.',
    helper: 'Me',
    effortHours: 8,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Data analysis
  suggest(skill.dataAnalysis, 'answer-a-repeated-question', 'Hands-on project', {
    action:
      'Answer one question sales leadership has asked more than once, such as why average deal size moved this quarter, with SQL or a spreadsheet model and a one-page write-up.',
    successMeasure:
      'Leadership takes a decision or a next question from the write-up, and the analysis can be rerun from your notes.',
    helper: 'My manager',
    effortHours: 24,
    weeks: 5,
  }),
  suggest(skill.dataAnalysis, 'internship-with-the-data-team', 'Hands-on project', {
    action:
      'Spend 10-20% of your time for a quarter with the Enterprise Data team through an Internship for Learning, delivering one small analysis on their stack.',
    successMeasure:
      'The internship issue closes with the agreed analysis delivered and reviewed by your Data team mentor.',
    helper: 'A mentor from the Enterprise Data team',
    effortHours: 60,
    weeks: 12,
    resource: 'internship',
  }),
  suggest(skill.dataAnalysis, 'write-the-queries-they-review', 'Mentorship', {
    action:
      'Pair with a senior analyst on their next ad hoc analysis, writing the queries yourself while they review your logic at each step.',
    successMeasure: 'The analysis ships with your queries unchanged after their final review.',
    helper: 'A senior analyst in Sales Strategy',
    effortHours: 10,
    weeks: 3,
  }),
  suggest(skill.dataAnalysis, 'intermediate-sql', 'Learning', {
    action:
      'Take an intermediate SQL course on LinkedIn Learning and turn one report you now build by hand into a query.',
    successMeasure: 'Course finished, and the query returns the same figures as the manual report.',
    helper: 'Me',
    effortHours: 15,
    weeks: 6,
    resource: 'linkedInLearning',
  }),

  // Forecasting
  suggest(skill.forecasting, 'segment-roll-up-for-a-quarter', 'Hands-on project', {
    action:
      'Prepare the weekly forecast roll-up for one segment through a whole quarter, and each week walk your manager through the calls you changed and why.',
    successMeasure: 'By quarter end your roll-up lands within the accuracy your manager agreed at the start.',
    helper: 'My manager',
    effortHours: 30,
    weeks: 13,
  }),
  suggest(skill.forecasting, 'compare-your-commit-call', 'Mentorship', {
    action:
      "Sit in on a regional leader's forecast calls for a month, and each week compare your own commit call with the one they submitted.",
    successMeasure:
      'You can explain the gaps between your calls and theirs, and they narrow by the last week.',
    helper: 'A regional sales leader',
    effortHours: 8,
    weeks: 4,
  }),
  suggest(skill.forecasting, 'score-last-quarters-forecast', 'Learning', {
    action:
      "Score last quarter's forecast against final bookings, category by category, using the forecast definitions in the handbook.",
    successMeasure:
      'An accuracy table by category shared with your manager, with the biggest miss explained.',
    helper: 'Me',
    effortHours: 8,
    weeks: 3,
    resource: 'handbook',
  }),
  suggest(skill.forecasting, 'superforecasting-log', 'Learning', {
    action:
      'Read Superforecasting by Philip Tetlock and Dan Gardner, and keep a log of your weekly forecast calls with their reasons, scoring them at quarter end.',
    successMeasure: 'A quarter of logged and scored calls, with one habit you changed because of it.',
    helper: 'Me',
    effortHours: 12,
    weeks: 13,
  }),

  // Pipeline analysis
  suggest(skill.pipelineAnalysis, 'coverage-view-for-a-region', 'Hands-on project', {
    action:
      "Build a pipeline coverage and conversion view for one region by stage and source, and present next quarter's two biggest risks to its sales leader.",
    successMeasure: 'The leader agrees with at least one risk and asks for the view again next quarter.',
    helper: 'A regional sales leader',
    effortHours: 20,
    weeks: 4,
  }),
  suggest(skill.pipelineAnalysis, 'compare-notes-on-a-review', 'Mentorship', {
    action:
      'Ask a senior Sales Strategy analyst to review how you read a pipeline report, then join their next pipeline review and compare notes afterwards.',
    successMeasure: 'Your read-out of the next review matches theirs on the main risks.',
    helper: 'A senior analyst in Sales Strategy',
    effortHours: 6,
    weeks: 4,
  }),
  suggest(skill.pipelineAnalysis, 'funnel-metrics-course', 'Learning', {
    action:
      'Check how your team calculates stage conversion against the definitions taught in a LinkedIn Learning course on sales funnel metrics.',
    successMeasure: 'Course finished, and any difference in definitions written up for your manager.',
    helper: 'Me',
    effortHours: 8,
    weeks: 3,
    resource: 'linkedInLearning',
  }),

  // Market analysis
  suggest(skill.marketAnalysis, 'size-one-segment', 'Hands-on project', {
    action:
      'Size the addressable market of one segment or territory from firmographic data, state your assumptions, and compare the result with the pipeline you already have there.',
    successMeasure:
      'A strategy analyst reviews the sizing, and it is used in the next planning conversation for that segment.',
    helper: 'A Sales Strategy analyst',
    effortHours: 25,
    weeks: 6,
  }),
  suggest(skill.marketAnalysis, 'inside-a-propensity-model', 'Mentorship', {
    action:
      'Get a walkthrough of a propensity or whitespace model from the Sales Strategy analyst who built it, covering its inputs and how they validated it.',
    successMeasure: "You can describe the model's inputs and weak points to your manager in five minutes.",
    helper: 'A Sales Strategy analyst',
    effortHours: 4,
    weeks: 2,
  }),
  suggest(skill.marketAnalysis, 'market-sizing-course', 'Learning', {
    action:
      'Take a LinkedIn Learning course on market sizing or competitive analysis and redo a past sizing with its method to see where the answers differ.',
    successMeasure: 'Course finished, and the two sizings compared with the reasons for the difference.',
    helper: 'Me',
    effortHours: 10,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Commission calculation
  suggest(skill.commissionCalculation, 'parallel-run-a-month', 'Hands-on project', {
    action:
      'Calculate the commissions of a group of reps for one month in parallel with the assigned analyst, and reconcile every difference before payout.',
    successMeasure:
      "Your figures match the analyst's for every rep, or each difference is explained and resolved.",
    helper: 'A Sales Commissions analyst',
    effortHours: 20,
    weeks: 4,
  }),
  suggest(skill.commissionCalculation, 'shadow-a-monthly-close', 'Mentorship', {
    action:
      'Shadow a Sales Commissions analyst through a monthly close, from crediting checks to the accrual, and ask them to explain each judgement call.',
    successMeasure:
      'You can list the close steps in order and handle one of them yourself at the next close.',
    helper: 'A Sales Commissions analyst',
    effortHours: 10,
    weeks: 4,
  }),
  suggest(skill.commissionCalculation, 'worked-crediting-examples', 'Learning', {
    action:
      "Read the current commission plan documents and the handbook's sales commission pages, then write ten worked examples of tricky crediting cases.",
    successMeasure: 'Ten examples checked by a commissions analyst, with no error left.',
    helper: 'A Sales Commissions analyst, to check',
    effortHours: 10,
    weeks: 3,
    resource: 'handbook',
  }),

  // Customer health
  suggest(skill.customerHealth, 'test-the-health-score', 'Hands-on project', {
    action:
      'Test the current health score against a year of renewal outcomes, and show which of its inputs actually predicted churn or growth.',
    successMeasure:
      "CS Operations reviews the findings, and at least one input's weight is changed because of them.",
    helper: 'A CS Operations manager',
    effortHours: 30,
    weeks: 8,
  }),
  suggest(skill.customerHealth, 'join-at-risk-reviews', 'Mentorship', {
    action:
      'Join a Customer Success Manager for two reviews of at-risk accounts, then compare what the health score said with what the CSM knew.',
    successMeasure: 'You can name two signals the score misses, and you have shared them with CS Operations.',
    helper: 'A Customer Success Manager',
    effortHours: 6,
    weeks: 3,
  }),
  suggest(skill.customerHealth, 'map-lifecycle-to-metrics', 'Learning', {
    action:
      "Map each stage of the customer lifecycle to a metric your reports already track, taking the stages and the health scoring approach from the handbook's customer success pages.",
    successMeasure: 'A map of stages to metrics with the gaps marked, reviewed by your manager.',
    helper: 'Me',
    effortHours: 6,
    weeks: 2,
    resource: 'handbook',
  }),

  // Program measurement
  suggest(skill.programMeasurement, 'measure-last-quarters-program', 'Hands-on project', {
    action:
      'Pick one enablement or sales program that ran last quarter and measure whether its participants performed differently from those who did not, on a metric agreed with its owner.',
    successMeasure:
      'The program owner accepts the method, and the result is used to decide whether to run it again.',
    helper: "The program's owner in Field Enablement",
    effortHours: 24,
    weeks: 6,
  }),
  suggest(skill.programMeasurement, 'review-a-measurement-plan', 'Mentorship', {
    action:
      'Before a program starts, have a program manager who already reports program impact review your measurement plan for it.',
    successMeasure: 'The plan is adjusted after their review, and a baseline is taken before launch.',
    helper: 'A program manager in Field Enablement',
    effortHours: 4,
    weeks: 2,
  }),
  suggest(skill.programMeasurement, 'four-levels-of-evaluation', 'Learning', {
    action:
      "Read up on Kirkpatrick's four levels of training evaluation and score one recent program at each level with the data you have.",
    successMeasure: 'A four-level scorecard for the program, naming the level you could not measure and why.',
    helper: 'Me',
    effortHours: 8,
    weeks: 3,
  }),
];
