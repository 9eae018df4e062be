/**
 * Sales Strategy team: sales strategy, sales analytics and go-to-market planning. Requirements are
 * our own summaries of the handbook pages.
 */
import type { Family } from '../../core/catalog';
import * as skill from '../skills';
import { req } from '../skills';

const STRATEGY = 'https://handbook.gitlab.com/job-families/sales/sales-strategy/';
const ANALYTICS = 'https://handbook.gitlab.com/job-families/sales/sales-analytics-analyst-jf/';
const GTM = 'https://handbook.gitlab.com/job-families/sales/gtm-planning-and-operations/';

export const salesStrategy: Family[] = [
  {
    id: 'sales-strategy',
    name: 'Sales Strategy',
    team: 'Sales Strategy',
    url: STRATEGY,
    levels: [
      {
        id: 'senior-analyst',
        title: 'Senior Sales Strategy Analyst',
        grade: 7,
        // The page's heading for this level is "Sales Strategy Senior Analyst".
        url: STRATEGY + '#sales-strategy-senior-analyst',
        requirements: [
          req(
            skill.gtmStrategy,
            'Builds go-to-market strategies with cross-functional teams, from idea to execution',
          ),
          req(
            skill.marketAnalysis,
            'Studies the market and competitors to find where the sales team can grow',
          ),
          req(skill.dataAnalysis, 'Builds sound models in spreadsheets or SQL to compare strategic options'),
          req(
            skill.executivePresentations,
            'Creates clear, well-structured decks for the CRO and regional sales leaders',
          ),
          req(
            skill.executiveAdvising,
            'Acts as a trusted advisor to sales leaders on the state of their business',
          ),
          req(
            skill.processImprovement,
            'Finds ways to make the sales team more efficient and puts a value on each',
          ),
        ],
      },
      {
        id: 'manager',
        title: 'Sales Strategy Manager',
        grade: 8,
        url: STRATEGY + '#sales-strategy-manager',
        requirements: [
          req(skill.gtmStrategy, 'Owns global sales strategy initiatives and drives them through to results'),
          req(
            skill.annualPlanning,
            'Runs parts of the annual and quarterly planning cycles for the sales organisation',
          ),
          req(skill.pricing, 'Develops pricing and packaging options and estimates their effect on sales'),
          req(
            skill.okrsAndKpis,
            'Reports the key metrics executives follow and explains what is driving them',
          ),
          req(
            skill.marketAnalysis,
            'Sizes regional and segment opportunities to ground business plans in data',
          ),
          req(skill.teamLeadership, 'Leads and develops a small team of strategy analysts'),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Sales Strategy Senior Manager',
        grade: 9,
        url: STRATEGY + '#sales-strategy-senior-manager',
        requirements: [
          req(
            skill.gtmStrategy,
            'Shapes strategy for several segments or regions and sets priorities among them',
          ),
          req(
            skill.annualPlanning,
            'Leads the planning cycle for a sales segment from targets to approved plan',
          ),
          req(skill.pricing, 'Evaluates pricing moves and recommends them to sales and finance leadership'),
          req(skill.okrsAndKpis, 'Defines the metrics framework that executive reporting relies on'),
          req(skill.executiveAdvising, 'Advises theatre leaders and challenges their plans with evidence'),
          req(skill.talentDevelopment, 'Coaches managers and analysts and builds a strong strategy bench'),
        ],
      },
      {
        id: 'director',
        title: 'Director, Sales Strategy',
        grade: 10,
        url: STRATEGY + '#director-sales-strategy',
        requirements: [
          req(
            skill.functionStrategy,
            "Sets the department's sales strategy agenda and ties it to company goals",
          ),
          req(skill.gtmStrategy, 'Decides which go-to-market bets to make and how to resource them'),
          req(skill.annualPlanning, 'Owns the outcome of annual and quarterly planning across sales'),
          req(
            skill.executivePresentations,
            'Presents strategy to executives with the presence of a senior advisor',
          ),
          req(skill.orgLeadership, 'Leads the sales strategy team through its managers'),
          req(
            skill.stakeholderAlignment,
            'Aligns Finance, Marketing and Sales on shared targets and trade-offs',
          ),
        ],
      },
      {
        id: 'senior-director',
        title: 'Senior Director, Sales Strategy',
        grade: 11,
        url: STRATEGY + '#senior-director-sales-strategy',
        requirements: [
          req(
            skill.functionStrategy,
            'Develops the strategy frameworks that the whole sales division works within',
          ),
          req(skill.gtmStrategy, "Shapes the multi-year go-to-market model with the CRO's leadership team"),
          req(skill.okrsAndKpis, 'Sets the targets and measures that the field is held accountable to'),
          req(skill.executiveAdvising, 'Advises the CRO directly on major strategic choices and their risks'),
          req(skill.orgLeadership, 'Builds and leads a strategy organisation made up of several teams'),
          req(skill.talentDevelopment, 'Develops directors and managers and plans succession for key roles'),
        ],
      },
      {
        id: 'vp',
        title: 'VP, Sales Strategy & Analytics',
        grade: 12,
        // The heading contains "&", whose anchor form is uncertain: link the page only.
        url: STRATEGY,
        requirements: [
          req(
            skill.orgLeadership,
            'Builds and leads a strategy and analytics organisation of managers and directors',
          ),
          req(
            skill.annualPlanning,
            'Runs company sales planning with Finance, from top-level targets to capacity',
          ),
          req(skill.dataAnalysis, 'Provides the analytics that steer go-to-market and enablement decisions'),
          req(skill.okrsAndKpis, "Runs the field's OKR framework together with the CRO's chief of staff"),
          req(skill.executiveAdvising, 'Influences C-level leaders and can speak for the CRO when needed'),
          req(
            skill.functionStrategy,
            'Sets a company-wide vision for sales strategy and analytics and leads the change',
          ),
          req(skill.talentDevelopment, 'Develops leaders who can run parts of the organisation on their own'),
        ],
      },
    ],
  },
  {
    id: 'sales-analytics',
    name: 'Sales Analytics',
    team: 'Sales Strategy',
    url: ANALYTICS,
    levels: [
      {
        id: 'junior-analyst',
        title: 'Junior Sales Analytics Analyst',
        grade: 5,
        url: ANALYTICS + '#junior-sales-analytics-analyst',
        requirements: [
          req(
            skill.dataAnalysis,
            'Researches questions and runs analyses with guidance from senior analysts',
          ),
          req(skill.reportingDashboards, 'Builds dashboards in a BI tool such as Tableau, Looker or Sisense'),
          req(skill.dataQuality, 'Audits data integrity and flags problems before they reach reports'),
          req(
            skill.marketAnalysis,
            'Understands the basics of territory design and propensity-to-buy models',
          ),
          req(
            skill.processAutomation,
            'Automates recurring analyses and data refreshes to cut manual effort',
          ),
        ],
      },
      {
        id: 'analyst',
        title: 'Sales Analytics Analyst (Intermediate)',
        grade: 6,
        url: ANALYTICS + '#sales-analytics-analyst-intermediate',
        requirements: [
          req(
            skill.dataAnalysis,
            'Builds statistical models that reveal trends and track progress against plan',
          ),
          req(
            skill.projectManagement,
            'Runs analytical projects from first question to final answer on schedule',
          ),
          req(skill.marketAnalysis, 'Sizes the total addressable market for segments and territories'),
          req(
            skill.executivePresentations,
            'Writes business cases as decks that lead to a clear recommendation',
          ),
          req(skill.reportingDashboards, 'Designs dashboards that sales leaders can use without help'),
          req(skill.processAutomation, 'Automates models and reports so they refresh reliably'),
        ],
      },
      {
        id: 'senior-analyst',
        title: 'Senior Sales Analytics Analyst',
        grade: 7,
        url: ANALYTICS + '#senior-sales-analytics-analyst',
        requirements: [
          req(
            skill.dataAnalysis,
            'Uses advanced Excel and SQL, with sound statistics, to answer complex questions',
          ),
          req(
            skill.quotaCapacityPlanning,
            'Builds the headcount and capacity plans that planning decisions rest on',
          ),
          req(skill.marketAnalysis, 'Leads territory, propensity and customer insight analyses'),
          req(
            skill.executivePresentations,
            'Presents findings to executives and handles their challenges well',
          ),
          req(skill.stakeholderAlignment, 'Works with sales leaders to turn analysis into concrete action'),
          req(skill.peerMentoring, 'Guides junior analysts on methods and the quality of their work'),
        ],
      },
      {
        id: 'manager',
        title: 'Manager, Sales Analytics',
        grade: 8,
        url: ANALYTICS + '#manager-sales-analytics',
        requirements: [
          req(
            skill.executivePresentations,
            'Prepares business reviews and board material on sales performance',
          ),
          req(
            skill.stakeholderAlignment,
            'Connects Sales Strategy, the Data team and Finance around shared analytics',
          ),
          req(skill.reportingDashboards, 'Sets BI and data visualisation standards for the analytics team'),
          req(
            skill.solutionDesign,
            'Writes data and tooling requirements for IT and follows them through to delivery',
          ),
          req(
            skill.teamLeadership,
            'Leads and coaches a team of sales analysts, setting priorities and reviewing work',
          ),
          req(
            skill.talentDevelopment,
            "Develops analysts' skills through honest reviews and stretch projects",
          ),
        ],
      },
    ],
  },
  {
    id: 'gtm-planning-operations',
    name: 'Go-to-Market Planning and Operations',
    team: 'Sales Strategy',
    url: GTM,
    // roles-facts lists the levels from "Senior Analyst" up by rank only; the titles here are the
    // page's full headings, so they still make sense on their own in the role picker.
    levels: [
      {
        id: 'analyst',
        title: 'Analyst, GTM Planning and Operations',
        grade: 6,
        url: GTM + '#analyst-gtm-planning-and-operations',
        requirements: [
          req(skill.annualPlanning, 'Runs assigned parts of the annual planning process with guidance'),
          req(skill.dataAnalysis, 'Builds financial and analytical models to test planning scenarios'),
          req(
            skill.stakeholderAlignment,
            'Works with Sales Finance to agree planning inputs and assumptions',
          ),
          req(skill.gtmStrategy, 'Understands the basics of go-to-market design and sales coverage models'),
          req(skill.reportingDashboards, 'Builds planning reports that track plan against actual results'),
          req(
            skill.quotaCapacityPlanning,
            'Prepares the capacity and headcount inputs that quota setting uses',
          ),
        ],
      },
      {
        id: 'senior-analyst',
        title: 'Senior Analyst, GTM Planning and Operations',
        grade: 7,
        url: GTM + '#senior-analyst-gtm-planning-and-operations',
        requirements: [
          req(
            skill.annualPlanning,
            'Architects the yearly planning process for the field, including its steps and calendar',
          ),
          req(
            skill.gtmPilots,
            'Runs go-to-market experiments, such as land versus expand pilots, and reads the results',
          ),
          req(skill.gtmStrategy, 'Applies solid go-to-market design and sales planning principles'),
          req(skill.quotaCapacityPlanning, 'Builds the quota and capacity models used in planning'),
          req(skill.dataAnalysis, 'Creates advanced models that compare planning scenarios side by side'),
          req(skill.stakeholderAlignment, 'Aligns Sales, Finance and Sales Operations on planning decisions'),
        ],
      },
      {
        // An individual-contributor role: team leadership starts at Senior Manager in this family.
        id: 'manager',
        title: 'GTM Planning and Operations Manager',
        grade: 8,
        url: GTM + '#gtm-planning-and-operations-manager',
        requirements: [
          req(
            skill.gtmPilots,
            'Leads planning experiments together with Sales, Finance and Sales Operations',
          ),
          req(skill.compPlanDesign, 'Analyses sales compensation results and proposes plan design changes'),
          req(
            skill.executiveAdvising,
            'Presents planning insight to VP-level leaders and handles their challenges',
          ),
          req(skill.annualPlanning, 'Leads the insight work behind each stage of the annual planning cycle'),
          req(skill.quotaCapacityPlanning, 'Owns the capacity models for a sales segment or region'),
          req(skill.dataAnalysis, 'Sets modelling standards that other people in planning reuse'),
        ],
      },
      {
        id: 'senior-manager',
        title: 'Senior Manager, GTM Planning and Operations',
        grade: 9,
        url: GTM + '#senior-manager-gtm-planning-and-operations',
        requirements: [
          req(
            skill.teamLeadership,
            'Builds a go-to-market planning team from the ground up and leads it day to day',
          ),
          req(skill.annualPlanning, 'Leads the annual planning cycle across several sales segments'),
          req(skill.compPlanDesign, 'Designs compensation plan changes and tests their effect before launch'),
          req(skill.quotaCapacityPlanning, 'Reviews quota and capacity models for accuracy and fairness'),
          req(skill.gtmPilots, 'Prioritises go-to-market experiments and scales the ones that work'),
          req(
            skill.talentDevelopment,
            'Develops planning analysts and managers through coaching and feedback',
          ),
        ],
      },
      {
        id: 'director',
        title: 'Director, GTM Planning and Operations',
        grade: 10,
        url: GTM + '#director-gtm-planning-and-operations',
        requirements: [
          req(skill.annualPlanning, 'Owns field planning, reconciling top-down targets with bottom-up plans'),
          req(
            skill.quotaCapacityPlanning,
            'Owns the bottom-up quota and capacity models for the whole field',
          ),
          req(skill.compPlanDesign, 'Provides the compensation insight that shapes plan design'),
          req(skill.salesTechStack, 'Chooses and runs the planning tools the team depends on'),
          req(skill.executiveAdvising, 'Works directly with C-suite leaders on planning choices'),
          req(skill.orgLeadership, "Leads the planning managers and sets the team's direction"),
        ],
      },
      {
        id: 'senior-director',
        title: 'Senior Director, GTM Planning and Operations',
        grade: 11,
        url: GTM + '#senior-director-gtm-planning-and-operations',
        requirements: [
          req(skill.compPlanDesign, 'Owns variable compensation design for the whole CRO organisation'),
          req(skill.quotaCapacityPlanning, 'Owns quota and capacity planning across the global field'),
          req(skill.stakeholderAlignment, 'Balances the goals of the CFO, CRO and CMO in one coherent plan'),
          req(
            skill.functionStrategy,
            'Sets the planning strategy for a global SaaS go-to-market organisation',
          ),
          req(skill.orgLeadership, 'Hires and develops the leaders of the planning organisation'),
          req(
            skill.executivePresentations,
            'Presents the annual plan and its trade-offs to the executive team',
          ),
        ],
      },
    ],
  },
];
