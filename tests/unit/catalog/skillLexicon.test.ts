import { SKILL_LEXICON } from '../../../src/catalog/skillLexicon';
import { SKILLS } from '../../../src/catalog/skills';
import { levelRequirements } from '../../../src/core/handbook/roles';
import { parseJobFamily } from '../../../src/core/jobFamily/parse';
import { createSkillMatcher } from '../../../src/core/skillMatch';
import { fixturePages, SALES_FIXTURES } from '../core/jobFamily/fixturePages';

const match = createSkillMatcher(SKILL_LEXICON);

describe('the skill lexicon', () => {
  it('lists every skill of the vocabulary once, with its area, in vocabulary order', () => {
    expect(SKILL_LEXICON.map((entry) => [entry.skill, entry.area])).toEqual(
      SKILLS.map((skill) => [skill.id, skill.area]),
    );
  });

  it('compiles: no malformed term and no generic one-word term', () => {
    expect(() => createSkillMatcher(SKILL_LEXICON)).not.toThrow();
  });

  it('has no term twice within a skill', () => {
    for (const entry of SKILL_LEXICON) expect(new Set(entry.terms).size).toBe(entry.terms.length);
  });
});

/** One phrase of our own per skill, written the way a requirement for it would read. */
const OWN_PHRASES: Record<string, string> = {
  'salesforce-administration': 'Maintains validation rules and page layouts in the Salesforce org',
  'salesforce-development': 'Writes Apex triggers and SOQL queries with their tests',
  'sales-tech-stack': 'Runs the sales tools around the CRM, such as Clari and Gong',
  'cpq-quoting': 'Fixes quote configuration problems in the CPQ tool',
  'system-integrations': 'Keeps the integration between billing and the CRM healthy through its API',
  'release-management': 'Moves changes from a sandbox to production with a deployment checklist',
  'solution-design': 'Turns business requirements into a solution design engineers can build',
  'cs-platform': 'Configures Gainsight rules for the customer success team',
  'partner-systems': 'Keeps deal records flowing between the partner portal and the CRM',
  'commission-systems': 'Configures crediting rules in the commission tool, such as Xactly',
  'reporting-dashboards': 'Builds a Tableau dashboard for regional leaders',
  'data-quality': 'Deduplicates account records and reports on data quality',
  'data-analysis': 'Answers open questions with SQL and spreadsheet analysis',
  forecasting: 'Prepares the weekly forecast for one region',
  'pipeline-analysis': 'Reviews pipeline coverage and win rate by segment',
  'market-analysis': 'Sizes the total addressable market of a new segment',
  'commission-calculation': 'Calculates commission payouts for a group of reps',
  'customer-health': 'Defines a health score that warns of churn',
  'program-measurement': 'Shows the return on investment of each program',
  'annual-planning': 'Runs the annual planning calendar for the field',
  'territory-planning': 'Redraws territories when the segments change',
  'quota-capacity-planning': 'Builds the headcount and quota model for next year',
  'gtm-strategy': 'Shapes the go-to-market strategy for a new segment',
  'comp-plan-design': 'Proposes changes to the sales compensation plan design',
  'roadmap-planning': 'Keeps the systems roadmap and its backlog in order',
  'okrs-and-kpis': 'Sets the OKRs and KPIs the team answers to',
  'function-strategy': 'Sets the long-term vision for the function',
  'gtm-policy': 'Explains the rules of engagement to sellers',
  'process-documentation': 'Keeps the process playbook and its documentation current',
  'process-improvement': 'Streamlines a slow process and removes its bottleneck',
  'process-automation': 'Automates a manual handoff with a workflow',
  'data-governance': 'Owns the data dictionary and the governance rules behind it',
  'compliance-controls': 'Gathers SOX evidence for the auditors',
  'operating-cadence': 'Runs the weekly business review cadence',
  'change-management': 'Leads change management for a new tool rollout',
  'delivery-lifecycle': 'Runs sprints and user acceptance testing in an agile team',
  'deal-structuring': 'Structures complex deals with the deal desk',
  'quote-approval': 'Routes discount approvals to the right approver',
  'order-booking': 'Books orders and fixes booking errors',
  'revenue-recognition': 'Flags terms that change revenue recognition',
  'contract-negotiation': 'Negotiates contract terms alongside Legal',
  'bookings-reconciliation': 'Runs the monthly reconciliation and true up of bookings data',
  'partner-programs': 'Runs the channel partner program and deal registration',
  pricing: 'Recommends pricing and packaging changes',
  'vendor-management': 'Runs the procurement of a new vendor through an RFP',
  'renewals-management': 'Owns the renewal process and the retention it brings',
  'stakeholder-alignment': 'Builds consensus among stakeholders in several functions',
  'field-support': 'Works the sales support queue within the SLA',
  'escalation-handling': 'Takes escalations from sales leaders and settles disputes',
  'executive-advising': 'Acts as a trusted advisor to the C-level team',
  'executive-presentations': 'Builds the slide decks and the presentation for the board',
  'written-communication': 'Writes clear and concise written updates',
  'field-communications': 'Publishes the field newsletter and announcements',
  'project-management': 'Keeps several projects on track against their deadlines',
  'program-design': 'Designs the sales kickoff and its campaign',
  'gtm-pilots': 'Runs a pilot of a new offer and reads the results',
  'training-delivery': 'Facilitates live training sessions for sellers',
  'curriculum-design': 'Builds the curriculum and courses for new managers',
  onboarding: 'Runs onboarding for new hires in the field',
  certifications: 'Builds the certification program and skill assessments for sellers',
  'technical-enablement': 'Explains technical concepts and gives demos to account teams',
  'peer-mentoring': 'Mentors junior analysts as the subject matter expert',
  'team-leadership': 'Leads a team of five through regular one-to-ones',
  'talent-development': 'Coaches each direct report on a career development plan',
  'org-leadership': 'Leads managers of managers across several teams',
};

