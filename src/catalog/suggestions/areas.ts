/**
 * Area-level suggestions: for a requirement whose words match no skill of the vocabulary (most
 * often a handbook requirement), one of each 70-20-10 kind per area. Each is a whole sentence about
 * the area's everyday RSOE work, written to be useful without knowing the requirement's exact text.
 */
import { suggestForArea, type AreaSuggestion } from './types';

export const AREA_SUGGESTIONS: readonly AreaSuggestion[] = [
  // Salesforce and systems
  suggestForArea('systems', 'build-one-backlog-request', 'Hands-on project', {
    action:
      "Take one small change request from the Sales Systems backlog, build it in a sandbox with an admin reviewing, and release it through the team's usual change process.",
    successMeasure:
      'The change is live, passed review without rework, and the person who asked for it confirms it solved the problem.',
    helper: 'A Sales Systems admin',
    effortHours: 16,
    weeks: 6,
  }),
  suggestForArea('systems', 'shadow-the-systems-queue', 'Mentorship', {
    action:
      'Shadow a Sales Systems admin through a week of their request queue, then ask them to walk you through the reasoning behind the two requests you found hardest to follow.',
    successMeasure:
      'You can explain how both requests were triaged and built, and you handle the next similar one with only a review.',
    helper: 'A Sales Systems admin',
    effortHours: 8,
    weeks: 3,
  }),
  suggestForArea('systems', 'trailhead-trail-for-the-role', 'Learning', {
    action:
      'Work through a Trailhead trail on the part of the Salesforce platform your target role uses most, and repeat one of its exercises on a real request in a sandbox.',
    successMeasure: 'Trail badge earned, and one sandbox change built from it passes an admin review.',
    helper: 'Me, with a Sales Systems admin reviewing',
    effortHours: 15,
    weeks: 6,
    resource: 'trailhead',
  }),

  // Analysis and reporting
  suggestForArea('analysis', 'answer-one-open-question', 'Hands-on project', {
    action:
      'Answer one open question from a sales leader with data, from pulling the numbers to a one-page write-up with a recommendation, and have an analyst check the method before you share it.',
    successMeasure:
      'The leader acts on the recommendation or comes back with a sharper question, and the analyst finds no error in the method.',
    helper: 'A senior analyst in Sales Strategy',
    effortHours: 20,
    weeks: 4,
  }),
  suggestForArea('analysis', 'pair-on-a-recurring-report', 'Mentorship', {
    action:
      'Pair with an analyst on one recurring report for a month, running the refresh yourself from the second week while they check your numbers.',
    successMeasure: "In the last week you refresh the report alone and it matches the analyst's check.",
    helper: 'An analyst in Sales Strategy',
    effortHours: 10,
    weeks: 4,
  }),
  suggestForArea('analysis', 'course-then-rebuild-a-report', 'Learning', {
    action:
      'Take a LinkedIn Learning course on SQL or spreadsheet analysis at the level you need, then rebuild one report you use every week with what it taught.',
    successMeasure: 'Course finished, and the rebuilt report gives the same numbers with fewer manual steps.',
    helper: 'Me',
    effortHours: 12,
    weeks: 6,
    resource: 'linkedInLearning',
  }),

  // Planning and strategy
  suggestForArea('planning', 'own-one-planning-input', 'Hands-on project', {
    action:
      "Own one input to the next planning cycle, such as a segment's account list or a capacity assumption, from first draft to sign-off, keeping a log of what changed between versions and why.",
    successMeasure:
      "Your input is used in the approved plan, and the change log answers Finance's questions without a meeting.",
    helper: 'My manager',
    effortHours: 24,
    weeks: 8,
  }),
  suggestForArea('planning', 'observe-planning-reviews', 'Mentorship', {
    action:
      "Sit in on a sales segment's planning reviews as an observer, then meet the planning lead after each one to ask why the trade-offs went the way they did.",
    successMeasure:
      'You can explain three of the trade-offs to your manager, and where you would have decided differently.',
    helper: 'The planning lead for a sales segment',
    effortHours: 8,
    weeks: 6,
  }),
  suggestForArea('planning', 'read-how-gitlab-plans', 'Learning', {
    action:
      "Read the handbook's pages on how GitLab sets OKRs and plans its year, then map where your team's work shows up in this year's plan.",
    successMeasure: "A one-page map of your team's work against the plan, checked with your manager.",
    helper: 'My manager',
    effortHours: 6,
    weeks: 2,
    resource: 'handbook',
  }),

  // Process and policy
  suggestForArea('process', 'map-and-time-a-process', 'Hands-on project', {
    action:
      'Map one process your team runs end to end, timing each handoff on a few real cases, and propose the single change that would remove the most waiting.',
    successMeasure:
      'The people in the process agree the map is right, and the change is tried on live work for a month.',
    helper: 'The owner of the process on my team',
    effortHours: 20,
    weeks: 6,
  }),
  suggestForArea('process', 'borrow-from-a-well-run-process', 'Mentorship', {
    action:
      'Ask the owner of a well-run process elsewhere in Field Operations how they keep it documented, measured and followed, and borrow one of their practices for a process you run.',
    successMeasure:
      'One borrowed practice is in place in your own process within a month of the conversation.',
    helper: 'A process owner in another Field Operations team',
    effortHours: 6,
    weeks: 4,
  }),
  suggestForArea('process', 'rewrite-a-process-page', 'Learning', {
    action:
      "Study how the GitLab handbook writes processes down, then rewrite one page of your team's process documentation so a new teammate could follow it alone.",
    successMeasure: 'A new or junior teammate completes the process from your page without asking for help.',
    helper: 'A new teammate, as the tester',
    effortHours: 8,
    weeks: 3,
    resource: 'handbook',
  }),

  // Deals and commercial
  suggestForArea('commercial', 'carry-three-deals-to-booking', 'Hands-on project', {
    action:
      'Carry the commercial review of three real opportunities from first quote to booking, writing down each decision on terms and why it was acceptable.',
    successMeasure:
      'All three book cleanly with no rework, and a Deal Desk specialist agrees with your written reasoning.',
    helper: 'A Deal Desk specialist',
    effortHours: 15,
    weeks: 6,
  }),
  suggestForArea('commercial', 'shadow-a-quarter-end-week', 'Mentorship', {
    action:
      'Shadow a Deal Desk specialist through a quarter-end week, then go back over the two deals that needed the most judgement with them.',
    successMeasure: "You can explain both deals' structure and approvals to your manager in your own words.",
    helper: 'A Deal Desk specialist',
    effortHours: 10,
    weeks: 2,
  }),
  suggestForArea('commercial', 'course-on-saas-commercials', 'Learning', {
    action:
      'Use the Growth & Development benefit for a course on the commercial side of SaaS, such as pricing, contract terms or revenue rules, and share what changed your view with your team.',
    successMeasure:
      'Course finished and a ten-minute share-out given, answering at least one question from the team with it.',
    helper: 'My manager, to approve the benefit',
    effortHours: 20,
    weeks: 8,
    resource: 'growthBenefit',
  }),

  // Stakeholder management
  suggestForArea('stakeholders', 'drive-a-cross-team-decision', 'Hands-on project', {
    action:
      'Lead one piece of work that needs a decision from two other teams: set out the options and a recommendation in a shared issue and drive it to a decision by a set date.',
    successMeasure: 'A decision is recorded by the date, and both teams say they were heard.',
    helper: 'My manager',
    effortHours: 15,
    weeks: 6,
  }),
  suggestForArea('stakeholders', 'review-a-cross-team-request', 'Mentorship', {
    action:
      'Ask a senior colleague known for getting agreement across teams to review how you handled a recent cross-team request, and invite them to the next one.',
    successMeasure: 'Their feedback is written down, and the next request closes faster than the last.',
    helper: 'A senior peer known for cross-team work',
    effortHours: 6,
    weeks: 6,
  }),
  suggestForArea('stakeholders', 'course-on-influence', 'Learning', {
    action:
      'Take a LinkedIn Learning course on influencing without authority, and plan your next cross-team conversation around one technique from it.',
    successMeasure:
      'Course finished, and you can name the technique and what went differently in the conversation.',
    helper: 'Me',
    effortHours: 5,
    weeks: 3,
    resource: 'linkedInLearning',
  }),

  // Communication
  suggestForArea('communication', 'write-the-next-team-update', 'Hands-on project', {
    action:
      'Write the next update your team sends to the field or to leadership, have someone senior edit it, and compare the questions it draws with those of earlier updates.',
    successMeasure:
      'It goes out with the edits taken and draws fewer clarifying questions than the last one.',
    helper: 'A Field Communications specialist',
    effortHours: 8,
    weeks: 3,
  }),
  suggestForArea('communication', 'three-rounds-of-feedback', 'Mentorship', {
    action:
      'Ask a colleague whose writing or presenting you admire for written feedback on your next three pieces, with one thing to keep and one to change each time.',
    successMeasure: 'Three rounds of feedback collected, and by the third the same point no longer comes up.',
    helper: 'A colleague whose writing I admire',
    effortHours: 5,
    weeks: 6,
  }),
  suggestForArea('communication', 'course-then-rewrite', 'Learning', {
    action:
      'Take a LinkedIn Learning course on business writing or presenting, then rewrite one of your recent documents or decks with what it taught.',
    successMeasure:
      'Course finished, and your manager agrees the rewritten version is clearer than the original.',
    helper: 'Me',
    effortHours: 6,
    weeks: 3,
    resource: 'linkedInLearning',
  }),

  // Program management
  suggestForArea('programs', 'run-a-small-project', 'Hands-on project', {
    action:
      'Run one small project from kickoff to a written wrap-up, with a plan, named owners and a weekly status note in a GitLab issue.',
    successMeasure:
      'It finishes within a week of the planned date, and the wrap-up lists what you would change next time.',
    helper: 'My manager',
    effortHours: 30,
    weeks: 10,
  }),
  suggestForArea('programs', 'plan-review-by-a-program-manager', 'Mentorship', {
    action:
      'Ask a program manager in Field Enablement or Revenue Programs to review your next project plan before you start and your status notes halfway through.',
    successMeasure:
      'Their comments are worked into the plan, and the halfway review finds no missed dependency.',
    helper: 'A program manager in Field Enablement',
    effortHours: 6,
    weeks: 8,
  }),
  suggestForArea('programs', 'project-course-and-template', 'Learning', {
    action:
      'Work through a project management course on LinkedIn Learning and use its planning template on the next project you are given.',
    successMeasure:
      "Course finished, and your next project plan uses the template and passes your manager's review.",
    helper: 'Me',
    effortHours: 10,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Enablement and training
  suggestForArea('enablement', 'teach-one-short-session', 'Hands-on project', {
    action:
      'Teach one short session to a field team on something you know well, with a clear goal, one exercise and a question at the end that checks what landed.',
    successMeasure: 'Session given, and most attendees answer the closing question correctly.',
    helper: 'A Field Enablement program manager',
    effortHours: 12,
    weeks: 4,
  }),
  suggestForArea('enablement', 'co-deliver-with-a-facilitator', 'Mentorship', {
    action:
      'Co-deliver a training session with an experienced facilitator from Field Enablement and ask them for written notes on your part straight afterwards.',
    successMeasure: 'Notes received within the week, and one of them acted on at your next session.',
    helper: 'A facilitator from Field Enablement',
    effortHours: 6,
    weeks: 4,
  }),
  suggestForArea('enablement', 'earn-a-field-certification', 'Learning', {
    action:
      'Earn the GitLab field certification closest to your area on Level Up, noting which parts of its design you would reuse in training of your own.',
    successMeasure: 'Certification earned, and three design ideas written down for your next session.',
    helper: 'Me',
    effortHours: 10,
    weeks: 6,
    resource: 'fieldCertification',
  }),

  // People leadership
  suggestForArea('leadership', 'lead-a-small-piece-of-work', 'Hands-on project', {
    action:
      'Lead a small piece of team work with two or three colleagues, setting the goal, splitting the tasks and running a short retrospective at the end.',
    successMeasure:
      'The work lands on time, and the retrospective names at least one thing about how it was led to keep.',
    helper: 'My manager',
    effortHours: 20,
    weeks: 8,
  }),
  suggestForArea('leadership', 'mentor-outside-the-reporting-line', 'Mentorship', {
    action:
      'Ask an experienced manager outside your reporting line to mentor you through the mentoring programme, bringing one real people situation to each session.',
    successMeasure: 'At least five sessions over three months, each starting from a situation you brought.',
    helper: 'A people manager from the mentoring programme',
    effortHours: 12,
    weeks: 12,
    resource: 'mentoring',
  }),
  suggestForArea('leadership', 'elevate-with-your-manager', 'Learning', {
    action:
      "Go through the material of Elevate, GitLab's programme for people leaders, with your manager's support, and try one of its practices in your next round of 1:1s.",
    successMeasure: 'Material finished, and your manager sees the practice in your 1:1 notes.',
    helper: 'My manager',
    effortHours: 20,
    weeks: 12,
    resource: 'elevate',
  }),
];
