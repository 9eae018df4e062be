/**
 * Suggestions for the skills of the "commercial" area (src/catalog/skills.ts): deals, quotes,
 * orders, revenue, contracts and bookings here; partners, pricing, vendors and renewals in
 * ./commercialPartners.ts.
 */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';
import { commercialPartnerSuggestions } from './commercialPartners';

export const commercialSuggestions: readonly Suggestion[] = [
  // Deal structuring
  suggest(skill.dealStructuring, 'structure-one-non-standard-deal', 'Hands-on project', {
    action:
      'Take one non-standard deal this quarter, such as a ramp, a multi-year prepay or a marketplace private offer, from the first seller question to an approved quote. Write a one-page note on the structure you chose and the ones you ruled out.',
    successMeasure:
      'The deal books without rework, and a Deal Desk lead agrees your note could guide the next seller who asks.',
    helper: 'A senior Deal Desk analyst',
    effortHours: 20,
    weeks: 8,
  }),
  suggest(skill.dealStructuring, 'deal-structure-playbook', 'Hands-on project', {
    action:
      'Collect the ten deal-structure questions sellers asked most in the sales support channel last quarter and turn them into worked examples, each showing the quote set-up it needs.',
    successMeasure:
      'Examples published in the handbook, reviewed by the Deal Desk manager, and linked from at least two answers in the support channel.',
    helper: 'The Deal Desk manager',
    effortHours: 24,
    weeks: 6,
    resource: 'handbook',
  }),
  suggest(skill.dealStructuring, 'sit-in-on-deal-reviews', 'Mentorship', {
    action:
      'Sit in on three reviews of large or unusual opportunities with a Deal Desk specialist, and afterwards ask which alternative structures they rejected and what decided each call.',
    successMeasure:
      'For each of the three deals you can explain the chosen structure and one rejected option, and the specialist agrees.',
    helper: 'A Deal Desk specialist',
    effortHours: 8,
    weeks: 6,
  }),
  suggest(skill.dealStructuring, 'monthly-hard-deal-review', 'Mentorship', {
    action:
      'Ask a Deal Desk manager from another region for an hour a month to go through the trickiest deal you handled that month, and how they would have shaped it.',
    successMeasure: 'Three sessions held; at least one structure you now offer sellers came out of them.',
    helper: 'A Deal Desk manager in another region',
    effortHours: 5,
    weeks: 12,
  }),
  suggest(skill.dealStructuring, 'read-quote-to-cash-pages', 'Learning', {
    action:
      'List every deal structure the Deal Desk and quote-to-cash sections of the handbook allow, with the approval each one needs, after reading those sections from start to finish.',
    successMeasure: 'A one-page list that a Deal Desk analyst checks and finds no error of substance in.',
    helper: 'A Deal Desk analyst',
    effortHours: 8,
    weeks: 3,
    resource: 'handbook',
  }),

  // Quote approval
  suggest(skill.quoteApproval, 'carry-one-discount-request', 'Hands-on project', {
    action:
      'Carry one non-standard discount request through every approval step yourself, logging how long each approver took, and propose two changes to the approval checklist from what you saw.',
    successMeasure:
      'Approval log shared with the Deal Desk manager, and at least one of your changes accepted or tried.',
    helper: 'The Deal Desk manager',
    effortHours: 12,
    weeks: 4,
  }),
  suggest(skill.quoteApproval, 'approval-turnaround-view', 'Hands-on project', {
    action:
      'Build a monthly view of approval turnaround by approver level and region from Salesforce quote data. Bring the two slowest steps to the next Deal Desk team meeting with a suggested fix for each.',
    successMeasure:
      'The view runs two months in a row, and the team agrees an action on at least one slow step.',
    helper: 'A Sales Operations analyst',
    effortHours: 20,
    weeks: 8,
  }),
  suggest(skill.quoteApproval, 'revise-approval-thresholds', 'Hands-on project', {
    action:
      "Check the approval matrix against last quarter's exceptions and draft revised thresholds that send routine requests to fewer approvers, showing the revenue exposed by each change.",
    successMeasure:
      'Draft reviewed by Deal Desk and Sales Finance leaders, with a decision recorded on each proposed threshold.',
    helper: 'A Deal Desk or Sales Operations director',
    effortHours: 30,
    weeks: 8,
  }),
  suggest(skill.quoteApproval, 'shadow-an-approver', 'Mentorship', {
    action:
      'Shadow someone with delegated approval authority through two weeks of quote approvals, asking them to say out loud why they approve, push back or escalate each request.',
    successMeasure:
      'You predict their decision on five new requests before seeing it and match on at least four.',
    helper: 'A Deal Desk approver with delegated authority',
    effortHours: 10,
    weeks: 3,
  }),
  suggest(skill.quoteApproval, 'cpq-approvals-in-a-playground', 'Learning', {
    action:
      'Work through the approvals material of the Salesforce CPQ Specialist path on Trailhead, then set up a two-step discount approval in a free playground org.',
    successMeasure:
      'A test quote in the playground passes through both steps, and you can explain each rule to a teammate.',
    helper: 'A Salesforce admin on Sales Systems',
    effortHours: 14,
    weeks: 4,
    resource: 'trailheadCpq',
  }),

  // Order booking
  suggest(skill.orderBooking, 'booking-correction-causes', 'Hands-on project', {
    action:
      'Pull every booking correction from the last two months, group the corrections by cause, and remove or document the top cause before the next quarter-end.',
    successMeasure:
      'A written breakdown of causes, and a visible drop in the top cause by the following month-end.',
    helper: 'An Order Management lead',
    effortHours: 20,
    weeks: 8,
  }),
  suggest(skill.orderBooking, 'book-five-complex-orders', 'Hands-on project', {
    action:
      'Book the next five complex orders, such as amendments, co-termed add-ons or distributor orders, yourself under review, noting every judgement call you had to make.',
    successMeasure:
      'Five orders booked with no corrections after review, and your list of judgement calls shared with the team.',
    helper: 'A senior Order Management specialist',
    effortHours: 15,
    weeks: 6,
  }),
  suggest(skill.orderBooking, 'order-management-internship', 'Hands-on project', {
    action:
      'Spend part of each week with Order Management over a quarter-end through an Internship for Learning, booking real orders alongside the team.',
    successMeasure:
      'By the end you book orders unaided, and the Order Management manager signs off your last ten.',
    helper: 'The Order Management manager',
    effortHours: 60,
    weeks: 10,
    resource: 'internship',
  }),
  suggest(skill.orderBooking, 'pair-through-quarter-close', 'Mentorship', {
    action:
      'Pair with an experienced booker for the last three days of a quarter, taking turns at the keyboard, and write down each check they make that you would have skipped.',
    successMeasure: 'At least five checks you now make on every order, confirmed by your pairing partner.',
    helper: 'An experienced Order Management specialist',
    effortHours: 12,
    weeks: 2,
  }),
  suggest(skill.orderBooking, 'cpq-orders-and-contracts', 'Learning', {
    action:
      'Complete the orders, contracts and amendments units of the Salesforce CPQ path on Trailhead, then trace one real GitLab order from quote to contract in Salesforce.',
    successMeasure: 'Units completed, and you explain the traced order to your manager field by field.',
    helper: 'My manager',
    effortHours: 12,
    weeks: 4,
    resource: 'trailheadCpq',
  }),

  // Revenue recognition
  suggest(skill.revenueRecognition, 'mark-revenue-sensitive-clauses', 'Hands-on project', {
    action:
      'Go through twenty recent contracts with non-standard terms and mark the clauses that could change revenue timing, such as acceptance, termination for convenience or promised features. Compare your calls with Revenue Accounting.',
    successMeasure:
      'You agree with Revenue Accounting on at least eighteen of twenty, and the differences are written up.',
    helper: 'A revenue accountant in Finance',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.revenueRecognition, 'seller-guide-to-revenue-terms', 'Hands-on project', {
    action:
      'Write a one-page guide for sellers on the deal terms that delay or split revenue, with a plain example of each, and have Revenue Accounting review it before it goes into the handbook.',
    successMeasure:
      'Guide approved and published; questions on those terms in the support channel fall over the next quarter.',
    helper: 'The Revenue Accounting team',
    effortHours: 16,
    weeks: 5,
    resource: 'handbook',
  }),
  suggest(skill.revenueRecognition, 'monthly-deal-with-revenue-accounting', 'Mentorship', {
    action:
      'Meet a revenue accountant once a month for a quarter and walk through one deal each time where the booking and the revenue treatment differed, and why.',
    successMeasure: 'Three deals explained in your own words with the five steps of ASC 606 applied to each.',
    helper: 'A revenue accountant in Finance',
    effortHours: 6,
    weeks: 12,
  }),
  suggest(skill.revenueRecognition, 'asc-606-course', 'Learning', {
    action:
      "Take an ASC 606 course aimed at SaaS companies, paid through the Growth & Development benefit, and note where each of its five steps shows up in GitLab's order form.",
    successMeasure: 'Course completed, with a page of notes a revenue accountant reviews and finds accurate.',
    helper: 'A revenue accountant in Finance',
    effortHours: 16,
    weeks: 6,
    resource: 'growthBenefit',
  }),

  // Contract negotiation
  suggest(skill.contractNegotiation, 'work-redlines-with-legal', 'Hands-on project', {
    action:
      "Work one enterprise customer's redlines with Legal from first mark-up to signature, proposing a commercial fallback for each disputed clause before Legal gives its view.",
    successMeasure:
      'Contract signed within the quarter, and Legal confirms most of your fallbacks were within policy.',
    helper: 'A commercial counsel in Legal',
    effortHours: 24,
    weeks: 8,
  }),
  suggest(skill.contractNegotiation, 'non-standard-terms-guardrails', 'Hands-on project', {
    action:
      'Draft guardrails for non-standard terms such as payment terms, liability caps and termination rights, stating what the team may accept alone and what needs Legal or Finance.',
    successMeasure:
      'Guardrails agreed with Legal and Finance, published, and used to settle three live requests without escalation.',
    helper: 'The Deal Desk director and a Legal partner',
    effortHours: 30,
    weeks: 8,
  }),
  suggest(skill.contractNegotiation, 'debrief-each-negotiation', 'Mentorship', {
    action:
      'After each of your next three negotiation calls, spend twenty minutes with a senior Deal Desk lead on what you conceded, what you got for it, and what you would hold next time.',
    successMeasure:
      'Three debrief notes, and by the third call every concession you make is traded for something.',
    helper: 'A senior Deal Desk lead',
    effortHours: 6,
    weeks: 8,
  }),
  suggest(skill.contractNegotiation, 'interests-not-positions', 'Learning', {
    action:
      'Learn the interests-behind-positions method from Getting to Yes by Fisher and Ury, or from a negotiation course paid through the Growth & Development benefit, and use it on your next contract.',
    successMeasure:
      'A short note on one live negotiation naming the interest you found behind each position.',
    helper: 'My manager',
    effortHours: 12,
    weeks: 4,
    resource: 'growthBenefit',
  }),

  // Bookings reconciliation
  suggest(skill.bookingsReconciliation, 'run-one-month-end', 'Hands-on project', {
    action:
      'Run one month-end reconciliation between Salesforce bookings and billing records yourself, tracing every variance above the agreed threshold to a cause and an owner.',
    successMeasure:
      'Every variance above threshold explained and assigned by the close deadline, and your manager signs off.',
    helper: 'My manager',
    effortHours: 16,
    weeks: 4,
  }),
  suggest(skill.bookingsReconciliation, 'fix-a-variance-upstream', 'Hands-on project', {
    action:
      'Choose the most frequent reconciliation variance of the last three months and remove its cause upstream, whether a missing field, a booking habit or a sync rule, with the owner of that step.',
    successMeasure: 'That type of variance falls by at least half over the next two month-ends.',
    helper: 'A Salesforce admin on Sales Systems',
    effortHours: 30,
    weeks: 10,
  }),
  suggest(skill.bookingsReconciliation, 'pair-with-billing', 'Mentorship', {
    action:
      'Pair with a billing analyst for two reconciliation cycles to learn how the same deals look from their side of the systems.',
    successMeasure:
      'You can name the billing fields that most often disagree with Salesforce, and why they do.',
    helper: 'A billing analyst in Finance',
    effortHours: 8,
    weeks: 8,
  }),
  suggest(skill.bookingsReconciliation, 'spreadsheet-matching-course', 'Learning', {
    action:
      "Rebuild last month's reconciliation after a LinkedIn Learning course on spreadsheet lookups, pivots and variance checks, using the techniques it teaches.",
    successMeasure:
      'The rebuilt reconciliation gives the same result in less time, and the method is written down.',
    helper: 'A senior analyst on the team',
    effortHours: 8,
    weeks: 3,
    resource: 'linkedInLearning',
  }),

  ...commercialPartnerSuggestions,
];
