/**
 * Channel Operations team: the Ecosystems (partner and channel) Operations family, which has two
 * tracks from grade 7 up: specialists who run partner processes and operations analysts/managers
 * who own partner systems and automation. Requirements are our own summaries of the handbook page.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const ECOSYSTEMS = 'https://handbook.gitlab.com/job-families/sales/sales-operations/partner-operations/';

export const channelOperations: Family[] = [
  {
    id: 'ecosystems-operations',
    name: 'Ecosystems (Partner/Channel) Operations',
    team: 'Channel Operations',
    url: ECOSYSTEMS,
    levels: [
      {
        id: 'specialist',
        title: 'Ecosystems Specialist',
        grade: 6,
        url: ECOSYSTEMS + '#ecosystems-specialist',
        requirements: [
          req(
            skill.partnerPrograms,
            'Operates partner processes such as onboarding, registering deals, not-for-resale licences and rebates',
          ),
          req(
            skill.fieldSupport,
            'Answers daily partner and seller questions about accounts, deals, quotes and orders',
          ),
          req(skill.orderBooking, 'Handles the distributor quote-to-cash steps of two-tier partner deals'),
          req(
            skill.reportingDashboards,
            'Maintains partner dashboards and delivers ad hoc reports for projects and OKRs',
          ),
          req(
            skill.partnerSystems,
            'Works in Salesforce and the partner portal to keep partner records and deals moving',
          ),
          req(
            skill.processDocumentation,
            'Documents partner processes so sellers, partners and other teams can self-serve',
          ),
        ],
      },
      {
        id: 'senior-specialist',
        title: 'Senior Ecosystems Specialist',
        grade: 7,
        url: ECOSYSTEMS + '#senior-ecosystems-specialist',
        requirements: [
          req(
            skill.escalationHandling,
            'Handles complex partner requests and escalations that call for program judgement',
          ),
          req(
            skill.partnerPrograms,
            'Knows the partner program rules in depth and applies them to unusual cases',
          ),
          req(
            skill.processImprovement,
            'Reworks partner processes and larger projects with managers in other departments',
          ),
          req(
            skill.peerMentoring,
            'Mentors and enables other ecosystems specialists as the subject expert on partner work',
          ),
          req(
            skill.partnerSystems,
            'Uses the partner portal and Salesforce expertly to diagnose where a partner deal is stuck',
          ),
          req(skill.fieldSupport, 'Keeps service quality high for partner teams through quarter-end peaks'),
        ],
      },
      {
        id: 'senior-operations-analyst',
        title: 'Senior Ecosystems Operations Analyst',
        grade: 7,
        url: ECOSYSTEMS + '#senior-ecosystems-operations-analyst',
        requirements: [
          req(
            skill.processAutomation,
            'Turns partner go-to-market strategy into automation for quoting, coverage and payouts',
          ),
          req(
            skill.partnerSystems,
            'Improves links between Salesforce and partner systems such as Impartner and Vartopia',
          ),
          req(
            skill.dataQuality,
            'Keeps partner data complete and accurate in Salesforce and the systems around it',
          ),
          req(
            skill.reportingDashboards,
            'Builds partner reporting with tools such as Tableau, Snowflake and spreadsheet scripts',
          ),
          req(
            skill.solutionDesign,
            'Translates partner business needs into clear technical requirements for builders',
          ),
          req(
            skill.commissionCalculation,
            'Supports monthly partner compensation reporting and the commission close',
          ),
        ],
      },
      {
        // Manages the specialist track.
        id: 'manager-global-specialists',
        title: 'Manager, Global Ecosystems Specialists',
        grade: 8,
        url: ECOSYSTEMS + '#manager-global-ecosystems-specialists',
        requirements: [
          req(
            skill.teamLeadership,
            "Leads the ecosystems specialist team and manages each person's performance",
          ),
          req(
            skill.talentDevelopment,
            'Coaches specialists on building trusted relationships with the partners and sellers they serve',
          ),
          req(
            skill.escalationHandling,
            'Is the escalation point for sales and partner leaders on partner inquiries',
          ),
          req(
            skill.processAutomation,
            'Finds tooling and automation that make partner processes faster and more scalable',
          ),
          req(
            skill.partnerPrograms,
            'Rolls out partner program changes across teams, with the enablement they need',
          ),
          req(
            skill.projectManagement,
            'Delegates initiatives across the team and drives them to measurable results',
          ),
        ],
      },
      {
        // An individual-contributor role on the operations track, despite the title.
        id: 'operations-manager',
        title: 'Ecosystems Operations Manager',
        grade: 8,
        url: ECOSYSTEMS + '#ecosystems-operations-manager',
        requirements: [
          req(
            skill.projectManagement,
            'Takes strategic partner projects with a long time horizon from scoping through to rollout',
          ),
          req(
            skill.orderBooking,
            'Builds automated order flows for hyperscaler, distributor and reseller marketplaces',
          ),
          req(
            skill.partnerSystems,
            'Drives partner portal improvements with the partner programs and specialist teams',
          ),
          req(
            skill.roadmapPlanning,
            'Maintains the roadmap of partner operations initiatives and delivers against it',
          ),
          req(
            skill.stakeholderAlignment,
            'Represents partner needs in Product, Marketing, Finance and Enablement projects',
          ),
          req(skill.processImprovement, 'Redesigns existing partner processes for efficiency and scale'),
        ],
      },
      {
        id: 'senior-manager-global-specialists',
        title: 'Senior Manager, Global Ecosystems Specialists',
        grade: 9,
        url: ECOSYSTEMS + '#senior-manager-global-ecosystems-specialists',
        requirements: [
          req(
            skill.partnerPrograms,
            'Designs, documents and launches new partner processes that serve long-term strategy',
          ),
          req(
            skill.gtmPilots,
            'Runs partner go-to-market pilots from idea to launch and scales what works globally',
          ),
          req(
            skill.programMeasurement,
            'Measures the return on partner initiatives and uses it to win further investment',
          ),
          req(skill.teamLeadership, 'Leads specialist managers and individual contributors across regions'),
          req(skill.talentDevelopment, 'Delegates meaningful work and grows the next leaders of the team'),
          req(
            skill.stakeholderAlignment,
            'Aligns sales, partner and operations leaders on partner process changes',
          ),
        ],
      },
      {
        id: 'senior-manager-operations',
        title: 'Senior Manager, Ecosystems Operations',
        grade: 9,
        url: ECOSYSTEMS + '#senior-manager-ecosystems-operations',
        requirements: [
          req(
            skill.partnerSystems,
            'Acts as business owner of the partner technology stack and its integrations',
          ),
          req(
            skill.processAutomation,
            'Leads the design, testing and rollout of complex partner automations and workflows',
          ),
          req(
            skill.territoryPlanning,
            'Carries out partner territory alignment, payout automation and account ownership',
          ),
          req(
            skill.forecasting,
            'Builds dashboards that support partner forecast management and expose weak spots',
          ),
          req(
            skill.teamLeadership,
            'Manages partner operations analysts and managers, including their development',
          ),
          req(
            skill.escalationHandling,
            'Is the escalation point for strategy, finance, systems and commissions on partner issues',
          ),
        ],
      },
      {
        id: 'director-operations',
        title: 'Director, Ecosystems Operations',
        grade: 10,
        url: ECOSYSTEMS + '#director-ecosystems-operations',
        requirements: [
          req(
            skill.functionStrategy,
            'Owns how partner go-to-market processes work across the whole company',
          ),
          req(
            skill.partnerPrograms,
            'Designs partner incentive programs that reward the behaviours the business needs',
          ),
          req(
            skill.trainingDelivery,
            'Sets partner enablement practices together with the channel and alliance teams',
          ),
          req(
            skill.okrsAndKpis,
            'Defines partner operations metrics and reports progress on them to leadership',
          ),
          req(
            skill.orgLeadership,
            'Hires and leads the managers of both the specialist and the operations teams',
          ),
          req(
            skill.stakeholderAlignment,
            'Aligns alliance and channel leaders on one set of operating processes',
          ),
        ],
      },
    ],
  },
];
