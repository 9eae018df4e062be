/**
 * Quote to Cash, Data Intelligence and Sales Commissions, of the Sales Operations team.
 * Requirements are our own summaries of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const QTC = 'https://handbook.gitlab.com/job-families/sales/sales-operations/director-of-quote-to-cash/';
const DATA_INTEL =
  'https://handbook.gitlab.com/job-families/sales/sales-operations/senior-manager-of-data-intelligence/';
const COMMISSIONS = 'https://handbook.gitlab.com/job-families/sales/sales-commissions/';

export const quoteToCashAndData: Family[] = [
  {
    id: 'quote-to-cash',
    name: 'Quote to Cash',
    team: 'Sales Operations',
    url: QTC,
    levels: [
      {
        id: 'senior-manager',
        title: 'Senior Manager, Quote to Cash',
        grade: 9,
        url: QTC + '#senior-manager-quote-to-cash',
        requirements: [
          req(
            skill.projectManagement,
            'Runs the quote-to-cash project portfolio from scoping through to delivery',
          ),
          req(
            skill.executiveAdvising,
            'Advises Deal Desk and Sales Operations leaders on quote-to-cash design choices',
          ),
          req(
            skill.cpqQuoting,
            'Applies CPQ best practice to decide how quoting should work from end to end',
          ),
          req(
            skill.roadmapPlanning,
            'Prioritises quote-to-cash system and data work with Sales Systems and Product',
          ),
          req(
            skill.reportingDashboards,
            'Tracks quote velocity, approval volume, automation rate and pricing trends',
          ),
          req(
            skill.complianceControls,
            'Knows the financial and legal conditions a booking must meet to be valid',
          ),
          req(skill.trainingDelivery, 'Plans quote-to-cash enablement so sellers adopt each process change'),
        ],
      },
      {
        id: 'director',
        title: 'Director, Quote to Cash',
        grade: 10,
        url: QTC + '#director-quote-to-cash',
        requirements: [
          req(
            skill.functionStrategy,
            'Defines the target state of quote-to-cash and the roadmap to reach it',
          ),
          req(
            skill.roadmapPlanning,
            'Owns quote-to-cash release milestones for the field and keeps them on track',
          ),
          req(
            skill.processDocumentation,
            'Keeps quote-to-cash processes documented and current for every team involved',
          ),
          req(
            skill.stakeholderAlignment,
            "Leads a cross-functional group focused on the buyer's purchasing experience",
          ),
          req(
            skill.cpqQuoting,
            'Sets quoting standards that balance speed for sellers with control for Finance',
          ),
          req(
            skill.executivePresentations,
            'Presents the quote-to-cash roadmap and its trade-offs to executives',
          ),
          req(
            skill.orgLeadership,
            "Leads quote-to-cash managers and grows the team's capacity as the business scales",
          ),
        ],
      },
    ],
  },
  {
    id: 'data-intelligence',
    name: 'Data Intelligence',
    team: 'Sales Operations',
    url: DATA_INTEL,
    levels: [
      {
        id: 'senior-manager',
        title: 'Senior Manager, Data Intelligence',
        grade: 9,
        url: DATA_INTEL + '#senior-manager',
        requirements: [
          req(
            skill.dataQuality,
            'Owns sales data quality through deduplication, standardisation and enrichment',
          ),
          req(skill.dataGovernance, 'Sets data governance rules and maintains the sales data dictionary'),
          req(
            skill.salesTechStack,
            'Runs the data tool stack for enrichment, lead routing and territory assignment',
          ),
          req(
            skill.annualPlanning,
            'Prepares the territory, segment and account hierarchy data that planning relies on',
          ),
          req(skill.dataAnalysis, 'Uses SQL or Python to analyse and correct data at scale'),
          req(
            skill.teamLeadership,
            'Builds the data intelligence team, then coaches and develops the people in it',
          ),
          req(
            skill.executivePresentations,
            'Explains data problems and their business impact in plain, persuasive terms',
          ),
        ],
      },
    ],
  },
  {
    id: 'sales-commissions',
    name: 'Sales Commissions',
    team: 'Sales Operations',
    url: COMMISSIONS,
    levels: [
      {
        id: 'junior-analyst',
        title: 'Junior Sales Commissions Analyst',
        grade: 5,
        url: COMMISSIONS + '#junior-sales-commissions-analyst',
        requirements: [
          req(
            skill.commissionCalculation,
            'Calculates commissions for an assigned group of reps accurately, with review',
          ),
          req(
            skill.fieldSupport,
            'Answers first-level questions from reps about their commission statements',
          ),
          req(
            skill.commissionSystems,
            'Works daily in the incentive compensation tool, Salesforce and Google Workspace',
          ),
          req(
            skill.complianceControls,
            'Tracks plan acceptance and gathers evidence for SOX control testing',
          ),
          req(skill.dataAnalysis, 'Researches commission disputes and writes up the findings clearly'),
          req(
            skill.reportingDashboards,
            'Prepares routine commission reports for sales managers and Finance',
          ),
        ],
      },
      {
        id: 'intermediate-analyst',
        title: 'Intermediate Sales Commissions Analyst',
        grade: 6,
        url: COMMISSIONS + '#intermediate-sales-commissions-analyst',
        requirements: [
          req(
            skill.commissionCalculation,
            'Calculates commissions independently and catches errors before payout',
          ),
          req(
            skill.fieldSupport,
            'Resolves rep questions and disputes about payouts without needing to escalate',
          ),
          req(
            skill.commissionSystems,
            'Configures routine plan changes and crediting rules in the commission tool',
          ),
          req(
            skill.complianceControls,
            'Prepares SOX evidence and plan acceptance records on time without reminders',
          ),
          req(
            skill.reportingDashboards,
            'Builds commission reports that explain payout trends to sales leaders',
          ),
          req(
            skill.dataAnalysis,
            'Analyses disputes to find their root cause and proposes fixes to the process',
          ),
        ],
      },
      {
        id: 'senior-analyst',
        title: 'Senior Sales Commissions Analyst',
        grade: 7,
        url: COMMISSIONS + '#senior-sales-commissions-analyst',
        requirements: [
          req(
            skill.commissionCalculation,
            'Handles the hardest crediting and payout cases, such as splits and overlays',
          ),
          req(
            skill.commissionSystems,
            'Designs and tests commission tool configuration for new plan features',
          ),
          req(
            skill.compPlanDesign,
            'Models the payout effect of proposed plan changes for the people designing plans',
          ),
          req(skill.complianceControls, 'Owns commission control evidence and answers auditor questions'),
          req(
            skill.stakeholderAlignment,
            'Works with Finance and People teams on accrual and payroll handoffs',
          ),
          req(skill.peerMentoring, "Reviews other analysts' work and helps them through difficult cases"),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, Sales Commissions',
        grade: 9,
        url: COMMISSIONS + '#senior-manager-sales-commissions',
        requirements: [
          req(
            skill.functionStrategy,
            'Owns worldwide sales commissions: the policy, the process and the systems',
          ),
          req(
            skill.commissionSystems,
            'Owns the commission platform, for example Xactly, and sets its roadmap',
          ),
          req(
            skill.complianceControls,
            'Leads plan governance and audits, with clean accruals and reconciliations',
          ),
          req(skill.dataAnalysis, 'Builds advanced models to forecast commission cost and test plan designs'),
          req(
            skill.stakeholderAlignment,
            'Influences Finance, People and Sales leaders on commission policy',
          ),
          req(
            skill.trainingDelivery,
            'Teaches new hires and sales leaders how their compensation plans pay out',
          ),
          req(skill.teamLeadership, 'Leads the commissions team and develops its analysts'),
        ],
      },
    ],
  },
];
