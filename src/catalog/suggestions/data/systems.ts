/** Suggestions for the skills of the "systems" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const systemsSuggestions: readonly Suggestion[] = [
  // Salesforce administration
  suggest(skill.salesforceAdministration, 'sprint-of-declarative-requests', 'Hands-on project', {
    action:
      'Take the declarative Salesforce requests of one sprint in the Sales Systems queue, such as a new field, a validation rule or a page layout change, and build each in a sandbox before an admin reviews it.',
    successMeasure:
      'Every request of the sprint ships without rework after review, and the people who asked confirm it works for them.',
    helper: 'A Sales Systems admin',
    effortHours: 24,
    weeks: 3,
  }),
  suggest(skill.salesforceAdministration, 'internship-with-sales-systems', 'Hands-on project', {
    action:
      'Spend 10-20% of your time with Sales Systems for six weeks through an Internship for Learning, owning small configuration changes from the intake issue to release.',
    successMeasure: 'Six weeks completed, with at least five configuration changes released under your name.',
    helper: 'The Sales Systems manager, with an admin as mentor',
    effortHours: 40,
    weeks: 6,
    resource: 'internship',
  }),
  suggest(skill.salesforceAdministration, 'pair-on-a-sharing-change', 'Mentorship', {
    action:
      'Pair with a senior Salesforce admin on their next permission or sharing change, and ask them to talk through the data model and security trade-offs as they make it.',
    successMeasure:
      'You can explain the sharing model behind the change, and you make the next similar one with only a review.',
    helper: 'A senior Salesforce admin on Sales Systems',
    effortHours: 6,
    weeks: 4,
  }),
  suggest(skill.salesforceAdministration, 'certified-administrator', 'Learning', {
    action:
      'Prepare for and sit the Salesforce Certified Administrator exam, working through the official Trailhead material and practising each topic in a free developer org.',
    successMeasure:
      'Certification passed, and one practice build from your developer org shown to your manager.',
    helper: 'Me',
    effortHours: 60,
    weeks: 12,
    resource: 'trailheadAdmin',
  }),

  // Salesforce development
  suggest(skill.salesforceDevelopment, 'ship-one-apex-change', 'Hands-on project', {
    action:
      'Build one small Apex change the Sales Systems backlog needs, such as a trigger handler fix or a batch job, with unit tests and a code review from a developer.',
    successMeasure: "The change passes review and deploys with test coverage above the team's threshold.",
    helper: 'A Salesforce developer on Sales Systems',
    effortHours: 30,
    weeks: 6,
  }),
  suggest(skill.salesforceDevelopment, 'month-of-code-review', 'Mentorship', {
    action:
      'Have a Salesforce developer review your merge requests for a month, and ask them to walk you through one of their recent Apex designs, including why they chose code over configuration.',
    successMeasure:
      'Review comments on your code fall over the month, and you can explain when the team reaches for Apex.',
    helper: 'A Salesforce developer on Sales Systems',
    effortHours: 8,
    weeks: 4,
  }),
  suggest(skill.salesforceDevelopment, 'toward-platform-developer-one', 'Learning', {
    action:
      'Work through the Trailhead Apex and SOQL modules toward Platform Developer I, then rework one of your practice classes until its tests pass in a scratch org.',
    successMeasure:
      'The badges earned, and the practice class with passing tests shared with a developer for comment.',
    helper: 'Me',
    effortHours: 40,
    weeks: 10,
    resource: 'trailhead',
  }),

  // Sales tech stack
  suggest(skill.salesTechStack, 'audit-one-tool-before-renewal', 'Hands-on project', {
    action:
      'Audit the licences and usage of one sales tool connected to Salesforce, such as the engagement or call-recording tool, and propose who should keep, lose or gain access before its renewal.',
    successMeasure:
      "The tool's owner reviews the audit, and its access changes are made before the renewal date.",
    helper: 'The owner of the tool on Sales Systems',
    effortHours: 16,
    weeks: 5,
  }),
  suggest(skill.salesTechStack, 'shadow-the-stack-owner', 'Mentorship', {
    action:
      'Shadow the owner of the sales tool stack through one vendor review and one week of access requests, noting how they decide what to approve.',
    successMeasure: 'You handle the next week of access requests with the owner only spot-checking.',
    helper: 'The sales tool stack owner on Sales Systems',
    effortHours: 8,
    weeks: 3,
  }),
  suggest(skill.salesTechStack, 'map-the-field-tools', 'Learning', {
    action:
      "Draw a one-page map of how the tools around Salesforce pass data to each other, starting from the handbook's tech stack pages for the field.",
    successMeasure:
      "A Sales Systems admin checks the map, and it is used at least once to answer a teammate's question.",
    helper: 'A Sales Systems admin, to check the map',
    effortHours: 6,
    weeks: 2,
    resource: 'handbook',
  }),

  // CPQ and quoting
  suggest(skill.cpqQuoting, 'fix-ten-quotes-log-causes', 'Hands-on project', {
    action:
      'Take the next ten quote corrections that reach the team and fix each in the CPQ tool yourself, logging the root cause so the most common one can be designed out.',
    successMeasure:
      'Ten corrections done with no repeat error, and the most common cause raised with Sales Systems as an issue.',
    helper: 'A Deal Desk specialist',
    effortHours: 15,
    weeks: 4,
  }),
  suggest(skill.cpqQuoting, 'configure-a-price-rule-watched', 'Mentorship', {
    action:
      'Sit with a CPQ admin while they configure a new product or price rule, then configure the next similar change yourself while they watch.',
    successMeasure: 'Your configuration passes their review and quotes correctly in a sandbox test.',
    helper: 'A CPQ admin on Sales Systems',
    effortHours: 8,
    weeks: 4,
  }),
  suggest(skill.cpqQuoting, 'cpq-certification', 'Learning', {
    action:
      'Study for the Salesforce CPQ certification on Trailhead, trying each quote template, product rule and approval concept in a practice org as you go.',
    successMeasure:
      'Certification earned, or a practice exam above the pass mark with your practice org built.',
    helper: 'Me',
    effortHours: 50,
    weeks: 12,
    resource: 'trailheadCpq',
  }),

  // System integrations
  suggest(skill.systemIntegrations, 'document-one-integration', 'Hands-on project', {
    action:
      'Document one integration between Salesforce and another system end to end, covering the fields mapped, the sync schedule, error handling and owners, and fix one gap you find.',
    successMeasure:
      "The integration's owner reviews the page, and the gap you fixed stops appearing in the error log.",
    helper: 'The integration owner on Sales Systems',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.systemIntegrations, 'walk-through-sync-failures', 'Mentorship', {
    action:
      'Ask the engineer who owns an integration to walk you through its last three sync failures and how each was diagnosed and resolved.',
    successMeasure: 'You diagnose the next sync failure yourself before asking for help.',
    helper: 'An integration engineer on Sales Systems or IT',
    effortHours: 6,
    weeks: 4,
  }),
  suggest(skill.systemIntegrations, 'api-and-pattern-modules', 'Learning', {
    action:
      "Complete the Trailhead modules on Salesforce APIs and integration patterns, and explain to your manager which pattern each of your org's integrations uses.",
    successMeasure:
      "Modules done, and a short table of the org's integrations with their patterns reviewed by your manager.",
    helper: 'My manager',
    effortHours: 12,
    weeks: 4,
    resource: 'trailhead',
  }),

  // Release management
  suggest(skill.releaseManagement, 'run-one-release', 'Hands-on project', {
    action:
      'Run the release of one Sales Systems change to production, from the release checklist through validation in production, with a rollback plan written before you start.',
    successMeasure:
      'The release goes out in its window with a completed checklist and no incident afterwards.',
    helper: 'The Sales Systems release manager',
    effortHours: 12,
    weeks: 3,
  }),
  suggest(skill.releaseManagement, 'shadow-two-release-cycles', 'Mentorship', {
    action:
      'Shadow the release manager for two release cycles and write up where the current process slows down or takes on risk.',
    successMeasure: 'Your write-up is discussed at a team retrospective, and one point from it is acted on.',
    helper: 'The Sales Systems release manager',
    effortHours: 8,
    weeks: 4,
  }),
  suggest(skill.releaseManagement, 'lifecycle-models-modules', 'Learning', {
    action:
      'Work through the Trailhead modules on application lifecycle and development models, and compare the model they describe with how your team releases today.',
    successMeasure: 'Modules done, and a one-page comparison shared with the release manager.',
    helper: 'Me',
    effortHours: 8,
    weeks: 3,
    resource: 'trailhead',
  }),

  // Solution design
  suggest(skill.solutionDesign, 'design-a-cross-team-request', 'Hands-on project', {
    action:
      'Write the solution design for one request that touches several teams, covering the current state, the options with their trade-offs and a recommendation, and take it through design review.',
    successMeasure:
      'The design is approved with changes you can trace, and the build follows it without a redesign.',
    helper: 'A business systems architect',
    effortHours: 25,
    weeks: 6,
  }),
  suggest(skill.solutionDesign, 'review-past-designs', 'Mentorship', {
    action:
      'Ask a business systems architect to review two of your past designs with you and say what they would have asked before approving each.',
    successMeasure:
      'You can name the questions they raised, and your next design answers them before review.',
    helper: 'A business systems architect',
    effortHours: 5,
    weeks: 3,
  }),
  suggest(skill.solutionDesign, 'architect-data-modelling', 'Learning', {
    action:
      'Study the Trailhead architect material on data modelling and sharing, then redo the data model of one recent request to see what you would change.',
    successMeasure: 'Modules done, and the redone data model discussed with an architect.',
    helper: 'Me',
    effortHours: 20,
    weeks: 8,
    resource: 'trailhead',
  }),

  // Customer success platform
  suggest(skill.csPlatform, 'build-one-gainsight-change', 'Hands-on project', {
    action:
      'Build one Gainsight change the customer success team has asked for, such as a rule, a call to action or a dashboard, in the sandbox and release it after a CS Operations review.',
    successMeasure: 'The change is live and used by the CSMs who asked for it within two weeks of release.',
    helper: 'A CS Operations admin',
    effortHours: 16,
    weeks: 5,
  }),
  suggest(skill.csPlatform, 'shadow-the-gainsight-admin', 'Mentorship', {
    action:
      'Shadow the primary Gainsight admin through a week of requests, then take two of the simpler ones yourself with them reviewing.',
    successMeasure: 'Both requests ship after their review without rework.',
    helper: 'The primary Gainsight admin',
    effortHours: 8,
    weeks: 3,
  }),
  suggest(skill.csPlatform, 'gainsight-admin-certification', 'Learning', {
    action:
      'Prepare for the Gainsight administrator certification, funded through the Growth & Development benefit, practising each module in the sandbox.',
    successMeasure: 'Certification earned, and one sandbox exercise applied to a real request.',
    helper: 'My manager, to approve the benefit',
    effortHours: 30,
    weeks: 10,
    resource: 'growthBenefit',
  }),

  // Partner systems
  suggest(skill.partnerSystems, 'trace-stuck-partner-deals', 'Hands-on project', {
    action:
      'Trace five partner deals that got stuck between the partner portal and Salesforce, find where each stalled, and write up the two fixes that would prevent most of them.',
    successMeasure: 'Partner Operations accepts the write-up and schedules at least one of the fixes.',
    helper: 'A Partner Operations manager',
    effortHours: 15,
    weeks: 5,
  }),
  suggest(skill.partnerSystems, 'pair-on-partner-tickets', 'Mentorship', {
    action:
      'Pair with the Partner Operations specialist who supports the partner portal for two weeks of partner tickets, taking the lead in the second week.',
    successMeasure: "You close the second week's tickets with their review only on the hard ones.",
    helper: 'A Partner Operations specialist',
    effortHours: 10,
    weeks: 2,
  }),
  suggest(skill.partnerSystems, 'walk-the-registration-flow', 'Learning', {
    action:
      "Walk through each step of deal registration yourself in a partner portal test account, with the handbook's partner program pages open beside you.",
    successMeasure:
      'Every step walked through, with notes on which fields reach Salesforce checked by Partner Operations.',
    helper: 'A Partner Operations specialist',
    effortHours: 8,
    weeks: 3,
    resource: 'handbook',
  }),

  // Commission systems
  suggest(skill.commissionSystems, 'configure-and-reconcile-a-plan-change', 'Hands-on project', {
    action:
      'Configure the next routine plan change in the commission tool, such as a new rate table or crediting rule, in the test environment and reconcile its results against a spreadsheet model.',
    successMeasure: 'Test results match the spreadsheet to the cent before the change goes live.',
    helper: 'A Sales Commissions analyst',
    effortHours: 16,
    weeks: 4,
  }),
  suggest(skill.commissionSystems, 'explain-one-payout-back', 'Mentorship', {
    action:
      "Ask the commission tool's owner to walk you through how one rep's payout is computed from opportunity to statement, then explain it back to them.",
    successMeasure:
      'You explain the flow without notes and answer the next rep question on crediting yourself.',
    helper: 'The commission tool owner',
    effortHours: 4,
    weeks: 2,
  }),
  suggest(skill.commissionSystems, 'vendor-admin-training', 'Learning', {
    action:
      "Use the Growth & Development benefit for the commission vendor's administrator training, and map each module to a configuration in your team's tool.",
    successMeasure: 'Training completed, with three configurations you now understand and could change.',
    helper: 'My manager, to approve the benefit',
    effortHours: 24,
    weeks: 8,
    resource: 'growthBenefit',
  }),
];
