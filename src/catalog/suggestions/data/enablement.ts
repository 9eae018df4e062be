/** Suggestions for the skills of the "enablement" area (src/catalog/skills.ts). */
import * as skill from '../../skills';
import { suggest, type Suggestion } from '../types';

export const enablementSuggestions: readonly Suggestion[] = [
  // Training delivery
  suggest(skill.trainingDelivery, 'quoting-mistake-sessions', 'Hands-on project', {
    action:
      'Give three twenty-minute how-to sessions for sellers on the quoting mistakes that cause the most rework, and record them for those who cannot attend live.',
    successMeasure:
      "Sessions held and recorded, and the targeted mistakes fall in the next month's quote corrections.",
    helper: 'A Deal Desk manager',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.trainingDelivery, 'weekly-process-office-hours', 'Hands-on project', {
    action:
      'Host open office hours for the field every week for six weeks on a process your team owns, keeping a list of the questions that show where existing training falls short.',
    successMeasure:
      'Six sessions held, the question list shared, and at least two gaps fixed in the training material.',
    helper: 'A Field Enablement program manager',
    effortHours: 18,
    weeks: 6,
  }),
  suggest(skill.trainingDelivery, 'teach-a-change-to-cs-teams', 'Hands-on project', {
    action:
      'Deliver the training for the next process change your team ships to customer success managers, agreeing the format with CS enablement, and check adoption two weeks later.',
    successMeasure:
      'Training delivered before go-live, and the adoption check shows most managers following the new process.',
    helper: 'A customer success enablement manager',
    effortHours: 16,
    weeks: 5,
  }),
  suggest(skill.trainingDelivery, 'co-facilitate-then-lead', 'Mentorship', {
    action:
      'Co-facilitate two live sales training sessions with an experienced facilitator, taking a larger share the second time, and ask for written feedback on your pacing and questioning.',
    successMeasure:
      'Written feedback received twice, and participant ratings for the second session at or above the first.',
    helper: 'A sales training facilitator in Field Enablement',
    effortHours: 12,
    weeks: 4,
  }),
  suggest(skill.trainingDelivery, 'monthly-feedback-from-a-sales-leader', 'Mentorship', {
    action:
      'Ask a regional sales leader for fifteen minutes a month of feedback on whether your sessions change what their sellers do, and bring one example from their team each time.',
    successMeasure: 'Three months of feedback noted, and one session changed because of it.',
    helper: 'A regional sales leader',
    effortHours: 4,
    weeks: 12,
  }),
  suggest(skill.trainingDelivery, 'facilitation-course', 'Learning', {
    action:
      'Take a train-the-trainer or facilitation course through the Growth & Development benefit, and try one new technique from it in each of your next three sessions.',
    successMeasure:
      'Three sessions each with a new technique, and participant feedback noting more interaction.',
    helper: 'A sales training facilitator who observes one session',
    effortHours: 20,
    weeks: 6,
    resource: 'growthBenefit',
  }),

  // Curriculum design
  suggest(skill.curriculumDesign, 'build-a-module-from-a-design-doc', 'Hands-on project', {
    action:
      'Build one training module from an instructional design document, with learning objectives, a short scenario exercise and a knowledge check, and pilot it with five sellers.',
    successMeasure: 'Pilot sellers pass the knowledge check, and the module is revised from their feedback.',
    helper: 'An instructional designer in Field Enablement',
    effortHours: 30,
    weeks: 6,
  }),
  suggest(skill.curriculumDesign, 'audit-a-learning-path', 'Hands-on project', {
    action:
      'Audit one field learning path for content that is out of date or repeated, and agree with the subject experts who own it what to retire, merge or refresh.',
    successMeasure: 'Audit reviewed with the content owners, and the first refreshes scheduled with dates.',
    helper: 'The Field Enablement curriculum owner',
    effortHours: 20,
    weeks: 6,
  }),
  suggest(skill.curriculumDesign, 'launch-module-with-product-marketing', 'Mentorship', {
    action:
      'Pair with a product marketing manager to turn one product launch into a seller module, learning how they separate what sellers must know from what is merely nice to know.',
    successMeasure:
      'Module ships with the launch, built on a must-know list the product marketing manager approves.',
    helper: 'A product marketing manager',
    effortHours: 10,
    weeks: 4,
  }),
  suggest(skill.curriculumDesign, 'instructional-design-basics', 'Learning', {
    action:
      'Read Design for How People Learn by Julie Dirksen or take an instructional design course on LinkedIn Learning, and rewrite the objectives of a module you own as things the learner will do.',
    successMeasure: 'Revised objectives reviewed by a senior enablement peer, and each one can be observed.',
    helper: 'A senior Field Enablement peer',
    effortHours: 12,
    weeks: 4,
    resource: 'linkedInLearning',
  }),

  // Onboarding
  suggest(skill.onboarding, 'walk-the-new-hire-path', 'Hands-on project', {
    action:
      'Go through the self-paced seller onboarding as if you had just joined, timing each step and noting dead links and gaps, then fix the five worst problems with their owners.',
    successMeasure: 'Five fixes merged, and the next cohort finishes the path faster than the last one.',
    helper: 'The owner of field onboarding in Field Enablement',
    effortHours: 20,
    weeks: 5,
  }),
  suggest(skill.onboarding, 'run-a-cohort-and-follow-up', 'Hands-on project', {
    action:
      'Run the live onboarding sessions for one cohort of new field hires, then check in with three of them at thirty and sixty days on what helped and what was missing.',
    successMeasure:
      'Sessions delivered, check-in findings shared, and at least one change made for the next cohort.',
    helper: 'A sales manager with new hires in the cohort',
    effortHours: 30,
    weeks: 10,
  }),
  suggest(skill.onboarding, 'learn-how-ramp-is-measured', 'Mentorship', {
    action:
      'Ask the owner of field onboarding to show you how ramp time is measured and what changed in the programme last year, then meet monthly to review your onboarding work.',
    successMeasure: 'You can explain the ramp measures and their trend, and three monthly reviews are held.',
    helper: 'The owner of field onboarding in Field Enablement',
    effortHours: 6,
    weeks: 12,
  }),
  suggest(skill.onboarding, 'the-first-90-days', 'Learning', {
    action:
      'Read The First 90 Days by Michael Watkins and set its stages against the onboarding pages of the handbook for field hires, noting any stage the current path leaves out.',
    successMeasure:
      'A one-page gap note shared with Field Enablement, with at least one gap they agree to close.',
    helper: 'A Field Enablement program manager',
    effortHours: 8,
    weeks: 3,
    resource: 'handbook',
  }),

  // Certifications
  suggest(skill.certifications, 'write-a-skill-assessment', 'Hands-on project', {
    action:
      'Write a skill assessment for one task of a field role, such as running a discovery call or building a quote, with a scoring rubric that two graders apply the same way.',
    successMeasure: 'Two graders score the same five recordings or quotes within one point of each other.',
    helper: 'A Field Enablement certification owner',
    effortHours: 24,
    weeks: 6,
  }),
  suggest(skill.certifications, 'draft-a-certification-path', 'Hands-on project', {
    action:
      'Draft a certification path for one field or partner role that lists the competencies, how each is assessed and what counts as ready, and trial it on three people already in the role.',
    successMeasure:
      'All three experienced people pass, and the path is revised wherever they found it unfair.',
    helper: 'A sales manager for the role',
    effortHours: 40,
    weeks: 10,
  }),
  suggest(skill.certifications, 'grade-alongside-an-assessor', 'Mentorship', {
    action:
      'Grade ten certification submissions alongside an experienced assessor, comparing scores after each one and talking through every criterion where you differ.',
    successMeasure: "By the tenth submission your scores match the assessor's on most criteria.",
    helper: 'An experienced field certification assessor',
    effortHours: 8,
    weeks: 4,
  }),
  suggest(skill.certifications, 'earn-a-field-certification', 'Learning', {
    action:
      "Earn one GitLab field certification yourself, and keep notes on how the assessment felt from the learner's side and what made it fair or unfair.",
    successMeasure:
      'Certification earned, and your learner-side notes used in the next assessment you design.',
    helper: 'A Field Enablement certification owner',
    effortHours: 15,
    weeks: 6,
    resource: 'fieldCertification',
  }),

  // Technical enablement
  suggest(skill.technicalEnablement, 'fifteen-minute-demo', 'Hands-on project', {
    action:
      'Build and give a fifteen-minute live demo of one GitLab capability, for instance a merge request pipeline with security scanning, to a sales team, with a plain story of why buyers care.',
    successMeasure:
      'Demo given live and recorded, and sellers can repeat the one-sentence value story afterwards.',
    helper: 'A solutions architect who reviews the demo',
    effortHours: 20,
    weeks: 4,
  }),
  suggest(skill.technicalEnablement, 'three-part-csm-series', 'Hands-on project', {
    action:
      'Plan and deliver a three-part technical enablement series for customer success managers on one product area, with a solutions architect on content and a CSM manager on timing.',
    successMeasure:
      'Series delivered, and a short knowledge check shows improvement between part one and part three.',
    helper: 'A customer success manager lead',
    effortHours: 40,
    weeks: 10,
  }),
  suggest(skill.technicalEnablement, 'shadow-technical-calls', 'Mentorship', {
    action:
      'Shadow a solutions architect on three technical customer calls and ask them afterwards to explain every concept you could not follow.',
    successMeasure:
      'A glossary of the concepts, checked by the architect and used in your next enablement session.',
    helper: 'A solutions architect',
    effortHours: 8,
    weeks: 4,
  }),
  suggest(skill.technicalEnablement, 'gitlab-technical-certification', 'Learning', {
    action:
      'Earn a GitLab technical certification on Level Up, such as the Git or CI/CD associate, so you can explain DevSecOps workflows from your own hands-on use.',
    successMeasure: 'Certification earned, and a working pipeline of your own in a GitLab project.',
    helper: 'A solutions architect',
    effortHours: 20,
    weeks: 6,
    resource: 'levelUp',
  }),

  // Peer mentoring
  suggest(skill.peerMentoring, 'onboarding-buddy', 'Hands-on project', {
    action:
      'Be the onboarding buddy for the next hire on your team, pairing on their first twenty cases or orders and reviewing each with them.',
    successMeasure:
      'The new hire works cases unaided by week six and names your reviews as helpful at their 30-day check-in.',
    helper: 'My manager',
    effortHours: 25,
    weeks: 6,
  }),
  suggest(skill.peerMentoring, 'hard-question-walkthroughs', 'Hands-on project', {
    action:
      "Turn the five hardest questions colleagues brought to you this quarter into short written walkthroughs in the team's handbook pages, and point people to them next time.",
    successMeasure:
      'Five walkthroughs merged, and colleagues link to them in answers without your prompting.',
    helper: 'A teammate who asked one of the questions',
    effortHours: 12,
    weeks: 6,
    resource: 'handbook',
  }),
  suggest(skill.peerMentoring, 'weekly-review-for-a-teammate', 'Hands-on project', {
    action:
      "Review one teammate's analysis, design or code each week for a quarter, writing comments that explain the reason behind every suggestion.",
    successMeasure:
      'Twelve reviews given, and the teammate says the comments taught them something they now do unprompted.',
    helper: 'A teammate who wants reviews',
    effortHours: 20,
    weeks: 12,
  }),
  suggest(skill.peerMentoring, 'mentor-in-the-programme', 'Mentorship', {
    action:
      "Sign up as a mentor in GitLab's mentoring programme and meet someone from another team every other week for three months, letting them set the agenda.",
    successMeasure: 'Your mentee sets a goal at the start and reaches it by the end of the three months.',
    helper: 'The mentoring programme lead',
    effortHours: 12,
    weeks: 12,
    resource: 'mentoring',
  }),
  suggest(skill.peerMentoring, 'coaching-skills-course', 'Learning', {
    action:
      'Work through a LinkedIn Learning course on coaching skills, such as open questions and feedback, and use one technique in every review you give for a month.',
    successMeasure: 'Teammates you review say the feedback is clearer, and your manager notices it in 1:1s.',
    helper: 'My manager',
    effortHours: 6,
    weeks: 4,
    resource: 'linkedInLearning',
  }),
];
