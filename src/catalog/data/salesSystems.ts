/**
 * Sales Systems team: business systems administrators, engineers and architects, and Sales Systems
 * leadership. Requirements are our own summaries of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const ADMIN = 'https://handbook.gitlab.com/job-families/sales/business-systems-administrator/';
const ENGINEER = 'https://handbook.gitlab.com/job-families/sales/business-systems-engineer/';
const ARCHITECT = 'https://handbook.gitlab.com/job-families/sales/business-systems-architect/';
const LEADERSHIP = 'https://handbook.gitlab.com/job-families/sales/senior-manager-sales-systems/';

export const salesSystems: Family[] = [
  {
    id: 'business-systems-administrator',
    name: 'Business Systems Administrator (Sales Systems)',
    team: 'Sales Systems',
    url: ADMIN,
    // The administrator page also describes "Manager, Sales Systems" (no grade given there). That
    // role is the first level of the Sales Systems Leadership family (grade 8) and lives there only.
    levels: [
      {
        id: 'junior',
        title: 'Junior Business Systems Administrator',
        grade: 5,
        url: ADMIN + '#junior-business-systems-administrator',
        requirements: [
          req(
            skill.fieldSupport,
            'Answers field support requests about sales tools, with guidance from senior admins',
          ),
          req(
            skill.salesforceAdministration,
            'Builds declarative Salesforce changes such as flows and validation rules',
          ),
          req(skill.salesTechStack, 'Configures the sales tools connected to Salesforce for new needs'),
          req(skill.solutionDesign, 'Turns requests into written specs that engineers can build from'),
          req(skill.cpqQuoting, 'Understands quote-to-cash and where CPQ fits in the Salesforce data model'),
        ],
      },
      {
        id: 'intermediate',
        title: 'Intermediate Business Systems Administrator',
        grade: 6,
        url: ADMIN + '#intermediate-business-systems-administrator',
        requirements: [
          req(skill.salesforceAdministration, 'Builds and maintains Salesforce configuration independently'),
          req(
            skill.fieldSupport,
            'Resolves field support tickets independently and spots the recurring causes',
          ),
          req(skill.solutionDesign, 'Writes specs and acceptance criteria for the work handed to engineers'),
          req(skill.cpqQuoting, 'Configures CPQ and quote-to-cash settings in Salesforce'),
          req(skill.salesTechStack, 'Administers connected sales tools and the access people have to them'),
          req(
            skill.deliveryLifecycle,
            "Follows the team's intake, testing and release process for every change",
          ),
        ],
      },
      {
        id: 'senior',
        title: 'Senior Business Systems Administrator',
        grade: 7,
        url: ADMIN + '#senior-business-systems-administrator',
        requirements: [
          req(
            skill.salesforceAdministration,
            'Handles advanced Salesforce administration, at Advanced Administrator level',
          ),
          req(skill.projectManagement, 'Drives systems projects through to completion with little oversight'),
          req(
            skill.cpqQuoting,
            'Administers Zuora CPQ or a similar tool and solves quoting configuration problems',
          ),
          req(skill.dataQuality, 'Configures data enrichment tools and keeps the data they produce reliable'),
          req(skill.solutionDesign, 'Designs configuration solutions for requests that span several teams'),
          req(
            skill.stakeholderAlignment,
            'Clarifies requirements and priorities with business owners across teams',
          ),
        ],
      },
      {
        id: 'staff',
        title: 'Staff Business Systems Administrator',
        grade: 8,
        url: ADMIN + '#staff-business-systems-administrator',
        requirements: [
          req(
            skill.salesforceAdministration,
            'Owns the health and long-term vision of the Salesforce instance',
          ),
          req(
            skill.roadmapPlanning,
            'Sets the administration roadmap that keeps the Salesforce org scalable',
          ),
          req(skill.peerMentoring, 'Mentors other administrators and reviews their designs before build'),
          req(
            skill.stakeholderAlignment,
            'Manages senior stakeholders and their competing requests with tact',
          ),
          req(
            skill.deliveryLifecycle,
            'Sets the standards for how Salesforce changes are tested and released',
          ),
          req(
            skill.solutionDesign,
            'Makes architecture decisions backed by Advanced Admin or Architect skills',
          ),
        ],
      },
    ],
  },
  {
    id: 'business-systems-engineer',
    name: 'Business Systems Engineer',
    team: 'Sales Systems',
    url: ENGINEER,
    levels: [
      {
        id: 'intermediate',
        title: 'Business Systems Engineer (Intermediate)',
        grade: 6,
        url: ENGINEER + '#business-systems-engineer-intermediate',
        requirements: [
          req(
            skill.salesforceDevelopment,
            'Builds Salesforce features in Apex and Visualforce, at Platform Developer I level',
          ),
          req(
            skill.deliveryLifecycle,
            'Takes part in code reviews and user acceptance testing for each change',
          ),
          req(skill.releaseManagement, "Ships changes through Git and the team's deployment process"),
          req(skill.salesforceAdministration, 'Understands the Salesforce data model and platform limits'),
          req(
            skill.stakeholderAlignment,
            'Clarifies requirements with admins and business owners before building',
          ),
          req(skill.processDocumentation, 'Documents code and design decisions so others can maintain them'),
        ],
      },
      {
        id: 'senior',
        title: 'Senior Business Systems Engineer',
        grade: 7,
        url: ENGINEER + '#senior-business-systems-engineer',
        requirements: [
          req(skill.salesforceDevelopment, 'Builds complex Apex solutions at Platform Developer II level'),
          req(
            skill.deliveryLifecycle,
            'Delivers work on time through the full software development lifecycle',
          ),
          req(
            skill.releaseManagement,
            'Plans and runs Salesforce releases, including a tested rollback plan',
          ),
          req(skill.solutionDesign, 'Designs technical solutions and reviews them with peers before build'),
          req(skill.peerMentoring, "Reviews others' code and raises the team's engineering standards"),
          req(
            skill.systemIntegrations,
            'Builds and maintains integrations between Salesforce and other systems',
          ),
        ],
      },
      {
        id: 'manager',
        title: 'Manager, Business Systems Engineering',
        grade: 8,
        // The page's heading for this level is "Manager, Business Systems Engineer".
        url: ENGINEER + '#manager-business-systems-engineer',
        requirements: [
          req(skill.teamLeadership, 'Leads a team of Salesforce engineers and sets their priorities'),
          req(skill.deliveryLifecycle, 'Runs scrum ceremonies and keeps sprint delivery predictable'),
          req(skill.solutionDesign, 'Leads code and architecture reviews for everything the team builds'),
          req(skill.releaseManagement, 'Evolves the development lifecycle and the CI/CD pipeline'),
          req(skill.salesforceDevelopment, 'Brings deep Apex expertise to unblock the hardest problems'),
          req(skill.talentDevelopment, 'Develops engineers through regular feedback and growth plans'),
        ],
      },
    ],
  },
  {
    id: 'business-systems-architect',
    name: 'Business Systems Architect',
    team: 'Sales Systems',
    url: ARCHITECT,
    levels: [
      {
        id: 'intermediate',
        title: 'Business Systems Architect (Intermediate)',
        grade: 7,
        url: ARCHITECT + '#business-systems-architect-intermediate',
        requirements: [
          req(
            skill.solutionDesign,
            'Turns business needs into specifications and end-to-end solution designs',
          ),
          req(
            skill.salesforceDevelopment,
            'Builds with Apex and Visualforce where configuration alone is not enough',
          ),
          req(
            skill.stakeholderAlignment,
            'Explains design trade-offs to business stakeholders in plain language',
          ),
          req(skill.systemIntegrations, 'Designs how Salesforce exchanges data with the systems around it'),
          req(
            skill.salesforceAdministration,
            'Knows Salesforce configuration deeply, backed by advanced certifications',
          ),
          req(
            skill.processDocumentation,
            'Documents architecture decisions so other builders can follow them',
          ),
        ],
      },
    ],
  },
  {
    id: 'sales-systems-leadership',
    name: 'Sales Systems Leadership',
    team: 'Sales Systems',
    url: LEADERSHIP,
    levels: [
      {
        id: 'manager',
        title: 'Manager, Sales Systems',
        grade: 8,
        url: LEADERSHIP + '#manager-sales-systems',
        requirements: [
          req(
            skill.salesforceAdministration,
            'Acts as chief administrator of the sales systems, certified as admin and developer',
          ),
          req(skill.teamLeadership, 'Leads the business systems team and balances its work across requests'),
          req(skill.cpqQuoting, 'Optimises CPQ and quote-to-cash flows with Deal Desk and Finance'),
          req(skill.releaseManagement, 'Runs intake, milestones and releases through an agile process'),
          req(skill.dataGovernance, 'Applies data governance rules in every system the team owns'),
          req(skill.solutionDesign, 'Reviews and approves design specs before anything is built'),
          req(
            skill.talentDevelopment,
            'Coaches administrators and engineers and plans the next step in their growth',
          ),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, Sales Systems',
        grade: 9,
        url: LEADERSHIP + '#senior-manager-sales-systems',
        requirements: [
          req(
            skill.systemIntegrations,
            'Owns the integrations between Salesforce, Marketo, Zendesk and Zuora',
          ),
          req(skill.vendorManagement, 'Makes build-versus-buy decisions for sales systems and defends them'),
          req(
            skill.salesforceDevelopment,
            'Knows SOQL, Apex and Visualforce well enough to guide technical choices',
          ),
          req(skill.roadmapPlanning, 'Plans the sales systems roadmap with business leaders'),
          req(skill.teamLeadership, 'Leads several systems teams and the people who run them'),
          req(skill.talentDevelopment, 'Develops administrators and engineers into future leaders'),
        ],
      },
      {
        id: 'director',
        title: 'Director, Sales Systems',
        grade: 10,
        url: LEADERSHIP + '#director-sales-systems',
        requirements: [
          req(
            skill.functionStrategy,
            'Owns delivery of field technology across the full application lifecycle',
          ),
          req(skill.changeManagement, 'Leads change management so major systems rollouts are adopted'),
          req(
            skill.processDocumentation,
            'Keeps documentation complete and current for every system the team owns',
          ),
          req(skill.salesforceDevelopment, 'Brings hands-on developer depth on the Salesforce platform'),
          req(skill.orgLeadership, 'Leads the sales systems department through its managers'),
          req(
            skill.roadmapPlanning,
            'Aligns field leaders from several departments on the systems roadmap and its priorities',
          ),
        ],
      },
      {
        id: 'senior-director',
        title: 'Senior Director, Sales Systems',
        grade: 11,
        url: LEADERSHIP + '#senior-director-sales-systems',
        requirements: [
          req(
            skill.functionStrategy,
            'Sets the strategic vision for sales systems across the field organisation',
          ),
          req(
            skill.vendorManagement,
            'Selects vendors, negotiates their contracts and manages the systems budget',
          ),
          req(skill.complianceControls, 'Makes sure sales systems meet SOX, PCI and GDPR requirements'),
          req(skill.dataGovernance, 'Owns data governance for all sales systems and their integrations'),
          req(
            skill.deliveryLifecycle,
            'Sets agile and software lifecycle practices for the whole organisation',
          ),
          req(skill.orgLeadership, 'Leads a systems organisation of several teams and their managers'),
        ],
      },
    ],
  },
];