describe('each skill matches a phrase written for it', () => {
  it('has a phrase for every skill', () => {
    expect(Object.keys(OWN_PHRASES).sort()).toEqual(SKILLS.map((s) => s.id).sort());
  });

  it.each(Object.entries(OWN_PHRASES))('%s: "%s"', (skill, phrase) => {
    expect(match(phrase)?.skillId).toBe(skill);
  });
});

/** Every requirement of the RSOE fixture pages, as the handbook import reads them. */
function rsoeRequirements(): Set<string> {
  const texts = new Set<string>();
  for (const page of fixturePages(SALES_FIXTURES)) {
    const parsed = parseJobFamily(page.markdown);
    if (!parsed.ok) continue;
    for (const level of parsed.page.levels) {
      for (const requirement of levelRequirements(level).requirements) texts.add(requirement.text);
    }
  }
  return texts;
}

/** Requirements as the RSOE handbook pages word them, with the skill a reader would give them. */
const HANDBOOK_CASES: [string, string][] = [
  ['Received or pursuing the Salesforce.com Administrator certification.', 'salesforce-administration'],
  [
    'Understanding of the Salesforce.com data model and how to effectively extract, transform and load data.',
    'salesforce-administration',
  ],
  ['Significant experience with SOQL, APEX and VisualForce', 'salesforce-development'],
  ['Proficiency with sales tools (Salesforce, Clari, Chorus); tech-savvy', 'sales-tech-stack'],
  ['Experience with Quote to Cash or Configure, Price, Quote functionality.', 'cpq-quoting'],
  ['Understanding of continuous integration and continuous deployment', 'release-management'],
  [
    'Communicate technical solutions and design tradeoffs effectively to business stakeholders, and provide a delivery framework that ensures quality and success.',
    'solution-design',
  ],
  ['Experience with IT systems requirements collection and management', 'solution-design'],
  [
    'Experience with Customer Success Management systems (e.g., Gainsight/Totango/Client Success/etc., digital marketing tools)',
    'cs-platform',
  ],
  ['SFDC, Google Workspace and incentive compensation management tool experience', 'commission-systems'],
  [
    'Experience with BI Tools such as Sisense for Cloud Data Teams, Tableau, Looker, etc.',
    'reporting-dashboards',
  ],
  ['Investigating data issues and providing solutions to prevent future issues', 'data-quality'],
  [
    'Demonstrated progressive relevant experience and a solid understanding of data quality, management, governance, and tools',
    'data-quality',
  ],
  ['Strong Excel and Structured Query Language (SQL) experience', 'data-analysis'],
  ['Total Addressable Market (TAMkt), sales territory, and propensity to buy analyses', 'market-analysis'],
  [
    'Demonstrated progressive relevant experience and an understanding of sales incentive programs, processes and procedures',
    'commission-calculation',
  ],
  [
    'Customer insights captured via customer lifecycle engagements, support, Net Promoter Score (NPS) surveys, product analytics',
    'customer-health',
  ],
  ['Capacity and headcount planning', 'quota-capacity-planning'],
  ['Experience with creation of sales territories', 'territory-planning'],
  [
    'Relevant experience and a solid understanding of go-to-market design & sales planning as well as sales compensation design & analytics',
    'comp-plan-design',
  ],
  [
    'Drive quarterly OKRs process across teams, managers and cross-functionally to ensure alignment towards goals',
    'okrs-and-kpis',
  ],
  [
    'Experience in crafting strategic vision, making data-driven business decisions, including identifying gaps or business needs, and innovating and scaling solutions',
    'function-strategy',
  ],
  ['Lives and breathes process improvement and optimization', 'process-improvement'],
  ['Deep understanding of Sox controls, audit processes and compliance concepts.', 'compliance-controls'],
  [
    'Experience with change management communication plans and content (change management certification preferred)',
    'change-management',
  ],
  ['Experience with agile/DevOps and/or SDLC process and/or tools is a plus', 'delivery-lifecycle'],
  [
    'Strong understanding of SDLC and development platforms, including Agile methodologies.',
    'delivery-lifecycle',
  ],
  ['Proven success managing a Deal Desk function in the Enterprise SaaS/B2B Industry', 'deal-structuring'],
  ['Basic understanding of revenue recognition rules', 'revenue-recognition'],
  [
    'Strong experience in contract/legal negotiations with enterprise customers and working with enterprise sales teams.',
    'contract-negotiation',
  ],
  [
    'Experience in Alliance Marketplace transactions (AWS, GCP, IBM, RedHat, etc.) strongly preferred',
    'partner-programs',
  ],
  ['Experience negotiating with enterprise software vendors and cloud providers.', 'vendor-management'],
  ['Proven track-record of increasing renewal rates', 'renewals-management'],
  ['Experience implementing renewal processes and metrics', 'renewals-management'],
  [
    'Ability to drive consensus across a diverse set of stakeholders, including executive leadership in Field Organization, Marketing, Product, and other functions.',
    'stakeholder-alignment',
  ],
  [
    'Significant experience interacting with C-suite Executives and closely partnering with Leaders at the VP level and below',
    'executive-advising',
  ],
  [
    'Compelling storytelling, with the ability to leverage data to drive action, including for non-analytical audiences',
    'executive-presentations',
  ],
  ['Experience in copywriting and editing', 'written-communication'],
  [
    'Proven experience developing and executing effective sales newsletters is a huge plus',
    'field-communications',
  ],
  ['Ability to continuously meet deadlines and execute on multiple projects at once', 'project-management'],
  ['Experience planning and executing large global Sales Kickoff and related events', 'program-design'],
  ['Demonstrated ability to facilitate training deliveries.', 'training-delivery'],
  [
    'Demonstrated ability to build enablement content and curricula from instructional design documentation.',
    'curriculum-design',
  ],
  [
    'Ability to quickly understand technical concepts and explain them to audiences of varying technical expertise (sales team, customer success team, and channel partners).',
    'technical-enablement',
  ],
  ['People management experience required', 'team-leadership'],
  ['Experience managing managers, senior managers and directors', 'org-leadership'],
  ['Demonstrated experience in employee professional development', 'talent-development'],
];

describe('requirements from the RSOE handbook pages', () => {
  const onPages = rsoeRequirements();

  it('are real: every case is a requirement of a fixture page', () => {
    expect(HANDBOOK_CASES.length).toBeGreaterThanOrEqual(30);
    for (const [text] of HANDBOOK_CASES) expect(onPages).toContain(text);
  });

  it.each(HANDBOOK_CASES)('"%s" -> %s', (text, skill) => {
    expect(match(text)?.skillId).toBe(skill);
  });
});

describe('generic requirements match no skill', () => {
  it.each([
    'SaaS and B2B experience preferred',
    'BA/BS degree',
    'Strong attention to detail',
    'Ability to thrive in a fast-paced, unpredictable environment.',
    'Self-starter with strong problem solving abilities',
    'Obsessive attention to detail',
    'Masters degree preferred',
    'Demonstrated progressive relevant experience and a solid understanding of sales operations',
    'Ability to travel if needed and comply with the company’s travel policy',
    'Strong tactical expertise',
    'Excellent team player',
    'Proven ability to quickly learn new things.',
    'A curious mind who does not back down from a challenge.',
  ])('"%s"', (text) => {
    expect(match(text)).toBeNull();
  });
});
