/**
 * Field Enablement team: enablement program managers, enablement leadership, technical enablement,
 * sales training, revenue programs and field communications. Requirements are our own summaries
 * of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const PROGRAMS = 'https://handbook.gitlab.com/job-families/sales/program-manager-field-enablement/';
const LEADERSHIP = 'https://handbook.gitlab.com/job-families/sales/director-of-field-enablement/';
const TECHNICAL = 'https://handbook.gitlab.com/job-families/sales/technical-enablement-program-manager/';
const TRAINING =
  'https://handbook.gitlab.com/job-families/sales/sales-training-facilitator-field-enablement/';
const REVENUE = 'https://handbook.gitlab.com/job-families/sales/revenue-programs/';
const COMMS = 'https://handbook.gitlab.com/job-families/sales/field-communications/';

export const fieldEnablement: Family[] = [
  {
    id: 'field-enablement-program-manager',
    name: 'Program Manager, Field Enablement',
    team: 'Field Enablement',
    url: PROGRAMS,
    levels: [
      {
        id: 'associate',
        title: 'Associate Program Manager',
        grade: 5,
        url: PROGRAMS + '#associate-program-manager-field-enablement',
        requirements: [
          req(
            skill.projectManagement,
            'Delivers the enablement programs assigned to them, following direction and hitting each due date',
          ),
          req(skill.curriculumDesign, 'Builds training content from instructional design documents'),
          req(
            skill.programMeasurement,
            'Tracks completion of self-paced courses and reports the numbers to program owners',
          ),
          req(
            skill.trainingDelivery,
            'Facilitates training sessions using the basics of sales training methods',
          ),
          req(skill.writtenCommunication, 'Writes and speaks clearly and concisely for field audiences'),
        ],
      },
      {
        id: 'program-manager',
        title: 'Program Manager',
        grade: 6,
        url: PROGRAMS + '#program-manager-field-enablement',
        requirements: [
          req(
            skill.programDesign,
            'Leads enablement programs from design to delivery with minimal direction',
          ),
          req(skill.curriculumDesign, 'Builds curricula together with Marketing and subject matter experts'),
          req(skill.onboarding, 'Runs self-paced onboarding that gets new sellers productive'),
          req(
            skill.certifications,
            'Creates skill assessments and certification paths that show who is ready for a field role',
          ),
          req(skill.programMeasurement, 'Measures how well each program changes what the field does'),
          req(skill.technicalEnablement, 'Explains technical DevOps concepts simply to a sales audience'),
        ],
      },
      {
        id: 'senior-program-manager',
        title: 'Senior Program Manager',
        grade: 7,
        url: PROGRAMS + '#senior-program-manager-field-enablement',
        requirements: [
          req(skill.programDesign, 'Iterates enablement programs quickly with little direction'),
          req(skill.executiveAdvising, 'Acts as subject expert and trusted advisor to field leaders'),
          req(skill.trainingDelivery, "Finds new ways to deliver learning that fit into sellers' time"),
          req(skill.programMeasurement, 'Links program results to field performance indicators'),
          req(skill.changeManagement, 'Manages change so that new skills and processes stick in the field'),
          req(skill.projectManagement, 'Manages a full portfolio of programs without oversight'),
        ],
      },
      {
        id: 'staff-program-manager',
        title: 'Staff Program Manager',
        grade: 8,
        url: PROGRAMS + '#staff-program-manager-field-enablement',
        requirements: [
          req(skill.peerMentoring, 'Coaches other program managers on program design and delivery'),
          req(
            skill.stakeholderAlignment,
            'Aligns stakeholders on one integrated go-to-market enablement plan',
          ),
          req(
            skill.executiveAdvising,
            'Consults with sales and cross-functional leaders on their enablement needs',
          ),
          req(skill.programDesign, 'Designs global enablement programs with measurable business results'),
          req(skill.programMeasurement, 'Proves program impact with data that senior leaders trust'),
          req(
            skill.gtmStrategy,
            'Applies strategic selling and consulting skills when shaping enablement plans',
          ),
        ],
      },
    ],
  },
  {
    id: 'field-enablement-leadership',
    name: 'Field Enablement Leadership',
    team: 'Field Enablement',
    url: LEADERSHIP,
    levels: [
      {
        id: 'manager-programs',
        title: 'Manager, Field Enablement Programs',
        grade: 8,
        url: LEADERSHIP + '#manager-field-enablement-programs',
        requirements: [
          req(skill.teamLeadership, 'Leads a team of enablement program managers and sets their priorities'),
          req(skill.curriculumDesign, 'Oversees field curricula so they stay current and consistent'),
          req(skill.onboarding, 'Owns self-paced onboarding so new hires ramp to productivity quickly'),
          req(
            skill.certifications,
            'Runs competency assessments for the field and accreditation for partners',
          ),
          req(skill.programMeasurement, 'Measures program effectiveness and reports it to field leadership'),
          req(skill.executiveAdvising, 'Influences VP and director leaders on enablement priorities'),
        ],
      },
      {
        id: 'director',
        title: 'Director, Field Enablement',
        grade: 10,
        url: LEADERSHIP + '#director-field-enablement',
        requirements: [
          req(skill.functionStrategy, 'Owns the sales enablement plan and the programs that deliver it'),
          req(
            skill.onboarding,
            'Runs onboarding for new field hires plus continuous learning for tenured sellers, at scale',
          ),
          req(
            skill.certifications,
            'Sets the competency standards for field roles and how they are assessed',
          ),
          req(skill.programMeasurement, 'Measures the return on enablement investment across programs'),
          req(skill.orgLeadership, 'Leads enablement managers and their teams toward one shared field plan'),
          req(skill.executiveAdvising, 'Influences C-level leaders on what the field needs to learn'),
        ],
      },
      {
        id: 'senior-director',
        title: 'Senior Director, Field Enablement',
        grade: 11,
        url: LEADERSHIP + '#senior-director-field-enablement',
        requirements: [
          req(
            skill.functionStrategy,
            'Sets enablement strategy by segment and region with other departments',
          ),
          req(skill.okrsAndKpis, 'Defines the metrics and OKRs that enablement is measured by'),
          req(skill.programDesign, 'Leads large field events such as the annual sales kickoff'),
          req(skill.changeManagement, 'Leads change management for major initiatives across the field'),
          req(skill.executivePresentations, 'Speaks with confidence and clarity to large field audiences'),
          req(skill.orgLeadership, 'Leads an enablement organisation of several teams through its managers'),
        ],
      },
    ],
  },
  {
    id: 'technical-enablement-program-manager',
    name: 'Technical Enablement Program Manager',
    team: 'Field Enablement',
    url: TECHNICAL,
    levels: [
      {
        id: 'senior',
        title: 'Senior Technical Enablement Program Manager',
        grade: 7,
        url: TECHNICAL + '#senior-technical-enablement-program-manager',
        requirements: [
          req(
            skill.technicalEnablement,
            'Runs technical enablement for customer success managers and solutions architects',
          ),
          req(skill.programDesign, 'Manages technical enablement programs from plan to measured outcome'),
          req(skill.trainingDelivery, 'Delivers technical presentations and live demos with confidence'),
          req(
            skill.processImprovement,
            'Improves demo environments and scripts so teams show the platform well',
          ),
          req(skill.deliveryLifecycle, 'Knows the software lifecycle and CI/CD well enough to teach them'),
          req(
            skill.stakeholderAlignment,
            'Works with product and customer success leaders on enablement priorities',
          ),
        ],
      },
    ],
  },
  {
    id: 'sales-training-facilitator',
    name: 'Sales Training Facilitator',
    team: 'Field Enablement',
    url: TRAINING,
    levels: [
      {
        id: 'intermediate',
        title: 'Sales Training Facilitator (Intermediate)',
        grade: 6,
        url: TRAINING + '#sales-training-facilitator-intermediate',
        requirements: [
          req(skill.trainingDelivery, 'Delivers engaging sales training sessions to live and virtual groups'),
          req(skill.onboarding, 'Runs onboarding sessions that help new sellers find their feet'),
          req(skill.programMeasurement, 'Measures whether training changed what participants know and do'),
          req(skill.curriculumDesign, 'Adapts training material to the audience and the time available'),
          req(
            skill.projectManagement,
            'Prepares and delivers each training session on schedule and to a high standard',
          ),
        ],
      },
      {
        id: 'senior',
        title: 'Senior Sales Training Facilitator',
        grade: 7,
        url: TRAINING + '#senior-sales-training-facilitator',
        requirements: [
          req(
            skill.trainingDelivery,
            'Delivers enterprise B2B sales training that experienced sellers value',
          ),
          req(skill.peerMentoring, 'Coaches other facilitators through observation and feedback'),
          req(skill.curriculumDesign, 'Improves training content and delivery based on what works'),
          req(skill.programMeasurement, 'Uses training results to decide what to change next'),
          req(skill.executiveAdvising, 'Acts as the trusted training expert for field leaders'),
        ],
      },
    ],
  },
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
