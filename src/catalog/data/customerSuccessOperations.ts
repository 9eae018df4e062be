/**
 * Customer Success Operations team: customer success operations and renewals operations.
 * Requirements are our own summaries of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const CS_OPS = 'https://handbook.gitlab.com/job-families/sales/customer-success-operations/';
// The director levels are described on their own page.
const CS_OPS_DIRECTORS = 'https://handbook.gitlab.com/job-families/sales/director-customer-operations/';
const RENEWALS = 'https://handbook.gitlab.com/job-families/sales/renewal-operations-analyst/';

export const customerSuccessOperations: Family[] = [
  {
    id: 'customer-success-operations',
    name: 'Customer Success Operations',
    team: 'Customer Success Operations',
    url: CS_OPS,
    levels: [
      {
        id: 'associate-analyst',
        title: 'Associate CS Operations Analyst',
        grade: 5,
        url: CS_OPS + '#associate-customer-success-operations-analyst',
        requirements: [
          req(
            skill.reportingDashboards,
            'Builds reports on customer adoption and sentiment for CS leadership',
          ),
          req(skill.customerHealth, 'Tracks customer lifecycle metrics and flags accounts that look at risk'),
          req(skill.processDocumentation, 'Maintains customer success playbooks and lifecycle process steps'),
          req(
            skill.csPlatform,
            'Works day to day in a customer success platform such as Gainsight and in Salesforce',
          ),
          req(skill.processAutomation, 'Automates simple, repetitive customer success tasks, with guidance'),
          req(skill.trainingDelivery, 'Helps CS enablement teach the team new processes and tools'),
        ],
      },
      {
        id: 'analyst',
        title: 'CS Operations Analyst (Intermediate)',
        grade: 6,
        url: CS_OPS + '#customer-success-operations-analyst-intermediate',
        requirements: [
          req(
            skill.reportingDashboards,
            'Builds the adoption and sentiment reporting that CS leaders review each week',
          ),
          req(skill.customerHealth, 'Analyses lifecycle metrics to explain why customers grow or churn'),
          req(skill.csPlatform, 'Rolls out new systems and digital tools to the customer success team'),
          req(
            skill.processDocumentation,
            'Writes and updates playbooks that customer success managers follow',
          ),
          req(
            skill.projectManagement,
            'Manages operations projects from plan to rollout without close supervision',
          ),
          req(skill.processAutomation, 'Automates customer success workflows to save the team time'),
        ],
      },
      {
        id: 'senior-analyst',
        title: 'Senior CS Operations Analyst',
        grade: 7,
        url: CS_OPS + '#senior-customer-success-operations-analyst',
        requirements: [
          req(
            skill.csPlatform,
            'Oversees how Gainsight and connected systems are configured and fit together',
          ),
          req(
            skill.systemIntegrations,
            'Keeps Gainsight, Salesforce and delivery tools exchanging data correctly',
          ),
          req(skill.projectManagement, 'Leads cross-functional customer success operations initiatives'),
          req(skill.customerHealth, 'Improves how customer health and lifecycle stages are measured'),
          req(
            skill.stakeholderAlignment,
            'Aligns customer success, sales and support teams on shared processes',
          ),
          req(skill.peerMentoring, 'Helps other analysts with complex system and reporting questions'),
        ],
      },
      {
        // An individual-contributor role: the platform owner, not a people manager.
        id: 'staff-manager',
        title: 'Staff CS Operations Manager',
        grade: 8,
        url: CS_OPS + '#staff-customer-success-operations-manager',
        requirements: [
          req(
            skill.csPlatform,
            'Acts as the primary Gainsight administrator, ideally with admin certification',
          ),
          req(skill.roadmapPlanning, 'Owns the customer success systems roadmap and its milestones'),
          req(skill.deliveryLifecycle, 'Runs system work in agile increments with clear acceptance criteria'),
          req(skill.programDesign, 'Leads cross-functional programs that change how customer success works'),
          req(skill.dataAnalysis, 'Uses product usage data to guide customer success priorities'),
          req(skill.stakeholderAlignment, 'Balances requests from customer success leaders across segments'),
        ],
      },
      {
        id: 'manager',
        title: 'Manager, CS Operations',
        grade: 8,
        url: CS_OPS + '#manager-customer-success-operations',
        requirements: [
          req(skill.teamLeadership, 'Leads the customer success operations team and its delivery'),
          req(skill.processImprovement, 'Shapes customer success processes used across the company'),
          req(skill.csPlatform, 'Owns the tools used to segment customers and assign coverage'),
          req(skill.trainingDelivery, 'Works with CS enablement so teams learn each process change'),
          req(
            skill.talentDevelopment,
            'Coaches operations analysts and plans the next steps in their development',
          ),
          req(skill.customerHealth, 'Keeps health and lifecycle metrics trusted by CS leaders'),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, CS Operations',
        grade: 9,
        url: CS_OPS + '#senior-manager-customer-success-operations',
        requirements: [
          req(
            skill.executiveAdvising,
            'Advises each customer success leader on how to run their part of the business',
          ),
          req(skill.processImprovement, 'Owns customer success processes across the whole organisation'),
          req(
            skill.programDesign,
            'Builds digital customer success programs that scale without extra headcount',
          ),
          req(skill.teamLeadership, 'Leads a customer success operations team of five or more people'),
          req(skill.talentDevelopment, 'Develops managers and senior analysts for larger roles'),
          req(skill.customerHealth, 'Sets how customer health is defined and used across segments'),
        ],
      },
      {
        id: 'director',
        title: 'Director, CS Operations',
        grade: 10,
        // Heading on the directors' page: "Director of Customer Success Operations".
        url: CS_OPS_DIRECTORS + '#director-of-customer-success-operations',
        requirements: [
          req(
            skill.functionStrategy,
            'Leads strategic programs for the customer journey and digital engagement',
          ),
          req(skill.customerHealth, 'Owns health scoring and how it drives action across customer success'),
          req(skill.renewalsManagement, 'Shapes the renewal process together with sales and finance'),
          req(
            skill.stakeholderAlignment,
            'Drives work across departments in a large company of a thousand or more people',
          ),
          req(skill.orgLeadership, 'Leads the customer success operations organisation through its managers'),
          req(
            skill.okrsAndKpis,
            'Sets retention and growth targets that customer success operations answer to',
          ),
        ],
      },
      {
        id: 'senior-director',
        title: 'Senior Director, CS Operations',
        grade: 11,
        url: CS_OPS_DIRECTORS + '#senior-director-of-customer-success-operations',
        requirements: [
          req(skill.gtmStrategy, 'Integrates customer success strategy into the company go-to-market plan'),
          req(skill.functionStrategy, 'Builds market-specific customer success operations plans'),
          req(
            skill.orgLeadership,
            'Leads a customer success operations organisation whose teams are run by managers',
          ),
          req(skill.executiveAdvising, 'Advises executive leaders on customer retention strategy'),
          req(skill.okrsAndKpis, 'Owns the metrics that show how customer success contributes to growth'),
        ],
      },
    ],
  },
  {
    id: 'renewals-operations',
    name: 'Renewals Operations',
    team: 'Customer Success Operations',
    url: RENEWALS,
    levels: [
      {
        id: 'analyst',
        title: 'Renewals Operations Analyst (Intermediate)',
        grade: 6,
        url: RENEWALS + '#renewals-operations-analyst-intermediate',
        requirements: [
          req(skill.forecasting, 'Maintains a rolling twelve-month forecast of upcoming renewals'),
          req(skill.reportingDashboards, 'Reports renewal metrics such as renewal rate and contraction'),
          req(skill.processDocumentation, 'Writes renewal playbooks that sellers and CS managers follow'),
          req(skill.dataAnalysis, 'Analyses churn and contraction trends and explains what drives them'),
          req(skill.dataQuality, 'Keeps renewal data in the CRM complete and accurate'),
          req(skill.renewalsManagement, 'Understands the renewal process and the metrics used to judge it'),
        ],
      },
      {
        id: 'senior-analyst',
        title: 'Senior Renewals Operations Analyst',
        grade: 7,
        url: RENEWALS + '#senior-renewals-operations-analyst',
        requirements: [
          req(skill.renewalsManagement, 'Owns the renewals process end to end and leads it with sales'),
          req(skill.forecasting, 'Improves renewal forecast accuracy and explains the misses'),
          req(skill.stakeholderAlignment, 'Aligns sales, customer success and finance on renewal rules'),
          req(skill.processImprovement, 'Finds and fixes steps in the renewal process that cause delays'),
          req(skill.dataAnalysis, 'Turns churn and contraction analysis into actions for account teams'),
          req(skill.peerMentoring, 'Guides other analysts on renewal data and processes'),
        ],
      },
      {
        id: 'manager',
        title: 'Manager, Renewal Operations',
        grade: 8,
        // The page has no heading of its own for the two manager levels: link the page only.
        url: RENEWALS,
        requirements: [
          req(skill.pipelineAnalysis, 'Analyses the renewal pipeline to show where revenue is at risk'),
          req(skill.forecasting, 'Forecasts churn and contraction for leadership planning'),
          req(skill.executivePresentations, 'Turns renewal data into clear insight for sales and CS leaders'),
          req(skill.teamLeadership, 'Leads a renewals operations team and sets its priorities each quarter'),
          req(skill.cpqQuoting, 'Knows how renewal quotes are produced in the CPQ tool'),
          req(skill.reportingDashboards, 'Builds renewal reporting in Salesforce and BI tools'),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, Renewal Operations',
        grade: 9,
        url: RENEWALS,
        requirements: [
          req(skill.annualPlanning, 'Leads long-range renewal planning as part of company planning'),
          req(skill.okrsAndKpis, 'Aligns renewal KPIs with Finance, Sales and Customer Success'),
          req(
            skill.executivePresentations,
            'Builds executive QBR material that tells the renewal story with data',
          ),
          req(skill.teamLeadership, 'Leads a global renewals operations team across regions'),
          req(skill.talentDevelopment, 'Develops managers and analysts in the renewals team'),
        ],
      },
    ],
  },
];
