/**
 * The skill vocabulary the catalog's requirements are keyed by.
 *
 * A skill names one skill at every depth: "forecasting" in an analyst level and in a director level
 * is the same skill, which is how a role comparison tells a deeper version of a held skill apart
 * from a new one. Each skill belongs to exactly one area. Add a skill here only when no existing one
 * fits; reuse keeps comparisons meaningful.
 *
 * Data files refer to skills as `skill.dataQuality` rather than by their id string: a misspelt skill
 * is a type error, and the minified bundle names each id once instead of at every requirement.
 */
import type { AreaId, Requirement } from '../core/catalog';

export interface Skill {
  /** kebab-case; becomes the requirement id. */
  readonly id: string;
  readonly area: AreaId;
}

const all: Skill[] = [];

function define(id: string, area: AreaId): Skill {
  const defined = { id, area };
  all.push(defined);
  return defined;
}

// Salesforce and systems
export const salesforceAdministration = define('salesforce-administration', 'systems');
export const salesforceDevelopment = define('salesforce-development', 'systems');
export const salesTechStack = define('sales-tech-stack', 'systems');
export const cpqQuoting = define('cpq-quoting', 'systems');
export const systemIntegrations = define('system-integrations', 'systems');
export const releaseManagement = define('release-management', 'systems');
export const solutionDesign = define('solution-design', 'systems');
export const csPlatform = define('cs-platform', 'systems');
export const partnerSystems = define('partner-systems', 'systems');
export const commissionSystems = define('commission-systems', 'systems');

// Analysis and reporting
export const reportingDashboards = define('reporting-dashboards', 'analysis');
export const dataQuality = define('data-quality', 'analysis');
export const dataAnalysis = define('data-analysis', 'analysis');
export const forecasting = define('forecasting', 'analysis');
export const pipelineAnalysis = define('pipeline-analysis', 'analysis');
export const marketAnalysis = define('market-analysis', 'analysis');
export const commissionCalculation = define('commission-calculation', 'analysis');
export const customerHealth = define('customer-health', 'analysis');
export const programMeasurement = define('program-measurement', 'analysis');

// Planning and strategy
export const annualPlanning = define('annual-planning', 'planning');
export const territoryPlanning = define('territory-planning', 'planning');
export const quotaCapacityPlanning = define('quota-capacity-planning', 'planning');
export const gtmStrategy = define('gtm-strategy', 'planning');
export const compPlanDesign = define('comp-plan-design', 'planning');
export const roadmapPlanning = define('roadmap-planning', 'planning');
export const okrsAndKpis = define('okrs-and-kpis', 'planning');
export const functionStrategy = define('function-strategy', 'planning');

// Process and policy
export const gtmPolicy = define('gtm-policy', 'process');
export const processDocumentation = define('process-documentation', 'process');
export const processImprovement = define('process-improvement', 'process');
export const processAutomation = define('process-automation', 'process');
export const dataGovernance = define('data-governance', 'process');
export const complianceControls = define('compliance-controls', 'process');
export const operatingCadence = define('operating-cadence', 'process');
export const changeManagement = define('change-management', 'process');
export const deliveryLifecycle = define('delivery-lifecycle', 'process');

// Deals and commercial
export const dealStructuring = define('deal-structuring', 'commercial');
export const quoteApproval = define('quote-approval', 'commercial');
export const orderBooking = define('order-booking', 'commercial');
export const revenueRecognition = define('revenue-recognition', 'commercial');
export const contractNegotiation = define('contract-negotiation', 'commercial');
export const bookingsReconciliation = define('bookings-reconciliation', 'commercial');
export const partnerPrograms = define('partner-programs', 'commercial');
export const pricing = define('pricing', 'commercial');
export const vendorManagement = define('vendor-management', 'commercial');
export const renewalsManagement = define('renewals-management', 'commercial');

// Stakeholder management
export const stakeholderAlignment = define('stakeholder-alignment', 'stakeholders');
export const fieldSupport = define('field-support', 'stakeholders');
export const escalationHandling = define('escalation-handling', 'stakeholders');
export const executiveAdvising = define('executive-advising', 'stakeholders');

// Communication
export const executivePresentations = define('executive-presentations', 'communication');
export const writtenCommunication = define('written-communication', 'communication');
export const fieldCommunications = define('field-communications', 'communication');

// Program management
export const projectManagement = define('project-management', 'programs');
export const programDesign = define('program-design', 'programs');
export const gtmPilots = define('gtm-pilots', 'programs');

// Enablement and training
export const trainingDelivery = define('training-delivery', 'enablement');
export const curriculumDesign = define('curriculum-design', 'enablement');
export const onboarding = define('onboarding', 'enablement');
export const certifications = define('certifications', 'enablement');
export const technicalEnablement = define('technical-enablement', 'enablement');
export const peerMentoring = define('peer-mentoring', 'enablement');

// People leadership (people-management levels only)
export const teamLeadership = define('team-leadership', 'leadership');
export const talentDevelopment = define('talent-development', 'leadership');
export const orgLeadership = define('org-leadership', 'leadership');

/** Every skill of the vocabulary, grouped by area. */
export const SKILLS: readonly Skill[] = all;

/** One requirement for a skill; its id and area come from the vocabulary, so they agree everywhere. */
export function req(of: Skill, text: string): Requirement {
  return { id: of.id, area: of.area, text };
}
