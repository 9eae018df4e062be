import { readHeading } from '../../../../src/core/jobFamily/sections';

describe('readHeading', () => {
  it.each([
    ['Senior Deal Desk Analyst Responsibilities', 'responsibilities', 'Senior Deal Desk Analyst'],
    [
      'Senior Technical Enablement Program Manager Responsbilities',
      'responsibilities',
      'Senior Technical Enablement Program Manager',
    ],
    ['Key Responsibilities', 'responsibilities', ''],
    ['As a DBRE you will', 'responsibilities', ''],
    ['What you can expect in a Support Operations Specialist role at GitLab', 'responsibilities', ''],
    ['Minimum Requirements', 'requirements', ''],
    ['Senior Requirements', 'requirements', 'Senior'],
    ['You may be a fit to this role if you', 'requirements', ''],
    ['About you', 'requirements', ''],
    ['Nice-to-haves', 'requirements', ''],
    ['Requires Skills/Experience', 'requirements', ''],
    [
      'Director, Globalization & Localization Desirable Skills, Knowledge, and Experience',
      'requirements',
      'Director, Globalization & Localization',
    ],
    ['Accounts Receivable AnalystJob Grade', 'grade', 'Accounts Receivable Analyst'],
    ['Job Grade', 'grade', ''],
    ['Job Grades', 'levels', ''],
    ['Levels', 'levels', ''],
    ['Sales Operations Analyst Levels', 'levels', 'Sales Operations Analyst'],
    ['Leveling', 'levels', ''],
    ['Product Design Roles at GitLab', 'levels', 'Product Design'],
    ['Performance Indicators (PI)', 'performanceIndicators', ''],
    ["How you'll be measured", 'performanceIndicators', ''],
    ['Specialities', 'specialties', ''],
    ['UX Paper Cuts Specialty', 'specialties', 'UX Paper Cuts'],
    ['Career Ladder', 'careerLadder', ''],
    ['Hiring Plan', 'hiring', ''],
    [
      'Senior Globalization Enablement Manager Overview',
      'ignored',
      'Senior Globalization Enablement Manager',
    ],
    ['Compensation', 'ignored', ''],
    ['Senior Manager, Deal Desk', null, ''],
    ['Intermediate', null, ''],
    ['Working Capital Analyst', null, ''],
  ])('%s', (heading, kind, prefix) => {
    expect(readHeading(heading)).toEqual({ kind, prefix });
  });
});
