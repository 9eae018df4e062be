/**
 * RSOE leadership: the vice presidents who lead revenue and field operations. Requirements are our
 * own summaries of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const VP_REVOPS = 'https://handbook.gitlab.com/job-families/sales/vp-revenue-operations/';
const VP_FIELD_OPS = 'https://handbook.gitlab.com/job-families/sales/vp-of-field-operations/';

export const rsoeLeadership: Family[] = [
  {
    id: 'vp-revenue-operations',
    name: 'VP Revenue Operations',
    team: 'RSOE Leadership',
    url: VP_REVOPS,
    levels: [
      {
        id: 'vp',
        title: 'Vice President, Revenue Operations',
        grade: 12,
        url: VP_REVOPS + '#vice-president-revenue-operations',
        requirements: [
          req(
            skill.functionStrategy,
            'Sets one strategy for revenue operations, CS operations, enablement and field data',
          ),
          req(
            skill.annualPlanning,
            'Leads the annual planning cycles that set targets and capacity for the field',
          ),
          req(
            skill.customerHealth,
            'Makes customer health a shared, trusted measure across the revenue teams',
          ),
          req(skill.okrsAndKpis, 'Sets the OKRs for revenue operations and holds the organisation to them'),
          req(
            skill.orgLeadership,
            'Builds and leads an organisation of managers of managers across several teams',
          ),
          req(skill.executiveAdvising, 'Influences C-level leaders with data-driven recommendations'),
          req(skill.dataAnalysis, 'Bases decisions on sound data and expects the same of every team'),
        ],
      },
    ],
  },
  {
    id: 'vp-field-operations',
    name: 'VP Field Operations',
    team: 'RSOE Leadership',
    url: VP_FIELD_OPS,
    levels: [
      {
        id: 'vp',
        title: 'Vice President, Field Operations',
        grade: 12,
        url: VP_FIELD_OPS + '#vice-president-field-operations',
        requirements: [
          req(
            skill.executiveAdvising,
            "Acts as the CRO's partner on all non-customer-facing field work, board material included",
          ),
          req(
            skill.territoryPlanning,
            'Owns field planning, territories and quota setting across all regions',
          ),
          req(skill.compPlanDesign, 'Owns sales compensation plans and their fairness and cost'),
          req(skill.quoteApproval, 'Sets the deal approval framework and takes the final call on exceptions'),
          req(skill.salesTechStack, "Owns the field's sales tools and the Salesforce strategy behind them"),
          req(skill.gtmPolicy, 'Owns the Sales Handbook and the go-to-market policies it describes'),
          req(skill.orgLeadership, 'Leads the field operations, systems, strategy and enablement leaders'),
        ],
      },
    ],
  },
];
