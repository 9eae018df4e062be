/**
 * What each skill of the vocabulary is called in a sentence for people ("Add a hands-on project for
 * Forecasting."). Kept apart from the vocabulary so the Growth Plan can carry these few names as
 * code without the catalog's data; tests/unit/catalog/skillNames.test.ts checks every skill has one.
 */
export const SKILL_NAMES: Readonly<Record<string, string>> = {
  // Salesforce and systems
  'salesforce-administration': 'Salesforce administration',
  'salesforce-development': 'Salesforce development',
  'sales-tech-stack': 'the sales tech stack',
  'cpq-quoting': 'CPQ and quoting',
  'system-integrations': 'system integrations',
  'release-management': 'release management',
  'solution-design': 'solution design',
  'cs-platform': 'the Customer Success platform',
  'partner-systems': 'partner systems',
  'commission-systems': 'commission systems',
  // Analysis and reporting
  'reporting-dashboards': 'reporting and dashboards',
  'data-quality': 'data quality',
  'data-analysis': 'data analysis',
  forecasting: 'forecasting',
  'pipeline-analysis': 'pipeline analysis',
  'market-analysis': 'market analysis',
  'commission-calculation': 'commission calculation',
  'customer-health': 'customer health',
  'program-measurement': 'program measurement',
  // Planning and strategy
  'annual-planning': 'annual planning',
  'territory-planning': 'territory planning',
  'quota-capacity-planning': 'quota and capacity planning',
  'gtm-strategy': 'go-to-market strategy',
  'comp-plan-design': 'compensation plan design',
  'roadmap-planning': 'roadmap planning',
  'okrs-and-kpis': 'OKRs and KPIs',
  'function-strategy': 'strategy for your function',
  // Process and policy
  'gtm-policy': 'go-to-market policy',
  'process-documentation': 'process documentation',
  'process-improvement': 'process improvement',
  'process-automation': 'process automation',
  'data-governance': 'data governance',
  'compliance-controls': 'compliance and controls',
  'operating-cadence': 'the operating cadence',
  'change-management': 'change management',
  'delivery-lifecycle': 'the delivery lifecycle',
  // Deals and commercial
  'deal-structuring': 'deal structuring',
  'quote-approval': 'quote approvals',
  'order-booking': 'order booking',
  'revenue-recognition': 'revenue recognition',
  'contract-negotiation': 'contract negotiation',
  'bookings-reconciliation': 'bookings reconciliation',
  'partner-programs': 'partner programs',
  pricing: 'pricing',
  'vendor-management': 'vendor management',
  'renewals-management': 'renewals',
  // Stakeholder management
  'stakeholder-alignment': 'stakeholder alignment',
  'field-support': 'supporting the field',
  'escalation-handling': 'escalations',
  'executive-advising': 'advising executives',
  // Communication
  'executive-presentations': 'executive presentations',
  'written-communication': 'written communication',
  'field-communications': 'field communications',
  // Program management
  'project-management': 'project management',
  'program-design': 'program design',
  'gtm-pilots': 'go-to-market pilots',
  // Enablement and training
  'training-delivery': 'training delivery',
  'curriculum-design': 'curriculum design',
  onboarding: 'onboarding',
  certifications: 'certifications',
  'technical-enablement': 'technical enablement',
  'peer-mentoring': 'peer mentoring',
  // People leadership
  'team-leadership': 'team leadership',
  'talent-development': 'talent development',
  'org-leadership': 'leading an organisation',
};
