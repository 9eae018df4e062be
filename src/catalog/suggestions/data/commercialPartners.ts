/**
 * Suggestions for the "commercial" skills that reach outside the deal (src/catalog/skills.ts):
 * partner programs, pricing, vendor management and renewals.
 */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const commercialPartnerSuggestions: readonly Suggestion[] = [
  // Partner programs
  suggest(skill.partnerPrograms, 'partner-exception-casebook', 'Hands-on project', {
    action:
      'Keep a casebook of every partner request this quarter that did not fit the program rules, such as deal registration conflicts, not-for-resale requests or rebate disputes, and how each was settled.',
    successMeasure:
      'At least ten cases shared with Channel Operations, and two rule clarifications proposed from them.',
    helper: 'A Channel Operations manager',
    effortHours: 16,
    weeks: 12,
  }),
  suggest(skill.partnerPrograms, 'roll-out-a-program-change', 'Hands-on project', {
    action:
      'Lead the rollout of one partner program change, for example a new deal registration rule, covering the process update, enablement for partner managers and the note to partners.',
    successMeasure:
      'Live on the planned date with partner managers trained, and no rise in partner escalations the month after.',
    helper: 'A Partner Programs lead',
    effortHours: 40,
    weeks: 10,
  }),
  suggest(skill.partnerPrograms, 'propose-a-partner-incentive', 'Hands-on project', {
    action:
      'Propose one partner incentive, stating the behaviour it should reward, its cost at three levels of take-up and how you would tell whether it worked.',
    successMeasure: 'Channel and Finance leaders review it and decide to pilot, change or drop it.',
    helper: 'The Director of Channel Operations',
    effortHours: 40,
    weeks: 8,
  }),
  suggest(skill.partnerPrograms, 'join-partner-calls', 'Mentorship', {
    action:
      'Join a channel account manager on calls with two partners over a month to hear how the program rules land with the partners themselves.',
    successMeasure:
      'Three partner pain points written up, shared with Channel Operations and discussed with your manager.',
    helper: 'A channel account manager',
    effortHours: 10,
    weeks: 4,
  }),
  suggest(skill.partnerPrograms, 'study-the-partner-program', 'Learning', {
    action:
      'Study the channel and alliance program pages of the handbook until you can explain how partner tiers, deal registration and rebates interact to a new teammate in thirty minutes.',
    successMeasure:
      "The thirty-minute walkthrough given, with the new teammate's questions answered without looking anything up.",
    helper: 'A new teammate',
    effortHours: 8,
    weeks: 3,
    resource: 'handbook',
  }),

  // Pricing
  suggest(skill.pricing, 'model-two-packaging-options', 'Hands-on project', {
    action:
      "Model two packaging or pricing options for one tier or add-on, estimating their effect on new bookings and expansion from last year's deals, and review the model with Sales Strategy.",
    successMeasure:
      "Assumptions written down and the estimate holds up to Sales Strategy's questions in the review.",
    helper: 'A Sales Strategy manager',
    effortHours: 40,
    weeks: 8,
  }),
  suggest(skill.pricing, 'discount-pattern-analysis', 'Hands-on project', {
    action:
      "Analyse discounting on last quarter's closed deals by segment and deal size, and recommend one pricing guardrail that protects margin without slowing deals down.",
    successMeasure:
      'Recommendation presented to Deal Desk and Sales Finance leaders with the data behind it.',
    helper: 'A Sales Finance partner',
    effortHours: 24,
    weeks: 6,
  }),
  suggest(skill.pricing, 'observe-pricing-decisions', 'Mentorship', {
    action:
      'Ask to observe the forum where pricing and packaging changes are decided for one quarter, and go over each decision afterwards with one of its members.',
    successMeasure:
      'You can state each decision of the quarter, its trade-off and its owner, and the member agrees.',
    helper: 'A member of the pricing team',
    effortHours: 8,
    weeks: 12,
  }),
  suggest(skill.pricing, 'monetizing-innovation', 'Learning', {
    action:
      "Read Monetizing Innovation by Ramanujam and Tacke and write a short memo on which of its ideas GitLab's tiers already use and which they leave out.",
    successMeasure: 'A two-page memo discussed with a Sales Strategy or pricing lead.',
    helper: 'A Sales Strategy or pricing lead',
    effortHours: 12,
    weeks: 4,
  }),

  // Vendor management
  suggest(skill.vendorManagement, 'build-versus-buy-memo', 'Hands-on project', {
    action:
      'Write a build-versus-buy memo for one open sales systems need, comparing a vendor tool with a Salesforce build on three-year cost, time to value and who maintains it.',
    successMeasure: 'The Sales Systems leader reviews the memo and a decision is taken on it.',
    helper: 'The Senior Manager of Sales Systems',
    effortHours: 24,
    weeks: 6,
  }),
  suggest(skill.vendorManagement, 'own-a-tool-renewal', 'Hands-on project', {
    action:
      'Own the renewal of one sales tool contract, checking seat usage against licences and gathering user feedback before you meet the vendor with a target price and a walk-away point.',
    successMeasure: 'Renewed at or below target, or a written case to switch; unused seats removed.',
    helper: 'A Procurement partner',
    effortHours: 20,
    weeks: 8,
  }),
  suggest(skill.vendorManagement, 'pair-on-vendor-selection', 'Mentorship', {
    action:
      'Pair with a buyer from Procurement on one vendor selection from requirements to signature, and ask them to critique your scoring of the vendors.',
    successMeasure: 'Your scoring matches the final choice, or you can explain the difference.',
    helper: 'A buyer from the Procurement team',
    effortHours: 10,
    weeks: 8,
  }),
  suggest(skill.vendorManagement, 'vendor-management-course', 'Learning', {
    action:
      'Take a LinkedIn Learning course on vendor management and software contract negotiation, and turn it into a checklist for judging sales tool vendors.',
    successMeasure: 'The checklist is used on the next vendor evaluation and improved from that experience.',
    helper: 'A Procurement partner who reviews the checklist',
    effortHours: 6,
    weeks: 3,
    resource: 'linkedInLearning',
  }),

  // Renewals management
  suggest(skill.renewalsManagement, 'segment-renewal-scorecard', 'Hands-on project', {
    action:
      "Build a renewal scorecard for one segment with on-time renewal rate, gross retention and late renewals, and take the segment's sales and CS leads through it each month for a quarter.",
    successMeasure:
      'Used in three monthly reviews, and at least one cause of late renewals acted on by the segment.',
    helper: 'A renewals operations manager',
    effortHours: 30,
    weeks: 12,
  }),
  suggest(skill.renewalsManagement, 'map-renewal-handoffs', 'Hands-on project', {
    action:
      'Map the renewal process from 120 days out to booking for both auto-renewals and sales-assisted renewals, mark each handoff between sales, CS and finance, and propose a fix for the slowest one.',
    successMeasure: 'Sales, CS and finance owners agree the map, and the fix is scheduled.',
    helper: 'A Customer Success Operations lead',
    effortHours: 24,
    weeks: 6,
  }),
  suggest(skill.renewalsManagement, 'shadow-renewal-forecast-calls', 'Mentorship', {
    action:
      "Shadow a renewals manager through a quarter's renewal forecast calls and ask them how they decide which at-risk renewals get executive attention.",
    successMeasure: "Your ranking of next quarter's at-risk renewals matches theirs on most accounts.",
    helper: 'A renewals manager',
    effortHours: 10,
    weeks: 12,
  }),
  suggest(skill.renewalsManagement, 'retention-metrics-course', 'Learning', {
    action:
      "Learn how SaaS companies measure gross and net retention, churn and contraction through a LinkedIn Learning course, then calculate each for last quarter's renewals.",
    successMeasure: 'Your figures reconcile with the renewal dashboard, or you can explain every difference.',
    helper: 'A renewals operations analyst',
    effortHours: 8,
    weeks: 3,
    resource: 'linkedInLearning',
  }),
];
