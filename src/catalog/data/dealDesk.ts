/**
 * Deal Desk and Order Management, of the Sales Operations team. Requirements are our own summaries
 * of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const DEAL_DESK = 'https://handbook.gitlab.com/job-families/sales/deal-desk/';
const ORDER_MGMT = 'https://handbook.gitlab.com/job-families/sales/order-management/';

export const dealDeskAndOrders: Family[] = [
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
];
