/**
 * Field Enablement programs: program managers, leadership, technical enablement and sales
 * training. Requirements are our own summaries of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const PROGRAMS = 'https://handbook.gitlab.com/job-families/sales/program-manager-field-enablement/';
const LEADERSHIP = 'https://handbook.gitlab.com/job-families/sales/director-of-field-enablement/';
const TECHNICAL = 'https://handbook.gitlab.com/job-families/sales/technical-enablement-program-manager/';
const TRAINING =
  'https://handbook.gitlab.com/job-families/sales/sales-training-facilitator-field-enablement/';

export const enablementPrograms: Family[] = [
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
];
