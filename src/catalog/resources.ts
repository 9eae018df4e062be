/**
 * Real development resources the suggestion library points to, each with its public address.
 * Names are what a person searches for; links go to the public page that explains the resource.
 */

export interface Resource {
  readonly name: string;
  readonly url: string;
}

export const RESOURCES = {
  levelUp: { name: "Level Up, GitLab's learning platform", url: 'https://levelup.gitlab.com/' },
  linkedInLearning: {
    name: 'LinkedIn Learning',
    url: 'https://handbook.gitlab.com/handbook/people-group/learning-and-development/linkedin-learning/',
  },
  growthBenefit: {
    name: 'Growth & Development benefit (courses, certifications, conferences)',
    url: 'https://handbook.gitlab.com/handbook/total-rewards/benefits/general-and-entity-benefits/growth-and-development/',
  },
  mentoring: {
    name: "GitLab's mentoring programme",
    url: 'https://handbook.gitlab.com/handbook/people-group/learning-and-development/mentor/',
  },
  internship: {
    name: 'Internship for Learning',
    url: 'https://handbook.gitlab.com/handbook/people-group/learning-and-development/internship-for-learning/',
  },
  ceoShadow: { name: 'CEO Shadow programme', url: 'https://handbook.gitlab.com/handbook/ceo/shadow/' },
  elevate: {
    name: "Elevate, GitLab's programme for people leaders",
    url: 'https://handbook.gitlab.com/handbook/people-group/learning-and-development/elevate/',
  },
  fieldCertification: {
    name: 'GitLab field certification',
    url: 'https://handbook.gitlab.com/handbook/sales/training/field-certification/',
  },
  careerDevelopment: {
    name: 'Career development at GitLab',
    url: 'https://handbook.gitlab.com/handbook/people-group/learning-and-development/career-development/',
  },
  trailhead: { name: 'Salesforce Trailhead', url: 'https://trailhead.salesforce.com/' },
  trailheadAdmin: {
    name: 'Salesforce Certified Administrator (Trailhead)',
    url: 'https://trailhead.salesforce.com/credentials/administrator',
  },
  trailheadCpq: {
    name: 'Salesforce CPQ Specialist (Trailhead)',
    url: 'https://trailhead.salesforce.com/credentials/cpqspecialist',
  },
  handbook: { name: 'The GitLab handbook', url: 'https://handbook.gitlab.com/' },
} as const satisfies Record<string, Resource>;

export type ResourceId = keyof typeof RESOURCES;
