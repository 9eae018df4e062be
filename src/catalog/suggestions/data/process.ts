/** Suggestions for the skills of the "process" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const processSuggestions: readonly Suggestion[] = [
  // Go-to-market policy
  suggest(skill.gtmPolicy, 'update-a-contested-rule', 'Hands-on project', {
    action:
      'Draft the update to one go-to-market rule sellers keep asking about, such as an account ownership case, with worked edge cases, and take it through approval.',
    successMeasure:
      'The update is approved and published, and questions on that rule drop in the following month.',
    helper: 'The owner of the rules of engagement in Sales Operations',
    effortHours: 15,
    weeks: 6,
  }),
  suggest(skill.gtmPolicy, 'draft-answers-in-the-channel', 'Mentorship', {
    action:
      'Work the sales policy questions channel alongside a senior Sales Operations colleague for two weeks, drafting each answer before they review it.',
    successMeasure: 'By the second week most of your drafted answers go out unchanged.',
    helper: 'A senior Sales Operations manager',
    effortHours: 10,
    weeks: 2,
  }),
  suggest(skill.gtmPolicy, 'five-tricky-scenarios', 'Learning', {
    action:
      "Read the handbook's rules of engagement end to end, and write five tricky scenarios with the answer the policy gives, for the team to check.",
    successMeasure:
      'A senior colleague checks the five scenarios, and any unclear rule is flagged to its owner.',
    helper: 'A senior Sales Operations manager, to check',
    effortHours: 6,
    weeks: 2,
    resource: 'handbook',
  }),

  // Process documentation
  suggest(skill.processDocumentation, 'handbook-page-for-a-process', 'Hands-on project', {
    action:
      'Rewrite the documentation of one process you run as a handbook page with its steps, owners and exceptions, and ask someone new to the process to follow it.',
    successMeasure:
      'A teammate new to the process completes it from the page, and their questions are folded back in.',
    helper: 'A teammate new to the process',
    effortHours: 10,
    weeks: 3,
  }),
  suggest(skill.processDocumentation, 'cut-a-page-with-an-editor', 'Mentorship', {
    action:
      'Hand one of your process pages to a colleague known for clear handbook pages and ask what they would cut.',
    successMeasure: 'The page is shorter after their review and still covers every step.',
    helper: 'A colleague known for clear handbook pages',
    effortHours: 3,
    weeks: 2,
  }),
  suggest(skill.processDocumentation, 'audit-the-teams-pages', 'Learning', {
    action:
      "Audit your team's process pages against the handbook's own guidance on keeping pages current, and open merge requests to fix every outdated step.",
    successMeasure: "An audit list of your team's pages, with a merge request open for every outdated step.",
    helper: 'Me',
    effortHours: 8,
    weeks: 3,
    resource: 'handbook',
  }),

  // Process improvement
  suggest(skill.processImprovement, 'trial-a-fix-for-a-delay', 'Hands-on project', {
    action:
      'Pick the process step your team complains about most, collect a month of data on its delays, and run a four-week trial of one fix with a before-and-after comparison.',
    successMeasure:
      "The trial's before-and-after numbers are shared, and the team decides to keep, change or drop the fix.",
    helper: 'My manager',
    effortHours: 20,
    weeks: 8,
  }),
  suggest(skill.processImprovement, 'plan-review-on-adoption', 'Mentorship', {
    action:
      'Ask someone who has led a process change in Field Operations to review your plan for one, focusing on how they got people to change their habits.',
    successMeasure:
      'Your plan gains a named adoption step from their advice, and the people in the process agree to it.',
    helper: 'A colleague who led a process change in Field Operations',
    effortHours: 4,
    weeks: 3,
  }),
  suggest(skill.processImprovement, 'lean-six-sigma-belt', 'Learning', {
    action:
      'Use the Growth & Development benefit for a Lean Six Sigma Yellow or Green Belt course, and apply its root-cause tools to one recurring problem on your team.',
    successMeasure: 'Course finished, and a root-cause analysis of the problem reviewed with your manager.',
    helper: 'My manager, to approve the benefit',
    effortHours: 40,
    weeks: 10,
    resource: 'growthBenefit',
  }),

  // Process automation
  suggest(skill.processAutomation, 'automate-a-weekly-chore', 'Hands-on project', {
    action:
      'Find a repetitive task your team does by hand every week, such as a report export or a routing step, and automate it with the tools you have, including a fallback if it fails.',
    successMeasure: 'The task runs without manual work for a month, and the hours saved are written down.',
    helper: 'A Sales Systems admin',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.processAutomation, 'review-before-you-build', 'Mentorship', {
    action:
      'Ask a Sales Systems admin to review your idea for an automation before you build it, and pair with them on the part you have not built before.',
    successMeasure: 'The automation is built to their standard, and they approve it for production.',
    helper: 'A Sales Systems admin',
    effortHours: 6,
    weeks: 4,
  }),
  suggest(skill.processAutomation, 'automation-course', 'Learning', {
    action:
      'Automate one step of your own weekly routine with what you learn in a LinkedIn Learning course on workflow automation or Google Apps Script.',
    successMeasure: 'Course finished, and one routine step now runs on its own each week.',
    helper: 'Me',
    effortHours: 10,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Data governance
  suggest(skill.dataGovernance, 'define-ten-fields', 'Hands-on project', {
    action:
      'Write the definition, owner and allowed values of the ten most used sales data fields on a data dictionary page, and get each owner to agree.',
    successMeasure:
      'All ten definitions agreed by their owners and published where the field teams can find them.',
    helper: 'A Sales Operations data steward',
    effortHours: 16,
    weeks: 6,
  }),
  suggest(skill.dataGovernance, 'observe-the-governance-review', 'Mentorship', {
    action:
      'Observe two cycles of the sales data governance review, and ask its lead how disputes over definitions are settled.',
    successMeasure: 'You can explain how a definition dispute is decided and who decides it.',
    helper: 'The lead of the sales data governance review',
    effortHours: 6,
    weeks: 6,
  }),
  suggest(skill.dataGovernance, 'check-a-report-against-classification', 'Learning', {
    action:
      "Read the handbook's data classification standard, then check one report you own for fields it shares beyond their classification.",
    successMeasure: 'The check is done, any issue is fixed, and your manager has the results.',
    helper: 'Me',
    effortHours: 6,
    weeks: 2,
    resource: 'handbook',
  }),

  // Compliance and controls
  suggest(skill.complianceControls, 'evidence-for-one-control', 'Hands-on project', {
    action:
      'Prepare the evidence for one SOX control your team owns for the next testing cycle, and walk the internal auditor through it yourself.',
    successMeasure: 'The control passes testing with no request for further evidence.',
    helper: 'The internal audit partner for Field Operations',
    effortHours: 16,
    weeks: 6,
  }),
  suggest(skill.complianceControls, 'understand-a-past-finding', 'Mentorship', {
    action:
      'Ask an internal auditor to explain the last finding on a control in your area and how its fix was judged to be enough.',
    successMeasure:
      'You can explain the finding and its fix, and you spot the same weakness in another control.',
    helper: 'An internal auditor',
    effortHours: 3,
    weeks: 2,
  }),
  suggest(skill.complianceControls, 'internal-controls-course', 'Learning', {
    action:
      "Follow a LinkedIn Learning course on SOX and internal controls, listing each control in your team's processes with its owner and evidence as you go.",
    successMeasure: 'Course finished, and your manager checks the control list for gaps.',
    helper: 'Me',
    effortHours: 10,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Operating cadence
  suggest(skill.operatingCadence, 'prep-a-business-review', 'Hands-on project', {
    action:
      'Run the preparation of one monthly or quarterly business review for a sales leader, from the data pull to the pre-read and the list of follow-ups.',
    successMeasure:
      'The review starts with the pre-read already read, and every follow-up has an owner and a date within a day.',
    helper: 'The sales leader who holds the review',
    effortHours: 20,
    weeks: 4,
  }),
  suggest(skill.operatingCadence, 'shadow-the-weekly-rhythm', 'Mentorship', {
    action:
      "Shadow the operations lead who runs the field's weekly rhythm for two weeks, and note what happens between the meetings.",
    successMeasure:
      'You can draw the weekly rhythm with its inputs and owners, and your manager agrees it is right.',
    helper: 'The operations lead who runs the weekly rhythm',
    effortHours: 8,
    weeks: 2,
  }),
  suggest(skill.operatingCadence, 'high-output-management', 'Learning', {
    action:
      'Read High Output Management by Andy Grove and redesign one recurring meeting you run to cut its length or the number of people in it.',
    successMeasure: 'The redesigned meeting runs for a month, shorter or smaller, with no decision lost.',
    helper: 'Me',
    effortHours: 10,
    weeks: 6,
  }),

  // Change management
  suggest(skill.changeManagement, 'change-plan-for-a-rollout', 'Hands-on project', {
    action:
      'Plan the rollout of the next process or tool change your team makes, covering who is affected, what they hear and when, the training and how adoption is tracked.',
    successMeasure: 'Adoption is measured at two and six weeks and reaches the level agreed in the plan.',
    helper: 'My manager',
    effortHours: 20,
    weeks: 8,
  }),
  suggest(skill.changeManagement, 'lessons-from-a-field-rollout', 'Mentorship', {
    action:
      'Before your next change plan is final, review it with the person who led a recent field-wide rollout and ask what they would do differently.',
    successMeasure: 'Their comments are in your plan, and you can name the risk they helped you avoid.',
    helper: 'A Field Enablement or Field Communications lead who ran a rollout',
    effortHours: 4,
    weeks: 3,
  }),
  suggest(skill.changeManagement, 'change-management-certification', 'Learning', {
    action:
      'Earn a change management certification such as Prosci with the Growth & Development benefit, and apply its model to a change your team has planned.',
    successMeasure: "Certification earned, and the change plan rewritten along the model's stages.",
    helper: 'My manager, to approve the benefit',
    effortHours: 30,
    weeks: 8,
    resource: 'growthBenefit',
  }),

  // Delivery lifecycle
  suggest(skill.deliveryLifecycle, 'intake-to-release', 'Hands-on project', {
    action:
      "Take one systems change from intake to release through your team's full lifecycle, writing the acceptance criteria and running the user acceptance test with the person who asked.",
    successMeasure: 'The test is signed off in the first round, and the change releases without a hotfix.',
    helper: 'A Sales Systems product owner',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.deliveryLifecycle, 'borrow-a-sprint-practice', 'Mentorship', {
    action:
      "Join another team's sprint ceremonies for a month as an observer, and bring one practice back to your own team's retrospective.",
    successMeasure: 'The practice is tried in a sprint, and the team decides whether to keep it.',
    helper: 'An engineering manager on another team',
    effortHours: 8,
    weeks: 4,
  }),
  suggest(skill.deliveryLifecycle, 'agile-fundamentals-course', 'Learning', {
    action:
      "Take a LinkedIn Learning course on agile and scrum fundamentals, and compare your team's ceremonies with what it describes.",
    successMeasure: "Course finished, with two differences written up for your team's next retrospective.",
    helper: 'Me',
    effortHours: 8,
    weeks: 3,
    resource: 'linkedInLearning',
  }),
];
