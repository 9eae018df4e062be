/**
 * Sales Operations team: sales operations, Deal Desk, Order Management, Quote to Cash, Data
 * Intelligence and Sales Commissions. Requirements are our own summaries of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const SALES_OPS = 'https://handbook.gitlab.com/job-families/sales/sales-operations/';
const DEAL_DESK = 'https://handbook.gitlab.com/job-families/sales/deal-desk/';
const ORDER_MGMT = 'https://handbook.gitlab.com/job-families/sales/order-management/';
const QTC = 'https://handbook.gitlab.com/job-families/sales/sales-operations/director-of-quote-to-cash/';
const DATA_INTEL =
  'https://handbook.gitlab.com/job-families/sales/sales-operations/senior-manager-of-data-intelligence/';
const COMMISSIONS = 'https://handbook.gitlab.com/job-families/sales/sales-commissions/';

export const salesOperations: Family[] = [
  {
    id: 'sales-operations',
    name: 'Sales Operations',
    team: 'Sales Operations',
    url: SALES_OPS,
    levels: [
      {
        id: 'associate-analyst',
        title: 'Associate Sales Operations Analyst',
        grade: 5,
        url: SALES_OPS + '#associate-sales-operations-analyst',
        requirements: [
          req(
            skill.fieldSupport,
            'Answers seller questions in Salesforce and Slack within the agreed response times',
          ),
          req(
            skill.dataQuality,
            'Cleans up Salesforce account and opportunity records and runs routine data-quality reports',
          ),
          req(
            skill.gtmPolicy,
            'Knows the go-to-market rules of engagement and applies them to straightforward cases',
          ),
          req(
            skill.salesTechStack,
            'Handles tool access requests for people joining and leaving, accurately and on time',
          ),
          req(
            skill.reportingDashboards,
            'Builds simple Salesforce reports that answer a specific question from the sales team',
          ),
          req(
            skill.projectManagement,
            'Plans own workload across several small requests, with guidance, and meets each deadline',
          ),
        ],
      },
      {
        id: 'analyst',
        title: 'Sales Operations Analyst',
        grade: 6,
        url: SALES_OPS + '#sales-operations-analyst',
        requirements: [
          req(
            skill.fieldSupport,
            'Resolves account ownership and territory cases in Salesforce without needing direction',
          ),
          req(
            skill.gtmPolicy,
            'Interprets go-to-market policy for unusual cases and explains the reasoning to sellers',
          ),
          req(
            skill.annualPlanning,
            'Supports annual planning by preparing account carving and Salesforce hierarchy updates',
          ),
          req(
            skill.processDocumentation,
            'Writes and maintains clear documentation for the sales operations processes they run',
          ),
          req(
            skill.reportingDashboards,
            'Builds Salesforce dashboards and ad hoc analyses that sales leaders use for decisions',
          ),
          req(
            skill.processAutomation,
            'Works with Sales Systems to automate repetitive steps in sales operations processes',
          ),
        ],
      },
      {
        id: 'senior-analyst',
        title: 'Senior Sales Operations Analyst',
        grade: 7,
        url: SALES_OPS + '#senior-sales-operations-analyst',
        requirements: [
          req(
            skill.processImprovement,
            'Spots weak points in sales processes and leads cross-functional projects to fix them',
          ),
          req(
            skill.salesTechStack,
            'Owns sales tools end to end: vendor relationships, renewals, licence use and access',
          ),
          req(
            skill.stakeholderAlignment,
            'Brings other operations teams to agreement on shared sales tools and policies',
          ),
          req(
            skill.operatingCadence,
            'Runs a regular operating rhythm so partner teams can see and shape policy and tool changes',
          ),
          req(
            skill.processDocumentation,
            'Publishes process and tool standards that drive consistent adoption across the field',
          ),
          req(
            skill.trainingDelivery,
            'Designs scalable tool and process training with Field Enablement and rolls out updates',
          ),
          req(
            skill.gtmPolicy,
            'Drafts go-to-market policy updates and explains them when sellers push back on edge cases',
          ),
        ],
      },
      {
        id: 'manager',
        title: 'Manager, Sales Operations',
        grade: 8,
        url: SALES_OPS + '#manager-sales-operations',
        requirements: [
          req(
            skill.teamLeadership,
            'Leads a sales operations team through regular 1:1s, clear priorities and delegation',
          ),
          req(
            skill.talentDevelopment,
            'Assesses talent and guides each direct report through a written development plan',
          ),
          req(
            skill.escalationHandling,
            'Acts as the escalation point for sales leaders on go-to-market policy and tool questions',
          ),
          req(
            skill.annualPlanning,
            'Partners with Sales Strategy on annual planning, from clean carving data to new hierarchies',
          ),
          req(
            skill.dataGovernance,
            'Monitors tool adoption and data compliance against the sales data governance policy',
          ),
          req(
            skill.stakeholderAlignment,
            'Agrees lead management rules and metrics with Marketing and keeps them enforced',
          ),
          req(
            skill.gtmPolicy,
            'Reviews sales policies regularly and negotiates changes with cross-functional partners',
          ),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, Sales Operations',
        grade: 9,
        url: SALES_OPS + '#senior-manager-sales-operations',
        requirements: [
          req(
            skill.gtmStrategy,
            'Turns new go-to-market initiatives into working sales processes with sales leadership',
          ),
          req(
            skill.annualPlanning,
            'Leads the rollout of fiscal-year planning and coordinates every cross-functional milestone',
          ),
          req(
            skill.processAutomation,
            'Evolves go-to-market policies by automating them and applying proven practices at scale',
          ),
          req(
            skill.salesTechStack,
            'Shapes how sales tools are chosen, implemented and integrated into the stack',
          ),
          req(
            skill.talentDevelopment,
            'Grows managers and analysts through coaching, stretch work and career conversations',
          ),
          req(
            skill.executiveAdvising,
            'Influences sales leadership decisions with well-argued, data-backed recommendations',
          ),
        ],
      },
      {
        id: 'director',
        title: 'Director, Sales Operations',
        grade: 10,
        url: SALES_OPS + '#director-sales-operations',
        requirements: [
          req(
            skill.executiveAdvising,
            'Partners with the VP of Field Operations on every issue that affects sales success',
          ),
          req(
            skill.gtmPolicy,
            "Owns the field's sales policies, processes and programs and reviews how well they work",
          ),
          req(
            skill.compPlanDesign,
            'Designs and monitors sales compensation plans with Sales Strategy, Finance and People',
          ),
          req(
            skill.operatingCadence,
            'Runs sales management disciplines: territory reviews, forecast calls, QBRs and pipeline',
          ),
          req(
            skill.dataGovernance,
            'Leads the sales data governance model that keeps customer data trustworthy',
          ),
          req(
            skill.executivePresentations,
            'Prepares board-level material on sales performance for the Chief Revenue Officer',
          ),
          req(skill.orgLeadership, 'Leads a multi-team sales operations department through its managers'),
        ],
      },
      {
        id: 'senior-director',
        title: 'Senior Director, Sales Operations',
        grade: 11,
        url: SALES_OPS + '#senior-director-sales-operations',
        requirements: [
          req(
            skill.functionStrategy,
            'Sets the global sales operations strategy with sales leaders and other go-to-market teams',
          ),
          req(
            skill.processImprovement,
            'Shapes quote-to-cash, deal desk and forecasting processes for every field business unit',
          ),
          req(
            skill.salesTechStack,
            'Sets how Salesforce, the wider sales tool stack and field data should evolve for every business unit',
          ),
          req(
            skill.okrsAndKpis,
            'Defines the metrics, dashboards and reports that keep the sales organisation on its goals',
          ),
          req(
            skill.processDocumentation,
            'Runs knowledge-management practices that keep every go-to-market team well informed',
          ),
          req(
            skill.orgLeadership,
            'Recruits, coaches and performance-manages a sales operations organisation of several teams',
          ),
          req(
            skill.executiveAdvising,
            "Acts as a trusted advisor to the CRO's leadership team on field operations",
          ),
        ],
      },
    ],
  },
  {
    id: 'deal-desk',
    name: 'Deal Desk',
    team: 'Sales Operations',
    url: DEAL_DESK,
    levels: [
      {
        id: 'specialist',
        title: 'Deal Desk Specialist',
        grade: 5,
        url: DEAL_DESK + '#deal-desk-specialist',
        requirements: [
          req(
            skill.dealStructuring,
            'Advises sellers on standard deal structures and how to quote them, with guidance',
          ),
          req(
            skill.fieldSupport,
            'Works the sales support Slack channel and Salesforce case queue within the agreed SLA',
          ),
          req(
            skill.cpqQuoting,
            'Builds and corrects quotes in the CPQ tool and fixes common quote-to-cash errors',
          ),
          req(
            skill.revenueRecognition,
            'Understands basic revenue recognition and flags deal terms that may affect it',
          ),
          req(
            skill.trainingDelivery,
            'Shows sellers how to avoid frequent quoting mistakes in short how-to sessions',
          ),
        ],
      },
      {
        id: 'analyst',
        title: 'Deal Desk Analyst',
        grade: 6,
        url: DEAL_DESK + '#deal-desk-analyst',
        requirements: [
          req(
            skill.dealStructuring,
            'Structures complex and non-standard deals, including channel and cloud marketplace ones',
          ),
          req(
            skill.quoteApproval,
            'Routes quotes through the approval matrix and holds approvers to the agreed SLAs',
          ),
          req(
            skill.revenueRecognition,
            'Reads contract language and judges how it affects revenue recognition',
          ),
          req(
            skill.processImprovement,
            'Finds fixes for deal desk process and tool problems and delivers them with the operations teams',
          ),
          req(
            skill.trainingDelivery,
            'Trains sales reps on quoting policy and represents Deal Desk in business reviews',
          ),
          req(
            skill.reportingDashboards,
            'Builds deal desk reporting on volumes, turnaround times and approval bottlenecks',
          ),
        ],
      },
      {
        id: 'senior-analyst',
        title: 'Senior Deal Desk Analyst',
        grade: 7,
        url: DEAL_DESK + '#senior-deal-desk-analyst',
        requirements: [
          req(
            skill.dealStructuring,
            'Guides the most complex deals from first concept through to a clean booking',
          ),
          req(
            skill.fieldSupport,
            'Oversees the deal desk queues and rebalances work so SLAs hold during quarter-end peaks',
          ),
          req(
            skill.quoteApproval,
            'Settles approval questions on unusual pricing and terms, knowing when to escalate',
          ),
          req(
            skill.peerMentoring,
            "Onboards new deal desk hires and is the go-to expert for the team's hardest questions",
          ),
          req(
            skill.trainingDelivery,
            "Runs office hours and open Q&A sessions that raise the field's quoting skills",
          ),
          req(
            skill.executiveAdvising,
            'Acts as a key advisor to sales leaders on how to shape direct and channel deals',
          ),
        ],
      },
      {
        id: 'manager',
        title: 'Manager, Deal Desk',
        grade: 8,
        url: DEAL_DESK + '#manager-deal-desk',
        requirements: [
          req(
            skill.teamLeadership,
            'Manages a regional deal desk and order management team, setting priorities and coverage',
          ),
          req(
            skill.talentDevelopment,
            'Coaches specialists and analysts and plans the next step in their development',
          ),
          req(
            skill.quoteApproval,
            'Approves quotes and pricing exceptions within delegated authority and explains decisions',
          ),
          req(
            skill.escalationHandling,
            'Is the escalation point for regional sellers and leaders on deal and booking problems',
          ),
          req(
            skill.bookingsReconciliation,
            'Runs the monthly bookings reconciliation and fixes the root causes of gaps',
          ),
          req(
            skill.processImprovement,
            'Leads regional quote-to-cash improvement projects as the directly responsible individual',
          ),
          req(
            skill.contractNegotiation,
            'Negotiates contract and legal terms with enterprise customers alongside Legal',
          ),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, Deal Desk',
        grade: 9,
        url: DEAL_DESK + '#senior-manager-deal-desk',
        requirements: [
          req(
            skill.processImprovement,
            'Drives cross-functional quote-to-cash improvements from design through to adoption',
          ),
          req(skill.trainingDelivery, 'Sets the plan for enabling the field on quoting and bookings policy'),
          req(skill.cpqQuoting, 'Leads the rollout of new quoting and deal desk software with Sales Systems'),
          req(
            skill.revenueRecognition,
            'Co-owns bookings policy with Finance so every deal is booked in line with revenue rules',
          ),
          req(
            skill.complianceControls,
            'Acts as the deal desk contact for compliance work ahead of public-company controls',
          ),
          req(
            skill.teamLeadership,
            'Leads deal desk managers and adapts team structure as deal volume grows',
          ),
          req(
            skill.executivePresentations,
            'Presents deal desk performance, risks and proposals to senior leaders with confidence',
          ),
        ],
      },
      {
        id: 'senior-director',
        title: 'Senior Director, Deal Desk',
        grade: 11,
        url: DEAL_DESK + '#senior-director-deal-desk',
        requirements: [
          req(
            skill.orgLeadership,
            'Leads the global deal desk and order management organisation through its managers',
          ),
          req(
            skill.functionStrategy,
            'Sets the global deal desk strategy and the service levels the field can expect',
          ),
          req(
            skill.bookingsReconciliation,
            'Owns bookings reconciliation and the accuracy of bookings data in Salesforce',
          ),
          req(
            skill.complianceControls,
            'Partners with auditors and Finance on the controls a public company needs',
          ),
          req(
            skill.executivePresentations,
            'Tells a clear story from bookings and deal data to executives and the board',
          ),
          req(
            skill.talentDevelopment,
            'Builds leadership depth by coaching managers and planning succession',
          ),
          req(
            skill.contractNegotiation,
            'Sets how far the team may go when negotiating non-standard contract terms',
          ),
        ],
      },
    ],
  },
  {
    id: 'order-management',
    name: 'Order Management',
    team: 'Sales Operations',
    url: ORDER_MGMT,
    levels: [
      {
        id: 'specialist',
        title: 'Order Management Specialist',
        grade: 5,
        url: ORDER_MGMT + '#order-management-specialist',
        requirements: [
          req(
            skill.orderBooking,
            'Books closed opportunities accurately and corrects booking errors quickly',
          ),
          req(
            skill.dataQuality,
            'Keeps Salesforce opportunities and billing subscriptions consistent with each other',
          ),
          req(
            skill.fieldSupport,
            'Helps sellers and customers get licences delivered once an order is booked',
          ),
          req(
            skill.bookingsReconciliation,
            'Runs weekly and monthly reconciliations between bookings and billing records',
          ),
          req(
            skill.revenueRecognition,
            'Knows the revenue recognition basics that matter when booking an order',
          ),
        ],
      },
      {
        id: 'senior-specialist',
        title: 'Senior Order Management Specialist',
        grade: 6,
        url: ORDER_MGMT + '#senior-order-management-specialist',
        requirements: [
          req(
            skill.orderBooking,
            'Books complex and non-standard orders that need judgement on terms and structure',
          ),
          req(
            skill.trainingDelivery,
            'Teaches sellers the booking policy so orders arrive complete the first time',
          ),
          req(
            skill.revenueRecognition,
            'Applies ASC 606 revenue rules, plus SOX and export-control basics, when checking an order',
          ),
          req(
            skill.cpqQuoting,
            'Works confidently in a CPQ tool such as Zuora to fix quote and subscription problems',
          ),
          req(skill.peerMentoring, 'Trains new order management team members on the tools and the process'),
          req(
            skill.stakeholderAlignment,
            'Answers FP&A and commissions questions about how specific deals were booked',
          ),
        ],
      },
    ],
  },
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
