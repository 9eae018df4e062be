/**
 * Revenue Programs and Field Communications, of the Field Enablement team. Requirements are our
 * own summaries of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const REVENUE = 'https://handbook.gitlab.com/job-families/sales/revenue-programs/';
const COMMS = 'https://handbook.gitlab.com/job-families/sales/field-communications/';

export const revenueAndComms: Family[] = [
  {
    id: 'revenue-programs',
    name: 'Revenue Programs',
    team: 'Field Enablement',
    url: REVENUE,
    levels: [
      {
        id: 'specialist',
        title: 'Revenue Programs Specialist (Intermediate)',
        grade: 6,
        url: REVENUE + '#revenue-programs-specialist-intermediate',
        requirements: [
          req(skill.programDesign, 'Runs sales programs for a region or segment from launch to wrap-up'),
          req(skill.reportingDashboards, 'Builds program dashboards in Salesforce and BI tools'),
          req(skill.fieldCommunications, 'Keeps sellers informed about program goals, rules and progress'),
          req(skill.dataAnalysis, 'Analyses program data to see which activities produce pipeline'),
          req(skill.pipelineAnalysis, 'Tracks pipeline created by each program against its target'),
        ],
      },
      {
        id: 'senior-specialist',
        title: 'Senior Revenue Programs Specialist',
        grade: 7,
        url: REVENUE + '#senior-revenue-programs-specialist',
        requirements: [
          req(skill.pipelineAnalysis, 'Finds gaps in pipeline data that point to the next program'),
          req(skill.programDesign, 'Designs pipeline programs together with their success measures'),
          req(skill.programMeasurement, 'Judges program results honestly and stops what does not work'),
          req(skill.stakeholderAlignment, 'Influences sales leaders to back programs and take part'),
          req(skill.gtmStrategy, 'Understands how sellers work, ideally from carrying a quota'),
        ],
      },
      {
        id: 'manager',
        title: 'Manager, Revenue Programs',
        grade: 8,
        url: REVENUE + '#manager-revenue-programs',
        requirements: [
          req(
            skill.teamLeadership,
            'Leads the revenue programs specialists, setting their priorities and coverage',
          ),
          req(skill.executiveAdvising, 'Acts as a trusted advisor to sales leaders on pipeline programs'),
          req(skill.programMeasurement, 'Runs regular program reviews and acts on their findings'),
          req(skill.pipelineAnalysis, 'Reads pipeline trends across regions to set program priorities'),
          req(skill.talentDevelopment, 'Develops specialists through coaching and stretch assignments'),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, Revenue Programs',
        grade: 9,
        url: REVENUE + '#senior-manager-revenue-programs',
        requirements: [
          req(skill.teamLeadership, 'Sets the vision for the revenue programs team and leads it there'),
          req(skill.pipelineAnalysis, 'Owns quarterly pipeline planning with sales leadership'),
          req(skill.executivePresentations, 'Presents pipeline plans and results with executive presence'),
          req(skill.programDesign, 'Manages programs that involve many stakeholders across functions'),
          req(
            skill.talentDevelopment,
            'Grows managers and specialists on the team into larger roles over time',
          ),
        ],
      },
      {
        id: 'director',
        title: 'Director, Revenue Programs',
        grade: 10,
        url: REVENUE + '#director-revenue-programs',
        requirements: [
          req(
            skill.gtmStrategy,
            'Drives go-to-market alignment across Sales, Marketing and Customer Success',
          ),
          req(skill.functionStrategy, 'Sets the revenue programs strategy and ties it to company targets'),
          req(skill.orgLeadership, 'Leads the revenue programs organisation through its managers'),
          req(skill.stakeholderAlignment, 'Aligns leaders of several departments on shared pipeline goals'),
          req(skill.okrsAndKpis, 'Defines the pipeline and conversion metrics that programs answer to'),
        ],
      },
    ],
  },
  {
    id: 'field-communications',
    name: 'Field Communications',
    team: 'Field Enablement',
    url: COMMS,
    levels: [
      {
        id: 'associate',
        title: 'Associate Field Communications Specialist',
        grade: 5,
        url: COMMS + '#associate-field-communications-specialist',
        requirements: [
          req(
            skill.writtenCommunication,
            'Writes and edits copy for the field newsletter and release updates',
          ),
          req(skill.fieldCommunications, 'Publishes short field announcements in the agreed channels'),
          req(skill.projectManagement, 'Keeps communication tasks organised and meets every deadline'),
          req(skill.stakeholderAlignment, 'Gathers input from content owners with guidance from the team'),
          req(skill.processDocumentation, 'Keeps communication templates and guidelines up to date'),
        ],
      },
      {
        id: 'specialist',
        title: 'Field Communications Specialist (Intermediate)',
        grade: 6,
        url: COMMS + '#field-communications-specialist-intermediate',
        requirements: [
          req(skill.fieldCommunications, 'Runs field communication programs and the announcement calendar'),
          req(
            skill.stakeholderAlignment,
            'Partners with Enablement and Product Marketing on what the field hears',
          ),
          req(skill.writtenCommunication, 'Writes clear, well-edited copy for varied field audiences'),
          req(skill.programMeasurement, 'Tracks open and click rates and uses them to improve messages'),
          req(skill.projectManagement, 'Manages several communication projects at once without slipping'),
        ],
      },
      {
        id: 'senior-specialist',
        title: 'Senior Field Communications Specialist',
        grade: 7,
        url: COMMS + '#senior-field-communications-specialist',
        requirements: [
          req(skill.executiveAdvising, 'Gives field leaders strategic advice on how to communicate changes'),
          req(
            skill.fieldCommunications,
            'Owns the field announcement calendar and decides what goes out when',
          ),
          req(
            skill.programDesign,
            'Plans the messaging around big field moments such as sales kickoff and QBR season',
          ),
          req(skill.changeManagement, 'Applies change management practice to field communications'),
          req(
            skill.writtenCommunication,
            'Writes for B2B sales audiences with a clear strategy behind each message',
          ),
        ],
      },
      {
        id: 'manager',
        title: 'Manager, Field Communications',
        grade: 8,
        url: COMMS + '#manager-field-communications',
        requirements: [
          req(skill.teamLeadership, 'Manages a team of field communications specialists'),
          req(skill.changeManagement, 'Leads the communications that carry large field initiatives'),
          req(
            skill.executivePresentations,
            'Writes internal and executive communications that leaders sign off',
          ),
          req(skill.fieldCommunications, 'Sets standards for every channel the field relies on for news'),
          req(skill.talentDevelopment, 'Coaches specialists on writing, planning and advising leaders'),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, Field Communications',
        grade: 9,
        url: COMMS + '#senior-manager-field-communications',
        requirements: [
          req(skill.executiveAdvising, "Advises the CRO's leadership team on communication strategy"),
          req(skill.salesTechStack, 'Owns the sales content management system and its adoption'),
          req(
            skill.fieldCommunications,
            'Sets the field communications strategy across sales and operations',
          ),
          req(skill.programMeasurement, 'Measures how well the field feels informed and acts on the results'),
          req(skill.teamLeadership, 'Leads managers and specialists in the field communications team'),
        ],
      },
    ],
  },
];
