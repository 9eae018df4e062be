import { readHeading } from '../../../../src/core/jobFamily/sections';
import { closestWord, editDistance } from '../../../../src/core/jobFamily/spelling';

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
    ['Senior Map Analyst Responsibilties', 'responsibilities', 'Senior Map Analyst'],
    ['Responsiblities', 'responsibilities', ''],
    ['Requirments', 'requirements', ''],
    ['Senior Requriements', 'requirements', 'Senior'],
    ['Performance Indicaters', 'performanceIndicators', ''],
    ['Perfomance Indicators', 'performanceIndicators', ''],
    ['Sr. Analyst Expectations', 'requirements', 'Sr. Analyst'],
    ['Expectations', 'requirements', ''],
    ['Benefits and Retirement', null, ''],
    ['Senior Manager, Deal Desk', null, ''],
    ['Intermediate', null, ''],
    ['Working Capital Analyst', null, ''],
  ])('%s', (heading, kind, prefix) => {
    expect(readHeading(heading)).toEqual({ kind, prefix });
  });
});

describe('editDistance and closestWord', () => {
  it.each([
    ['requirements', 'requirments', 1],
    ['responsibilities', 'responsiblities', 1],
    ['indicators', 'indicaters', 1],
    ['senior', 'junior', 2],
    ['requirement', 'retirement', 2],
    ['same', 'same', 0],
  ])('%s and %s are %d edits apart', (a, b, edits) => {
    expect(editDistance(a, b, 3)).toBe(edits);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('responsibilities', 'map', 2)).toBe(3);
    expect(editDistance('abcdef', 'badcfe', 2)).toBe(3);
  });

  it('finds the word meant only within the slips its length allows', () => {
    const known = ['requirements', 'responsibilities', 'performance'];
    expect(closestWord('requirments', known)).toBe('requirements');
    expect(closestWord('responsibilitys', known)).toBe('responsibilities');
    expect(closestWord('retirement', known)).toBeNull();
    expect(closestWord('performer', known)).toBeNull();
    expect(closestWord('tba', ['tbd'])).toBeNull();
  });
});
