/**
 * The Sales Operations job family, Associate Analyst to leadership. Requirements are our own
 * summaries of the handbook page.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const SALES_OPS = 'https://handbook.gitlab.com/job-families/sales/sales-operations/';

export const salesOperationsFamily: Family[] = [
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
];
